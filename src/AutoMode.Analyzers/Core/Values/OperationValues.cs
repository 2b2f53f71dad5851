using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>Small helpers for looking through an operation to the value it carries.</summary>
internal static class OperationValues
{
    /// <summary>The operation without implicit or explicit conversions and parentheses around it.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The constant the operation visibly holds (through conversions), or null.</summary>
    public static object? Constant(IOperation? operation)
    {
        var unwrapped = Unwrap(operation);
        return unwrapped is { ConstantValue.HasValue: true } ? unwrapped.ConstantValue.Value : null;
    }

    /// <summary>The operation through conversions, and through a local with a single definition.</summary>
    public static IOperation? Follow(IOperation? operation, int depth = 0)
    {
        var unwrapped = Unwrap(operation);
        if (depth < 4 && unwrapped is ILocalReferenceOperation local && ValueResolver.FindSingleDefinition(local) is { } definition)
        {
            return Follow(definition, depth + 1);
        }

        return unwrapped;
    }

    /// <summary>The argument passed for the parameter of that name, unless it is the parameter's default.</summary>
    public static IOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The root of the operation tree the operation belongs to (the method body, field initializer…).</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
