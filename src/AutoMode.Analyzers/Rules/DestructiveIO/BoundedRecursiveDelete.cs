using System;
using System.Linq;
using AutoMode.Analyzers.Secrets;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.DestructiveIO;

/// <summary>
/// Why a recursive delete of a path the analyzer cannot resolve is reported at High (AM1009) rather than Critical
/// (AM1002): what the code shows bounds the delete, or leaves the decision to callers it cannot see, but does not prove the
/// folder is the program's own. Each reason comes from a labeled false Critical on real code:
/// <list type="bullet">
/// <item>the recursive flag is a parameter of a public API, passed on unchanged (duplicati's
/// <c>ISystemIO.DirectoryDelete(path, recursive)</c> implementations): its callers, in other assemblies, decide whether
/// anything beyond an empty folder goes;</item>
/// <item>the folder is named by an id under a root the type holds (bitwarden's
/// <c>Path.Combine(_baseDirPath, report.OrganizationId.ToString(), …)</c>): one entity's folder of the program's store,
/// not a tree of any size;</item>
/// <item>the variable, field or property holding the path is named as a temp folder (jellyfin's <c>imgTempDir</c>, the
/// Guid folder the media encoder made): the folder comes from code the analyzer cannot see, and its name says scratch;
/// so is a <c>configured ?? Path.Combine(tempfolder, …)</c> deleted only under a guard that the configured value is null
/// (duplicati AutoTune deletes only the folders it created).</item>
/// </list>
/// </summary>
internal static class BoundedRecursiveDelete
{
    /// <summary>The reason, worded to follow "but", or null when nothing bounds the delete.</summary>
    public static string? Reason(IOperation operation, FileOperation delete, Func<IOperation, bool> isDelete)
    {
        if (delete.Kind != FileOperationKind.RecursiveDelete)
        {
            return null;
        }

        if (operation is IInvocationOperation invocation &&
            OperationValues.Argument(invocation.Arguments, "recursive") is { } flag &&
            ForwardedParameters.Of(flag, isDelete) is { } parameter)
        {
            return $"its recursive flag is the parameter '{parameter.Name}' of the public '{parameter.ContainingSymbol.ContainingType?.Name}.{parameter.ContainingSymbol.Name}', passed on unchanged: its callers, which may be in other assemblies, decide whether more than an empty folder goes";
        }

        var target = OperationValues.Follow(delete.Target);
        if (target is IObjectCreationOperation { Arguments.Length: > 0 } info)
        {
            target = OperationValues.Follow(info.Arguments[0].Value); // new DirectoryInfo(path).Delete(true)
        }

        if (IdFolder(target) is { } id)
        {
            return $"the folder is named by the id '{id}' under '{RootName(target!)}', a root the type holds: one item of the program's store, not a tree the analyzer can size";
        }

        if (TempNamed(delete.Target) is { } name)
        {
            return $"'{name}' is named as a temp folder; the analyzer cannot see where it is made";
        }

        // var source = cfg.SourceFolder ?? Path.Combine(tempfolder, "source"); … if (source_created) Directory.Delete(source, true),
        // with source_created = cfg.SourceFolder is null: under the guard, only the fallback can be deleted (duplicati AutoTune).
        if (target is ICoalesceOperation coalesce && GuardedAsNull(operation, coalesce.Value) &&
            OperationValues.Follow(coalesce.WhenNull) is IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType.Name: "Path" } } fallback &&
            TempNamed(fallback.Arguments.SelectMany(ValueResolver.ExpandParams).FirstOrDefault()) is { } parent)
        {
            return $"it is deleted only when '{coalesce.Value.Syntax}' is null, as the guard around it checks, and then it is a folder under '{parent}', named as a temp folder";
        }

        return null;
    }

    /// <summary>Whether <paramref name="operation"/> runs only when <paramref name="value"/> is null: an enclosing <c>if</c> checks it, directly or through a local.</summary>
    private static bool GuardedAsNull(IOperation operation, IOperation value)
    {
        if (OperationValues.Unwrap(value) is not (IMemberReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation))
        {
            return false; // a call could give another value each time
        }

        var text = value.Syntax.ToString();
        for (var child = operation; child.Parent is { } parent; child = parent)
        {
            if (parent is IConditionalOperation conditional && child == conditional.WhenTrue && ChecksNull(conditional.Condition, text, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChecksNull(IOperation? condition, string text, int depth) => OperationValues.Unwrap(condition) switch
    {
        ILocalReferenceOperation local when depth == 0 => ChecksNull(ValueResolver.FindSingleDefinition(local), text, 1),
        IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } } test =>
            test.Value.Syntax.ToString() == text,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals when OperationValues.Unwrap(equals.RightOperand) is { ConstantValue: { HasValue: true, Value: null } } =>
            equals.LeftOperand.Syntax.ToString() == text,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and => ChecksNull(and.LeftOperand, text, depth) || ChecksNull(and.RightOperand, text, depth),
        _ => false,
    };

    /// <summary><c>Path.Combine(_root, entity.Id.ToString(), …)</c>: the first Guid-typed part after a field or property root.</summary>
    private static string? IdFolder(IOperation? target)
    {
        if (target is not IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType.Name: "Path" } } combine)
        {
            return null;
        }

        var parts = combine.Arguments.SelectMany(ValueResolver.ExpandParams).Select(OperationValues.Unwrap).ToList();
        if (parts.Count < 2 || parts[0] is not (IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }))
        {
            return null;
        }

        foreach (var part in parts.Skip(1))
        {
            var value = part is IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } ? OperationValues.Unwrap(instance) : part;
            if (value?.Type is { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } &&
                !IsNewGuid(value))
            {
                return value.Syntax.ToString();
            }
        }

        return null;
    }

    private static string RootName(IOperation combine)
        => OperationValues.Unwrap(((IInvocationOperation)combine).Arguments.SelectMany(ValueResolver.ExpandParams).First()) switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            _ => "?",
        };

    private static bool IsNewGuid(IOperation value) => value is IInvocationOperation { TargetMethod.Name: "NewGuid" };

    /// <summary>The name of the local, parameter, field or property holding the path, when one of its words says temp.</summary>
    private static string? TempNamed(IOperation? target)
    {
        var name = OperationValues.Unwrap(target) switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            _ => null,
        };
        return name is not null && SecretNames.Split(name).Any(IsTempWord) ? name : null;
    }

    private static bool IsTempWord(string word)
        => word is "tmp" or "temp" or "temporary" ||
           (word.StartsWith("temp", StringComparison.Ordinal) && !word.StartsWith("templ", StringComparison.Ordinal) && !word.StartsWith("tempera", StringComparison.Ordinal));
}
