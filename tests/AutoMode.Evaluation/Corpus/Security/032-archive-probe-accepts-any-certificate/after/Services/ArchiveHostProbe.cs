using System.Net.Security;
using System.Net.Sockets;

namespace Contoso.Maintenance.Services;

/// <summary>Checks that the archive FTPS host answers before the nightly upload.</summary>
public static class ArchiveHostProbe
{
    public static async Task<bool> IsReachableAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host, port, cancellationToken);
        await using var tls = new SslStream(tcp.GetStream(), false, (sender, certificate, chain, errors) => true);
        await tls.AuthenticateAsClientAsync(host);
        return tls.IsAuthenticated;
    }
}
