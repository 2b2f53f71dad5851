namespace Contoso.Maintenance.Services;

internal static class FileInfoExtensions
{
    /// <summary>Removes the file, ignoring files that disappeared in the meantime.</summary>
    public static bool DeleteQuietly(this FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }
}
