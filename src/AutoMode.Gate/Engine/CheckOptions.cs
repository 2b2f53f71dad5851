namespace AutoMode.Gate.Engine;

/// <summary>
/// What to check: the repository at <paramref name="Path"/>, its uncommitted changes, only the index
/// (<paramref name="Staged"/>), or everything since <paramref name="Base"/>; <paramref name="Restore"/>: restore the
/// projects of the changed C# files that are not restored first, as <c>dotnet build</c> would.
/// </summary>
public sealed record CheckOptions(string Path, string? Base = null, bool Staged = false, bool Restore = false);
