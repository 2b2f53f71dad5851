using AutoMode.Analyzers.Rules.Migrations;
using static AutoMode.Analyzers.Tests.Migrations.MigrationTestSupport;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Migrations.MigrationOperationAnalyzer>;

namespace AutoMode.Analyzers.Tests.Migrations;

/// <summary>AM2001–AM2004 on EF Core MigrationBuilder operations, written as the EF tooling scaffolds them.</summary>
public class EfCoreMigrationTests
{
    private static Task Run(string source, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies? references = null, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        => VerifyAsync<MigrationOperationAnalyzer>(source, references ?? EfRelational, expected);

    // ---- AM2001: data loss (Critical) ----

    [Test]
    public Task AM2001_DropColumn_AsScaffolded() => Run(Migration(
        """
                    {|AM2001:migrationBuilder.DropColumn(
                        name: "Notes",
                        table: "Orders")|};
        """,
        """
                    migrationBuilder.AddColumn<string>(
                        name: "Notes",
                        table: "Orders",
                        type: "nvarchar(max)",
                        nullable: true);
        """));

    [Test]
    public Task AM2001_DropTable_And_DropSchema_And_DeleteData() => Run(Migration(
        """
                    {|AM2001:migrationBuilder.DeleteData(
                        table: "Countries",
                        keyColumn: "Id",
                        keyValue: 3)|};

                    {|AM2001:migrationBuilder.DropTable(
                        name: "LegacyOrders")|};

                    {|AM2001:migrationBuilder.DropSchema(
                        name: "legacy")|};
        """,
        """
                    migrationBuilder.EnsureSchema(
                        name: "legacy");

                    migrationBuilder.CreateTable(
                        name: "LegacyOrders",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_LegacyOrders", x => x.Id);
                        });

                    migrationBuilder.InsertData(
                        table: "Countries",
                        columns: new[] { "Id", "Name" },
                        values: new object[] { 3, "Atlantis" });
        """));

    [Test]
    public Task AM2001_Message_SaysWhatWhyAndTheAlternative() => Run(
        Migration("""        {|#0:migrationBuilder.DropColumn(name: "Notes", table: "Orders")|};""", """        migrationBuilder.AddColumn<string>(name: "Notes", table: "Orders", nullable: true);"""),
        null,
        Verify.Diagnostic("AM2001").WithLocation(0).WithMessage(
            "'DropColumn' on 'Orders.Notes' deletes the column and every value in it; safe alternative: Expand and contract: stop reading and writing it in one release, back it up, and remove it in a later, reviewed migration."));

    [TestCase("""type: "nvarchar(100)", maxLength: 100, nullable: false, oldClrType: typeof(string), oldType: "nvarchar(max)", oldNullable: false""", TestName = "AM2001_AlterColumn_ShorterStoreType")]
    [TestCase("""type: "character varying(50)", maxLength: 50, oldClrType: typeof(string), oldType: "character varying(200)", oldMaxLength: 200""", TestName = "AM2001_AlterColumn_ShorterVarchar_Npgsql")]
    [TestCase("""maxLength: 50, oldClrType: typeof(string), oldMaxLength: 200""", TestName = "AM2001_AlterColumn_ShorterMaxLengthWithoutStoreTypes")]
    [TestCase("""type: "decimal(10,2)", oldClrType: typeof(decimal), oldType: "decimal(18,2)" """, TestName = "AM2001_AlterColumn_SmallerPrecision")]
    [TestCase("""type: "decimal(18,0)", oldClrType: typeof(decimal), oldType: "decimal(18,2)" """, TestName = "AM2001_AlterColumn_SmallerScale")]
    [TestCase("""type: "nvarchar(max)", nullable: false, oldClrType: typeof(string), oldType: "nvarchar(max)", oldNullable: true""", TestName = "AM2001_AlterColumn_NullableToRequiredWithoutDefault")]
    [TestCase("""type: "varchar(max)", oldClrType: typeof(string), oldType: "nvarchar(max)" """, TestName = "AM2001_AlterColumn_UnicodeToAnsi")]
    [TestCase("""type: "tinyint unsigned", oldClrType: typeof(short), oldType: "smallint" """, TestName = "AM2001_AlterColumn_SmallintToUnsignedTinyint")]
    [TestCase("""type: "int unsigned", oldClrType: typeof(int), oldType: "int" """, TestName = "AM2001_AlterColumn_IntToUnsigned")]
    [TestCase("""type: "timestamp without time zone", oldClrType: typeof(System.DateTimeOffset), oldType: "timestamp with time zone" """, TestName = "AM2001_AlterColumn_TimestamptzToTimestamp")]
    [TestCase("""type: "text", oldClrType: typeof(byte[]), oldType: "bytea" """, TestName = "AM2001_AlterColumn_ByteaToText")]
    public Task AM2001_AlterColumn_Narrowing(string arguments) => Run(Migration(
        $$"""
                    {|AM2001:migrationBuilder.AlterColumn<string>(
                        name: "Name",
                        table: "Customers",
                        {{arguments}})|};
        """,
        """        migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers");"""));

    [Test]
    public Task AM2001_AlterColumn_TypeChange_ByClrType() => Run(Migration(
        """
                    {|AM2001:migrationBuilder.AlterColumn<int>(
                        name: "Quantity",
                        table: "Lines",
                        nullable: false,
                        oldClrType: typeof(long))|};
        """,
        """        migrationBuilder.AlterColumn<long>(name: "Quantity", table: "Lines", nullable: false, oldClrType: typeof(int));"""));

    // bitwarden/server: EF Core scaffolds UpdateData(keyValue: null) before making a column required (49 false Criticals).
    [Test]
    public Task NullableToRequired_AfterTheNullsAreBackfilled_IsNotDataLoss() => Run(Migration(
        """
                    {|AM2003:migrationBuilder.UpdateData(
                        table: "Organization",
                        keyColumn: "Identifier",
                        keyValue: null,
                        column: "Identifier",
                        value: "")|};

                    migrationBuilder.Sql("UPDATE [Send] SET [Data] = '' WHERE [Data] IS NULL");

                    {|AM2002:migrationBuilder.AlterColumn<string>(
                        name: "Identifier",
                        table: "Organization",
                        type: "nvarchar(max)",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(max)",
                        oldNullable: true)|};

                    {|AM2002:migrationBuilder.AlterColumn<string>(
                        name: "Data",
                        table: "Send",
                        type: "nvarchar(max)",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(max)",
                        oldNullable: true)|};

                    {|AM2001:migrationBuilder.AlterColumn<string>(
                        name: "Name",
                        table: "Organization",
                        type: "nvarchar(max)",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(max)",
                        oldNullable: true)|};

                    {|AM2001:migrationBuilder.AlterColumn<string>(
                        name: "Notes",
                        table: "Send",
                        type: "nvarchar(max)",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(max)",
                        oldNullable: true)|};

                    {|AM2003:migrationBuilder.UpdateData(
                        table: "Send",
                        keyColumn: "Notes",
                        keyValue: null,
                        column: "Notes",
                        value: "")|};
        """,
        """
                    migrationBuilder.AlterColumn<string>(name: "Identifier", table: "Organization", nullable: true);
                    migrationBuilder.AlterColumn<string>(name: "Data", table: "Send", nullable: true);
                    migrationBuilder.AlterColumn<string>(name: "Name", table: "Organization", nullable: true);
                    migrationBuilder.AlterColumn<string>(name: "Notes", table: "Send", nullable: true);
        """));

    [Test]
    public Task AM2001_AlterColumn_TypeChange_ByStoreType() => Run(Migration(
        """
                    {|AM2001:migrationBuilder.AlterColumn<int>(
                        name: "Code",
                        table: "Products",
                        type: "int",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(20)")|};
        """,
        """        migrationBuilder.AlterColumn<string>(name: "Code", table: "Products", type: "nvarchar(20)", nullable: false, oldClrType: typeof(int), oldType: "int");"""));

    // ---- AM2002: locks or breaks the running release (High) ----

    [TestCase("""type: "nvarchar(200)", maxLength: 200, oldClrType: typeof(string), oldType: "nvarchar(100)", oldMaxLength: 100""", TestName = "AM2002_AlterColumn_Widening")]
    [TestCase("""type: "bigint", oldClrType: typeof(int), oldType: "int" """, TestName = "AM2002_AlterColumn_IntToBigint")]
    [TestCase("""type: "nvarchar(max)", nullable: true, oldClrType: typeof(string), oldType: "nvarchar(max)" """, TestName = "AM2002_AlterColumn_RequiredToNullable")]
    [TestCase("""type: "text", oldClrType: typeof(string), oldType: "character varying(100)", oldMaxLength: 100""", TestName = "AM2002_AlterColumn_VarcharToText")]
    [TestCase("""type: "nvarchar(max)", nullable: false, defaultValue: "", oldClrType: typeof(string), oldType: "nvarchar(max)", oldNullable: true""", TestName = "AM2002_AlterColumn_NullableToRequiredWithDefault")]
    // bitwarden/server's PostgreSQL and MySQL migrations: conversions every value survives (52 + 1 + 1 false Criticals).
    [TestCase("""type: "timestamp with time zone", oldClrType: typeof(System.DateTime), oldType: "timestamp without time zone" """, TestName = "AM2002_AlterColumn_TimestampToTimestamptz")]
    [TestCase("""type: "datetimeoffset", oldClrType: typeof(System.DateTime), oldType: "datetime2" """, TestName = "AM2002_AlterColumn_Datetime2ToDatetimeoffset")]
    [TestCase("""type: "smallint", oldClrType: typeof(byte), oldType: "tinyint unsigned" """, TestName = "AM2002_AlterColumn_UnsignedTinyintToSmallint")]
    [TestCase("""type: "text", oldClrType: typeof(System.Guid), oldType: "uuid" """, TestName = "AM2002_AlterColumn_UuidToText")]
    [TestCase("""type: "longtext", oldClrType: typeof(System.Guid), oldType: "char(36)" """, TestName = "AM2002_AlterColumn_Char36ToLongtext")]
    public Task AM2002_AlterColumn_NotNarrowing(string arguments) => Run(Migration(
        $$"""
                    {|AM2002:migrationBuilder.AlterColumn<string>(
                        name: "Name",
                        table: "Customers",
                        {{arguments}})|};
        """,
        """        migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers");"""));

    [Test]
    public Task AM2002_RenameColumn_And_RenameTable() => Run(Migration(
        """
                    {|AM2002:migrationBuilder.RenameColumn(
                        name: "Notes",
                        table: "Orders",
                        newName: "Remarks")|};

                    {|AM2002:migrationBuilder.RenameTable(
                        name: "Client",
                        newName: "Customers")|};
        """,
        """
                    migrationBuilder.RenameTable(
                        name: "Customers",
                        newName: "Client");

                    migrationBuilder.RenameColumn(
                        name: "Remarks",
                        table: "Orders",
                        newName: "Notes");
        """));

    [Test]
    public Task AM2002_AddColumn_RequiredWithoutDefault() => Run(Migration(
        """
                    {|AM2002:migrationBuilder.AddColumn<int>(
                        name: "Priority",
                        table: "Orders",
                        type: "int",
                        nullable: false)|};

                    {|AM2002:migrationBuilder.AddColumn<string>(
                        name: "Region",
                        table: "Orders")|};
        """,
        """
                    migrationBuilder.DropColumn(name: "Priority", table: "Orders");
                    migrationBuilder.DropColumn(name: "Region", table: "Orders");
        """));

    [Test]
    public Task AM2002_AddColumn_FunctionDefault_AndStoredComputed() => Run(Migration(
        """
                    {|AM2002:migrationBuilder.AddColumn<DateTime>(
                        name: "CreatedAt",
                        table: "Orders",
                        type: "datetime2",
                        nullable: false,
                        defaultValueSql: "getutcdate()")|};

                    {|AM2002:migrationBuilder.AddColumn<decimal>(
                        name: "Total",
                        table: "Orders",
                        type: "decimal(18,2)",
                        nullable: false,
                        computedColumnSql: "[Price] * [Quantity]",
                        stored: true)|};
        """,
        """
                    migrationBuilder.DropColumn(name: "CreatedAt", table: "Orders");
                    migrationBuilder.DropColumn(name: "Total", table: "Orders");
        """));

    [Test]
    public Task AM2002_DropConstraintsIndexesAndSequences() => Run(Migration(
        """
                    {|AM2002:migrationBuilder.DropForeignKey(
                        name: "FK_Orders_Customers_CustomerId",
                        table: "Orders")|};

                    {|AM2002:migrationBuilder.DropIndex(
                        name: "IX_Orders_CustomerId",
                        table: "Orders")|};

                    {|AM2002:migrationBuilder.DropPrimaryKey(
                        name: "PK_Orders",
                        table: "Orders")|};

                    {|AM2002:migrationBuilder.DropUniqueConstraint(
                        name: "AK_Orders_Number",
                        table: "Orders")|};

                    {|AM2002:migrationBuilder.DropCheckConstraint(
                        name: "CK_Orders_Total",
                        table: "Orders")|};

                    {|AM2002:migrationBuilder.DropSequence(
                        name: "OrderNumbers")|};
        """,
        """
                    migrationBuilder.CreateSequence(name: "OrderNumbers");
                    migrationBuilder.AddCheckConstraint(name: "CK_Orders_Total", table: "Orders", sql: "[Total] >= 0");
                    migrationBuilder.AddUniqueConstraint(name: "AK_Orders_Number", table: "Orders", column: "Number");
                    migrationBuilder.AddPrimaryKey(name: "PK_Orders", table: "Orders", column: "Id");
                    migrationBuilder.CreateIndex(name: "IX_Orders_CustomerId", table: "Orders", column: "CustomerId");
                    migrationBuilder.AddForeignKey(name: "FK_Orders_Customers_CustomerId", table: "Orders", column: "CustomerId", principalTable: "Customers", principalColumn: "Id");
        """));

    // Kavita's ChangeCountToTotalCount and bitwarden's NotificationCascadeDelete drop a foreign key and add it again
    // (with another delete rule); jellyfin's IndexOptimizations drops IX_BaseItemProviders_ProviderId_ProviderValue_ItemId
    // and creates IX_BaseItemProviders_ProviderId_ItemId_ProviderValue: the constraint or index is replaced, not removed
    // (Low; the Add is reported on its own). A drop without a replacement stays High.
    [Test]
    public Task ConstraintOrIndex_ReplacedInTheSameUp_IsLow() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.DropForeignKey(name: "FK_Orders_Customers_CustomerId", table: "Orders")|};
                    {|AM2004:migrationBuilder.DropPrimaryKey(name: "PK_Orders", table: "Orders")|};
                    {|AM2004:migrationBuilder.DropIndex(name: "IX_Orders_CustomerId_Number_Status", table: "Orders")|};
                    {|AM2004:migrationBuilder.DropIndex(name: "IX_Orders_Total", table: "Orders")|};
                    {|AM2002:migrationBuilder.DropIndex(name: "IX_Orders_CreatedAt", table: "Orders")|};
                    {|AM2002:migrationBuilder.DropCheckConstraint(name: "CK_Orders_Total", table: "Orders")|};
                    {|AM2003:migrationBuilder.AddForeignKey(name: "FK_Orders_Customers_CustomerId", table: "Orders", column: "CustomerId", principalTable: "Customers", principalColumn: "Id", onDelete: ReferentialAction.Cascade)|};
                    {|AM2003:migrationBuilder.AddPrimaryKey(name: "PK_Orders", table: "Orders", column: "Number")|};
                    {|AM2003:migrationBuilder.CreateIndex(name: "IX_Orders_Number_CustomerId_Status", table: "Orders", columns: new[] { "Number", "CustomerId", "Status" })|};
                    {|AM2003:migrationBuilder.CreateIndex(name: "IX_Orders_Total", table: "Orders", column: "Total", unique: true)|};
                    {|AM2003:migrationBuilder.AddCheckConstraint(name: "CK_Invoices_Total", table: "Invoices", sql: "[Total] >= 0")|};
        """,
        """
                    migrationBuilder.DropCheckConstraint(name: "CK_Invoices_Total", table: "Invoices");
                    migrationBuilder.DropIndex(name: "IX_Orders_Total", table: "Orders");
                    migrationBuilder.DropIndex(name: "IX_Orders_Number_CustomerId_Status", table: "Orders");
                    migrationBuilder.DropPrimaryKey(name: "PK_Orders", table: "Orders");
                    migrationBuilder.DropForeignKey(name: "FK_Orders_Customers_CustomerId", table: "Orders");
                    migrationBuilder.AddCheckConstraint(name: "CK_Orders_Total", table: "Orders", sql: "[Total] >= 0");
                    migrationBuilder.CreateIndex(name: "IX_Orders_CreatedAt", table: "Orders", column: "CreatedAt");
        """));

    // bitwarden's AddProviderIdToPlayItem replaces CK_PlayItem_UserOrOrganization by CK_PlayItem_UserOrOrganizationOrProvider;
    // jellyfin's AddIndexesAndCollations re-points FK_Permissions_Users_Permission_Permissions_Guid as
    // FK_Permissions_Users_UserId (same table, same principal): replaced under a new name, Low. A foreign key to another
    // principal, or a check constraint with an unrelated name, stays High.
    [Test]
    public Task Constraint_ReplacedUnderANewName_IsLow() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.DropCheckConstraint(name: "CK_PlayItem_UserOrOrganization", table: "PlayItem")|};
                    {|AM2004:migrationBuilder.DropForeignKey(name: "FK_Permissions_Users_Permission_Permissions_Guid", table: "Permissions")|};
                    {|AM2002:migrationBuilder.DropForeignKey(name: "FK_Permissions_Roles_RoleId", table: "Permissions")|};
                    {|AM2002:migrationBuilder.DropCheckConstraint(name: "CK_PlayItem_Positive", table: "PlayItem")|};
                    {|AM2003:migrationBuilder.AddCheckConstraint(name: "CK_PlayItem_UserOrOrganizationOrProvider", table: "PlayItem", sql: "[UserId] IS NOT NULL")|};
                    {|AM2003:migrationBuilder.AddForeignKey(name: "FK_Permissions_Users_UserId", table: "Permissions", column: "UserId", principalTable: "Users", principalColumn: "Id")|};
                    {|AM2003:migrationBuilder.AddCheckConstraint(name: "CK_PlayItem_HasOwner", table: "PlayItem", sql: "[OwnerId] IS NOT NULL")|};
        """,
        """
                    migrationBuilder.DropCheckConstraint(name: "CK_PlayItem_HasOwner", table: "PlayItem");
                    migrationBuilder.DropForeignKey(name: "FK_Permissions_Users_UserId", table: "Permissions");
                    migrationBuilder.DropCheckConstraint(name: "CK_PlayItem_UserOrOrganizationOrProvider", table: "PlayItem");
                    migrationBuilder.AddCheckConstraint(name: "CK_PlayItem_Positive", table: "PlayItem", sql: "[Count] > 0");
                    migrationBuilder.AddForeignKey(name: "FK_Permissions_Roles_RoleId", table: "Permissions", column: "RoleId", principalTable: "Roles", principalColumn: "Id");
                    migrationBuilder.AddForeignKey(name: "FK_Permissions_Users_Permission_Permissions_Guid", table: "Permissions", column: "Permission_Permissions_Guid", principalTable: "Users", principalColumn: "Id");
                    migrationBuilder.AddCheckConstraint(name: "CK_PlayItem_UserOrOrganization", table: "PlayItem", sql: "[UserId] IS NOT NULL");
        """));

    // eShop's UseEnumForOrderStatus drops FK_orders_orderstatus_OrderStatusId, then the orderstatus table and the
    // OrderStatusId column; jellyfin's AddForeignKeyToOwnerId drops the FK of the BaseItemEntityId column it drops. The
    // constraint goes with what it belongs to: Low, the drop itself is AM2001.
    [Test]
    public Task ConstraintOrIndex_OfADroppedColumnOrTable_IsLow() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.DropForeignKey(name: "FK_Orders_OrderStatus_OrderStatusId", table: "Orders")|};
                    {|AM2004:migrationBuilder.DropIndex(name: "IX_Orders_LegacyId", table: "Orders")|};
                    {|AM2004:migrationBuilder.DropForeignKey(name: "FK_Audit_Users_UserId", table: "Audit")|};
                    {|AM2002:migrationBuilder.DropIndex(name: "IX_Orders_CustomerId", table: "Orders")|};
                    {|AM2001:migrationBuilder.DropTable(name: "OrderStatus")|};
                    {|AM2001:migrationBuilder.DropTable(name: "Audit")|};
                    {|AM2001:migrationBuilder.DropColumn(name: "LegacyId", table: "Orders")|};
        """,
        """
                    migrationBuilder.AddColumn<int>(name: "LegacyId", table: "Orders", nullable: true);
                    migrationBuilder.CreateTable(name: "Audit", columns: table => new { Id = table.Column<int>(nullable: false) });
                    migrationBuilder.CreateTable(name: "OrderStatus", columns: table => new { Id = table.Column<int>(nullable: false) });
                    migrationBuilder.CreateIndex(name: "IX_Orders_CustomerId", table: "Orders", column: "CustomerId");
        """));

    // jellyfin's RemoveEasyPassword moves every table out of the "jellyfin" schema: RenameTable(name: "Devices", schema:
    // "jellyfin", newName: "Devices"). SQLite has no schemas: nothing is renamed (Low). Elsewhere a schema move breaks
    // the running release's queries and stays High.
    [Test]
    public Task Sqlite_RenameTable_OnlyToAnotherSchema_IsLow() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.RenameTable(name: "Devices", schema: "jellyfin", newName: "Devices")|};
                    {|AM2002:migrationBuilder.RenameTable(name: "Devices", schema: "jellyfin", newName: "Device")|};
        """, "        migrationBuilder.RenameTable(name: \"Device\", newName: \"Devices\", newSchema: \"jellyfin\");"),
        EfSqlite);

    [Test]
    public Task RenameTable_OnlyToAnotherSchema_OnSqlServer_StaysHigh() => Run(Migration(
        """
                    {|AM2002:migrationBuilder.RenameTable(name: "Devices", schema: "jellyfin", newName: "Devices")|};
        """, "        migrationBuilder.RenameTable(name: \"Devices\", newName: \"Devices\", newSchema: \"jellyfin\");"),
        EfSqlServer);

    // ---- CreateIndex by provider ----

    private const string CreateIndexOnOrders = """
                    {|ID:migrationBuilder.CreateIndex(
                        name: "IX_Orders_CreatedAt",
                        table: "Orders",
                        column: "CreatedAt")|};
        """;

    private const string DropIndexDown = """        migrationBuilder.DropIndex(name: "IX_Orders_CreatedAt", table: "Orders");""";

    [Test]
    public Task AM2002_CreateIndex_OnPostgreSql_WithoutConcurrently() => Run(
        Migration(CreateIndexOnOrders.Replace("ID", "AM2002"), DropIndexDown), EfNpgsql);

    [Test]
    public Task AM2002_CreateIndex_OnSqlServer_Offline() => Run(
        Migration(CreateIndexOnOrders.Replace("ID", "AM2002"), DropIndexDown), EfSqlServer);

    [Test]
    public Task AM2003_CreateIndex_ProviderUnknown() => Run(
        Migration(CreateIndexOnOrders.Replace("ID", "AM2003"), DropIndexDown), EfRelational);

    [Test]
    public Task AM2003_CreateIndex_OnSqlite() => Run(
        Migration(CreateIndexOnOrders.Replace("ID", "AM2003"), DropIndexDown), EfSqlite);

    [Test]
    public Task AM2004_CreateIndex_Concurrently_OnPostgreSql() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.CreateIndex(
                        name: "IX_Orders_CreatedAt",
                        table: "Orders",
                        column: "CreatedAt")|}
                        .Annotation("Npgsql:CreatedConcurrently", true);
        """, DropIndexDown), EfNpgsql);

    [Test]
    public Task AM2004_CreateIndex_Online_OnSqlServer() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.CreateIndex(
                        name: "IX_Orders_CreatedAt",
                        table: "Orders",
                        column: "CreatedAt")|}
                        .Annotation("SqlServer:Online", true);
        """, DropIndexDown), EfSqlServer);

    [TestCase("postgresql", "AM2002")]
    [TestCase("sqlserver", "AM2002")]
    [TestCase("sqlite", "AM2003")]
    public Task CreateIndex_ProviderFromEditorConfig(string provider, string expected)
    {
        var test = Verify.Create(Migration(CreateIndexOnOrders.Replace("ID", expected), DropIndexDown), "automode.migrations.provider = " + provider);
        test.ReferenceAssemblies = EfRelational;
        return test.RunAsync();
    }

    [Test]
    public Task CreateIndex_ProviderFromCheckInTheMigration() => Run(Migration(
        """
                    if (migrationBuilder.IsNpgsql())
                    {
                        {|AM2002:migrationBuilder.CreateIndex(name: "IX_A", table: "Orders", column: "A")|};
                    }

                    if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
                    {
                        {|AM2003:migrationBuilder.CreateIndex(name: "IX_B", table: "Orders", column: "B")|};
                    }
        """,
        """
                    migrationBuilder.DropIndex(name: "IX_A", table: "Orders");
                    migrationBuilder.DropIndex(name: "IX_B", table: "Orders");
        """, usings: "using Microsoft.EntityFrameworkCore;"), EfNpgsql);

    [Test]
    public Task CreateIndex_ProviderFromAnnotationsInTheMigration() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.AddColumn<int>(
                        name: "Sequence",
                        table: "Orders",
                        nullable: true)|}
                        .Annotation("Npgsql:ValueGenerationStrategy", 2);

                    {|AM2002:migrationBuilder.CreateIndex(name: "IX_A", table: "Orders", column: "Sequence")|};
        """,
        """
                    migrationBuilder.DropIndex(name: "IX_A", table: "Orders");
                    migrationBuilder.DropColumn(name: "Sequence", table: "Orders");
        """), EfRelational);

    // ---- AM2003: validates or writes rows (Medium) ----

    [Test]
    public Task AM2003_AddConstraints_AndSeedData() => Run(Migration(
        """
                    {|AM2003:migrationBuilder.AddForeignKey(
                        name: "FK_Orders_Customers_CustomerId",
                        table: "Orders",
                        column: "CustomerId",
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade)|};

                    {|AM2003:migrationBuilder.AddUniqueConstraint(
                        name: "AK_Orders_Number",
                        table: "Orders",
                        column: "Number")|};

                    {|AM2003:migrationBuilder.AddCheckConstraint(
                        name: "CK_Orders_Total",
                        table: "Orders",
                        sql: "[Total] >= 0")|};

                    {|AM2003:migrationBuilder.AddPrimaryKey(
                        name: "PK_Lines",
                        table: "Lines",
                        columns: new[] { "OrderId", "Number" })|};

                    {|AM2003:migrationBuilder.InsertData(
                        table: "Countries",
                        columns: new[] { "Id", "Name" },
                        values: new object[,]
                        {
                            { 1, "France" },
                            { 2, "Japan" }
                        })|};

                    {|AM2003:migrationBuilder.UpdateData(
                        table: "Countries",
                        keyColumn: "Id",
                        keyValue: 1,
                        column: "Name",
                        value: "French Republic")|};
        """,
        """
                    migrationBuilder.UpdateData(table: "Countries", keyColumn: "Id", keyValue: 1, column: "Name", value: "France");
                    migrationBuilder.DeleteData(table: "Countries", keyColumn: "Id", keyValues: new object[] { 1, 2 });
                    migrationBuilder.DropPrimaryKey(name: "PK_Lines", table: "Lines");
                    migrationBuilder.DropCheckConstraint(name: "CK_Orders_Total", table: "Orders");
                    migrationBuilder.DropUniqueConstraint(name: "AK_Orders_Number", table: "Orders");
                    migrationBuilder.DropForeignKey(name: "FK_Orders_Customers_CustomerId", table: "Orders");
        """));

    [Test]
    public Task AM2003_AlterColumn_OnlyDefaultChanges() => Run(Migration(
        """
                    {|AM2003:migrationBuilder.AlterColumn<int>(
                        name: "Status",
                        table: "Orders",
                        type: "int",
                        nullable: false,
                        defaultValue: 1,
                        oldClrType: typeof(int),
                        oldType: "int")|};
        """,
        """        migrationBuilder.AlterColumn<int>(name: "Status", table: "Orders", type: "int", nullable: false, oldClrType: typeof(int), oldType: "int", oldDefaultValue: 1);"""));

    // ---- AM2004: additive (Low) ----

    [Test]
    public Task AM2004_InitialMigration_AsScaffolded() => Run("""
        using System;
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace Shop.Migrations
        {
            /// <inheritdoc />
            public partial class InitialCreate : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    {|AM2004:migrationBuilder.EnsureSchema(
                        name: "shop")|};

                    {|AM2004:migrationBuilder.CreateSequence(
                        name: "OrderNumbers",
                        schema: "shop")|};

                    {|AM2004:migrationBuilder.CreateTable(
                        name: "Customers",
                        schema: "shop",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Customers", x => x.Id);
                        })|};

                    {|AM2004:migrationBuilder.CreateTable(
                        name: "Orders",
                        schema: "shop",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            CustomerId = table.Column<int>(type: "int", nullable: false),
                            CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Orders", x => x.Id);
                            table.ForeignKey(
                                name: "FK_Orders_Customers_CustomerId",
                                column: x => x.CustomerId,
                                principalSchema: "shop",
                                principalTable: "Customers",
                                principalColumn: "Id",
                                onDelete: ReferentialAction.Cascade);
                        })|};

                    {|AM2004:migrationBuilder.CreateIndex(
                        name: "IX_Orders_CustomerId",
                        schema: "shop",
                        table: "Orders",
                        column: "CustomerId")|};
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.DropTable(
                        name: "Orders",
                        schema: "shop");

                    migrationBuilder.DropTable(
                        name: "Customers",
                        schema: "shop");

                    migrationBuilder.DropSequence(
                        name: "OrderNumbers",
                        schema: "shop");
                }
            }
        }
        """, EfSqlServer);

    [Test]
    public Task AM2004_AddColumn_Nullable_WithConstantDefault_AndRenameIndex() => Run(Migration(
        """
                    {|AM2004:migrationBuilder.AddColumn<string>(
                        name: "Notes",
                        table: "Orders",
                        type: "nvarchar(max)",
                        nullable: true)|};

                    {|AM2004:migrationBuilder.AddColumn<bool>(
                        name: "IsArchived",
                        table: "Orders",
                        type: "bit",
                        nullable: false,
                        defaultValue: false)|};

                    {|AM2004:migrationBuilder.RenameIndex(
                        name: "IX_Orders_Customer",
                        table: "Orders",
                        newName: "IX_Orders_CustomerId")|};
        """,
        """
                    migrationBuilder.RenameIndex(name: "IX_Orders_CustomerId", table: "Orders", newName: "IX_Orders_Customer");
                    migrationBuilder.DropColumn(name: "IsArchived", table: "Orders");
                    migrationBuilder.DropColumn(name: "Notes", table: "Orders");
        """));

    // ---- SQLite rebuilds instead of truncating ----

    [Test]
    public Task Sqlite_NarrowingLength_IsARebuild_NotTruncation() => Run(Migration(
        """
                    {|AM2002:migrationBuilder.AlterColumn<string>(
                        name: "Name",
                        table: "Customers",
                        type: "TEXT",
                        maxLength: 50,
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "TEXT",
                        oldMaxLength: 200)|};
        """,
        """        migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers", type: "TEXT", maxLength: 200, nullable: false, oldClrType: typeof(string), oldType: "TEXT", oldMaxLength: 50);"""),
        EfSqlite);

    [Test]
    public Task Sqlite_NullableToRequired_StaysCritical() => Run(Migration(
        """
                    {|AM2001:migrationBuilder.AlterColumn<string>(
                        name: "Name",
                        table: "Customers",
                        type: "TEXT",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "TEXT",
                        oldNullable: true)|};
        """,
        """        migrationBuilder.AlterColumn<string>(name: "Name", table: "Customers", type: "TEXT", nullable: true, oldClrType: typeof(string), oldType: "TEXT");"""),
        EfSqlite);

    [Test]
    public Task Sqlite_DropSchema_DoesNothing() => Run(Migration(
        """        {|AM2004:migrationBuilder.DropSchema(name: "legacy")|};""",
        """        migrationBuilder.EnsureSchema(name: "legacy");"""),
        EfSqlite);

    // ---- Not flagged ----

    [Test]
    public Task DownOperations_AreNotReported() => Run(Migration(
        """        {|AM2004:migrationBuilder.CreateTable(name: "Tags", columns: table => new { Id = table.Column<int>(nullable: false) })|};""",
        """
                    migrationBuilder.DropTable(name: "Tags");
                    migrationBuilder.DropColumn(name: "X", table: "Y");
        """));

    [Test]
    public Task UserTypeWithTheSameMethodNames_IsNotFlagged() => Run("""
        class SchemaEditor
        {
            public void DropTable(string name) { }
            public void DropColumn(string name, string table) { }
            public void Sql(string text) { }
        }

        class Tool
        {
            void Run(SchemaEditor migrationBuilder)
            {
                migrationBuilder.DropTable(name: "Orders");
                migrationBuilder.DropColumn(name: "Notes", table: "Orders");
                migrationBuilder.Sql("DROP TABLE Orders");
                // migrationBuilder.DropTable("Orders");
                var text = "migrationBuilder.DropTable(\"Orders\")";
            }
        }
        """);

    [Test]
    public Task HelperTakingAMigrationBuilder_IsStillAnalyzed() => Run("""
        using Microsoft.EntityFrameworkCore.Migrations;

        static class LegacyCleanup
        {
            public static void DropLegacy(this MigrationBuilder builder)
            {
                {|AM2001:builder.DropTable("Legacy")|};
            }
        }
        """);

    [Test]
    public Task HalfTypedCode_StaysSilent() =>
        Run("""
            using Microsoft.EntityFrameworkCore.Migrations;

            class M : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.{|CS1001:|}{|CS1002:|}
                }
            }
            """,
            null);
}
