using System;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Suppressions;

/// <summary>A <c>[SuppressMessage]</c> or <c>[UnconditionalSuppressMessage]</c> written in source.</summary>
internal sealed class SuppressionAttribute
{
    public SuppressionAttribute(AttributeSyntax syntax, string category, string checkId, string? justification)
    {
        Syntax = syntax;
        Category = category;
        CheckId = checkId;
        Justification = justification;
    }

    public AttributeSyntax Syntax { get; }

    public string Category { get; }

    /// <summary>The suppressed id as written (<c>"CA1822:Mark members as static"</c>); empty when missing.</summary>
    public string CheckId { get; }

    public string? Justification { get; }
}

/// <summary>
/// Finds suppression attributes from the attributes the compiler has already bound for each declared symbol
/// (types, members, accessors, parameters, return values, local functions) and for the assembly and module, instead of
/// binding every attribute in the code again. Shared by AM4008 and AM9101/AM9102.
/// </summary>
internal static class SuppressionAttributes
{
    public static void Register(CompilationStartAnalysisContext start, Action<SuppressionAttribute, Action<Diagnostic>> found)
    {
        var types = WellKnownTypes.For(start.Compilation);
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in new[] { "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute", "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute" })
        {
            if (types.Get(name) is { } type)
            {
                builder.Add(type);
            }
        }

        if (builder.Count == 0)
        {
            return;
        }

        var attributeTypes = builder.ToImmutable();
        start.RegisterSymbolAction(
            c =>
            {
                Read(c.Symbol.GetAttributes(), attributeTypes, c.ReportDiagnostic, found, c.CancellationToken);
                if (c.Symbol is IMethodSymbol method)
                {
                    Read(method.GetReturnTypeAttributes(), attributeTypes, c.ReportDiagnostic, found, c.CancellationToken);
                    foreach (var parameter in method.Parameters)
                    {
                        Read(parameter.GetAttributes(), attributeTypes, c.ReportDiagnostic, found, c.CancellationToken);
                    }
                }
            },
            SymbolKind.NamedType,
            SymbolKind.Method,
            SymbolKind.Field,
            SymbolKind.Property,
            SymbolKind.Event);
        start.RegisterOperationAction(
            c => Read(((ILocalFunctionOperation)c.Operation).Symbol.GetAttributes(), attributeTypes, c.ReportDiagnostic, found, c.CancellationToken),
            OperationKind.LocalFunction);
        start.RegisterSyntaxNodeAction(
            c =>
            {
                // [assembly: …] and [module: …]: their bound data lives on the assembly and module symbols; keep the ones
                // written in this attribute list.
                var list = (AttributeListSyntax)c.Node;
                var attributes = list.Target?.Identifier.Kind() switch
                {
                    SyntaxKind.AssemblyKeyword => c.Compilation.Assembly.GetAttributes(),
                    SyntaxKind.ModuleKeyword => c.Compilation.SourceModule.GetAttributes(),
                    _ => ImmutableArray<AttributeData>.Empty,
                };
                foreach (var attribute in attributes)
                {
                    if (attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span))
                    {
                        Read(ImmutableArray.Create(attribute), attributeTypes, c.ReportDiagnostic, found, c.CancellationToken);
                    }
                }
            },
            SyntaxKind.AttributeList);
    }

    private static void Read(
        ImmutableArray<AttributeData> attributes,
        ImmutableArray<INamedTypeSymbol> attributeTypes,
        Action<Diagnostic> report,
        Action<SuppressionAttribute, Action<Diagnostic>> found,
        System.Threading.CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is not { } type ||
                !attributeTypes.Contains(type, SymbolEqualityComparer.Default) ||
                attribute.AttributeConstructor is null ||
                attribute.ConstructorArguments.Length < 2 ||
                attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            string? justification = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Justification")
                {
                    justification = named.Value.Value as string;
                }
            }

            found(
                new SuppressionAttribute(
                    syntax,
                    attribute.ConstructorArguments[0].Value as string ?? string.Empty,
                    attribute.ConstructorArguments[1].Value as string ?? string.Empty,
                    justification),
                report);
        }
    }
}
