namespace Contoso.Maintenance.Services;

/// <summary>A per-run scratch folder under the system temp directory.</summary>
public sealed class ScratchSpace : IDisposable
{
    public ScratchSpace()
    {
        Root = Path.Combine(Path.GetTempPath(), "contoso-maint", Environment.ProcessId.ToString());
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string File(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
