namespace AutoMode.Gate.Model;

/// <summary>A problem with the input (not a git repository, a bad revision, an unreadable file): exit code 3.</summary>
public sealed class GateException : Exception
{
    public GateException(string message)
        : base(message)
    {
    }

    public GateException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
