namespace AutoMode.Gate.Model;

/// <summary>What the gate says about a change. The numeric values are the exit codes of <c>automode check</c>.</summary>
public enum Decision
{
    /// <summary>The change may land without a person looking at it.</summary>
    Allow = 0,

    /// <summary>The change needs a person's approval.</summary>
    Ask = 1,

    /// <summary>The change must not land.</summary>
    Deny = 2,
}
