namespace AutoMode.Analyzers;

/// <summary>
/// Every rule id, in one place. AM1xxx destructive IO, AM2xxx migrations and database, AM3xxx secrets,
/// AM4xxx typed-refactor safety, AM5xxx side effects and infrastructure, AM9xxx declared risk and policy.
/// Each id has a page docs/rules/AMxxxx.md, an entry in AnalyzerReleases.Unshipped.md and tests under
/// tests/AutoMode.Analyzers.Tests named after the rule family.
/// </summary>
internal static class RuleIdentifiers
{
    // AM1xxx — destructive file IO
    public const string FileDelete = "AM1001";
    public const string RecursiveDirectoryDelete = "AM1002";
    public const string FileOverwrite = "AM1003";
    public const string ProtectedPathChange = "AM1004";
    public const string ScratchPathChange = "AM1005";

    // AM4xxx — typed-refactor safety: where a refactor that compiles cleanly can still change behaviour
    public const string DynamicBinding = "AM4001";
    public const string ReflectionByName = "AM4002";
    public const string MemberNameInString = "AM4003";
    public const string UnsafeCode = "AM4004";
    public const string MemoryReinterpretation = "AM4005";
    public const string NullForgiving = "AM4006";
    public const string NullableDisabled = "AM4007";
    public const string WarningSuppressed = "AM4008";
    public const string SerializedMemberName = "AM4009";
    public const string PersistedMemberName = "AM4010";
}
