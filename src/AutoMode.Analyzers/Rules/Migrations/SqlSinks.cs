using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

internal enum SqlTextMode
{
    /// <summary>The string is SQL: every part of it, interpolations included, is SQL text.</summary>
    Raw,

    /// <summary>A FormattableString: interpolation holes become parameters, not SQL text.</summary>
    Parameterized,

    /// <summary>A path or resource name of a script: the SQL is not in the code.</summary>
    Script,
}

/// <summary>A place where C# hands SQL text to a database.</summary>
internal readonly struct SqlSink
{
    public SqlSink(string api, IOperation? text, SqlTextMode mode, bool isRead)
    {
        Api = api;
        Text = text;
        Mode = mode;
        IsRead = isRead;
    }

    /// <summary>For messages, e.g. <c>MigrationBuilder.Sql</c>, <c>SqlCommand.CommandText</c>.</summary>
    public string Api { get; }

    public IOperation? Text { get; }

    public SqlTextMode Mode { get; }

    /// <summary>Whether the API reads (FromSqlRaw, SqlQuery…): a write in its text is still reported.</summary>
    public bool IsRead { get; }
}

/// <summary>
/// Every raw-SQL sink the rules know, by symbol: MigrationBuilder.Sql, DatabaseFacade.ExecuteSql*/SqlQuery*,
/// DbSet.FromSql*, ADO.NET command text (constructor or CommandText), Dapper Execute*/Query*, FluentMigrator Execute.*.
/// </summary>
internal sealed class SqlSinks
{
    private readonly MigrationSymbols _s;

    public SqlSinks(MigrationSymbols symbols) => _s = symbols;

    public SqlSink? Match(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => MatchInvocation(invocation),
        IObjectCreationOperation creation => MatchCreation(creation),
        ISimpleAssignmentOperation assignment => MatchAssignment(assignment),
        _ => null,
    };

    private SqlSink? MatchInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var name = method.Name;

        if (_s.MigrationBuilder is not null && name == "Sql" &&
            (MigrationSymbols.Is(type, _s.MigrationBuilder) || MigrationSymbols.DerivesFrom(type, _s.MigrationBuilder)))
        {
            return new SqlSink("MigrationBuilder.Sql", Arguments.Get(invocation, "sql"), SqlTextMode.Raw, isRead: false);
        }

        if (MigrationSymbols.Is(type, _s.RelationalDatabaseFacadeExtensions))
        {
            switch (name)
            {
                case "ExecuteSqlRaw":
                case "ExecuteSqlRawAsync":
                    return new SqlSink("Database." + name, Arguments.Get(invocation, "sql"), SqlTextMode.Raw, isRead: false);
                case "ExecuteSql":
                case "ExecuteSqlAsync":
                case "ExecuteSqlInterpolated":
                case "ExecuteSqlInterpolatedAsync":
                    return new SqlSink("Database." + name, Arguments.Get(invocation, "sql"), SqlTextMode.Parameterized, isRead: false);
                case "SqlQueryRaw":
                    return new SqlSink("Database." + name, Arguments.Get(invocation, "sql"), SqlTextMode.Raw, isRead: true);
                case "SqlQuery":
                    return new SqlSink("Database." + name, Arguments.Get(invocation, "sql"), SqlTextMode.Parameterized, isRead: true);
            }

            return null;
        }

        if (MigrationSymbols.Is(type, _s.RelationalQueryableExtensions))
        {
            switch (name)
            {
                case "FromSqlRaw":
                    return new SqlSink(name, Arguments.Get(invocation, "sql"), SqlTextMode.Raw, isRead: true);
                case "FromSql":
                case "FromSqlInterpolated":
                    return new SqlSink(name, Arguments.Get(invocation, "sql"), SqlTextMode.Parameterized, isRead: true);
            }

            return null;
        }

        // Dapper sends the text as it is (its parameters are the separate 'param' object): Execute* and Query* alike.
        if (MigrationSymbols.Is(type, _s.DapperSqlMapper) &&
            (name.StartsWith("Execute", System.StringComparison.Ordinal) || name.StartsWith("Query", System.StringComparison.Ordinal)))
        {
            var sql = Arguments.Get(invocation, "sql");
            if (sql is null && Arguments.Get(invocation, "command") is IObjectCreationOperation definition)
            {
                sql = Arguments.Get(definition.Arguments, "commandText");
            }

            var isRead = name.StartsWith("Query", System.StringComparison.Ordinal);
            return sql is null ? null : new SqlSink("Dapper " + name, sql, SqlTextMode.Raw, isRead);
        }

        if (MigrationSymbols.Is(type, _s.FmExecuteRoot))
        {
            switch (name)
            {
                case "Sql":
                    return new SqlSink("Execute.Sql", Arguments.Get(invocation, "sqlStatement"), SqlTextMode.Raw, isRead: false);
                case "Script":
                    return new SqlSink("Execute.Script", Arguments.Get(invocation, "pathToSqlScript"), SqlTextMode.Script, isRead: false);
                case "EmbeddedScript":
                    return new SqlSink("Execute.EmbeddedScript", Arguments.Get(invocation, "embeddedSqlScriptName"), SqlTextMode.Script, isRead: false);
            }
        }

        return null;
    }

    private SqlSink? MatchCreation(IObjectCreationOperation creation)
    {
        if (creation.Constructor is not { Parameters.Length: > 0 } constructor ||
            constructor.Parameters[0].Type.SpecialType != SpecialType.System_String ||
            constructor.Parameters[0].Name is not ("cmdText" or "commandText") ||
            !(MigrationSymbols.DerivesFrom(creation.Type, _s.DbCommand) || MigrationSymbols.DerivesFrom(creation.Type, _s.DbBatchCommand) ||
              MigrationSymbols.Implements(creation.Type, _s.IDbCommand)))
        {
            return null;
        }

        var text = Arguments.Get(creation.Arguments, constructor.Parameters[0].Name);
        return text is null ? null : new SqlSink("new " + creation.Type!.Name, text, SqlTextMode.Raw, isRead: false);
    }

    private SqlSink? MatchAssignment(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "CommandText" } property)
        {
            return null;
        }

        var type = property.Property.ContainingType;
        var receiver = property.Instance?.Type ?? type;
        if (MigrationSymbols.Is(type, _s.DbCommand) || MigrationSymbols.DerivesFrom(type, _s.DbCommand) || MigrationSymbols.Is(type, _s.DbBatchCommand) ||
            MigrationSymbols.DerivesFrom(type, _s.DbBatchCommand) || MigrationSymbols.Implements(type, _s.IDbCommand))
        {
            return new SqlSink((receiver?.Name ?? "DbCommand") + ".CommandText", assignment.Value, SqlTextMode.Raw, isRead: false);
        }

        return null;
    }
}
