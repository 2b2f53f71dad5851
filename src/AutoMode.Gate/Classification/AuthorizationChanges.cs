using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// A change of an authorization requirement (AMG601, High, Security): the authorization attributes of a type or
/// member that exists before and after the change — <c>[Authorize(...)]</c>, <c>[AllowAnonymous]</c> and the
/// application's own attributes whose name says authorization, permission, role, policy, scope or claim
/// (<c>[RequirePermission(Permissions.ManageUsers)]</c>) — are different. The finding names the old and the new
/// requirement, so that a swapped permission constant or a removed <c>[Authorize]</c> is seen even though the code
/// still compiles and no analyzer finds anything risky in the new line. Read on syntax: comments and strings never
/// count; a new or deleted declaration is not a change of requirement (an added <c>[AllowAnonymous]</c> is AM6021).
/// </summary>
public static class AuthorizationChanges
{
    private static readonly string[] AuthorizationWords = { "Authoriz", "Anonymous", "Permission", "Role", "Policy", "Scope", "Claim" };

    public static IEnumerable<Finding> Classify(ChangedFile file)
    {
        if (file.OldText is null || file.NewText is null || !MayMention(file.OldText) && !MayMention(file.NewText))
        {
            yield break;
        }

        var before = Collect(file.OldText);
        var after = Collect(file.NewText);
        foreach (var (key, now) in after.OrderBy(p => p.Value.Line))
        {
            if (before.TryGetValue(key, out var old) && !old.Attributes.SequenceEqual(now.Attributes, StringComparer.Ordinal))
            {
                yield return GateRules.AuthorizationChanged.At(file, now.Line,
                    $"The authorization of {now.Name} changed from {Describe(old.Attributes)} to {Describe(now.Attributes)}: who may call it is decided here.");
            }
        }
    }

    /// <summary>A declaration's authorization attributes, normalized (no white space) and sorted, and the line of the first (or of the declaration).</summary>
    public sealed record Requirement(string Name, IReadOnlyList<string> Attributes, int Line);

    public static IReadOnlyDictionary<string, Requirement> Collect(string text)
    {
        var result = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        var root = CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot();
        foreach (var member in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MemberDeclarationSyntax>())
        {
            if (member is not (BaseTypeDeclarationSyntax or MethodDeclarationSyntax or PropertyDeclarationSyntax))
            {
                continue;
            }

            var attributes = member.AttributeLists.SelectMany(l => l.Attributes).Where(IsAuthorization).ToList();
            var texts = attributes.Select(a => string.Concat(a.ToString().Where(c => !char.IsWhiteSpace(c)))).OrderBy(t => t, StringComparer.Ordinal).ToList();
            var line = (attributes.Count > 0 ? attributes[0].GetLocation() : member.GetLocation()).GetLineSpan().StartLinePosition.Line + 1;
            foreach (var (key, name) in DeclaredRisks.Keys(member))
            {
                result.TryAdd(key, new Requirement(name, texts, line));
            }
        }

        return result;
    }

    private static bool IsAuthorization(AttributeSyntax attribute)
    {
        var name = DeclaredRisks.RightmostName(attribute.Name) ?? string.Empty;
        return AuthorizationWords.Any(w => name.Contains(w, StringComparison.Ordinal));
    }

    private static bool MayMention(string text) => AuthorizationWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static string Describe(IReadOnlyList<string> attributes) => attributes.Count == 0 ? "none" : string.Join(" ", attributes.Select(a => "[" + a + "]"));
}
