using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Analyzers;

/// <summary>
/// The preprocessor directives of a file, in order, descending only into nodes that contain directives: a file without
/// any costs one flag check, and the rest of the tree is not walked (unlike GetFirstDirective/GetNextDirective, which
/// visit every token in between).
/// </summary>
internal static class SyntaxDirectives
{
    public static IEnumerable<T> Of<T>(SyntaxNode root)
        where T : DirectiveTriviaSyntax
    {
        if (!root.ContainsDirectives)
        {
            yield break;
        }

        foreach (var trivia in root.DescendantTrivia(node => node.ContainsDirectives))
        {
            if (trivia.IsDirective && trivia.GetStructure() is T directive)
            {
                yield return directive;
            }
        }
    }
}
