using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Analyzers.Suppressions;

/// <summary>
/// The <c>#pragma warning disable</c> directives of a file, found by descending only into nodes that contain directives
/// (a file without directives costs one flag check), and the comment that justifies one.
/// </summary>
internal static class PragmaWarnings
{
    public static IEnumerable<PragmaWarningDirectiveTriviaSyntax> Disables(SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var pragma in SyntaxDirectives.Of<PragmaWarningDirectiveTriviaSyntax>(tree.GetRoot(cancellationToken)))
        {
            if (pragma.IsActive && pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
            {
                yield return pragma;
            }
        }
    }

    /// <summary>
    /// How many lines lie between a <c>#pragma warning disable</c> and the first <c>#pragma warning restore</c> after it
    /// that restores every one of <paramref name="ids"/> (or all warnings), when that is at most <paramref name="maxLines"/>; else null.
    /// </summary>
    public static int? RestoredWithin(PragmaWarningDirectiveTriviaSyntax disable, IReadOnlyCollection<string> ids, int maxLines, CancellationToken cancellationToken)
    {
        var tree = disable.SyntaxTree;
        var start = disable.GetLocation().GetLineSpan().StartLinePosition.Line;
        var open = new HashSet<string>(ids, System.StringComparer.OrdinalIgnoreCase);
        foreach (var pragma in SyntaxDirectives.Of<PragmaWarningDirectiveTriviaSyntax>(tree.GetRoot(cancellationToken)))
        {
            var line = pragma.GetLocation().GetLineSpan().StartLinePosition.Line;
            if (line <= start || !pragma.IsActive || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.RestoreKeyword))
            {
                continue;
            }

            if (line - start - 1 > maxLines)
            {
                return null;
            }

            if (pragma.ErrorCodes.Count == 0)
            {
                return line - start - 1;
            }

            foreach (var code in pragma.ErrorCodes)
            {
                open.Remove(Normalize(code.ToString().Trim()));
                open.Remove(code.ToString().Trim());
            }

            if (open.Count == 0)
            {
                return line - start - 1;
            }
        }

        return null;
    }

    /// <summary>618 and CS0618 name the same compiler warning.</summary>
    private static string Normalize(string id) =>
        id.Length > 0 && char.IsDigit(id[0]) ? "CS" + id.PadLeft(4, '0') : id.StartsWith("CS", System.StringComparison.OrdinalIgnoreCase) ? id.Substring(2).TrimStart('0') : id;

    /// <summary>A comment on the pragma's line (<c>#pragma warning disable AM1001 // why</c>) or on the line right above it.</summary>
    public static string? Justification(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        foreach (var trivia in pragma.DescendantTrivia())
        {
            if (CommentText(trivia) is { Length: > 0 } text)
            {
                return text;
            }
        }

        var siblings = pragma.ParentTrivia.Token.LeadingTrivia;
        var index = siblings.IndexOf(pragma.ParentTrivia);
        var lineBreaks = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            var trivia = siblings[i];
            if (trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                continue;
            }

            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia) && ++lineBreaks <= 1)
            {
                continue;
            }

            return CommentText(trivia) is { Length: > 0 } text ? text : null;
        }

        return null;
    }

    private static string? CommentText(SyntaxTrivia trivia)
    {
        if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
        {
            return trivia.ToString().Substring(2).Trim();
        }

        if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
        {
            var text = trivia.ToString();
            return text.Length >= 4 ? text.Substring(2, text.Length - 4).Trim() : null;
        }

        return null;
    }
}
