using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>What kind of symbol a string argument is meant to name.</summary>
internal enum NamedSymbolKind
{
    /// <summary>A parameter in scope at the string (<c>paramName</c> of the ArgumentException family).</summary>
    ParameterInScope,

    /// <summary>A parameter of the method the attribute is applied to (<c>[NotNullIfNotNull("x")]</c>).</summary>
    ParameterOfAttributedMethod,
    Property,
    FieldOrProperty,
    Member,
}

/// <summary>
/// Which string arguments name a member: the <c>paramName</c> of <c>ArgumentException</c> and its subclasses (also in
/// their static <c>ThrowIf…</c> helpers), <c>PropertyChangedEventArgs</c>/<c>PropertyChangingEventArgs</c>, notify
/// methods (<c>OnPropertyChanged("X")</c>, <c>RaisePropertyChanged</c>, <c>SetProperty(ref f, v, "X")</c>: a string
/// parameter called <c>propertyName</c>, or any string parameter of a method whose name contains "PropertyChang"), and
/// attribute parameters that by their name hold member names (<c>member(s)</c>, <c>memberName</c>, <c>sourceName</c>,
/// <c>propertyName</c>, <c>otherPropertyNames</c>, <c>commandName</c>, <c>otherCommandNames</c>, <c>parameterName</c>:
/// <c>[MemberNotNull]</c>, <c>[NotNullIfNotNull]</c>, <c>[CallerArgumentExpression]</c>, NUnit <c>[TestCaseSource]</c>/<c>[ValueSource]</c>,
/// xUnit <c>[MemberData]</c>, MVVM Toolkit <c>[NotifyPropertyChangedFor]</c>/<c>[NotifyCanExecuteChangedFor]</c>…).
/// </summary>
internal sealed class MemberNameSinks
{
    private readonly INamedTypeSymbol? _argumentException;
    private readonly INamedTypeSymbol? _propertyChangedEventArgs;
    private readonly INamedTypeSymbol? _propertyChangingEventArgs;

    public MemberNameSinks(WellKnownTypes types)
    {
        _argumentException = types.Get("System.ArgumentException");
        _propertyChangedEventArgs = types.Get("System.ComponentModel.PropertyChangedEventArgs");
        _propertyChangingEventArgs = types.Get("System.ComponentModel.PropertyChangingEventArgs");
    }

    /// <summary>The kind a call's argument names, or null when it is not a member-name parameter.</summary>
    public NamedSymbolKind? ClassifyCall(IMethodSymbol method, IParameterSymbol parameter)
    {
        if (!IsString(parameter))
        {
            return null;
        }

        if (parameter.Name == "paramName" && ReflectionSymbols.IsOrDerives(method.ContainingType, _argumentException))
        {
            return NamedSymbolKind.ParameterInScope;
        }

        if (method.MethodKind == MethodKind.Constructor)
        {
            return parameter.Name == "propertyName" &&
                   (SymbolEqualityComparer.Default.Equals(method.ContainingType, _propertyChangedEventArgs) ||
                    SymbolEqualityComparer.Default.Equals(method.ContainingType, _propertyChangingEventArgs))
                ? NamedSymbolKind.Property
                : null;
        }

        return parameter.Name == "propertyName" || method.Name.IndexOf("PropertyChang", System.StringComparison.Ordinal) >= 0
            ? NamedSymbolKind.Property
            : null;
    }

    /// <summary>The kind an attribute constructor's argument names, or null.</summary>
    public static NamedSymbolKind? ClassifyAttribute(IParameterSymbol parameter)
    {
        var isStrings = IsString(parameter) ||
                        (parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });
        if (!isStrings)
        {
            return null;
        }

        return parameter.Name switch
        {
            "parameterName" => NamedSymbolKind.ParameterOfAttributedMethod,
            "propertyName" or "otherPropertyNames" or "commandName" or "otherCommandNames" => NamedSymbolKind.Property,
            "member" or "members" => NamedSymbolKind.FieldOrProperty,
            "memberName" or "sourceName" => NamedSymbolKind.Member,
            _ => null,
        };
    }

    public static bool Accepts(ISymbol symbol, NamedSymbolKind kind) => kind switch
    {
        NamedSymbolKind.Property => symbol is IPropertySymbol,
        NamedSymbolKind.FieldOrProperty => symbol is IPropertySymbol or IFieldSymbol,
        NamedSymbolKind.Member => symbol is IPropertySymbol or IFieldSymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary } or IEventSymbol,
        _ => symbol is IParameterSymbol,
    };

    /// <summary>The string literal(s) an argument passes: the value, or each element of a <c>params</c> array.</summary>
    public static System.Collections.Generic.IEnumerable<IOperation> Literals(IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            yield break;
        }

        var value = argument.Value;
        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                if (IsStringLiteral(element))
                {
                    yield return element;
                }
            }
        }
        else if (IsStringLiteral(value))
        {
            yield return value;
        }
    }

    private static bool IsStringLiteral(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } } &&
               operation.Syntax.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);
    }

    private static bool IsString(IParameterSymbol parameter) => parameter.Type.SpecialType == SpecialType.System_String;
}
