namespace AutoMode.Gate.Model;

/// <summary>
/// The policy line that decided: the key, its value, and where it was set (<c>.editorconfig:12</c>), or
/// <c>default</c> when no configuration file sets it.
/// </summary>
public sealed record DecidingLine(string Key, string Value, string Source, string Reason)
{
    public override string ToString() => $"{Key} = {Value} ({Source})";
}
