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

    // AM2xxx — migrations and database changes. One id per risk level where the risk depends on context.
    // Schema and data operations of EF Core MigrationBuilder and FluentMigrator (MigrationOperationAnalyzer):
    public const string MigrationDataLoss = "AM2001";
    public const string MigrationBlocking = "AM2002";
    public const string MigrationValidatesRows = "AM2003";
    public const string MigrationAdditive = "AM2004";
    public const string IrreversibleMigration = "AM2005";

    // Raw SQL sent from C#, by the SQL statement classifier (RawSqlAnalyzer):
    public const string SqlDataLoss = "AM2011";
    public const string SqlBlockingOrWriting = "AM2012";
    public const string SqlUnclearEffect = "AM2013";
    public const string SqlAdditiveOrRead = "AM2014";
    public const string SqlNotVisible = "AM2015";

    // Database lifecycle through EF Core's DatabaseFacade (DatabaseLifecycleAnalyzer):
    public const string DatabaseDeleted = "AM2021";
    public const string DatabaseCreatedWithoutMigrations = "AM2022";
    public const string MigrationsAppliedAtStartup = "AM2023";

    // EF Core bulk operations (BulkOperationAnalyzer):
    public const string BulkWriteWholeTable = "AM2031";
    public const string BulkDelete = "AM2032";
    public const string BulkUpdate = "AM2033";
}
