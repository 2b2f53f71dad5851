namespace AutoMode.Analyzers.Sql;

/// <summary>EXEC/EXECUTE/CALL and PostgreSQL DO: dynamic SQL in a visible string is classified like any other text.</summary>
internal static class SqlExecuteRules
{
    private const string DynamicUnknown = "runs dynamic SQL whose text is built at run time; what it does cannot be classified";

    public static SqlStatement Execute(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder)
    {
        var i = 1;
        if (i < t.Count && t[i].Kind == SqlTokenKind.Parameter && i + 1 < t.Count && t[i + 1].IsPunctuation("="))
        {
            i += 2; // EXEC @result = proc
        }

        if (i < t.Count && t[i].IsPunctuation("("))
        {
            return Dynamic(t, context, builder, i + 1);
        }

        if (i < t.Count && t[i].Kind is SqlTokenKind.String or SqlTokenKind.DollarString)
        {
            return Dynamic(t, context, builder, i);
        }

        if (i < t.Count && t[i].Kind == SqlTokenKind.Parameter)
        {
            return builder.Make(SqlStatementKind.Execute, RiskLevel.High, DynamicUnknown, "Use static SQL text.");
        }

        var n = i;
        var procedure = t.ReadName(ref n) ?? string.Empty;
        if (procedure == "sp_executesql")
        {
            return Dynamic(t, context, builder, n);
        }

        if (procedure == "sp_rename")
        {
            var last = LastString(t);
            if (last is not null && last.Equals("INDEX", System.StringComparison.OrdinalIgnoreCase))
            {
                return builder.Make(SqlStatementKind.Rename, RiskLevel.Low, "renames an index", string.Empty);
            }

            return builder.Make(SqlStatementKind.Rename, RiskLevel.High, Consequences.Rename, Alternatives.Rename);
        }

        if (procedure == "format" || procedure == "\0")
        {
            return builder.Make(SqlStatementKind.Execute, RiskLevel.High, DynamicUnknown, "Use static SQL text.");
        }

        return builder.Make(SqlStatementKind.Execute, RiskLevel.Medium, "calls a stored procedure whose effect is not visible here", "Review what the procedure does; keep schema and data changes in migrations.");
    }

    public static SqlStatement AnonymousBlock(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder)
    {
        for (var i = 1; i < t.Count; i++)
        {
            if (t[i].Kind is SqlTokenKind.DollarString or SqlTokenKind.String)
            {
                return Dynamic(t, context, builder, i);
            }
        }

        return builder.Make(SqlStatementKind.Execute, RiskLevel.Medium, "runs an anonymous code block", "Review the block by hand.");
    }

    private static SqlStatement Dynamic(SqlTokens t, SqlScriptContext context, SqlStatementRules.Builder builder, int i)
    {
        if (i < t.Count && t[i].Kind is SqlTokenKind.String or SqlTokenKind.DollarString && context.Nested is { } nested)
        {
            // Only a single literal is the whole text; 'DROP ' + @name is partly dynamic.
            var single = i + 1 >= t.Count || t[i + 1].IsPunctuation(")") || t[i + 1].IsPunctuation(",") || t[i + 1].IsWord;
            var inner = nested(t[i].Content);
            if (inner.Worst is { } worst)
            {
                if (!single && worst.Risk < RiskLevel.High)
                {
                    return builder.Make(SqlStatementKind.Execute, RiskLevel.High, DynamicUnknown, "Use static SQL text.");
                }

                return builder.Wrap(worst, "runs dynamic SQL that ");
            }

            return builder.Make(SqlStatementKind.Execute, RiskLevel.Low, "runs empty dynamic SQL", string.Empty);
        }

        return builder.Make(SqlStatementKind.Execute, RiskLevel.High, DynamicUnknown, "Use static SQL text.");
    }

    private static string? LastString(SqlTokens t)
    {
        for (var k = t.Count - 1; k >= 0; k--)
        {
            if (t[k].Kind == SqlTokenKind.String)
            {
                return t[k].Content;
            }
        }

        return null;
    }
}
