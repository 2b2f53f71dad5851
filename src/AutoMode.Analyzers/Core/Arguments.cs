using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers;

/// <summary>Reads call arguments by parameter name, the way named arguments in scaffolded code are written.</summary>
internal static class Arguments
{
    /// <summary>The value passed for <paramref name="parameterName"/>, or null when it was not passed (a default value).</summary>
    public static IOperation? Get(ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return Unwrap(argument.Value);
            }
        }

        return null;
    }

    public static IOperation? Get(IInvocationOperation invocation, string parameterName) => Get(invocation.Arguments, parameterName);

    /// <summary>The constant string passed for the parameter, or null.</summary>
    public static string? String(IInvocationOperation invocation, string parameterName)
        => Get(invocation, parameterName) is { ConstantValue: { HasValue: true, Value: string text } } ? text : null;

    /// <summary>The constant passed for the parameter (a boolean, a number, null…): HasValue false when not constant or not passed.</summary>
    public static Optional<object?> Constant(IInvocationOperation invocation, string parameterName)
        => Get(invocation, parameterName) is { } value ? value.ConstantValue : default;

    /// <summary>
    /// The constant the parameter gets, passed or by its declared default; HasValue false when not constant.
    /// </summary>
    public static Optional<object?> Effective(IInvocationOperation invocation, string parameterName)
    {
        if (Get(invocation, parameterName) is { } value)
        {
            return value.ConstantValue;
        }

        foreach (var parameter in invocation.TargetMethod.Parameters)
        {
            if (parameter.Name == parameterName)
            {
                return parameter.HasExplicitDefaultValue ? new Optional<object?>(parameter.ExplicitDefaultValue) : default;
            }
        }

        return default;
    }

    /// <summary>Whether the parameter was passed at all (a null literal counts as passed).</summary>
    public static bool IsPassed(IInvocationOperation invocation, string parameterName) => Get(invocation, parameterName) is not null;

    /// <summary>Whether the parameter was passed a value other than the null literal.</summary>
    public static bool IsPassedNonNull(IInvocationOperation invocation, string parameterName)
        => Get(invocation, parameterName) is { } value && !(value.ConstantValue.HasValue && value.ConstantValue.Value is null);

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }
}
