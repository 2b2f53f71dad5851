using System;
using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Sql;

namespace AutoMode.Analyzers.Commands;

/// <summary>
/// SQL clients (<c>psql</c>, <c>sqlcmd</c>, <c>sqlite3</c>, <c>mysql</c>…): the SQL they are given — in an argument, a
/// heredoc, a here-string or piped from <c>echo</c> — is judged by the SQL statement classifier the raw-SQL rules use.
/// </summary>
internal static class DatabaseCommands
{
    public static void Judge(CommandInvocation c, List<CommandFinding> f)
    {
        var p = c.Program;
        var sql = SqlText(c);
        if (sql is null)
        {
            var file = c.Value("-f", "--file", "-i", "-InputFile", "--init", "-init") ?? c.Command.Redirections.FirstOrDefault(r => !r.Writes)?.Target.Text;
            if (file is not null)
            {
                f.Add(new CommandFinding(CommandEffect.Database, RiskLevel.High, $"{p} runs the SQL file {file} (its statements are not judged here; `automode check` judges .sql files)"));
            }
            else if (c.Has("-l", "--list", "-L", "--version", "-?", "--help", "-V"))
            {
                f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} (lists databases or prints information)"));
            }
            else
            {
                f.Add(new CommandFinding(CommandEffect.Database, RiskLevel.Medium, $"{p} (opens a database session; what runs in it is not seen)"));
            }

            return;
        }

        if (sql.TrimStart().StartsWith(".", StringComparison.Ordinal) && p == "sqlite3")
        {
            var dot = sql.Trim();
            f.Add(dot.StartsWith(".read", StringComparison.Ordinal) || dot.StartsWith(".restore", StringComparison.Ordinal) || dot.StartsWith(".import", StringComparison.Ordinal)
                ? new CommandFinding(CommandEffect.Database, RiskLevel.High, $"sqlite3 {dot} (loads into the database)")
                : new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"sqlite3 {dot} (reads the database)"));
            return;
        }

        var classification = SqlClassifier.Classify(sql);
        if (classification.Worst is not { } worst)
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"{p} (no SQL statement)"));
            return;
        }

        var text = worst.Text.Length > 60 ? worst.Text.Substring(0, 57) + "..." : worst.Text;
        var changesSchema = worst.Kind is not (SqlStatementKind.Select or SqlStatementKind.Unknown or SqlStatementKind.Insert or SqlStatementKind.Upsert or
            SqlStatementKind.Update or SqlStatementKind.Merge or SqlStatementKind.Transaction or SqlStatementKind.Session or SqlStatementKind.Control or
            SqlStatementKind.Comment or SqlStatementKind.Execute or SqlStatementKind.Lock);
        f.Add(new CommandFinding(
            worst.Risk == RiskLevel.Low ? CommandEffect.ReadOnly : CommandEffect.Database,
            worst.Risk,
            $"{p} with SQL '{text}': {worst.Consequence}",
            deploys: changesSchema || worst.Kind is SqlStatementKind.Delete || worst.Risk == RiskLevel.Critical));
    }

    private static string? SqlText(CommandInvocation c)
    {
        var sql = c.Program switch
        {
            "psql" => c.Value("-c", "--command"),
            "sqlcmd" or "osql" => c.Value("-Q", "-q"),
            "mysql" or "mariadb" => c.Value("-e", "--execute"),
            "invoke-sqlcmd" => c.Value("-Query"),
            "clickhouse-client" => c.Value("-q", "--query"),
            "mongosh" => c.Value("--eval"),
            "sqlite3" => SqliteSql(c),
            _ => null,
        };
        if (sql is not null)
        {
            return sql;
        }

        if (c.Command.Stdin is { } stdin)
        {
            return stdin;
        }

        // echo "DROP TABLE x" | psql, cat <<EOF | psql
        if (c.PipedFrom is { Words.Count: > 0 } from)
        {
            var program = CommandNames.Normalize(from.Words[0].Text, c.Shell);
            if (program is "echo" or "printf" or "write-output")
            {
                return string.Join(" ", from.Words.Skip(1).Where(w => !(w.Text.StartsWith("-", StringComparison.Ordinal) && !w.Quoted)).Select(w => w.Text));
            }

            if (program == "cat" && from.Stdin is { } body)
            {
                return body;
            }
        }

        return null;
    }

    private static string? SqliteSql(CommandInvocation c)
    {
        var positional = c.Positional("-cmd", "-init", "-separator", "-newline", "-nullvalue");
        return positional.Count > 1 ? string.Join(" ", positional.Skip(1).Select(w => w.Text)) : null;
    }
}
