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

    /// <summary>
    /// Whether a change of a policy key only raises the bar: a value moved to a stricter one within its section, or a
    /// key new to its section set to the strictest value there is (which cannot override a stricter value set
    /// elsewhere). Removals, unknown values and the rules' options (<c>automode.&lt;family&gt;.&lt;option&gt;</c>,
    /// whose direction only the rule knows) never are.
    /// </summary>
    public static bool Stricter(string key, string? oldValue, string? newValue)
    {
        if (Strictness(key, newValue) is not { } to)
        {
            return false;
        }

        return oldValue is null ? to == Strictness(key, StrictestValue(key)) : Strictness(key, oldValue) is { } from && to > from;
    }

    private static string? StrictestValue(string key) => key switch
    {
        AutoApproveMaxRisk => "low",
        DenyMinRisk => "low",
        _ when IsCategoryKey(key) => "false",
        _ => null,
    };

    /// <summary>How strict a value of a policy key is (higher asks or denies more); null for other keys and unknown values.</summary>
    private static int? Strictness(string key, string? value)
    {
        var v = value?.Trim().ToLowerInvariant();
        return key switch
        {
            AutoApproveMaxRisk => v switch { "low" => 2, "medium" => 1, "high" => 0, _ => null },
            DenyMinRisk => v switch { "low" => 4, "medium" => 3, "high" => 2, "critical" => 1, "none" => 0, _ => null },
            _ when IsCategoryKey(key) => v switch { "false" => 1, "true" => 0, _ => null },
            _ => null,
        };
    }

    private static bool IsCategoryKey(string key) =>
        key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(CategorySuffix, StringComparison.OrdinalIgnoreCase) &&
        key.Length > CategoryPrefix.Length + CategorySuffix.Length;
}
