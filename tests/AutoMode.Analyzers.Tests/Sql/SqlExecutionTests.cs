using AutoMode.Analyzers.Sql;
using Microsoft.Data.Sqlite;

namespace AutoMode.Analyzers.Tests.Sql;

/// <summary>
/// The SQL classifier's Critical and Low claims, run against a real SQLite database seeded with rows: a script the
/// classifier calls Critical loses seeded data; one it calls Low keeps every seeded row.
/// </summary>
public class SqlExecutionTests
{
    [TestCase("DROP TABLE Orders")]
    [TestCase("DELETE FROM Orders")]
    [TestCase("DELETE FROM Orders WHERE 1 = 1")]
    [TestCase("UPDATE Orders SET Note = 'x'")]
    [TestCase("ALTER TABLE Orders DROP COLUMN Note")]
    [TestCase("SELECT 1; -- harmless\nDELETE FROM Orders; SELECT 2")]
    [TestCase("CREATE TABLE Tmp (Id INTEGER); DROP TABLE Orders")]
    public void Critical_LosesSeededData(string sql)
    {
        Assert.That(SqlClassifier.Classify(sql).Risk, Is.EqualTo(RiskLevel.Critical));
        var (before, after) = Run(sql);
        Assert.That(after, Is.Not.EquivalentTo(before), "a Critical script must lose or overwrite seeded data");
    }

    [TestCase("SELECT * FROM Orders")]
    [TestCase("INSERT INTO Orders (Id, Note) VALUES (10, 'new')")]
    [TestCase("CREATE TABLE Tags (Id INTEGER PRIMARY KEY, Label TEXT)")]
    [TestCase("CREATE TABLE Tags (Id INTEGER); CREATE INDEX IX_Tags ON Tags (Id)")]
    [TestCase("ALTER TABLE Orders ADD COLUMN Email TEXT")]
    [TestCase("ALTER TABLE Orders ADD COLUMN Archived INTEGER NOT NULL DEFAULT 0")]
    [TestCase("-- DROP TABLE Orders\n/* DELETE FROM Orders; */ SELECT 'DROP TABLE Orders; DELETE FROM Orders'")]
    [TestCase("INSERT INTO Orders (Id, Note) VALUES (11, 'DELETE FROM Orders; DROP TABLE Orders')")]
    [TestCase("BEGIN; INSERT INTO Orders (Id, Note) VALUES (12, 'x'); COMMIT;")]
    [TestCase("CREATE VIEW Recent AS SELECT * FROM Orders WHERE Id > 1")]
    public void Low_KeepsEverySeededRow(string sql)
    {
        Assert.That(SqlClassifier.Classify(sql).Risk, Is.EqualTo(RiskLevel.Low), string.Join(" | ", SqlClassifier.Classify(sql).Statements));
        var (before, after) = Run(sql);
        Assert.That(after, Is.SupersetOf(before), "a Low script must keep every seeded row");
    }

    private static (List<string> Before, List<string> After) Run(string sql)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE Orders (Id INTEGER PRIMARY KEY, Note TEXT); INSERT INTO Orders VALUES (1, 'a'), (2, 'b'), (3, NULL);");
        var before = Rows(connection);
        Execute(connection, sql);
        return (before, Rows(connection));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Rows(SqliteConnection connection)
    {
        var rows = new List<string>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM Orders";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) is "Id" or "Note").Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
            }
        }
        catch (SqliteException)
        {
            // The table is gone.
        }

        return rows;
    }
}
