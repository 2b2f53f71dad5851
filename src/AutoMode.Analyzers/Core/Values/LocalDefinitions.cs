using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// The one value assigned to each local of a body (its declaration's initializer or one assignment), found in one walk
/// of the body and kept while the body's operation tree lives. Every rule asks this for many locals of the same body
/// (an exception message, a path, a command line…); walking the body once per question was the secrets family's
/// largest cost in a profile of Dapper.
/// </summary>
internal static class LocalDefinitions
{
    private static readonly ConditionalWeakTable<IOperation, Dictionary<ILocalSymbol, IOperation?>> ByRoot = new();

    public static IOperation? Single(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return ByRoot.GetValue(root, Build).TryGetValue(reference.Local, out var value) ? value : null;
    }

    private static Dictionary<ILocalSymbol, IOperation?> Build(IOperation root)
    {
        var values = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        var counts = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);

        void Define(ILocalSymbol local, IOperation? value, int weight)
        {
            counts[local] = counts.TryGetValue(local, out var count) ? count + weight : weight;
            values[local] = value;
        }

        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                    Define(declarator.Symbol, initializer.Value, 1);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Define(target.Local, assignment.Value, 1);
                    break;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target }:
                    Define(target.Local, null, 2);
                    break;
                case ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target }:
                    Define(target.Local, null, 2);
                    break;
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                    Define(target.Local, null, 2);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var local in deconstruction.Target.Descendants().OfType<ILocalReferenceOperation>())
                    {
                        Define(local.Local, null, 2);
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In, Value: ILocalReferenceOperation byRef }:
                    Define(byRef.Local, null, 2);
                    break;
                case ILocalReferenceOperation { IsDeclaration: true } declared when declared.Parent is not IVariableDeclaratorOperation:
                    Define(declared.Local, null, 2); // out var, pattern declarations
                    break;
            }
        }

        var single = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        foreach (var pair in counts)
        {
            if (pair.Value == 1)
            {
                single[pair.Key] = values[pair.Key];
            }
        }

        return single;
    }
}
