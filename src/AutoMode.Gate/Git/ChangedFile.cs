using AutoMode.Gate.Model;

namespace AutoMode.Gate.Git;

/// <summary>A changed file with its text before and after (null where it did not exist, or for binary content).</summary>
public sealed record ChangedFile(string Path, ChangeKind Kind, string? OldPath, string? OldText, string? NewText, bool Binary)
{
    /// <summary>The file's name, for classification by name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
