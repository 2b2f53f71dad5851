using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6021: anonymous access to something that would otherwise require authentication — <c>[AllowAnonymous]</c> on a
/// controller, action or page model, <c>.AllowAnonymous()</c> on an endpoint, and the Razor Pages conventions
/// <c>AllowAnonymousToPage</c>/<c>AllowAnonymousToFolder</c>. Matched by symbol: an attribute or method of the
/// application's own with the same name is not.
/// </summary>
internal static class AnonymousAccess
{
    public static void ReportAttributes(SymbolAnalysisContext context, INamedTypeSymbol allowAnonymous, bool isTestProject)
    {
        var symbol = context.Symbol;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!TypeHierarchy.IsOrInherits(attribute.AttributeClass, allowAnonymous) || attribute.ApplicationSyntaxReference is not { } reference)
            {
                continue;
            }

            var what = symbol is IMethodSymbol method
                ? "[AllowAnonymous] on '" + method.ContainingType.Name + "." + method.Name + "' opens it to anonymous callers"
                : "[AllowAnonymous] on '" + symbol.Name + "' opens every action of it to anonymous callers";
            var location = Location.Create(reference.SyntaxTree, reference.Span);
            context.ReportDiagnostic(SecurityAnalyzer.Create(
                new SecurityFinding(SecurityAnalyzer.AnonymousAccessRule, what), location, isTestProject ? RelaxedContext.TestProject : null));
        }
    }

    public static SecurityFinding? Match(IInvocationOperation invocation, SecuritySymbols symbols)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        if (name == "AllowAnonymous" && SecuritySymbols.Is(method.ContainingType, symbols.AuthorizationEndpointExtensions))
        {
            return new SecurityFinding(SecurityAnalyzer.AnonymousAccessRule, "'.AllowAnonymous()' opens the endpoint to anonymous callers");
        }

        if (name.StartsWith("AllowAnonymousTo", StringComparison.Ordinal) &&
            method.ContainingType is { Name: "PageConventionCollectionExtensions" } type &&
            TypeHierarchy.NamespaceOf(type) == "Microsoft.Extensions.DependencyInjection")
        {
            return new SecurityFinding(SecurityAnalyzer.AnonymousAccessRule, "'" + name + "' opens Razor pages to anonymous callers");
        }

        return null;
    }
}
