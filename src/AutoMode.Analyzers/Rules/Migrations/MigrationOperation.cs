using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// One schema or data operation of a migration (EF Core or FluentMigrator), classified: its risk, what it does and
/// the safe alternative, plus what a Down must contain to reverse it.
/// </summary>
internal sealed class MigrationOperation
{
    /// <summary>Diagnostic property naming the annotation that makes the operation safe (read by the code fix).</summary>
    public const string FixAnnotationProperty = "automode.migrations.fix-annotation";

    public MigrationOperation(IOperation operation, string api, string target, RiskLevel risk, string consequence, string alternative, Reversal? reversal, string? fixAnnotation = null)
    {
        FixAnnotation = fixAnnotation;
        Operation = operation;
        Api = api;
        Target = target;
        Risk = risk;
        Consequence = consequence;
        Alternative = alternative;
        Reversal = reversal;
    }

    /// <summary>The call to report on (for FluentMigrator: the whole fluent chain).</summary>
    public IOperation Operation { get; }

    /// <summary>The API for messages, e.g. <c>DropColumn</c> or <c>Delete.Table</c>.</summary>
    public string Api { get; }

    /// <summary>What it changes, for messages: <c>'Orders.Notes'</c>.</summary>
    public string Target { get; }

    public RiskLevel Risk { get; }

    public string Consequence { get; }

    public string Alternative { get; }

    /// <summary>An annotation that makes the operation safe (<c>Npgsql:CreatedConcurrently</c>), for the code fix; or null.</summary>
    public string? FixAnnotation { get; }

    /// <summary>The operation a Down needs to undo this one; null when any non-empty Down will do.</summary>
    public Reversal? Reversal { get; }
}

/// <summary>An operation a Down must contain: its API name(s) and the names it must use (null matches any).</summary>
internal sealed class Reversal
{
    public Reversal(string description, string[] apis, string? name = null, string? table = null, string? newName = null)
    {
        Description = description;
        Apis = apis;
        Name = name;
        Table = table;
        NewName = newName;
    }

    /// <summary>For messages: "recreate the column 'Notes' on 'Orders'".</summary>
    public string Description { get; }

    public string[] Apis { get; }

    public string? Name { get; }

    public string? Table { get; }

    public string? NewName { get; }

    public bool IsMatchedBy(ReversalKey key)
    {
        foreach (var api in Apis)
        {
            if (api == key.Api && Same(Name, key.Name) && Same(Table, key.Table) && Same(NewName, key.NewName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string? expected, string? actual)
        => expected is null || actual is null || string.Equals(expected, actual, System.StringComparison.OrdinalIgnoreCase);
}

/// <summary>What an operation in a Down is: its API and the names it was given (null when not constant).</summary>
internal readonly struct ReversalKey
{
    public ReversalKey(string api, string? name, string? table, string? newName)
    {
        Api = api;
        Name = name;
        Table = table;
        NewName = newName;
    }

    public string Api { get; }
    public string? Name { get; }
    public string? Table { get; }
    public string? NewName { get; }
}
