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
