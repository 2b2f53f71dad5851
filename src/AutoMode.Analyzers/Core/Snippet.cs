using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers;

/// <summary>Short, one-line source text of a node for diagnostic messages.</summary>
internal static class Snippet
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    public static string Of(SyntaxNode node, int maxLength = 60)
    {
        var text = Whitespace.Replace(node.ToString(), " ").Trim();
        return text.Length > maxLength ? text.Substring(0, maxLength - 1) + "…" : text;
    }
}
