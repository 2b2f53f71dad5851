namespace AutoMode.Gate.Model;

/// <summary>How a file changed.</summary>
public enum ChangeKind
{
    Added,
    Modified,
    Deleted,
    Renamed,
}
