using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// The types that decide whether an enum value is written as text: the APIs that format a value into text, and the
/// logging and exception APIs whose text is for people, resolved once per compilation.
/// </summary>
internal sealed class EnumTextSymbols
{
    private EnumTextSymbols(WellKnownTypes t, INamedTypeSymbol @enum)
    {
        Enum = @enum;
        String = t.Get("System.String");
        StringBuilder = t.Get("System.Text.StringBuilder");
        TextWriter = t.Get("System.IO.TextWriter");
        Console = t.Get("System.Console");
        Convert = t.Get("System.Convert");
        Exception = t.Get("System.Exception");
        Loggers = new[]
        {
            t.Get("Microsoft.Extensions.Logging.ILogger"),
            t.Get("Microsoft.Extensions.Logging.LoggerExtensions"),
            t.Get("Microsoft.Extensions.Logging.LoggerMessage"),
            t.Get("Serilog.ILogger"),
            t.Get("Serilog.Log"),
            t.Get("System.Diagnostics.Debug"),
            t.Get("System.Diagnostics.Trace"),
        }.Where(l => l is not null).Select(l => l!).ToArray();
    }

    public INamedTypeSymbol Enum { get; }

    public INamedTypeSymbol? String { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? Convert { get; }

    public INamedTypeSymbol? Exception { get; }

    /// <summary>Logging APIs (and the interfaces their loggers implement): text written there is for people.</summary>
    public INamedTypeSymbol[] Loggers { get; }

    public static EnumTextSymbols? TryCreate(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        return types.Get("System.Enum") is { } @enum ? new EnumTextSymbols(types, @enum) : null;
    }

    public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        if (expected is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a call's method belongs to a logging API: a logging type, or a type implementing a logging interface.</summary>
    public bool IsLogging(IMethodSymbol method)
    {
        var type = method.ContainingType;
        foreach (var logger in Loggers)
        {
            if (IsOrDerives(type, logger) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, logger)))
            {
                return true;
            }
        }

        return false;
    }
}
