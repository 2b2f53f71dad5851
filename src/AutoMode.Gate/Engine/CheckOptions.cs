namespace AutoMode.Gate.Engine;

/// <summary>What to check: the repository at <paramref name="Path"/>, its uncommitted changes, only the index (<paramref name="Staged"/>), or everything since <paramref name="Base"/>.</summary>
public sealed record CheckOptions(string Path, string? Base = null, bool Staged = false);
