namespace AutoMode.Analyzers;

/// <summary>
/// Every rule id, in one place. AM1xxx destructive IO, AM2xxx migrations and database, AM3xxx secrets,
/// AM4xxx typed-refactor safety, AM5xxx side effects and infrastructure, AM6xxx security boundaries, AM9xxx declared risk and policy.
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
    public const string EmptyDirectoryDelete = "AM1006";
    public const string TestProjectFileChange = "AM1007";
    public const string BoundedRecursiveDelete = "AM1009";

    // AM2xxx — migrations and database changes. One id per risk level where the risk depends on context.
    // Schema and data operations of EF Core MigrationBuilder and FluentMigrator (MigrationOperationAnalyzer):
    public const string MigrationDataLoss = "AM2001";
    public const string MigrationBlocking = "AM2002";
    public const string MigrationValidatesRows = "AM2003";
    public const string MigrationAdditive = "AM2004";
    public const string IrreversibleMigration = "AM2005";
    public const string MigrationOperationForwarded = "AM2006";

    // Raw SQL sent from C#, by the SQL statement classifier (RawSqlAnalyzer):
    public const string SqlDataLoss = "AM2011";
    public const string SqlBlockingOrWriting = "AM2012";
    public const string SqlUnclearEffect = "AM2013";
    public const string SqlAdditiveOrRead = "AM2014";
    public const string SqlNotVisible = "AM2015";
    public const string SqlForwarded = "AM2016";
    public const string SqlDataLossInTests = "AM2017";
    public const string SqlHighInTests = "AM2018";

    // Database lifecycle through EF Core's DatabaseFacade (DatabaseLifecycleAnalyzer):
    public const string DatabaseDeleted = "AM2021";
    public const string DatabaseCreatedWithoutMigrations = "AM2022";
    public const string MigrationsAppliedAtStartup = "AM2023";
    public const string TestDatabaseCreatedWithoutMigrations = "AM2024";

    // EF Core bulk operations (BulkOperationAnalyzer):
    public const string BulkWriteWholeTable = "AM2031";
    public const string BulkDelete = "AM2032";
    public const string BulkUpdate = "AM2033";
    public const string TrackedDelete = "AM2034";
    public const string ScopedBulkDelete = "AM2035";

    // AM3xxx — secrets: hard-coded (AM300x, Critical), reads (AM301x), changes, deletions and exports (AM302x), output (AM303x)
    public const string HardcodedKnownFormatSecret = "AM3001";
    public const string HardcodedCredentialString = "AM3002";
    public const string HardcodedCredentialArgument = "AM3003";
    public const string HardcodedNamedSecret = "AM3004";
    public const string HardcodedTestCredential = "AM3005";
    public const string SecretRead = "AM3010";
    public const string ConfigurationRead = "AM3011";
    public const string SecretChange = "AM3020";
    public const string SecretDeletion = "AM3021";
    public const string SecretExport = "AM3022";
    public const string PersistentEnvironmentChange = "AM3023";
    public const string CertificateStoreChange = "AM3024";
    public const string ConnectionStringInCode = "AM3025";
    public const string ProcessEnvironmentChange = "AM3026";
    public const string UnstoredKeyExport = "AM3027";
    public const string PasswordProtectedKeyExport = "AM3028";
    public const string TestSecretDeletion = "AM3029";
    public const string SecretToOutput = "AM3030";

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
    public const string TestReflectionByName = "AM4011";
    public const string ScopedWarningSuppression = "AM4012";
    public const string GuardedUnsafeCast = "AM4013";
    public const string TestUnsafeCode = "AM4014";
    public const string TestDynamicBinding = "AM4015";

    // AM50xx — external side effects
    public const string StateChangingHttpRequest = "AM5001";
    public const string ProcessLaunch = "AM5002";
    public const string DeployingCommandLine = "AM5003";
    public const string MessageSend = "AM5004";
    public const string MoneyMovement = "AM5005";
    public const string ReadOnlyCommand = "AM5006";
    public const string HttpRequestForwarded = "AM5007";
    public const string HttpRequestFromTestClient = "AM5008";
    public const string HttpRequestMayOnlyRead = "AM5009";
    public const string ProcessLaunchForwarded = "AM5010";
    public const string ProcessLaunchThroughWrapperUnseen = "AM5011";
    public const string MessageSendWrapped = "AM5012";
    public const string HttpUploadOfCallersContent = "AM5013";

    // AM51xx — infrastructure as code (AWS CDK, Pulumi, Azure.ResourceManager)
    public const string InfrastructureChange = "AM5101";
    public const string WorldOpenIngress = "AM5102";
    public const string WildcardIamStatement = "AM5103";
    public const string DestroyableInfrastructure = "AM5104";

    // AM60xx — the application's security boundary: TLS, tokens, authorization, CORS, sensitive data
    public const string CertificateValidationOff = "AM6001";
    public const string RevocationCheckOff = "AM6002";
    public const string HttpsMetadataOff = "AM6003";
    public const string OutdatedTlsProtocol = "AM6004";
    public const string HttpsMetadataOffWithOwnKeys = "AM6005";
    public const string TokenSignatureValidationOff = "AM6011";
    public const string TokenCheckOff = "AM6012";
    public const string CookieProtectionRelaxed = "AM6013";
    public const string TokenCheckOffWithOwnKey = "AM6014";
    public const string AnonymousAccess = "AM6021";
    public const string AnonymousAccessWithoutData = "AM6022";
    public const string CorsAnyOrigin = "AM6031";
    public const string CorsCredentialsAnyOrigin = "AM6032";
    public const string SensitiveDataExposed = "AM6041";
    public const string RelaxedCriticalCheckOutsideProduction = "AM6091";
    public const string RelaxedCheckOutsideProduction = "AM6092";

    // AM90xx — declared risk ([Risk] and risk lists); one id per level
    public const string DeclaredLowRisk = "AM9001";
    public const string DeclaredMediumRisk = "AM9002";
    public const string DeclaredHighRisk = "AM9003";
    public const string DeclaredCriticalRisk = "AM9004";
    public const string MalformedRiskListLine = "AM9011";
    public const string UnknownRiskListSymbol = "AM9012";
    public const string DuplicateRiskListEntry = "AM9013";

    // AM92xx — the accepted-risks file (AutoMode.Accepted.json)
    public const string StaleAcceptedRisk = "AM9201";
    public const string UnreadableAcceptedRisks = "AM9202";

    // AM91xx — suppressions of AutoMode findings
    public const string UnjustifiedSuppression = "AM9101";
    public const string JustifiedSuppression = "AM9102";
}
