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
/// may read besides: constants, static properties (<c>Encoding.UTF8</c>), members of the parameters (a field such as
/// RabbitMQ's <c>eventArgs.Body</c> too) and calls over them, never a static field, a field or an instance property of
/// the method's own object (configuration chosen by the class, not by its callers), a lambda's
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
                    case IFieldReferenceOperation { Field.HasConstantValue: false, Instance: null or IInstanceReferenceOperation }:
                    case IPropertyReferenceOperation { Instance: IInstanceReferenceOperation }:
                    case IEventReferenceOperation:
                        return null;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The parameter of the enclosing method whose data a value carries along its main chain: through conversions,
    /// <c>await</c>, locals assigned once, the receiver of a call (or the first argument of a static or extension call:
    /// <c>stream.ObserveReadTimeout(timeout)</c>, <c>File.OpenRead(path)</c>) and the first argument of a creation
    /// (<c>new StreamContent(stream)</c>). Other arguments (a timeout, a buffer size) do not matter. Null when the chain
    /// ends anywhere else.
    /// </summary>
    public static IParameterSymbol? DataSource(IOperation? value)
    {
        var current = value;
        for (var depth = 0; current is not null && depth < 12; depth++)
        {
            switch (OperationValues.Unwrap(current))
            {
                case IAwaitOperation awaited:
                    current = awaited.Operation;
                    break;
                case ILocalReferenceOperation local:
                    current = ValueResolver.FindSingleDefinition(local);
                    break;
                case IInvocationOperation invocation:
                    current = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                    break;
                case IObjectCreationOperation creation:
                    current = creation.Arguments.Length > 0 ? creation.Arguments[0].Value : null;
                    break;
                case IParameterReferenceOperation { Parameter: var parameter }:
                    return parameter.ContainingSymbol is IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } ? parameter : null;
                default:
                    return null;
            }
        }

        return null;
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
