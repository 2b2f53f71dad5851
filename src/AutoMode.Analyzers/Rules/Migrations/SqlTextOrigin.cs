using System.Collections.Generic;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// Where SQL text that the compiler cannot read comes from, when that origin tells it is not built from input: a
/// command's own text rewritten (parameter-list expansion, placeholder rewriting: Dapper's SqlMapper, duplicati's
/// ExpandInClauseParameter), SQL that EF Core's migrations API generates itself (<c>IHistoryRepository.GetInsertScript</c>),
/// and run-time parts that are only names inside quoted identifiers (<c>[{Schema}].[Proc]</c>, <c>"SyncTemp-{id}"</c>).
/// </summary>
internal static class SqlTextOrigin
{
    private const int MaxDepth = 8;

    /// <summary>
    /// Whether every value the text can have is a command's <c>CommandText</c>, possibly rewritten by <c>Replace</c>
    /// (<c>cmd.CommandText = cmd.CommandText.Replace("@ids", list)</c>, <c>sql = command.CommandText; … command.CommandText = sql</c>):
    /// the statement was classified where that text was set.
    /// </summary>
    public static bool IsCommandTextRewrite(IOperation? text) => IsCommandTextRewrite(text, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);

    private static bool IsCommandTextRewrite(IOperation? text, HashSet<ISymbol> seen, int depth)
    {
        text = OperationValues.Unwrap(text);
        if (text is null || depth > MaxDepth)
        {
            return false;
        }

        switch (text)
        {
            case IPropertyReferenceOperation { Property.Name: "CommandText" }:
                return true;
            case ILocalReferenceOperation local:
                if (!seen.Add(local.Local))
                {
                    return true; // sql = sql.Replace(…): the other definitions decide
                }

                var definitions = BodyDefinitions.Of(local).Definitions(local.Local);
                if (definitions.Count == 0)
                {
                    return false;
                }

                var any = false;
                foreach (var definition in definitions)
                {
                    if (definition?.ConstantValue is { HasValue: true, Value: null })
                    {
                        continue; // string sql = null;
                    }

                    if (!IsCommandTextRewrite(definition, seen, depth + 1))
                    {
                        return false;
                    }

                    any = true;
                }

                return any;
            case IInvocationOperation { TargetMethod.Name: "Replace" } replace:
                // string.Replace on the text, or Regex.Replace(text, …) (static, or on a compiled Regex instance).
                return replace.Instance is { Type.SpecialType: SpecialType.System_String } instance
                    ? IsCommandTextRewrite(instance, seen, depth + 1)
                    : replace.Arguments.Length > 0 && replace.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String &&
                      IsCommandTextRewrite(replace.Arguments[0].Value, seen, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// The EF Core API that generated the text (<c>IHistoryRepository.GetInsertScript</c>, <c>IMigrationsSqlGenerator</c>…),
    /// through a local defined once; null when the text does not come from one.
    /// </summary>
    public static string? EfCoreGenerator(IOperation? text)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            text = OperationValues.Unwrap(text);
            switch (text)
            {
                case ILocalReferenceOperation local:
                    text = LocalDefinitions.Single(local);
                    continue;
                case IInvocationOperation invocation when IsEfCoreMigrationsService(invocation.TargetMethod.ContainingType):
                    return invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsEfCoreMigrationsService(INamedTypeSymbol? type)
        => type is { Name: "IHistoryRepository" or "HistoryRepository" or "IMigrator" or "IMigrationsSqlGenerator" or "IRelationalDatabaseCreator" } &&
           type.ContainingNamespace?.ToDisplayString() is "Microsoft.EntityFrameworkCore.Migrations" or "Microsoft.EntityFrameworkCore.Storage";

    /// <summary>
    /// Whether the interpolated text's run-time parts are all names inside quoted identifiers and none of them is a
    /// string parameter of the enclosing method (a caller's value: the API's callers could pass anything).
    /// </summary>
    public static bool NamesOnlyFromOwnState(IOperation? text, SqlTextMode mode)
    {
        if (!SqlText.HolesOnlyInQuotedIdentifiers(text, mode))
        {
            return false;
        }

        foreach (var node in OperationValues.Unwrap(text)?.DescendantsAndSelf() ?? System.Linq.Enumerable.Empty<IOperation>())
        {
            if (node is IInterpolationOperation { Expression: var expression } &&
                OperationValues.Unwrap(expression) is IParameterReferenceOperation { Type.SpecialType: SpecialType.System_String })
            {
                return false;
            }
        }

        return true;
    }
}
