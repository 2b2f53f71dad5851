using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Analyzers;

/// <summary>
/// The preprocessor directives of a file, in order, descending only into nodes that contain directives: a file without
/// any costs one flag check, and the rest of the tree is not walked (unlike GetFirstDirective/GetNextDirective, which
/// visit every token in between). Found once per file and shared: three rule families ask for them (pragmas for
/// AM4008 and AM9101/AM9102, #nullable for AM4006/AM4007), and a file full of #if blocks is costly to walk.
/// </summary>
internal static class SyntaxDirectives
{
    private static readonly ConditionalWeakTable<SyntaxNode, DirectiveTriviaSyntax[]> ByRoot = new();

    public static IEnumerable<T> Of<T>(SyntaxNode root)
        where T : DirectiveTriviaSyntax
        => root.ContainsDirectives ? ByRoot.GetValue(root, All).OfType<T>() : Array.Empty<T>();

    private static DirectiveTriviaSyntax[] All(SyntaxNode root)
    {
        var directives = new List<DirectiveTriviaSyntax>();
        foreach (var trivia in root.DescendantTrivia(node => node.ContainsDirectives))
        {
            if (trivia.IsDirective && trivia.GetStructure() is DirectiveTriviaSyntax directive)
            {
                directives.Add(directive);
            }
        }

        return directives.ToArray();
    }
}
