using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Whether a value is built only from the parameters of the method around it: the caller's message serialized
/// (<c>Encoding.UTF8.GetBytes(message.ToJson())</c>), the caller's recipients copied into a new mail
/// (<c>foreach (var a in message.ToEmails) mime.To.Add(MailboxAddress.Parse(a))</c>). Looser than
/// <see cref="ForwardedParameters"/> (the value may be converted, serialized or wrapped by calls), stricter in what it
/// may read besides: constants, static members (<c>Encoding.UTF8</c>) and calls over the parameters, never a field or an
/// instance property of the method's own object (configuration chosen by the class, not by its callers), a lambda's
/// parameter, or a local with several definitions (an <c>out</c> variable). Foreach variables count as their collection.
/// </summary>
internal static class CallerSuppliedValues
{
    private const int MaxNodes = 400;

    /// <summary>The first parameter of the enclosing method the value is built from, when it is built only from such parameters; null otherwise.</summary>
    public static IParameterSymbol? BuiltFrom(IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        IParameterSymbol? found = null;
        var visitedLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        pending.Push(value);
        var nodes = 0;
        while (pending.Count > 0)
        {
            foreach (var node in pending.Pop().DescendantsAndSelf())
            {
                if (++nodes > MaxNodes)
                {
                    return null;
                }

                switch (node)
                {
                    case IParameterReferenceOperation { Parameter: var parameter }:
                        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) })
                        {
                            return null;
                        }

                        found ??= parameter;
                        break;
                    case ILocalReferenceOperation { Local: var local } reference:
                        if (!visitedLocals.Add(local))
                        {
                            break;
                        }

                        if ((ValueResolver.FindSingleDefinition(reference) ?? LoopCollection(reference)) is not { } definition)
                        {
                            return null;
                        }

                        pending.Push(definition);
                        break;
                    case IFieldReferenceOperation { Field.HasConstantValue: false }:
                    case IPropertyReferenceOperation { Instance: IInstanceReferenceOperation }:
                    case IEventReferenceOperation:
                        return null;
                }
            }
        }

        return found;
    }

    /// <summary>The collection a <c>foreach</c> variable iterates over, or null when the local is no loop variable.</summary>
    private static IOperation? LoopCollection(ILocalReferenceOperation reference)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation loop &&
                (loop.Locals.Contains(reference.Local, SymbolEqualityComparer.Default) ||
                 (loop.LoopControlVariable is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))))
            {
                return loop.Collection;
            }
        }

        return null;
    }
}
