using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Every definition of each local and parameter of one body (declaration initializers and assignments, in any branch)
/// and every write into the collection it holds (<c>a[2] = v</c>, <c>list.Add(v)</c>, <c>map[k] = v</c>), found in one
/// walk of the body and kept while the body's operation tree lives. A definition the walk cannot read (a compound
/// assignment, <c>out</c>, a deconstruction, a <c>foreach</c> variable) is a null value: unknown. A definition is left
/// out when it is dead, provably simply: the next statement of the same block assigns the variable again without
/// reading it, and no <c>try</c> surrounds them (<c>var p = "x"; p = Read();</c>).
/// </summary>
internal sealed class BodyDefinitions
{
    private static readonly ConditionalWeakTable<IOperation, BodyDefinitions> ByRoot = new();

    /// <summary>The methods that put an element into a collection: the element is their last argument.</summary>
    private static readonly HashSet<string> AddMethods = new(System.StringComparer.Ordinal)
    {
        "Add", "AddLast", "AddFirst", "Push", "Enqueue", "Insert", "TryAdd", "Append", "Prepend", "Set", "SetValue", "AddOrUpdate", "GetOrAdd",
    };

    private readonly Dictionary<ISymbol, List<IOperation?>> _definitions = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<(object? Key, IOperation? Value)>> _contents = new(SymbolEqualityComparer.Default);

    public static BodyDefinitions Of(IOperation operation) => ByRoot.GetValue(OperationValues.Root(operation), root => new BodyDefinitions(root));

    /// <summary>The values assigned to the local or parameter in this body (null: unknown), or empty.</summary>
    public IReadOnlyList<IOperation?> Definitions(ISymbol variable)
        => _definitions.TryGetValue(variable, out var values) ? values : (IReadOnlyList<IOperation?>)System.Array.Empty<IOperation?>();

    /// <summary>The elements written into the collection the local or parameter holds, with their key or index when written.</summary>
    public IReadOnlyList<(object? Key, IOperation? Value)> Contents(ISymbol variable)
        => _contents.TryGetValue(variable, out var values) ? values : (IReadOnlyList<(object?, IOperation?)>)System.Array.Empty<(object?, IOperation?)>();

    /// <summary>An element written into the collection that <paramref name="reference"/> (the collection) is the target of, if it is one.</summary>
    public static (object? Key, IOperation? Value)? ContentWrite(IOperation reference)
    {
        switch (reference.Parent)
        {
            case IArrayElementReferenceOperation { Parent: ISimpleAssignmentOperation assignment } element
                when element.ArrayReference == reference && assignment.Target == element:
                return (element.Indices.Length == 1 ? OperationValues.Constant(element.Indices[0]) : null, assignment.Value);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Parent: ISimpleAssignmentOperation assignment } indexer
                when indexer.Instance == reference && assignment.Target == indexer:
                return (indexer.Arguments.Length == 1 ? OperationValues.Constant(indexer.Arguments[0].Value) : null, assignment.Value);
            case IInvocationOperation invocation when invocation.Instance == reference && AddMethods.Contains(invocation.TargetMethod.Name) &&
                                                      invocation.Arguments.Length > 0:
                var name = invocation.TargetMethod.Name;
                var key = invocation.Arguments.Length == 2 && name is "Add" or "TryAdd" or "Set" or "AddOrUpdate" or "GetOrAdd" or "SetValue"
                    ? OperationValues.Constant(invocation.Arguments[name == "SetValue" ? 1 : 0].Value)
                    : null;
                var value = invocation.TargetMethod.Name == "SetValue" ? invocation.Arguments[0].Value : invocation.Arguments[invocation.Arguments.Length - 1].Value;
                return (key, value);
            default:
                return null;
        }
    }

    private BodyDefinitions(IOperation root)
    {
        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case IVariableDeclaratorOperation declarator:
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        if (!IsDead(declarator, declarator.Symbol))
                        {
                            Define(declarator.Symbol, initializer.Value);
                        }
                    }
                    else if (declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation })
                    {
                        Define(declarator.Symbol, null); // foreach, using, catch variables
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment:
                    if (!IsDead(assignment, Variable(assignment.Target)!))
                    {
                        Define(Variable(assignment.Target)!, assignment.Value);
                    }

                    break;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } compound:
                    Define(Variable(compound.Target)!, null);
                    break;
                case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } coalesce:
                    Define(Variable(coalesce.Target)!, coalesce.Value); // x ??= v: v, or what x held
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } increment:
                    Define(Variable(increment.Target)!, null);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (Variable(target) is { } variable)
                        {
                            Define(variable, null);
                        }
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In } byRef when Variable(byRef.Value) is { } written:
                    Define(written, null);
                    break;
                case ILocalReferenceOperation { IsDeclaration: true } declared when declared.Parent is not IVariableDeclaratorOperation:
                    Define(declared.Local, null); // out var, pattern declarations
                    break;
                case ILocalReferenceOperation or IParameterReferenceOperation when ContentWrite(node) is { } write:
                    if (!_contents.TryGetValue(Variable(node)!, out var contents))
                    {
                        _contents[Variable(node)!] = contents = new List<(object?, IOperation?)>();
                    }

                    contents.Add(write);
                    break;
            }
        }
    }

    private static ISymbol? Variable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    private void Define(ISymbol variable, IOperation? value)
    {
        if (!_definitions.TryGetValue(variable, out var values))
        {
            _definitions[variable] = values = new List<IOperation?>();
        }

        values.Add(value);
    }

    /// <summary>
    /// A definition whose statement is followed, in the same block, by a statement that assigns the variable again and
    /// does not read it: the value is never seen. Only outside <c>try</c> blocks (an exception could skip the second).
    /// </summary>
    private static bool IsDead(IOperation definition, ISymbol variable)
    {
        var statement = definition;
        while (statement.Parent is { } parent && parent is not IBlockOperation)
        {
            if (parent is IVariableDeclarationGroupOperation)
            {
                statement = parent;
                break;
            }

            if (parent is not (IExpressionStatementOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation or IVariableInitializerOperation))
            {
                return false;
            }

            statement = parent;
        }

        if (statement.Parent is not IBlockOperation block)
        {
            return false;
        }

        for (var current = block.Parent; current is not null; current = current.Parent)
        {
            if (current is ITryOperation)
            {
                return false;
            }
        }

        var index = block.Operations.IndexOf(statement);
        if (index < 0 || index + 1 >= block.Operations.Length ||
            block.Operations[index + 1] is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation next } ||
            !SymbolEqualityComparer.Default.Equals(Variable(next.Target), variable))
        {
            return false;
        }

        return !next.Value.DescendantsAndSelf().Any(o => SymbolEqualityComparer.Default.Equals(Variable(o), variable));
    }
}
