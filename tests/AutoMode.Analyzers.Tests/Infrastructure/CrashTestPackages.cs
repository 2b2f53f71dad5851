namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Real packages referenced by the crash-freedom test's compilations, so that every rule family's code paths run.
/// Add the packages a new rule family matches.
/// </summary>
public static class CrashTestPackages
{
    public static readonly (string Id, string Version)[] All =
    {
        ("Microsoft.EntityFrameworkCore.Relational", "10.0.15"),
    };
}
