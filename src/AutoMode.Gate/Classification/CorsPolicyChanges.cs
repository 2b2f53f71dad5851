using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// AMG609 (High): a CORS policy that sends credentials or checks origins with the application's own function, added or
/// changed, read on syntax in the old and the new text (a new file counts as a change from no policy):
/// <c>AddPolicy(name, …)</c> and <c>AddDefaultPolicy(…)</c> inside <c>AddCors(…)</c>, and a policy built inline by
/// <c>UseCors(policy =&gt; …)</c>, each with its definition. Which web sites may call the API from their visitors'
/// browsers with their cookies is decided there: the analyzers judge the policies they can (AM6031 any origin, AM6032
/// credentials for any origin), but an origin check the application writes itself
/// (<c>SetIsOriginAllowed(o =&gt; IsAllowed(o, settings))</c>) or credentials for origins from settings cannot be
/// judged from the code. A list of origins without credentials is the ordinary case and is not reported; comments and
/// formatting do not count; a policy that is removed is not reported (the browser's same-origin rule applies again).
/// </summary>
public static class CorsPolicyChanges
{
    public static IEnumerable<Finding> Classify(ChangedFile file)
    {
        if (file.NewText is null || !file.NewText.Contains("Cors", StringComparison.Ordinal))
        {
            return Array.Empty<Finding>();
        }

        var before = Policies(CSharpSyntaxTree.ParseText(file.OldText ?? string.Empty).GetCompilationUnitRoot());
        var findings = new List<Finding>();
        foreach (var (key, (definition, line)) in Policies(CSharpSyntaxTree.ParseText(file.NewText).GetCompilationUnitRoot()))
        {
            if (!UnjudgedByTheAnalyzers(definition))
            {
                continue;
            }

            if (!before.TryGetValue(key, out var old))
            {
                findings.Add(GateRules.CorsPolicyChanged.At(file, line,
                    $"New {key}: {AuthorizationChanges.Describe(new[] { definition })}; it decides which web sites may call the application from their visitors' browsers."));
            }
            else if (!string.Equals(old.Definition, definition, StringComparison.Ordinal))
            {
                findings.Add(GateRules.CorsPolicyChanged.At(file, line,
                    $"The {key} changed {AuthorizationChanges.DescribeChange(old.Definition, definition)}: it decides which web sites may call the application from their visitors' browsers."));
            }
        }

        return findings.OrderBy(f => f.Line).ToList();
    }

    /// <summary>
    /// A policy that sends the user's cookies (<c>AllowCredentials()</c>) or lets the application's own function decide
    /// the origin (<c>SetIsOriginAllowed(…)</c>): what it admits is not in the code the analyzers read. A list of origins
    /// without credentials (from settings or constants) is the ordinary case and stays Low; any origin is AM6031's.
    /// </summary>
    private static bool UnjudgedByTheAnalyzers(string definition)
        => definition.Contains(".AllowCredentials(", StringComparison.Ordinal) || definition.Contains(".SetIsOriginAllowed(", StringComparison.Ordinal);

    /// <summary>
    /// An <c>AddPolicy</c>/<c>AddDefaultPolicy</c> call that defines a CORS policy: inside <c>AddCors(…)</c>, or given a
    /// policy built with the CORS builder's methods. (The authorization rule AMG601 leaves these to this one.)
    /// </summary>
    public static bool IsCorsPolicy(InvocationExpressionSyntax call)
        => call.Ancestors().OfType<InvocationExpressionSyntax>().Any(a => AuthorizationChanges.CalledName(a) == "AddCors") ||
           call.ArgumentList.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => AuthorizationChanges.CalledName(i) is "WithOrigins" or "AllowAnyOrigin" or "SetIsOriginAllowed");

    private static Dictionary<string, (string Definition, int Line)> Policies(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var inline = 0;
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = AuthorizationChanges.CalledName(call);
            var arguments = call.ArgumentList.Arguments;
            switch (name)
            {
                case "AddPolicy" when arguments.Count >= 2 && IsCorsPolicy(call):
                    result.TryAdd("CORS policy " + AuthorizationChanges.Normalize(arguments[0].Expression),
                        (string.Join(", ", arguments.Skip(1).Select(a => AuthorizationChanges.Normalize(a))), AuthorizationChanges.LineOf(call)));
                    break;
                case "AddDefaultPolicy" when arguments.Count == 1 && IsCorsPolicy(call):
                    result.TryAdd("default CORS policy", (AuthorizationChanges.Normalize(arguments[0]), AuthorizationChanges.LineOf(call)));
                    break;
                case "UseCors" when arguments.Count == 1 && arguments[0].Expression is LambdaExpressionSyntax or AnonymousMethodExpressionSyntax:
                    inline++;
                    result.TryAdd(inline == 1 ? "CORS policy of UseCors(…)" : $"CORS policy of UseCors(…) #{inline}",
                        (AuthorizationChanges.Normalize(arguments[0]), AuthorizationChanges.LineOf(call)));
                    break;
            }
        }

        return result;
    }
}
