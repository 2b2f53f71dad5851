using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM6021: anonymous access to something that would otherwise require authentication — <c>[AllowAnonymous]</c> on a
/// controller, action or page model, <c>.AllowAnonymous()</c> on an endpoint, and the Razor Pages conventions
/// <c>AllowAnonymousToPage</c>/<c>AllowAnonymousToFolder</c>. Matched by symbol: an attribute or method of the
/// application's own with the same name is not. AM6022 (Medium): the same for endpoints that serve no user data, as the
/// code names them — health and liveness probes, error pages, an SPA fallback, <c>MapHealthChecks</c>.
/// </summary>
internal static class AnonymousAccess
{
    /// <summary>Action names (without <c>Get</c> and <c>Async</c>) of endpoints that serve no user data.</summary>
    private static readonly LazyRegex NoDataAction = new(
        @"^(Get)?(Health|HealthCheck|Healthz|Alive|IsAlive|Ping|Liveness|Readiness|Heartbeat|Error|Errors)(Async)?$",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Controller names (without <c>Controller</c>) whose every action serves no user data.</summary>
    private static readonly LazyRegex NoDataController = new(
        @"^(Health|HealthCheck|Alive|Ping|Heartbeat|Error|Errors|Fallback|SpaFallback)(Controller)?$",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

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
            if (!isTestProject && ServesNoData(symbol) is { } why)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(SecurityAnalyzer.AnonymousNoDataRule, location, what, why));
                continue;
            }

            context.ReportDiagnostic(SecurityAnalyzer.Create(
                new SecurityFinding(SecurityAnalyzer.AnonymousAccessRule, what), location, isTestProject ? RelaxedContext.TestProject : null));
        }
    }

    /// <summary>
    /// Why the endpoints an [AllowAnonymous] opens serve no user data, as the code names them: a health, liveness, error or
    /// SPA-fallback controller, or a controller or action whose every opened action is named as a probe or an error page.
    /// </summary>
    private static string? ServesNoData(ISymbol symbol)
    {
        try
        {
            switch (symbol)
            {
                case INamedTypeSymbol type when NoDataController.Value.IsMatch(type.Name):
                    return "'" + type.Name + "' is named as a health, error or SPA-fallback controller";
                case INamedTypeSymbol type:
                    var actions = type.GetMembers().OfType<IMethodSymbol>()
                        .Where(m => m is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false })
                        .ToList();
                    return actions.Count > 0 && actions.All(a => NoDataAction.Value.IsMatch(a.Name))
                        ? "its actions (" + string.Join(", ", actions.Select(a => "'" + a.Name + "'")) + ") are named as liveness probes or error pages"
                        : null;
                case IMethodSymbol method when NoDataAction.Value.IsMatch(method.Name) || NoDataController.Value.IsMatch(method.ContainingType.Name):
                    return "'" + method.Name + "' is named as a liveness probe or an error page";
                default:
                    return null;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Routes of health and liveness probes: "/health", "health/ready", "/healthz", "/alive", "/ping", "/ready", "/live" (not "/health/accounts").</summary>
    private static readonly LazyRegex ProbeRoutePattern = new(
        @"^/?(health|healthz|healthcheck|alive|ping|liveness|readiness|ready|live)(/(ready|live|liveness|readiness|startup|alive))?/?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// The constant route of an endpoint or group mapped by <c>MapGroup</c>/<c>MapGet</c>/… when it names a probe, through
    /// the builder calls chained in between (<c>MapGroup("/health").WithTags("Health").AllowAnonymous()</c>).
    /// </summary>
    private static string? ProbeRoute(IInvocationOperation? mapped)
    {
        for (var steps = 0; mapped is not null && !mapped.TargetMethod.Name.StartsWith("Map", StringComparison.Ordinal) && steps < 8; steps++)
        {
            var receiver = mapped.Instance ?? (mapped.TargetMethod.IsExtensionMethod && mapped.Arguments.Length > 0 ? mapped.Arguments[0].Value : null);
            mapped = OperationValues.Follow(receiver) as IInvocationOperation;
        }

        if (mapped is null || !mapped.TargetMethod.Name.StartsWith("Map", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var argument in mapped.Arguments)
        {
            if (argument.Parameter?.Name is "pattern" or "prefix" && OperationValues.Constant(argument.Value) is string route)
            {
                try
                {
                    return ProbeRoutePattern.Value.IsMatch(route) ? route : null;
                }
                catch (RegexMatchTimeoutException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    public static SecurityFinding? Match(IInvocationOperation invocation, SecuritySymbols symbols)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        if (name == "AllowAnonymous" && SecuritySymbols.Is(method.ContainingType, symbols.AuthorizationEndpointExtensions))
        {
            var mapped = invocation.Arguments.Length > 0 ? OperationValues.Follow(invocation.Arguments[0].Value) as IInvocationOperation : null;
            if (mapped is { TargetMethod.Name: "MapHealthChecks" })
            {
                return new SecurityFinding(SecurityAnalyzer.AnonymousNoDataRule, "'.AllowAnonymous()' opens the endpoint to anonymous callers", "the endpoint is mapped by MapHealthChecks, a health probe");
            }

            return ProbeRoute(mapped) is { } route
                ? new SecurityFinding(SecurityAnalyzer.AnonymousNoDataRule, "'.AllowAnonymous()' opens the endpoint to anonymous callers", "its route '" + route + "' names a health or liveness probe")
                : new SecurityFinding(SecurityAnalyzer.AnonymousAccessRule, "'.AllowAnonymous()' opens the endpoint to anonymous callers");
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
