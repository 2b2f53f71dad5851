using System.Text.RegularExpressions;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Protections taken away or rewritten, read on syntax in the old and the new text of a changed C# file:
/// <list type="bullet">
/// <item>AMG604 (High): a security header (<c>Strict-Transport-Security</c>, <c>Content-Security-Policy</c>,
/// <c>X-Frame-Options</c>, <c>X-Content-Type-Options</c>, <c>Referrer-Policy</c>, <c>Permissions-Policy</c>) or a
/// protecting middleware call (<c>UseHsts</c>, <c>UseHttpsRedirection</c>, <c>UseAuthentication</c>,
/// <c>UseAuthorization</c>, <c>UseAntiforgery</c>, <c>UseRateLimiter</c>) that the file had and no longer has as often;</item>
/// <item>AMG605 (High): code that hides secrets before they are logged or shown — a type or method whose name says
/// redact, mask, scrub, sanitize or obfuscate and that names a password, secret, token, key, credential or connection
/// string — changed (a type as a whole, with the patterns it uses) or removed.</item>
/// </list>
/// Comments, formatting and a moved line do not count.
/// </summary>
public static class ProtectionChanges
{
    private static readonly string[] Headers =
    {
        "Strict-Transport-Security", "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
    };

    private static readonly string[] Middleware = { "UseHsts", "UseHttpsRedirection", "UseAuthentication", "UseAuthorization", "UseAntiforgery", "UseRateLimiter" };

    private static readonly Regex RedactingName = new("Redact|Mask|Scrub|Saniti[sz]|Obfuscat", RegexOptions.CultureInvariant);

    /// <summary>A redacting method is one about secrets: it names a password, secret, token, key, credential or connection string (a bit mask is not).</summary>
    private static readonly Regex SecretWords = new("password|secret|token|api_?key|credential|connectionstring|sensitive", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static IEnumerable<Finding> Classify(ChangedFile file)
    {
        if (file.OldText is null || file.NewText is null || !MayMatter(file.OldText))
        {
            return Array.Empty<Finding>();
        }

        var oldRoot = CSharpSyntaxTree.ParseText(file.OldText).GetCompilationUnitRoot();
        var newRoot = CSharpSyntaxTree.ParseText(file.NewText).GetCompilationUnitRoot();
        return RemovedProtections(oldRoot, newRoot, file).Concat(ChangedRedaction(oldRoot, newRoot, file)).ToList();
    }

    private static IEnumerable<Finding> RemovedProtections(CompilationUnitSyntax oldRoot, CompilationUnitSyntax newRoot, ChangedFile file)
    {
        var before = Protections(oldRoot);
        var after = Protections(newRoot);
        foreach (var (name, count) in before.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var now = after.TryGetValue(name, out var left) ? left : 0;
            if (now < count)
            {
                var what = name.StartsWith("Use", StringComparison.Ordinal) ? $"the {name}() middleware" : $"the {name} header";
                yield return GateRules.ProtectionRemoved.At(file, 0,
                    $"{file.Path} no longer sets {what} ({count} → {now}): a protection of the responses or of the request pipeline is taken away.");
            }
        }
    }

    /// <summary>How often the file names each security header (in a string) and calls each protecting middleware.</summary>
    private static Dictionary<string, int> Protections(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            var name = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) =>
                    Headers.FirstOrDefault(h => string.Equals(literal.Token.ValueText.Trim(), h, StringComparison.OrdinalIgnoreCase)),
                MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access when Middleware.Contains(access.Name.Identifier.Text) => access.Name.Identifier.Text,
                MemberAccessExpressionSyntax { Name.Identifier.Text: var header } when HeaderProperty(header) is { } known => known,
                _ => null,
            };
            if (name is not null)
            {
                result[name] = result.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        return result;
    }

    /// <summary>The typed header properties of ASP.NET Core (<c>Headers.XFrameOptions</c>, <c>HeaderNames.ContentSecurityPolicy</c>).</summary>
    private static string? HeaderProperty(string name)
        => Headers.FirstOrDefault(h => string.Equals(h.Replace("-", string.Empty, StringComparison.Ordinal), name, StringComparison.Ordinal));

    private static IEnumerable<Finding> ChangedRedaction(CompilationUnitSyntax oldRoot, CompilationUnitSyntax newRoot, ChangedFile file)
    {
        var after = Redactors(newRoot);
        foreach (var (key, (name, body, _)) in Redactors(oldRoot))
        {
            if (!after.TryGetValue(key, out var now))
            {
                yield return GateRules.RedactionChanged.At(file, 0, $"{name}, which hides secrets before they are logged or shown, is removed: check that nothing now logs them in clear.");
            }
            else if (!string.Equals(body, now.Body, StringComparison.Ordinal))
            {
                yield return GateRules.RedactionChanged.At(file, now.Line, $"{name}, which hides secrets before they are logged or shown, changed: check that it still hides every secret it did.");
            }
        }
    }

    /// <summary>
    /// The redactors: a type whose name says it redacts (all of it, with the regular expressions and helpers it uses) and,
    /// elsewhere, a method whose name says so (with its attributes), each about secrets.
    /// </summary>
    private static Dictionary<string, (string Name, string Body, int Line)> Redactors(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, (string, string, int)>(StringComparer.Ordinal);
        foreach (var member in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax && !IsRedactor(n)).OfType<MemberDeclarationSyntax>())
        {
            if (member is not (BaseTypeDeclarationSyntax or MethodDeclarationSyntax) || !IsRedactor(member))
            {
                continue;
            }

            foreach (var (key, name) in DeclaredRisks.Keys(member))
            {
                result.TryAdd(key, (name, AuthorizationChanges.Normalize(member), AuthorizationChanges.LineOf(member)));
            }
        }

        return result;
    }

    private static bool IsRedactor(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => RedactingName.IsMatch(type.Identifier.Text) && SecretWords.IsMatch(type.ToString()),
        MethodDeclarationSyntax method => RedactingName.IsMatch(method.Identifier.Text) && SecretWords.IsMatch(method.ToString()),
        _ => false,
    };

    private static bool MayMatter(string text)
        => RedactingName.IsMatch(text) || Middleware.Any(m => text.Contains(m, StringComparison.Ordinal)) ||
           Headers.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase) || text.Contains(h.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
}
