using AutoMode.Analyzers.Sql;

namespace AutoMode.Analyzers.Tests.Sql;

/// <summary>The SQL statement classifier on its own: kinds, risks, tokenizing and statement splitting.</summary>
public class SqlClassifierTests
{
    private static void AssertWorst(string sql, SqlStatementKind kind, RiskLevel risk)
    {
        var result = SqlClassifier.Classify(sql);
        Assert.Multiple(() =>
        {
            Assert.That(result.Kind, Is.EqualTo(kind), Describe(result));
            Assert.That(result.Risk, Is.EqualTo(risk), Describe(result));
        });
    }

    private static string Describe(SqlClassification result) => string.Join(" | ", result.Statements);

    // ---- Critical ----

    [TestCase("DROP TABLE Orders")]
    [TestCase("drop table if exists public.\"Orders\" cascade;")]
    [TestCase("DROP TABLE [dbo].[Orders], [dbo].[Lines]")]
    public void DropTable_IsCritical(string sql) => AssertWorst(sql, SqlStatementKind.DropTable, RiskLevel.Critical);

    [TestCase("DROP DATABASE shop", SqlStatementKind.DropDatabase)]
    [TestCase("DROP SCHEMA billing CASCADE", SqlStatementKind.DropSchema)]
    [TestCase("TRUNCATE TABLE Orders", SqlStatementKind.Truncate)]
    [TestCase("truncate orders restart identity", SqlStatementKind.Truncate)]
    [TestCase("DELETE FROM Orders", SqlStatementKind.Delete)]
    [TestCase("DELETE Orders", SqlStatementKind.Delete)]
    [TestCase("DELETE FROM Orders WHERE 1=1", SqlStatementKind.Delete)]
    [TestCase("DELETE FROM Orders WHERE TRUE", SqlStatementKind.Delete)]
    [TestCase("UPDATE Orders SET Status = 'x'", SqlStatementKind.Update)]
    [TestCase("update \"Orders\" set \"Total\" = 0 returning *", SqlStatementKind.Update)]
    [TestCase("ALTER TABLE Orders DROP COLUMN Notes", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders DROP notes", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE Orders DROP COLUMN IF EXISTS A, B", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE Orders ADD X int NULL, DROP COLUMN Notes", SqlStatementKind.AlterTable)]
    [TestCase("MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE;", SqlStatementKind.Merge)]
    public void DataLoss_IsCritical(string sql, object kind) => AssertWorst(sql, (SqlStatementKind)kind, RiskLevel.Critical);

    // ---- Medium: filtered statements that overwrite nothing or touch one key (issue #14 labels) ----

    // duplicati's LocalSyncDatabase and LocalRecreateDatabase: DELETE/UPDATE … WHERE Path = @path, WHERE "ID" = @MetadataId.
    [TestCase("DELETE FROM \"RemoteInventory\" WHERE \"RelativePath\" = @path", SqlStatementKind.Delete)]
    [TestCase("UPDATE \"Metadataset\" SET \"Content\" = @Content WHERE \"ID\" = @MetadataId AND(\"Content\" IS NULL OR \"Content\" = '')", SqlStatementKind.Update)]
    [TestCase("UPDATE Progress SET PagesRead = 3 WHERE Id = 42", SqlStatementKind.Update)]
    // bitwarden's SendKeyAndDataNotNull: only NULLs are replaced before the column becomes NOT NULL.
    [TestCase("UPDATE `Send` SET `Key` = '' WHERE `Key` IS NULL", SqlStatementKind.Update)]
    [TestCase("UPDATE OrganizationUser SET RevocationReason = 0 WHERE Status = -1 AND RevocationReason IS NULL", SqlStatementKind.Update)]
    // jellyfin: orphans whose parent is gone, deleted or repointed before a foreign key is added.
    [TestCase("DELETE FROM BaseItems WHERE ParentId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM BaseItems p WHERE p.Id = BaseItems.ParentId)", SqlStatementKind.Delete)]
    [TestCase("UPDATE BaseItems SET OwnerId = '0' WHERE OwnerId IS NOT NULL AND OwnerId NOT IN (SELECT Id FROM BaseItems)", SqlStatementKind.Update)]
    public void KeyedNullFillingOrOrphanStatements_AreMedium(string sql, object kind) => AssertWorst(sql, (SqlStatementKind)kind, RiskLevel.Medium);

    [TestCase("UPDATE sqlite_sequence SET seq = 0 WHERE name = 'ActivityLogs'")]
    [TestCase("DELETE FROM sqlite_sequence WHERE name = 'ActivityLogs'")]
    [TestCase("Update version SET Version = 12")]
    public void SequenceResetAndVersionMarker_AreLow(string sql) => AssertWorst(sql, SqlClassifier.Classify(sql).Kind, RiskLevel.Low);

    [Test]
    public void NullFilling_And_Orphans_NeedNoRollback_KeyedChangesDo()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SqlClassifier.Classify("UPDATE Send SET Data = '' WHERE Data IS NULL").Worst!.NeedsNoRollback, Is.True);
            Assert.That(SqlClassifier.Classify("DELETE FROM Permissions WHERE NOT EXISTS (SELECT 1 FROM Users u WHERE u.Id = UserId)").Worst!.NeedsNoRollback, Is.True);
            Assert.That(SqlClassifier.Classify("DELETE FROM Orders WHERE Id = @id").Worst!.NeedsNoRollback, Is.False);
            Assert.That(SqlClassifier.Classify("UPDATE Orders SET Status = 2 WHERE Status = 5").Worst!.NeedsNoRollback, Is.False);
        });
    }

    // ---- High ----

    [TestCase("DELETE FROM Orders WHERE Total > @min", SqlStatementKind.Delete)]
    [TestCase("DELETE FROM Orders WHERE Id = @id OR Total > 0", SqlStatementKind.Delete)]
    [TestCase("UPDATE Users SET Name = '' WHERE Name IS NULL OR Name = 'x'", SqlStatementKind.Update)]
    [TestCase("UPDATE Users SET Name = NULL WHERE Email IS NULL", SqlStatementKind.Update)]
    [TestCase("UPDATE BaseItems SET PrimaryVersionId = UPPER(PrimaryVersionId) WHERE PrimaryVersionId IS NOT NULL", SqlStatementKind.Update)]
    [TestCase("UPDATE Organization SET UseRiskInsights = 1 WHERE PlanType IN (4, 5, 10)", SqlStatementKind.Update)]
    [TestCase("DELETE FROM Users WHERE DeletedAt IS NULL", SqlStatementKind.Delete)]
    [TestCase("DELETE TOP (1000) FROM Logs", SqlStatementKind.Delete)]
    [TestCase("DELETE FROM logs WHERE created < now() - interval '30 days'", SqlStatementKind.Delete)]
    [TestCase("DELETE o FROM Orders o JOIN Customers c ON c.Id = o.CustomerId", SqlStatementKind.Delete)]
    [TestCase("UPDATE Orders SET Status = 2 WHERE Status = 5", SqlStatementKind.Update)]
    [TestCase("ALTER TABLE Orders ALTER COLUMN Name nvarchar(50) NOT NULL", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ALTER COLUMN name TYPE varchar(50)", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ALTER COLUMN name SET NOT NULL", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE t MODIFY COLUMN c int", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE Orders ADD Region nvarchar(10) NOT NULL", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ADD COLUMN id2 uuid DEFAULT gen_random_uuid()", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id)", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE Orders DROP CONSTRAINT FK_Orders_Customers", SqlStatementKind.AlterTable)]
    [TestCase("CREATE INDEX ix_orders_date ON orders (created)", SqlStatementKind.CreateIndex)]
    [TestCase("CREATE UNIQUE NONCLUSTERED INDEX IX ON dbo.Orders (Number)", SqlStatementKind.CreateIndex)]
    [TestCase("GRANT SELECT, INSERT ON Orders TO app", SqlStatementKind.Grant)]
    [TestCase("REVOKE ALL ON orders FROM public", SqlStatementKind.Revoke)]
    [TestCase("EXEC sp_rename 'dbo.Orders.Notes', 'Remarks', 'COLUMN'", SqlStatementKind.Rename)]
    [TestCase("ALTER TABLE orders RENAME COLUMN notes TO remarks", SqlStatementKind.Rename)]
    [TestCase("ALTER TABLE orders RENAME TO purchase_orders", SqlStatementKind.Rename)]
    [TestCase("RENAME TABLE a TO b", SqlStatementKind.Rename)]
    [TestCase("DROP INDEX IX_Orders_Date ON Orders", SqlStatementKind.DropIndex)]
    [TestCase("DROP VIEW v_orders", SqlStatementKind.DropView)]
    [TestCase("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.x = s.x;", SqlStatementKind.Merge)]
    [TestCase("VACUUM FULL orders", SqlStatementKind.Maintenance)]
    [TestCase("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE", SqlStatementKind.Lock)]
    public void LockingOrWriting_IsHigh(string sql, object kind) => AssertWorst(sql, (SqlStatementKind)kind, RiskLevel.High);

    // ---- Medium ----

    [TestCase("EXEC dbo.RecalculateTotals", SqlStatementKind.Execute)]
    [TestCase("CALL archive_orders()", SqlStatementKind.Execute)]
    [TestCase("ALTER TABLE Orders ADD CONSTRAINT CK_Total CHECK (Total >= 0)", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE Orders ADD CONSTRAINT PK_Orders PRIMARY KEY (Id)", SqlStatementKind.AlterTable)]
    [TestCase("INSERT INTO t (id, x) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET x = excluded.x", SqlStatementKind.Upsert)]
    [TestCase("CREATE OR REPLACE VIEW v AS SELECT 1", SqlStatementKind.CreateView)]
    [TestCase("FROBNICATE everything", SqlStatementKind.Unknown)]
    [TestCase("ALTER TABLE orders VALIDATE CONSTRAINT fk", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE ONLY public.orders VALIDATE CONSTRAINT orders_total_check", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) NOT VALID; ALTER TABLE orders VALIDATE CONSTRAINT fk", SqlStatementKind.AlterTable)]
    public void Unclear_IsMedium(string sql, object kind) => AssertWorst(sql, (SqlStatementKind)kind, RiskLevel.Medium);

    // ---- Low ----

    [TestCase("SELECT * FROM Orders", SqlStatementKind.Select)]
    [TestCase("WITH x AS (SELECT 1 AS a) SELECT a FROM x", SqlStatementKind.Select)]
    [TestCase("INSERT INTO Orders (Id) VALUES (1)", SqlStatementKind.Insert)]
    [TestCase("INSERT INTO archive SELECT * FROM orders WHERE year < 2020", SqlStatementKind.Insert)]
    [TestCase("CREATE TABLE t (id int NOT NULL PRIMARY KEY, name text)", SqlStatementKind.CreateTable)]
    [TestCase("CREATE INDEX CONCURRENTLY ix ON orders (created)", SqlStatementKind.CreateIndex)]
    [TestCase("CREATE INDEX IX ON Orders (Date) WITH (ONLINE = ON)", SqlStatementKind.CreateIndex)]
    [TestCase("ALTER TABLE Orders ADD Notes nvarchar(max) NULL", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ADD COLUMN flag boolean NOT NULL DEFAULT false", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) NOT VALID", SqlStatementKind.AlterTable)]
    [TestCase("ALTER TABLE orders ALTER COLUMN x SET DEFAULT 0", SqlStatementKind.AlterTable)]
    [TestCase("CREATE SCHEMA billing", SqlStatementKind.CreateSchema)]
    [TestCase("CREATE SEQUENCE s START WITH 1", SqlStatementKind.CreateSequence)]
    [TestCase("DROP TABLE #staging", SqlStatementKind.DropTable)]
    [TestCase("DELETE FROM #staging", SqlStatementKind.Delete)]
    [TestCase("DELETE FROM @ids", SqlStatementKind.Delete)]
    [TestCase("TRUNCATE TABLE #staging", SqlStatementKind.Truncate)]
    [TestCase("EXEC sp_rename 'dbo.Orders.IX_Old', 'IX_New', 'INDEX'", SqlStatementKind.Rename)]
    [TestCase("BEGIN TRANSACTION", SqlStatementKind.Transaction)]
    [TestCase("SET NOCOUNT ON", SqlStatementKind.Session)]
    [TestCase("SELECT Id INTO #tmp FROM Orders", SqlStatementKind.Select)]
    public void AdditiveOrRead_IsLow(string sql, object kind) => AssertWorst(sql, (SqlStatementKind)kind, RiskLevel.Low);

    // ---- Dialects seen in migrations: PostgreSQL, SQLite, MySQL ----

    [TestCase("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2) USING total::numeric", RiskLevel.High)]
    [TestCase("ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID", RiskLevel.Low)]
    [TestCase("ALTER TABLE orders ADD COLUMN seq int GENERATED ALWAYS AS IDENTITY", RiskLevel.High)]
    [TestCase("ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED", RiskLevel.High)]
    [TestCase("ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx", RiskLevel.Low)]
    [TestCase("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL", RiskLevel.Low)]
    [TestCase("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_number ON orders (number)", RiskLevel.Low)]
    [TestCase("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_number", RiskLevel.High)]
    [TestCase("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals", RiskLevel.Low)]
    [TestCase("REFRESH MATERIALIZED VIEW order_totals", RiskLevel.High)]
    [TestCase("UPDATE orders o SET total = l.total FROM lines l WHERE l.order_id = o.id", RiskLevel.High)]
    [TestCase("INSERT INTO tags (label) VALUES ('x') ON CONFLICT DO NOTHING", RiskLevel.Low)]
    [TestCase("SET lock_timeout = '5s'; SET statement_timeout = 0", RiskLevel.Low)]
    [TestCase("COMMENT ON COLUMN orders.total IS 'gross, in EUR'", RiskLevel.Low)]
    [TestCase("CREATE EXTENSION IF NOT EXISTS pgcrypto", RiskLevel.Low)]
    [TestCase("DROP EXTENSION pgcrypto", RiskLevel.High)]
    [TestCase("PRAGMA foreign_keys = OFF", RiskLevel.Low)]
    [TestCase("INSERT OR REPLACE INTO settings (key, value) VALUES ('a', 'b')", RiskLevel.Medium)]
    [TestCase("REPLACE INTO settings (key, value) VALUES ('a', 'b')", RiskLevel.Medium)]
    [TestCase("ALTER TABLE `orders` ADD INDEX `ix_created` (`created`)", RiskLevel.High)]
    [TestCase("ALTER TABLE orders CHANGE note remark varchar(50)", RiskLevel.High)]
    [TestCase("DELETE FROM logs ORDER BY created LIMIT 1000", RiskLevel.High)]
    public void Dialects(string sql, object risk)
        => Assert.That(SqlClassifier.Classify(sql).Risk, Is.EqualTo((RiskLevel)risk), Describe(SqlClassifier.Classify(sql)));

    // ---- Tokenizing: words in comments, strings and identifiers never count ----

    [TestCase("-- DROP TABLE Orders\nSELECT 1")]
    [TestCase("/* DROP TABLE Orders; */ SELECT 1")]
    [TestCase("/* nested /* DROP TABLE x */ still comment DELETE FROM y */ SELECT 1")]
    [TestCase("INSERT INTO Audit (Text) VALUES ('DROP TABLE Orders; DELETE FROM Users')")]
    [TestCase("INSERT INTO Audit (Text) VALUES ('it''s; DROP TABLE x')")]
    [TestCase("INSERT INTO Audit (Text) VALUES (N'DROP TABLE x')")]
    [TestCase("INSERT INTO audit (text) VALUES (E'a\\'; DROP TABLE x')")]
    [TestCase("SELECT \"DROP TABLE x\" FROM t")]
    [TestCase("SELECT [DELETE FROM x] FROM t")]
    [TestCase("SELECT `TRUNCATE t` FROM t")]
    [TestCase("INSERT INTO t (body) VALUES ($$DROP TABLE x$$)")]
    [TestCase("INSERT INTO t (body) VALUES ($fn$DROP TABLE x$fn$)")]
    [TestCase("CREATE FUNCTION f() RETURNS void AS $$ DELETE FROM orders; $$ LANGUAGE sql")]
    public void KeywordsInCommentsStringsAndIdentifiers_DoNotCount(string sql)
        => Assert.That(SqlClassifier.Classify(sql).Risk, Is.EqualTo(RiskLevel.Low), Describe(SqlClassifier.Classify(sql)));

    [Test]
    public void CommentDoesNotHideTheRealStatement()
        => AssertWorst("SELECT 1 -- harmless\n; DROP TABLE Orders /* cleanup */", SqlStatementKind.DropTable, RiskLevel.Critical);

    // ---- Statements: the worst one decides ----

    [Test]
    public void MultipleStatements_WorstDecides_AndIsNamed()
    {
        var result = SqlClassifier.Classify("INSERT INTO a VALUES (1); DELETE FROM b WHERE id = 1; TRUNCATE c; SELECT 1");
        Assert.That(result.Statements, Has.Length.EqualTo(4));
        Assert.That(result.Worst!.Index, Is.EqualTo(2));
        Assert.That(result.Worst.Text, Is.EqualTo("TRUNCATE c"));
        Assert.That(result.Kind, Is.EqualTo(SqlStatementKind.Truncate));
    }

    [Test]
    public void TSqlWithoutSemicolons_IsSplitAtStatementKeywords()
    {
        var result = SqlClassifier.Classify("UPDATE a SET x = 1 WHERE id = 2\nDELETE FROM b\nSELECT 1");
        Assert.That(result.Statements.Select(s => s.Kind), Is.EqualTo(new[] { SqlStatementKind.Update, SqlStatementKind.Delete, SqlStatementKind.Select }));
        Assert.That(result.Risk, Is.EqualTo(RiskLevel.Critical));
    }

    [Test]
    public void GoSeparatesBatches()
    {
        var result = SqlClassifier.Classify("CREATE TABLE t (id int)\nGO\nDROP TABLE u\nGO 2\n");
        Assert.That(result.Statements.Select(s => s.Kind), Is.EqualTo(new[] { SqlStatementKind.CreateTable, SqlStatementKind.DropTable }));
    }

    [Test]
    public void IfExistsDrop_FindsTheDrop()
        => AssertWorst("IF OBJECT_ID('dbo.Orders', 'U') IS NOT NULL DROP TABLE dbo.Orders", SqlStatementKind.DropTable, RiskLevel.Critical);

    [Test]
    public void IfExistsBlock_FindsTheStatementsInside()
        => AssertWorst("IF EXISTS (SELECT 1 FROM sys.columns WHERE name = 'Notes') BEGIN ALTER TABLE Orders DROP COLUMN Notes END", SqlStatementKind.AlterTable, RiskLevel.Critical);

    [Test]
    public void CaseEnd_DoesNotSplit()
        => AssertWorst("UPDATE Orders SET Status = CASE WHEN Total > 0 THEN 1 ELSE 0 END WHERE Id > 10", SqlStatementKind.Update, RiskLevel.High);

    [Test]
    public void OnDeleteCascade_StaysInTheAlterTable()
    {
        var result = SqlClassifier.Classify("ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) ON DELETE CASCADE ON UPDATE NO ACTION NOT VALID");
        Assert.That(result.Statements, Has.Length.EqualTo(1));
        Assert.That(result.Risk, Is.EqualTo(RiskLevel.Low));
    }

    [Test]
    public void ProcedureBody_RunsLater_IsNotClassifiedAsItsStatements()
    {
        var result = SqlClassifier.Classify("CREATE PROCEDURE dbo.Purge AS BEGIN DELETE FROM Orders; DROP TABLE Lines; END\nGO\nSELECT 1");
        Assert.That(result.Statements.Select(s => s.Kind), Is.EqualTo(new[] { SqlStatementKind.CreateRoutine, SqlStatementKind.Select }));
        Assert.That(result.Risk, Is.EqualTo(RiskLevel.Low));
    }

    [Test]
    public void TriggerEvents_DoNotSplit()
    {
        var result = SqlClassifier.Classify("CREATE TRIGGER trg ON Orders AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; END");
        Assert.That(result.Statements, Has.Length.EqualTo(1));
        Assert.That(result.Kind, Is.EqualTo(SqlStatementKind.CreateRoutine));
    }

    [Test]
    public void IndexOnTableCreatedInTheSameScript_IsLow()
        => AssertWorst("CREATE TABLE t (id int, c int); CREATE INDEX ix ON t (c); ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES u (id)", SqlStatementKind.CreateTable, RiskLevel.Low);

    // ---- Dynamic SQL ----

    [TestCase("EXEC('DROP TABLE Orders')", SqlStatementKind.DropTable, RiskLevel.Critical)]
    [TestCase("EXEC sp_executesql N'DELETE FROM Orders'", SqlStatementKind.Delete, RiskLevel.Critical)]
    [TestCase("EXEC sp_executesql N'SELECT * FROM Orders WHERE Id = @id', N'@id int', @id = 1", SqlStatementKind.Select, RiskLevel.Low)]
    [TestCase("EXEC sp_executesql @sql", SqlStatementKind.Execute, RiskLevel.High)]
    [TestCase("DO $$ BEGIN DELETE FROM orders; END $$", SqlStatementKind.Delete, RiskLevel.Critical)]
    [TestCase("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'x') THEN CREATE TABLE x (id int); END IF; END $$", SqlStatementKind.CreateTable, RiskLevel.Low)]
    public void DynamicSqlInAVisibleString_IsClassified(string sql, object kind, object risk) => AssertWorst(sql, (SqlStatementKind)kind, (RiskLevel)risk);

    // ---- Text built at run time ----

    [Test]
    public void Hole_IsRecorded()
    {
        var result = SqlClassifier.Classify("SELECT * FROM Orders WHERE Id = \0");
        Assert.That(result.HasRuntimeText, Is.True);
        Assert.That(SqlClassifier.Classify("SELECT 1").HasRuntimeText, Is.False);
    }

    [Test]
    public void HoleInsideAStringLiteral_IsRuntimeText()
        => Assert.That(SqlClassifier.Classify("INSERT INTO Audit (Text) VALUES ('\0')").HasRuntimeText, Is.True);

    [Test]
    public void DeleteOfAHoleTable_WithoutWhere_IsStillCritical()
        => AssertWorst("DELETE FROM \0", SqlStatementKind.Delete, RiskLevel.Critical);

    [Test]
    public void DeleteFollowedByAHole_MayHaveAWhere_IsHigh()
        => AssertWorst("DELETE FROM Orders \0", SqlStatementKind.Delete, RiskLevel.High);

    [Test]
    public void WholeTextAHole_IsUnknown()
    {
        var result = SqlClassifier.Classify("\0");
        Assert.That(result.Kind, Is.EqualTo(SqlStatementKind.Unknown));
        Assert.That(result.HasRuntimeText, Is.True);
    }

    // ---- Messages ----

    [Test]
    public void Excerpt_MasksStringLiterals_AndCollapsesWhitespace()
    {
        var result = SqlClassifier.Classify("CREATE LOGIN app WITH PASSWORD = 'S3cr3t!Pa55'");
        Assert.That(result.Worst!.Text, Does.Not.Contain("S3cr3t"));
        Assert.That(result.Worst.Text, Is.EqualTo("CREATE LOGIN app WITH PASSWORD = '…'"));
        Assert.That(SqlClassifier.Classify("DELETE   FROM\n\t[dbo].[Orders]").Worst!.Text, Is.EqualTo("DELETE FROM [dbo].[Orders]"));
    }

    [Test]
    public void EmptyText_HasNoStatements()
    {
        Assert.That(SqlClassifier.Classify("").IsEmpty, Is.True);
        Assert.That(SqlClassifier.Classify("  -- only a comment\n").IsEmpty, Is.True);
        Assert.That(SqlClassifier.Classify(";;").Risk, Is.EqualTo(RiskLevel.Low));
    }

    [TestCase("DROP TABLE \"unterminated")]
    [TestCase("SELECT 'unterminated")]
    [TestCase("/* unterminated")]
    [TestCase("$$ unterminated")]
    [TestCase("((((((")]
    [TestCase("))))")]
    [TestCase("ALTER TABLE")]
    [TestCase("ALTER")]
    [TestCase("DELETE")]
    [TestCase("EXEC")]
    public void MalformedText_NeverThrows(string sql) => Assert.DoesNotThrow(() => SqlClassifier.Classify(sql));
}
