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

    // AM3xxx — secrets: hard-coded (AM300x, Critical), reads (AM301x), changes, deletions and exports (AM302x), output (AM303x)
    public const string HardcodedKnownFormatSecret = "AM3001";
    public const string HardcodedCredentialString = "AM3002";
    public const string HardcodedCredentialArgument = "AM3003";
    public const string HardcodedNamedSecret = "AM3004";
    public const string SecretRead = "AM3010";
    public const string ConfigurationRead = "AM3011";
    public const string SecretChange = "AM3020";
    public const string SecretDeletion = "AM3021";
    public const string SecretExport = "AM3022";
    public const string PersistentEnvironmentChange = "AM3023";
    public const string CertificateStoreChange = "AM3024";
    public const string ConnectionStringInCode = "AM3025";
    public const string SecretToOutput = "AM3030";
}
