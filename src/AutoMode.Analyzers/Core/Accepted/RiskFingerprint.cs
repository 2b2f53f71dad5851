using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Analyzers;

/// <summary>
/// What identifies a finding across edits that do not touch it: the documentation id of the member that contains it
/// (computed from its declaration: parameter types as written), a hash of the flagged code with every space, line
/// break and comment taken out (its tokens, one space apart), and which occurrence of that code in the member it is.
/// It survives reformatting, moving lines or the member within the file and renaming other members; it changes when
/// the flagged code or its member's signature changes.
/// </summary>
internal readonly struct RiskFingerprint
{
    public RiskFingerprint(string member, string hash, int occurrence)
    {
        Member = member;
        Hash = hash;
        Occurrence = occurrence;
    }

    public string Member { get; }

    public string Hash { get; }

    public int Occurrence { get; }

    /// <summary>The fingerprint of the code at a location in source; null outside source.</summary>
    public static RiskFingerprint? Of(Location location)
    {
        if (location.SourceTree is not { } tree || !location.IsInSource)
        {
            return null;
        }

        var root = tree.GetRoot();
        var span = location.SourceSpan;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, findInsideTrivia: true, getInnermostNodeForTie: true);
        var inTrivia = node.IsPartOfStructuredTrivia();
        var member = ContainingMember(node);
        var scope = member ?? root;
        var flagged = Tokens(node, inTrivia).Where(t => t.Span.Start < span.End && t.Span.End > span.Start).ToList();
        if (flagged.Count == 0)
        {
            return new RiskFingerprint(MemberId(member), HashOf(Collapse(tree.GetText().ToString(span))), 0);
        }

        var texts = flagged.Select(TextOf).ToList();
        var occurrence = 0;
        var all = Tokens(scope, inTrivia).ToList();
        for (var i = 0; i + texts.Count <= all.Count && all[i].SpanStart < flagged[0].SpanStart; i++)
        {
            if (Matches(all, i, texts))
            {
                occurrence++;
            }
        }

        return new RiskFingerprint(MemberId(member), HashOf(string.Join(" ", texts)), occurrence);
    }

    /// <summary>Whether the code a fingerprint names is still in a tree: the member, and that many occurrences of the hashed code in it.</summary>
    public static bool IsPresent(SyntaxTree tree, string member, string hash, int occurrence)
    {
        foreach (var scope in Scopes(tree, member))
        {
            var count = 0;
            foreach (var candidate in scope.DescendantNodesAndTokensAndSelf(descendIntoTrivia: true))
            {
                var tokens = candidate.IsToken ? new[] { candidate.AsToken() } : Tokens(candidate.AsNode()!, candidate.AsNode()!.IsPartOfStructuredTrivia()).ToArray();
                if (tokens.Length > 0 && HashOf(string.Join(" ", tokens.Select(TextOf))) == hash && ++count > occurrence)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a tree declares a member with this documentation id.</summary>
    public static bool HasMember(SyntaxTree tree, string member) => Scopes(tree, member).Any();

    private static IEnumerable<SyntaxNode> Scopes(SyntaxTree tree, string member)
    {
        var root = tree.GetRoot();
        return member.Length == 0
            ? new[] { root }
            : root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax)
                .Where(n => IsMember(n) && MemberId(n) == member);
    }

    private static IEnumerable<SyntaxToken> Tokens(SyntaxNode node, bool inTrivia) =>
        node.DescendantTokens(descendIntoTrivia: inTrivia).Where(t => t.Span.Length > 0);

    private static bool Matches(List<SyntaxToken> all, int start, List<string> texts)
    {
        for (var j = 0; j < texts.Count; j++)
        {
            if (TextOf(all[start + j]) != texts[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A token as the fingerprint reads it: its text, except in multi-line raw strings, whose indentation the closing
    /// quotes set (re-indenting the code moves them; the value stays): a raw literal by its value, the text parts of an
    /// interpolated one without each line's leading white space (the end token holds the last line's).
    /// </summary>
    private static string TextOf(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
        {
            return token.ValueText;
        }

        if (token.IsKind(SyntaxKind.InterpolatedRawStringEndToken))
        {
            return token.Text.Trim();
        }

        return token.IsKind(SyntaxKind.InterpolatedStringTextToken) &&
            token.Parent?.Parent is InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedMultiLineRawStringStartToken }
            ? string.Join("\n", token.Text.Split('\n').Select(line => line.TrimStart(' ', '\t', '\r')))
            : token.Text;
    }

    private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));

    /// <summary>FNV-1a, 64 bits, of the UTF-16 code units: 16 hex digits.</summary>
    public static string HashOf(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static bool IsMember(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax or EnumMemberDeclarationSyntax
            or DelegateDeclarationSyntax or BaseTypeDeclarationSyntax;

    /// <summary>The innermost member (method, property, field, event…) or, outside one, type around a node; null at the top level.</summary>
    private static SyntaxNode? ContainingMember(SyntaxNode node)
    {
        if (node.IsPartOfStructuredTrivia() && node.FirstAncestorOrSelf<StructuredTriviaSyntax>(ascendOutOfTrivia: false) is { } trivia)
        {
            node = trivia.ParentTrivia.Token.Parent ?? node;
        }

        return node.AncestorsAndSelf().FirstOrDefault(IsMember);
    }

    /// <summary>A documentation id (<c>M:Ns.Type.Method(int,string)</c>) from the declaration alone; empty for the top level.</summary>
    public static string MemberId(SyntaxNode? member)
    {
        if (member is null)
        {
            return string.Empty;
        }

        var (prefix, name) = member switch
        {
            BaseTypeDeclarationSyntax type => ("T:", string.Empty),
            DelegateDeclarationSyntax d => ("T:", d.Identifier.Text + Arity(d.TypeParameterList)),
            ConstructorDeclarationSyntax c => ("M:", (c.Modifiers.Any(SyntaxKind.StaticKeyword) ? "#cctor" : "#ctor") + Parameters(c.ParameterList)),
            DestructorDeclarationSyntax => ("M:", "Finalize"),
            MethodDeclarationSyntax m => ("M:", Explicit(m.ExplicitInterfaceSpecifier) + m.Identifier.Text + (m.TypeParameterList is { } tp ? "``" + tp.Parameters.Count.ToString(CultureInfo.InvariantCulture) : string.Empty) + Parameters(m.ParameterList)),
            OperatorDeclarationSyntax o => ("M:", "op_" + o.OperatorToken.Text + Parameters(o.ParameterList)),
            ConversionOperatorDeclarationSyntax c => ("M:", "op_" + c.ImplicitOrExplicitKeyword.Text + Parameters(c.ParameterList) + "~" + Compact(c.Type)),
            IndexerDeclarationSyntax i => ("P:", Explicit(i.ExplicitInterfaceSpecifier) + "Item" + Parameters(i.ParameterList)),
            PropertyDeclarationSyntax p => ("P:", Explicit(p.ExplicitInterfaceSpecifier) + p.Identifier.Text),
            EventDeclarationSyntax e => ("E:", Explicit(e.ExplicitInterfaceSpecifier) + e.Identifier.Text),
            EventFieldDeclarationSyntax e => ("E:", string.Join(",", e.Declaration.Variables.Select(v => v.Identifier.Text))),
            FieldDeclarationSyntax f => ("F:", string.Join(",", f.Declaration.Variables.Select(v => v.Identifier.Text))),
            EnumMemberDeclarationSyntax e => ("F:", e.Identifier.Text),
            _ => ("?:", string.Empty),
        };

        var container = new StringBuilder();
        foreach (var ancestor in (member is BaseTypeDeclarationSyntax ? member.AncestorsAndSelf() : member.Ancestors()).Reverse())
        {
            var part = ancestor switch
            {
                BaseNamespaceDeclarationSyntax ns => Compact(ns.Name),
                TypeDeclarationSyntax t => t.Identifier.Text + Arity(t.TypeParameterList),
                BaseTypeDeclarationSyntax t => t.Identifier.Text,
                _ => null,
            };
            if (part is not null)
            {
                container.Append(container.Length == 0 ? string.Empty : ".").Append(part);
            }
        }

        return prefix + container + (name.Length == 0 ? string.Empty : (container.Length == 0 ? string.Empty : ".") + name);
    }

    private static string Arity(TypeParameterListSyntax? list) =>
        list is null ? string.Empty : "`" + list.Parameters.Count.ToString(CultureInfo.InvariantCulture);

    private static string Explicit(ExplicitInterfaceSpecifierSyntax? specifier) =>
        specifier is null ? string.Empty : Compact(specifier.Name).Replace('.', '#') + "#";

    private static string Parameters(BaseParameterListSyntax? list)
    {
        if (list is null || list.Parameters.Count == 0)
        {
            return string.Empty;
        }

        return "(" + string.Join(",", list.Parameters.Select(p =>
            (p.Type is null ? string.Empty : Compact(p.Type)) +
            (p.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword)) ? "@" : string.Empty))) + ")";
    }

    private static string Compact(SyntaxNode node) => string.Concat(node.DescendantTokens().Select(t => t.Text));
}
