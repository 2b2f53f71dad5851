using System.Security.Cryptography.X509Certificates;

namespace Contoso.Maintenance.Services;

public static class CertificateBackup
{
    public static void ExportSigningCertificate(string thumbprint, string targetDirectory)
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var certificate = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false)[0];
        var pfx = certificate.Export(X509ContentType.Pfx);
        File.WriteAllBytes(Path.Combine(targetDirectory, thumbprint + ".pfx"), pfx);
    }
}
