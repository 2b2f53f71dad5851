using AutoMode.Analyzers.Sql;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AutoMode.Analyzers.Tests.Sql;

/// <summary>
/// Differential test: the SQL classifier against Microsoft's own T-SQL parser (ScriptDom). On every script of the
/// corpus both must find the same statements, of the same kinds, in the same order; and for DELETE and UPDATE they must
/// agree on whether rows are filtered (WHERE, TOP or a FROM/JOIN), which decides Critical versus High.
/// </summary>
public class ScriptDomDifferentialTests
{
    public static readonly string[] Corpus =
    {
        "SELECT * FROM dbo.Orders",
        "SELECT o.Id, c.Name FROM Orders o JOIN Customers c ON c.Id = o.CustomerId WHERE o.Total > 10 ORDER BY o.Id",
        "SELECT Id INTO #tmp FROM Orders",
        "WITH recent AS (SELECT * FROM Orders WHERE Created > '2020-01-01') SELECT COUNT(*) FROM recent",
        "SELECT 1 UNION ALL SELECT 2",
        "SELECT CASE WHEN Total > 0 THEN 'a' ELSE 'b' END AS Kind FROM Orders",
        "INSERT INTO Orders (Id, Total) VALUES (1, 10), (2, 20)",
        "INSERT INTO Archive (Id) SELECT Id FROM Orders WHERE Total = 0",
        "INSERT INTO Audit (Text) VALUES ('DROP TABLE Orders; DELETE FROM Users')",
        "UPDATE Orders SET Total = 0",
        "UPDATE Orders SET Total = 0 WHERE Id = 1",
        "UPDATE TOP (100) Orders SET Archived = 1",
        "UPDATE o SET o.Total = 0 FROM Orders o JOIN Customers c ON c.Id = o.CustomerId",
        "UPDATE Orders SET Status = CASE WHEN Total > 100 THEN 2 ELSE 1 END WHERE Status = 0",
        "DELETE FROM Orders",
        "DELETE Orders",
        "DELETE FROM Orders WHERE Id = @id",
        "DELETE TOP (1000) FROM Logs",
        "DELETE o FROM Orders o JOIN Customers c ON c.Id = o.CustomerId WHERE c.Deleted = 1",
        "WITH old AS (SELECT TOP 10 * FROM Logs ORDER BY Created) DELETE FROM old",
        "MERGE INTO Target AS t USING Source AS s ON t.Id = s.Id WHEN MATCHED THEN UPDATE SET t.Name = s.Name WHEN NOT MATCHED THEN INSERT (Id, Name) VALUES (s.Id, s.Name);",
        "TRUNCATE TABLE Logs",
        "CREATE TABLE Orders (Id int NOT NULL PRIMARY KEY, Total decimal(18,2) NULL, Notes nvarchar(max))",
        "CREATE TABLE #staging (Id int)",
        "CREATE INDEX IX_Orders_Created ON Orders (Created)",
        "CREATE UNIQUE NONCLUSTERED INDEX IX_Orders_Number ON dbo.Orders (Number) WITH (ONLINE = ON)",
        "CREATE CLUSTERED INDEX IX_Logs ON Logs (Created)",
        "CREATE VIEW dbo.ActiveOrders AS SELECT * FROM Orders WHERE Archived = 0",
        "CREATE OR ALTER VIEW dbo.ActiveOrders AS SELECT * FROM Orders",
        "CREATE PROCEDURE dbo.Purge AS BEGIN DELETE FROM Orders; DROP TABLE Lines; END",
        "CREATE FUNCTION dbo.Total(@id int) RETURNS int AS BEGIN RETURN (SELECT SUM(Total) FROM Orders WHERE Id = @id) END",
        "CREATE TRIGGER trg_Orders ON Orders AFTER INSERT, UPDATE, DELETE AS BEGIN SET NOCOUNT ON; END",
        "CREATE SCHEMA billing",
        "CREATE SEQUENCE dbo.OrderNumbers START WITH 1 INCREMENT BY 1",
        "CREATE DATABASE Shop",
        "CREATE LOGIN app WITH PASSWORD = 'S3cret!'",
        "CREATE USER app FOR LOGIN app",
        "ALTER TABLE Orders ADD Notes nvarchar(max) NULL",
        "ALTER TABLE Orders ADD Region nvarchar(10) NOT NULL",
        "ALTER TABLE Orders ADD Created datetime2 NOT NULL CONSTRAINT DF_Orders_Created DEFAULT (sysutcdatetime())",
        "ALTER TABLE Orders DROP COLUMN Notes",
        "ALTER TABLE Orders DROP CONSTRAINT FK_Orders_Customers",
        "ALTER TABLE Orders ALTER COLUMN Name nvarchar(50) NOT NULL",
        "ALTER TABLE Orders ADD CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES Customers (Id) ON DELETE CASCADE",
        "ALTER TABLE Orders WITH NOCHECK ADD CONSTRAINT FK_Orders_Customers FOREIGN KEY (CustomerId) REFERENCES Customers (Id)",
        "ALTER TABLE Orders ADD CONSTRAINT CK_Orders_Total CHECK (Total >= 0)",
        "ALTER TABLE Orders NOCHECK CONSTRAINT FK_Orders_Customers",
        "ALTER INDEX IX_Orders_Created ON Orders REBUILD",
        "ALTER INDEX IX_Orders_Created ON Orders REBUILD WITH (ONLINE = ON)",
        "ALTER VIEW dbo.ActiveOrders AS SELECT Id FROM Orders",
        "ALTER PROCEDURE dbo.Purge AS SELECT 1",
        "ALTER DATABASE Shop SET READ_COMMITTED_SNAPSHOT ON",
        "DROP TABLE Orders",
        "DROP TABLE IF EXISTS dbo.Orders, dbo.Lines",
        "DROP TABLE #staging",
        "DROP INDEX IX_Orders_Created ON Orders",
        "DROP VIEW dbo.ActiveOrders",
        "DROP PROCEDURE dbo.Purge",
        "DROP FUNCTION dbo.Total",
        "DROP SCHEMA billing",
        "DROP DATABASE Shop",
        "DROP SEQUENCE dbo.OrderNumbers",
        "GRANT SELECT, INSERT ON dbo.Orders TO app",
        "REVOKE DELETE ON dbo.Orders FROM app",
        "DENY UPDATE ON dbo.Orders TO app",
        "EXEC dbo.RecalculateTotals @year = 2024",
        "EXECUTE sp_rename 'dbo.Orders.Notes', 'Remarks', 'COLUMN'",
        "BEGIN TRANSACTION",
        "COMMIT TRANSACTION",
        "ROLLBACK",
        "SAVE TRANSACTION before_purge",
        "SET NOCOUNT ON",
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "DECLARE @cutoff datetime2 = '2020-01-01'",
        "USE Shop",
        "PRINT 'done'",
        // Several statements, with and without semicolons.
        "SET NOCOUNT ON; DELETE FROM Sessions WHERE Expires < GETDATE(); SELECT @@ROWCOUNT;",
        "UPDATE a SET x = 1 WHERE id = 2\nDELETE FROM b\nSELECT 1",
        "DECLARE @n int = 5 SELECT @n",
        "INSERT INTO t (a) VALUES (1) UPDATE t SET a = 2 WHERE a = 1 DELETE FROM t WHERE a = 2",
        "CREATE TABLE t (id int)\nGO\nCREATE INDEX ix ON t (id)\nGO\nDROP TABLE t",
        "ALTER TABLE Orders ADD X int NULL\nALTER TABLE Orders DROP COLUMN Y",
        "SELECT 1 -- DROP TABLE Orders\n; /* TRUNCATE TABLE Logs */ SELECT 2",
        "TRUNCATE TABLE a; TRUNCATE TABLE b",
        // Control flow: IF, BEGIN … END, ELSE, TRY … CATCH.
        "IF OBJECT_ID('dbo.Orders', 'U') IS NOT NULL DROP TABLE dbo.Orders",
        "IF EXISTS (SELECT 1 FROM sys.columns WHERE name = 'Notes') BEGIN ALTER TABLE Orders DROP COLUMN Notes END",
        "IF @x = 1 BEGIN DELETE FROM a WHERE id = 1; UPDATE b SET c = 1 WHERE id = 2; END ELSE BEGIN SELECT 1 END",
        "WHILE @i < 10 BEGIN DELETE TOP (100) FROM Logs; SET @i = @i + 1 END",
        "BEGIN TRY DELETE FROM Orders WHERE Id = 1 END TRY BEGIN CATCH ROLLBACK END CATCH",
        "BEGIN TRANSACTION; DELETE FROM Orders WHERE Id = 1; COMMIT;",
        "CREATE PROCEDURE dbo.Cleanup AS\nBEGIN\n  DELETE FROM Logs\n  TRUNCATE TABLE Sessions\nEND\nGO\nEXEC dbo.Cleanup",
        // Tokenizing: keywords inside identifiers, strings and comments, and semicolons inside them.
        "SELECT [Delete], [Drop Table], \"Truncate\" FROM [Update]",
        "INSERT INTO Notes (Body) VALUES ('it''s; DROP TABLE Orders; --')",
        "INSERT INTO Notes (Body) VALUES (N'/* DELETE FROM Orders */')",
        "UPDATE [Orders] SET [Where] = 1",
        "DELETE FROM [Orders] WHERE [Delete] = 1",
        "/* header\n   DROP TABLE Orders;\n*/\nSELECT 1",
        "SELECT 1 /* nested /* DELETE FROM x */ comment */",
        "-- only a comment: TRUNCATE TABLE Logs\nSELECT 1",
        // More statement shapes.
        "SELECT TOP (10) * FROM Orders WITH (NOLOCK) ORDER BY Created DESC",
        "SELECT * FROM Orders FOR JSON PATH",
        "SELECT Id, (SELECT COUNT(*) FROM Lines l WHERE l.OrderId = o.Id) AS Lines FROM Orders o",
        "INSERT INTO Orders DEFAULT VALUES",
        "INSERT INTO #ids EXEC dbo.ListIds",
        "INSERT Orders (Id) OUTPUT inserted.Id VALUES (1)",
        "UPDATE Orders SET Total = Total * 1.1 OUTPUT inserted.Id WHERE Region = 'EU'",
        "DELETE FROM Orders OUTPUT deleted.* WHERE Id IN (SELECT OrderId FROM Refunds)",
        "DELETE FROM @ids",
        "UPDATE @ids SET Processed = 1",
        "WITH ranked AS (SELECT Id, ROW_NUMBER() OVER (PARTITION BY Email ORDER BY Id) AS n FROM Users) DELETE FROM ranked WHERE n > 1",
        "MERGE Target AS t USING Source AS s ON t.Id = s.Id WHEN NOT MATCHED BY SOURCE THEN DELETE;",
        "CREATE TABLE dbo.Audit (Id int IDENTITY(1,1) PRIMARY KEY, At datetime2 DEFAULT (sysutcdatetime()), Body nvarchar(max))",
        "CREATE NONCLUSTERED INDEX IX_Orders_Status ON Orders (Status) INCLUDE (Total) WHERE Status = 1",
        "CREATE OR ALTER PROCEDURE dbo.Touch AS UPDATE Orders SET Touched = 1",
        "ALTER TABLE Orders ADD CONSTRAINT DF_Orders_Status DEFAULT 0 FOR Status",
        "ALTER TABLE Orders ADD A int NULL, B nvarchar(10) NULL",
        "ALTER TABLE Orders DROP COLUMN A, B",
        "ALTER TABLE Orders SWITCH TO OrdersArchive",
        "ALTER TABLE Orders CHECK CONSTRAINT ALL",
        "DROP TABLE IF EXISTS #a, #b",
        "DROP VIEW IF EXISTS dbo.V1, dbo.V2",
        "DROP TRIGGER trg_Orders",
        "DROP USER app",
        "GRANT EXECUTE ON SCHEMA::dbo TO app",
        "EXEC sp_addrolemember 'db_owner', 'app'",
        "EXECUTE @rc = [dbo].[Compute] 1;",
        "SET XACT_ABORT ON; BEGIN TRAN; UPDATE Orders SET Total = 0 WHERE Id = 1; COMMIT TRAN;",
        "IF NOT EXISTS (SELECT * FROM sys.indexes WHERE name = 'IX') CREATE INDEX IX ON Orders (Created)",
        "IF @@ROWCOUNT = 0 RETURN",
        "DECLARE @t TABLE (Id int); INSERT INTO @t VALUES (1); SELECT * FROM @t",
        "THROW 50000, 'failed', 1",
        "RAISERROR ('x', 16, 1)",
        "WAITFOR DELAY '00:00:01'",
        "TRUNCATE TABLE dbo.Sessions\nGO\nDBCC CHECKIDENT ('dbo.Sessions', RESEED, 0)",
    };

    public static IEnumerable<TestCaseData> Cases() => Corpus.Select((sql, i) => new TestCaseData(sql).SetArgDisplayNames($"{i:00}"));

    [TestCaseSource(nameof(Cases))]
    public void StatementKindsAgreeWithScriptDom(string sql)
    {
        var expected = ScriptDomKinds(sql);
        var actual = SqlClassifier.Classify(sql).Statements;
        Assert.That(actual.Select(s => s.Kind.ToString()), Is.EqualTo(expected.Select(e => e.Kind)),
            "ScriptDom: " + string.Join(" | ", expected.Select(e => e.Kind)) + "\nclassifier: " + string.Join(" | ", actual));

        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].Filtered is { } filtered)
            {
                Assert.That(actual[i].Risk != RiskLevel.Critical, Is.EqualTo(filtered),
                    $"statement {i + 1}: ScriptDom says filtered={filtered}, classifier says {actual[i].Risk}");
            }
        }
    }

    [Test]
    public void CorpusIsValidTSql()
    {
        foreach (var sql in Corpus)
        {
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
            Assert.That(errors, Is.Empty, sql + "\n" + string.Join("\n", errors.Select(e => e.Message)));
        }
    }

    private static List<(string Kind, bool? Filtered)> ScriptDomKinds(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var script = (TSqlScript)parser.Parse(new StringReader(sql), out var errors);
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Select(e => e.Message)));
        var kinds = new List<(string, bool?)>();
        foreach (var batch in script.Batches)
        {
            foreach (var statement in batch.Statements)
            {
                Flatten(statement, kinds);
            }
        }

        return kinds;
    }

    private static void Flatten(TSqlStatement statement, List<(string Kind, bool? Filtered)> kinds)
    {
        switch (statement)
        {
            case IfStatement @if:
                kinds.Add(("Control", null));
                Flatten(@if.ThenStatement, kinds);
                if (@if.ElseStatement is not null)
                {
                    kinds.Add(("Control", null));
                    Flatten(@if.ElseStatement, kinds);
                }

                return;
            case WhileStatement @while:
                kinds.Add(("Control", null));
                Flatten(@while.Statement, kinds);
                return;
            case BeginEndBlockStatement block:
                kinds.Add(("Control", null));
                foreach (var inner in block.StatementList.Statements)
                {
                    Flatten(inner, kinds);
                }

                kinds.Add(("Control", null));
                return;
            case TryCatchStatement tryCatch:
                kinds.Add(("Control", null));
                foreach (var inner in tryCatch.TryStatements.Statements)
                {
                    Flatten(inner, kinds);
                }

                kinds.Add(("Control", null));
                kinds.Add(("Control", null));
                foreach (var inner in tryCatch.CatchStatements.Statements)
                {
                    Flatten(inner, kinds);
                }

                kinds.Add(("Control", null));
                return;
            case DeleteStatement delete:
                kinds.Add(("Delete", IsFiltered(delete.DeleteSpecification.WhereClause, delete.DeleteSpecification.TopRowFilter, delete.DeleteSpecification.FromClause, delete.DeleteSpecification.Target)));
                return;
            case UpdateStatement update:
                kinds.Add(("Update", IsFiltered(update.UpdateSpecification.WhereClause, update.UpdateSpecification.TopRowFilter, update.UpdateSpecification.FromClause, update.UpdateSpecification.Target)));
                return;
            default:
                kinds.Add((KindOf(statement), null));
                return;
        }
    }

    /// <summary>
    /// Rows are filtered by a WHERE, a TOP, or a FROM with a join; a CTE target is filtered by its own query. Temporary
    /// tables and table variables are not compared (the classifier calls them Low, whatever the WHERE).
    /// </summary>
    private static bool? IsFiltered(WhereClause? where, TopRowFilter? top, FromClause? from, TableReference target)
        => target is VariableTableReference || (target is NamedTableReference temp && temp.SchemaObject.BaseIdentifier.Value.StartsWith('#'))
            ? null
            : where is not null || top is not null || (from?.TableReferences.Any(t => t is QualifiedJoin or UnqualifiedJoin) ?? false) ||
           (target is NamedTableReference named && named.SchemaObject.BaseIdentifier.Value == "old");

    private static string KindOf(TSqlStatement statement) => statement switch
    {
        SelectStatement => "Select",
        InsertStatement => "Insert",
        MergeStatement => "Merge",
        TruncateTableStatement => "Truncate",
        CreateTableStatement => "CreateTable",
        CreateIndexStatement => "CreateIndex",
        CreateViewStatement or CreateOrAlterViewStatement => "CreateView",
        CreateProcedureStatement or CreateFunctionStatement or CreateTriggerStatement or CreateOrAlterProcedureStatement
            or CreateOrAlterFunctionStatement or CreateOrAlterTriggerStatement => "CreateRoutine",
        CreateSchemaStatement => "CreateSchema",
        CreateSequenceStatement => "CreateSequence",
        CreateDatabaseStatement => "CreateDatabase",
        CreateLoginStatement or CreateUserStatement or CreateRoleStatement => "Security",
        AlterTableStatement => "AlterTable",
        AlterIndexStatement => "AlterIndex",
        AlterViewStatement or AlterProcedureStatement or AlterFunctionStatement or AlterTriggerStatement => "AlterRoutine",
        AlterDatabaseStatement => "AlterDatabase",
        DropDatabaseStatement => "DropDatabase",
        DropSchemaStatement => "DropSchema",
        DropTableStatement => "DropTable",
        DropIndexStatement => "DropIndex",
        DropViewStatement => "DropView",
        DropProcedureStatement or DropFunctionStatement or DropTriggerStatement => "DropRoutine",
        DropObjectsStatement or DropSequenceStatement => "DropOther",
        GrantStatement => "Grant",
        RevokeStatement => "Revoke",
        DenyStatement => "Deny",
        ExecuteStatement execute when execute.ExecuteSpecification.ExecutableEntity is ExecutableProcedureReference procedure &&
                                      procedure.ProcedureReference.ProcedureReference?.Name.BaseIdentifier.Value == "sp_rename" => "Rename",
        ExecuteStatement => "Execute",
        BeginTransactionStatement or CommitTransactionStatement or RollbackTransactionStatement or SaveTransactionStatement
            or SetTransactionIsolationLevelStatement => "Transaction",
        DbccStatement => "Maintenance",
        DropUserStatement => "DropOther",
        DeclareTableVariableStatement => "Session",
        SetVariableStatement or PredicateSetStatement or DeclareVariableStatement or UseStatement or PrintStatement
            or ReturnStatement or ThrowStatement or RaiseErrorStatement or WaitForStatement or SetCommandStatement => "Session",
        _ => "Unknown(" + statement.GetType().Name + ")",
    };
}
