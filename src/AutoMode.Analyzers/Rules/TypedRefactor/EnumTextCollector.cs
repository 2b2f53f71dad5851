using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// Collects, over a whole compilation, the source enums whose values are turned into text or read back from text by
/// their names — <c>ToString()</c>, interpolation, string concatenation, <c>StringBuilder.Append</c>,
/// <c>TextWriter.Write</c>, <c>string.Format/Join</c>, <c>Enum.GetName/GetNames/Format/Parse/TryParse</c> — and yields
/// their members: a member's name is then data (a CSV column, a file, a message). Text that only goes into a logging
/// call or an exception's message is for people and does not count; neither do switches, comparisons and numeric
/// formats (<c>"D"</c>, <c>"X"</c>).
/// </summary>
internal sealed class EnumTextCollector
{
    private static readonly string[] EnumNameMethods = { "GetName", "GetNames", "Format", "Parse", "TryParse" };
    private static readonly string[] WriterMethods = { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" };
    private static readonly string[] BuilderMethods = { "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert" };
    private static readonly string[] StringMethods = { "Concat", "Format", "Join" };

    private readonly EnumTextSymbols _s;
    private readonly ConcurrentDictionary<INamedTypeSymbol, string> _enums = new(SymbolEqualityComparer.Default);

    public EnumTextCollector(EnumTextSymbols symbols) => _s = symbols;

    public void OnOperation(IOperation operation)
    {
        foreach (var (type, api) in Matches(operation))
        {
            if (type.DeclaringSyntaxReferences.Length == 0 || ForPeopleOnly(operation))
            {
                continue;
            }

            var evidence = $"'{type.Name}' values are written as text by {api}";
            _enums.AddOrUpdate(type, evidence, (_, existing) => string.CompareOrdinal(existing, evidence) <= 0 ? existing : evidence);
        }
    }

    /// <summary>The members of the enums written as text, each with the first place that writes it.</summary>
    public IEnumerable<ObservableMember> ObservableMembers()
    {
        foreach (var entry in _enums.OrderBy(e => e.Key.ToDisplayString(), System.StringComparer.Ordinal))
        {
            foreach (var member in entry.Key.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && !f.IsImplicitlyDeclared))
            {
                yield return new ObservableMember(member, entry.Value, SerializerFlavor.EnumText);
            }
        }
    }

    private IEnumerable<(INamedTypeSymbol Type, string Api)> Matches(IOperation operation)
    {
        switch (operation)
        {
            case IInterpolationOperation interpolation when EnumOf(interpolation.Expression) is { } interpolated && !IsNumericFormat(interpolation.FormatString):
                yield return (interpolated, "string interpolation");
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                if ((EnumOf(binary.LeftOperand) ?? EnumOf(binary.RightOperand)) is { } concatenated)
                {
                    yield return (concatenated, "string concatenation");
                }

                break;
            case IInvocationOperation invocation:
                foreach (var match in InvocationMatches(invocation))
                {
                    yield return match;
                }

                break;
        }
    }

    private IEnumerable<(INamedTypeSymbol Type, string Api)> InvocationMatches(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            yield break;
        }

        // status.ToString(), status.ToString("G"); not ToString("D") / ("X"), which write the number.
        if (method.Name == "ToString" && !method.IsStatic && EnumOf(invocation.Instance) is { } formatted &&
            !invocation.Arguments.Any(a => IsNumericFormat(a.Value)))
        {
            yield return (formatted, formatted.Name + ".ToString()");
            yield break;
        }

        // Enum.GetName / GetNames / Format / Parse / TryParse: names read or written by the enum's own API.
        if (SymbolEqualityComparer.Default.Equals(type, _s.Enum) && System.Array.IndexOf(EnumNameMethods, method.Name) >= 0)
        {
            var named = method.TypeArguments.OfType<INamedTypeSymbol>().FirstOrDefault(t => t.TypeKind == TypeKind.Enum) ??
                        invocation.Arguments.Select(a => a.Value is ITypeOfOperation typeOf ? typeOf.TypeOperand as INamedTypeSymbol : EnumOf(a.Value))
                            .FirstOrDefault(t => t is { TypeKind: TypeKind.Enum });
            if (named is not null && !(method.Name == "Format" && invocation.Arguments.Any(a => IsNumericFormat(a.Value))))
            {
                yield return (named, "Enum." + method.Name);
            }

            yield break;
        }

        // A value handed as object (or a generic T) to an API that writes it as text.
        if (!WritesText(method))
        {
            yield break;
        }

        foreach (var value in invocation.Arguments.SelectMany(ValueResolver.ExpandParams))
        {
            if (EnumOf(value) is { } written)
            {
                yield return (written, type.Name + "." + method.Name);
            }
        }
    }

    private bool WritesText(IMethodSymbol method)
    {
        var type = method.ContainingType;
        var name = method.Name;
        return (EnumTextSymbols.IsOrDerives(type, _s.StringBuilder) && System.Array.IndexOf(BuilderMethods, name) >= 0) ||
               ((EnumTextSymbols.IsOrDerives(type, _s.TextWriter) || EnumTextSymbols.IsOrDerives(type, _s.Console)) && System.Array.IndexOf(WriterMethods, name) >= 0) ||
               (EnumTextSymbols.IsOrDerives(type, _s.String) && System.Array.IndexOf(StringMethods, name) >= 0) ||
               (EnumTextSymbols.IsOrDerives(type, _s.Convert) && name == "ToString") ||
               (name == "AppendFormatted" && type.GetAttributes().Any(a => a.AttributeClass?.Name == "InterpolatedStringHandlerAttribute"));
    }

    /// <summary>
    /// Whether the text goes only to people: an argument of a logging call (<c>ILogger</c>, Serilog, <c>Debug</c>,
    /// <c>Trace</c>) or part of an exception being created or thrown.
    /// </summary>
    private bool ForPeopleOnly(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IInvocationOperation invocation when _s.IsLogging(invocation.TargetMethod):
                case IObjectCreationOperation creation when EnumTextSymbols.IsOrDerives(creation.Type, _s.Exception):
                case IThrowOperation:
                    return true;
                case IAnonymousFunctionOperation:
                case ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The source enum a value has, above implicit conversions (boxing to object, to <c>Enum</c>, to <c>IFormattable</c>); nullable enums too.</summary>
    private static INamedTypeSymbol? EnumOf(IOperation? value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        var type = value?.Type as INamedTypeSymbol;
        if (type is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments.Length == 1)
        {
            type = nullable.TypeArguments[0] as INamedTypeSymbol;
        }

        return type is { TypeKind: TypeKind.Enum } ? type : null;
    }

    /// <summary>A constant format that writes the number, not the name: "D", "d", "X", "x".</summary>
    private static bool IsNumericFormat(IOperation? format)
        => format?.ConstantValue.Value is string text && text.Trim() is "D" or "d" or "X" or "x";
}
