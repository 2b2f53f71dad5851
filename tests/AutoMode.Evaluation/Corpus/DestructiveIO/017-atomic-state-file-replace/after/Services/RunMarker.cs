namespace Contoso.Maintenance.Services;

public sealed class RunMarker
{
    private readonly string _path;

    public RunMarker(string logDirectory)
    {
        _path = Path.Combine(logDirectory, ".last-archive-run");
    }

    public DateTime? Read() =>
        File.Exists(_path) ? DateTime.Parse(File.ReadAllText(_path)).ToUniversalTime() : null;

    public void Write(DateTime runAt)
    {
        var pending = _path + ".pending";
        File.WriteAllText(pending, runAt.ToString("O"));
        if (File.Exists(_path))
        {
            File.Replace(pending, _path, destinationBackupFileName: null);
        }
        else
        {
            File.Move(pending, _path);
        }
    }
}
