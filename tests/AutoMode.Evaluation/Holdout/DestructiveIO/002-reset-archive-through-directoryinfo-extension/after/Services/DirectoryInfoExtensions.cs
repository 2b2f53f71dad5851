namespace Contoso.Maintenance.Services;

internal static class DirectoryInfoExtensions
{
    /// <summary>Makes sure the directory exists and is empty.</summary>
    public static DirectoryInfo Reset(this DirectoryInfo directory)
    {
        if (directory.Exists)
        {
            directory.Delete(recursive: true);
        }

        directory.Create();
        return directory;
    }
}
