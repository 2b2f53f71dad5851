using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Whether the value a sink receives is a parameter of the method around it, passed on unchanged: EF Core's own
/// <c>ExecuteSqlRaw(sql, …)</c> overloads calling each other, a <c>SetCommandText(cmd, text)</c> helper, a
/// <c>SendAsync(request)</c> wrapper. Such a method is an API: what it does is decided by its callers, where the value is
/// visible. The value may pass through conversions and single-assignment locals; the text of a
/// <c>FormattableString</c> parameter (<c>sql.Format</c>) and a parameter's <c>ToString()</c> are the caller's too. It is not forwarded when the method
/// builds the value (concatenation, interpolation, a call), assigns the parameter, passes it by reference, or sets a
/// member of it (<c>request.Method = HttpMethod.Delete</c>). Only an API forwards: a method other assemblies can call
/// (public or protected, in public types), whose body holds that one sink (a method that sends several requests or
/// statements is doing its own work, not wrapping a call). A private or internal helper counts only for a rule that
/// reports at its calls (<c>helpersToo</c>; AM5001 through <see cref="SourceWrappers"/>): its callers are in the same
/// project, where the value is visible (the labeled corpus's internal <c>PublishAsync(this HttpClient, path, …)</c>
/// wrapper is such a case: its new caller is the finding). Parameters of lambdas and local functions do not count: their
/// callers are in the same body.
/// </summary>
internal static class ForwardedParameters
{
    private static readonly ConditionalWeakTable<IOperation, HashSet<IParameterSymbol>> ChangedByRoot = new();

    /// <summary>
    /// The parameter of the enclosing API method that <paramref name="value"/> is, unchanged, when the method's body holds
    /// no other operation that <paramref name="isSink"/> accepts; null otherwise. With <paramref name="helpersToo"/>, private
    /// and internal methods with a body in source count as well.
    /// </summary>
    public static IParameterSymbol? Of(IOperation? value, Func<IOperation, bool> isSink, bool helpersToo = false)
    {
        var followed = OperationValues.Follow(value);
        if (followed is IPropertyReferenceOperation { Property.Name: "Format", Instance: { } instance } format &&
            format.Property.ContainingType?.ToDisplayString() == "System.FormattableString")
        {
            followed = OperationValues.Unwrap(instance);
        }
        else if (followed is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.IsEmpty: true, Instance: { } converted })
        {
            followed = OperationValues.Unwrap(converted); // method.ToString(): the caller's value as text
        }

        if (followed is not IParameterReferenceOperation reference ||
            reference.Parameter is not { RefKind: RefKind.None or RefKind.In } parameter ||
            parameter.ContainingSymbol is not IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } method ||
            !(IsVisibleOutsideAssembly(method) || (helpersToo && SourceWrappers.IsHelper(method))))
        {
            return null;
        }

        var root = OperationValues.Root(reference);
        if (ChangedByRoot.GetValue(root, Changed).Contains(parameter))
        {
            return null;
        }

        var sinks = 0;
        foreach (var node in root.Descendants())
        {
            if (isSink(node) && ++sinks > 1)
            {
                return null;
            }
        }

        return parameter;
    }

    /// <summary>Public or protected (an explicit interface implementation counts as its type's), in public or protected types.</summary>
    internal static bool IsVisibleOutsideAssembly(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.ExplicitInterfaceImplementation &&
            method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parameters a body writes, or writes a member of.</summary>
    private static HashSet<IParameterSymbol> Changed(IOperation root)
    {
        var changed = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case IAssignmentOperation assignment when WrittenParameter(assignment.Target) is { } target:
                    changed.Add(target);
                    break;
                case ICoalesceAssignmentOperation coalesce when WrittenParameter(coalesce.Target) is { } target:
                    changed.Add(target);
                    break;
                case IIncrementOrDecrementOperation increment when WrittenParameter(increment.Target) is { } target:
                    changed.Add(target);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } byRef when WrittenParameter(byRef.Value) is { } target:
                    changed.Add(target);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var written in deconstruction.Target.DescendantsAndSelf().OfType<IParameterReferenceOperation>())
                    {
                        changed.Add(written.Parameter);
                    }

                    break;
            }
        }

        return changed;
    }

    /// <summary>The parameter written by an assignment to it or to one of its members (<c>p = …</c>, <c>p.Method = …</c>, <c>p[i] = …</c>).</summary>
    private static IParameterSymbol? WrittenParameter(IOperation? target)
    {
        for (var current = OperationValues.Unwrap(target); current is not null;)
        {
            switch (current)
            {
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IMemberReferenceOperation member:
                    current = OperationValues.Unwrap(member.Instance);
                    break;
                case IArrayElementReferenceOperation element:
                    current = OperationValues.Unwrap(element.ArrayReference);
                    break;
                default:
                    return null;
            }
        }

        return null;
    }
}
