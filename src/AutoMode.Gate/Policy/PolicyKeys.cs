namespace AutoMode.Gate.Policy;

/// <summary>The policy keys the gate reads from .editorconfig (per path) and global configs.</summary>
public static class PolicyKeys
{
    /// <summary><c>low|medium|high</c> (default low): a change at or under it is allowed, above it asks.</summary>
    public const string AutoApproveMaxRisk = "automode.auto_approve_max_risk";

    /// <summary><c>critical|high|none</c> (default none): a change at or above it is denied.</summary>
    public const string DenyMinRisk = "automode.deny_min_risk";

    /// <summary><c>automode.category.&lt;name&gt;.auto_approve = false</c>: any finding of that category asks.</summary>
    public const string CategoryPrefix = "automode.category.";

    public const string CategorySuffix = ".auto_approve";

    public static string CategoryKey(string category) => CategoryPrefix + category.ToLowerInvariant() + CategorySuffix;
}
