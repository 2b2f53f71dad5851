using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>What a migration's <c>Down</c> is: missing, empty, throwing, or a list of operations.</summary>
internal sealed class DownMethod
{
    private DownMethod(string? problem, ImmutableArray<ReversalKey> keys)
    {
        Problem = problem;
        Keys = keys;
    }

    /// <summary>"Down is missing" / "Down is empty" / "Down throws"; null when Down has operations.</summary>
    public string? Problem { get; }

    public ImmutableArray<ReversalKey> Keys { get; }

    public static DownMethod Missing { get; } = new("the migration has no Down", ImmutableArray<ReversalKey>.Empty);

    public static DownMethod From(ImmutableArray<IOperation> blocks, System.Func<IInvocationOperation, ReversalKey?> keyOf)
    {
        var statements = blocks.SelectMany(b => b is IBlockOperation block ? block.Operations : ImmutableArray.Create(b))
            .Where(o => o is not IEmptyOperation && !(o is IReturnOperation { ReturnedValue: null }))
            .ToList();
        if (statements.Count == 0)
        {
            return new DownMethod("Down is empty", ImmutableArray<ReversalKey>.Empty);
        }

        if (statements.Any(s => s is IThrowOperation || s is IExpressionStatementOperation { Operation: IThrowOperation }))
        {
            return new DownMethod("Down throws", ImmutableArray<ReversalKey>.Empty);
        }

        var keys = ImmutableArray.CreateBuilder<ReversalKey>();
        foreach (var invocation in blocks.SelectMany(b => b.DescendantsAndSelf()).OfType<IInvocationOperation>())
        {
            if (keyOf(invocation) is { } key)
            {
                keys.Add(key);
            }
        }

        // A Down that renames a table back (RenameTable(name: "Orders", newName: "Order")) may undo the other changes on
        // the old name, after the rename: AlterColumn(table: "Order") reverses Up's AlterColumn(table: "Orders").
        foreach (var rename in keys.Where(k => k.Api == "RenameTable" && k.Name is not null && k.NewName is not null).ToList())
        {
            foreach (var key in keys.Where(k => k.Table is not null && string.Equals(k.Table, rename.NewName, System.StringComparison.OrdinalIgnoreCase)).ToList())
            {
                keys.Add(new ReversalKey(key.Api, key.Name, rename.Name, key.NewName));
            }
        }

        return new DownMethod(null, keys.ToImmutable());
    }

    /// <summary>Why <paramref name="operation"/> cannot be rolled back, or null when this Down reverses it.</summary>
    public string? WhyNotReversed(MigrationOperation operation)
    {
        if (Problem is not null)
        {
            return Problem;
        }

        if (operation.Reversal is not { } reversal)
        {
            return null;
        }

        foreach (var key in Keys)
        {
            if (reversal.IsMatchedBy(key))
            {
                return null;
            }
        }

        return "Down does not " + reversal.Description;
    }
}

/// <summary>Collects the classified operations of a migration's Up.</summary>
internal static class UpOperations
{
    public static List<MigrationOperation> Collect(ImmutableArray<IOperation> blocks, MigrationBody body, System.Func<IInvocationOperation, MigrationBody, MigrationOperation?> classify)
    {
        var operations = new List<MigrationOperation>();
        foreach (var invocation in blocks.SelectMany(b => b.DescendantsAndSelf()).OfType<IInvocationOperation>())
        {
            if (classify(invocation, body) is { } operation)
            {
                operations.Add(operation);
            }
        }

        return operations;
    }
}
