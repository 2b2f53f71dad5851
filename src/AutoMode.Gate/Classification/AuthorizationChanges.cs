using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// A change of an authorization requirement (AMG601, High, Security), read on syntax in the old and the new text:
/// <list type="bullet">
/// <item>the authorization attributes of a type or member that exists before and after the change —
/// <c>[Authorize(...)]</c>, <c>[AllowAnonymous]</c> and the application's own attributes whose name says authorization,
/// permission, role, policy, scope or claim (<c>[RequirePermission(Permissions.ManageUsers)]</c>);</item>
/// <item>the <c>RequireAuthorization(...)</c>/<c>AllowAnonymous()</c> calls on an endpoint or group mapped before and
/// after (<c>app.MapGet("/orders", …)</c>, <c>app.MapGroup("/admin")</c>);</item>
/// <item>the definition of a named policy (<c>AddPolicy("Admin", …)</c>; a CORS policy is AMG609's) and of the default and fallback policies.</item>
/// </list>
/// The finding names the old and the new requirement, so that a swapped permission constant or a removed
/// <c>[Authorize]</c> is seen even though the code still compiles and no analyzer finds anything risky in the new line.
/// Comments and formatting never count; a new or deleted declaration or endpoint is not a change of requirement. An
/// <c>[AllowAnonymous]</c>/<c>.AllowAnonymous()</c> that is the only change is the analyzers' AM6021; where it comes
/// with another change, this finding stands for both (<see cref="OneFindingPerChange"/>).
/// </summary>
public static class AuthorizationChanges
{
    private static readonly string[] AuthorizationWords = { "Authoriz", "Anonymous", "Permission", "Role", "Policy", "Scope", "Claim" };
    private const int ShownLength = 160;

    public static IEnumerable<Finding> Classify(ChangedFile file)
    {
        if (file.OldText is null || file.NewText is null || !MayMention(file.OldText) && !MayMention(file.NewText))
        {
            return Array.Empty<Finding>();
        }

        var oldRoot = CSharpSyntaxTree.ParseText(file.OldText).GetCompilationUnitRoot();
        var newRoot = CSharpSyntaxTree.ParseText(file.NewText).GetCompilationUnitRoot();
        return Changed(Collect(oldRoot), Collect(newRoot), "the authorization of ", ": who may call it is decided here.")
            .Concat(Changed(Endpoints(oldRoot), Endpoints(newRoot), "the authorization of the endpoint ", ": who may call it is decided here."))
            .Concat(Changed(Policies(oldRoot), Policies(newRoot), "the definition of the authorization policy ", ": every endpoint that requires it now admits whom the new definition admits."))
            .OrderBy(c => c.Line)
            .Select(c => GateRules.AuthorizationChanged.At(file, c.Line, c.Message))
            .ToList();
    }

    /// <summary>
    /// One change, one finding. An <c>[AllowAnonymous]</c> added together with another change of requirement (an
    /// <c>[Authorize]</c> replaced) is reported by the analyzers (AM6021) and by this rule on the same line: this finding,
    /// which names the old and the new requirement, stands for both. And an AM6021 on a line the change touched for
    /// another reason (the handler of an endpoint that was already anonymous) is not a change of who may call it.
    /// </summary>
    public static void OneFindingPerChange(List<Finding> findings, ChangedFile file)
    {
        static bool Anonymous(Finding f) => f.RuleId is RuleIdentifiers.AnonymousAccess or RuleIdentifiers.AnonymousAccessWithoutData;
        if (!findings.Any(Anonymous))
        {
            return;
        }

        var lines = findings.Where(f => f.RuleId == GateRules.AuthorizationChanged.Id).Select(f => f.Line).ToHashSet();
        if (file.OldText is not null && file.NewText is not null)
        {
            var oldRoot = CSharpSyntaxTree.ParseText(file.OldText).GetCompilationUnitRoot();
            var newRoot = CSharpSyntaxTree.ParseText(file.NewText).GetCompilationUnitRoot();
            lines.UnionWith(StillAnonymous(Collect(oldRoot), Collect(newRoot)).Concat(StillAnonymous(Endpoints(oldRoot), Endpoints(newRoot))));
        }

        findings.RemoveAll(f => Anonymous(f) && lines.Contains(f.Line));
    }

    private static IEnumerable<int> StillAnonymous(IReadOnlyDictionary<string, Requirement> before, IReadOnlyDictionary<string, Requirement> after)
        => after.Where(p => p.Value.AnonymousLine > 0 && before.TryGetValue(p.Key, out var old) && old.AnonymousLine > 0).Select(p => p.Value.AnonymousLine);

    /// <summary>
    /// A requirement: its normalized parts (sorted, no white space or comments), the line of its first part (or of its
    /// declaration) and the line of an anonymous-access part, if any.
    /// </summary>
    public sealed record Requirement(string Name, IReadOnlyList<string> Attributes, int Line, int AnonymousLine = 0);

    private sealed record Change(int Line, string Message);

    private static IEnumerable<Change> Changed(IReadOnlyDictionary<string, Requirement> before, IReadOnlyDictionary<string, Requirement> after, string what, string why)
    {
        foreach (var (key, now) in after)
        {
            if (!before.TryGetValue(key, out var old) || old.Attributes.SequenceEqual(now.Attributes, StringComparer.Ordinal))
            {
                continue;
            }

            var anonymousAdded = now.AnonymousLine > 0 && old.AnonymousLine == 0;
            if (anonymousAdded && OnlyAnonymousAdded(old.Attributes, now.Attributes))
            {
                continue;
            }

            var line = anonymousAdded ? now.AnonymousLine : now.Line;
            yield return new Change(line, $"{Capitalize(what)}{now.Name} changed from {Describe(old.Attributes)} to {Describe(now.Attributes)}{why}");
        }
    }

    public static IReadOnlyDictionary<string, Requirement> Collect(string text) => Collect(CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot());

    private static IReadOnlyDictionary<string, Requirement> Collect(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        foreach (var member in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MemberDeclarationSyntax>())
        {
            if (member is not (BaseTypeDeclarationSyntax or MethodDeclarationSyntax or PropertyDeclarationSyntax))
            {
                continue;
            }

            var attributes = member.AttributeLists.SelectMany(l => l.Attributes).Where(IsAuthorization).ToList();
            var texts = attributes.Select(a => "[" + Normalize(a) + "]").OrderBy(t => t, StringComparer.Ordinal).ToList();
            var line = LineOf(attributes.Count > 0 ? attributes[0] : member);
            var anonymous = attributes.FirstOrDefault(a => SyntaxNames.Rightmost(a.Name) is "AllowAnonymous" or "AllowAnonymousAttribute");
            foreach (var (key, name) in DeclaredRisks.Keys(member))
            {
                result.TryAdd(key, new Requirement(name, texts, line, anonymous is null ? 0 : LineOf(anonymous)));
            }
        }

        return result;
    }

    /// <summary>Endpoints and groups mapped with a route (<c>MapGet("/orders", …)</c>, <c>MapGroup("/admin")</c>, <c>MapControllers()</c>) and the authorization calls chained on them.</summary>
    private static IReadOnlyDictionary<string, Requirement> Endpoints(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        foreach (var map in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = CalledName(map);
            if (name is null || name.Length < 4 || !name.StartsWith("Map", StringComparison.Ordinal) || !char.IsUpper(name[3]))
            {
                continue;
            }

            var route = map.ArgumentList.Arguments.Count > 0 && map.ArgumentList.Arguments[0].Expression is not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax)
                ? Normalize(map.ArgumentList.Arguments[0].Expression)
                : string.Empty;
            var parts = new List<string>();
            int line = 0, anonymousLine = 0;
            for (var node = (ExpressionSyntax)map; node.Parent is MemberAccessExpressionSyntax access && access.Parent is InvocationExpressionSyntax call; node = call)
            {
                var called = access.Name.Identifier.Text;
                if (called.StartsWith("Map", StringComparison.Ordinal))
                {
                    break;
                }

                if (called is not ("RequireAuthorization" or "AllowAnonymous"))
                {
                    continue;
                }

                parts.Add("." + called + Normalize(call.ArgumentList));
                line = line == 0 ? LineOf(access.Name) : line;
                anonymousLine = called == "AllowAnonymous" ? LineOf(call) : anonymousLine; // where the analyzers report AM6021
            }

            var shown = name + "(" + route + ")";
            parts.Sort(StringComparer.Ordinal);
            result.TryAdd(shown, new Requirement(shown, parts, line == 0 ? LineOf(map) : line, anonymousLine));
        }

        return result;
    }

    /// <summary>Named policies (<c>AddPolicy(name, …)</c>) and the default and fallback policies (<c>FallbackPolicy = …</c>, <c>SetFallbackPolicy(…)</c>), each with its definition.</summary>
    private static IReadOnlyDictionary<string, Requirement> Policies(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, Requirement>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax call when CalledName(call) == "AddPolicy" && call.ArgumentList.Arguments.Count >= 2 && !CorsPolicyChanges.IsCorsPolicy(call):
                    var name = Normalize(call.ArgumentList.Arguments[0].Expression);
                    var definition = string.Join(", ", call.ArgumentList.Arguments.Skip(1).Select(a => Normalize(a)));
                    result.TryAdd("policy " + name, new Requirement(name, new[] { definition }, LineOf(call)));
                    break;
                case InvocationExpressionSyntax call when CalledName(call) is "SetFallbackPolicy" or "SetDefaultPolicy" && call.ArgumentList.Arguments.Count == 1:
                    var which = CalledName(call)!.Substring(3);
                    result.TryAdd(which, new Requirement(which, new[] { Normalize(call.ArgumentList.Arguments[0]) }, LineOf(call)));
                    break;
                case AssignmentExpressionSyntax assignment when AssignedName(assignment) is "FallbackPolicy" or "DefaultPolicy":
                    var assigned = AssignedName(assignment)!;
                    result.TryAdd(assigned, new Requirement(assigned, new[] { Normalize(assignment.Right) }, LineOf(assignment)));
                    break;
            }
        }

        foreach (var key in new[] { "FallbackPolicy", "DefaultPolicy" })
        {
            // A default or fallback policy that is no longer set is a change to "none": the framework's default admits every signed-in user, its fallback every caller.
            result.TryAdd(key, new Requirement(key, Array.Empty<string>(), 0));
        }

        return result;
    }

    internal static string? CalledName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
        SimpleNameSyntax simple => simple.Identifier.Text,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.Text,
        _ => null,
    };

    internal static string? AssignedName(AssignmentExpressionSyntax assignment) => assignment.Left switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        _ => null,
    };

    /// <summary>The node's tokens without comments or formatting; a space only between two words.</summary>
    internal static string Normalize(SyntaxNode node)
    {
        var text = new System.Text.StringBuilder();
        var previousWord = false;
        foreach (var token in node.DescendantTokens())
        {
            var word = token.Text.Length > 0 && (char.IsLetterOrDigit(token.Text[0]) || token.Text[0] is '_' or '@' or '"');
            if (word && previousWord)
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previousWord = word && (char.IsLetterOrDigit(token.Text[^1]) || token.Text[^1] is '_' or '"');
        }

        return text.ToString();
    }

    internal static int LineOf(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static bool OnlyAnonymousAdded(IReadOnlyList<string> before, IReadOnlyList<string> after)
        => after.Where(a => !IsAnonymous(a)).SequenceEqual(before.Where(b => !IsAnonymous(b)), StringComparer.Ordinal);

    private static bool IsAnonymous(string part) => part.StartsWith("[AllowAnonymous", StringComparison.Ordinal) || part.StartsWith(".AllowAnonymous(", StringComparison.Ordinal);

    private static bool IsAuthorization(AttributeSyntax attribute)
    {
        var name = SyntaxNames.Rightmost(attribute.Name) ?? string.Empty;
        return AuthorizationWords.Any(w => name.Contains(w, StringComparison.Ordinal));
    }

    private static bool MayMention(string text) => AuthorizationWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>
    /// "from X to Y" for two normalized definitions; where either is too long to show whole, the part that differs with
    /// a little context on each side ("from …RevocationStatusUnknown) to …RevocationStatusUnknown||status.Status==…").
    /// </summary>
    internal static string DescribeChange(string before, string after)
    {
        if (before.Length <= ShownLength && after.Length <= ShownLength)
        {
            return $"from {Describe(new[] { before })} to {Describe(new[] { after })}";
        }

        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        const int context = 30;
        string Part(string text)
        {
            var start = Math.Max(0, prefix - context);
            var end = Math.Min(text.Length, text.Length - suffix + context);
            var part = text.Substring(start, end - start);
            return (start > 0 ? "…" : string.Empty) + (part.Length <= ShownLength ? part : part.Substring(0, ShownLength)) + (end < text.Length || part.Length > ShownLength ? "…" : string.Empty);
        }

        return $"from {Part(before)} to {Part(after)}";
    }

    internal static string Describe(IReadOnlyList<string> parts)
    {
        if (parts.Count == 0)
        {
            return "none";
        }

        var text = string.Join(" ", parts);
        return text.Length <= ShownLength ? text : text.Substring(0, ShownLength) + "…";
    }
}
