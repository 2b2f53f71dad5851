using AutoMode.Analyzers;
using System.Text.RegularExpressions;
using AutoMode.Gate.Git;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Engine;

/// <summary>
/// Whether a change may rename a declaration: a line that replaced old lines declares a type, member, enum member or
/// parameter under a name the removed lines did not have. Only then does the gate need AM4009/AM4010 (facts about
/// serialized and persisted names, found at the end of a whole-project analysis) to rate the rename (AMG401); an edit
/// of a method body or a new member does not pay for that analysis.
/// </summary>
internal static class DeclarationRenames
{
    /// <summary>The analyzer rules whose findings only matter to the gate when a declaration is renamed.</summary>
    public static bool OnlyForRenames(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer)
        => analyzer.SupportedDiagnostics.All(d => d.Id is RuleIdentifiers.SerializedMemberName or RuleIdentifiers.PersistedMemberName);

    public static bool MayRename(SyntaxTree tree, LineChanges lines)
    {
        if (lines.WholeFile)
        {
            return false; // a new or deleted file renames nothing in place
        }

        var text = tree.GetText();
        var root = tree.GetRoot();
        foreach (var line in lines.AddedLines)
        {
            if (!(lines.RemovalPoints.Contains(line) || lines.RemovalPoints.Contains(line + 1)) || line < 1 || line > text.Lines.Count)
            {
                continue;
            }

            foreach (var token in root.DescendantTokens(text.Lines[line - 1].Span))
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && DeclaresName(token) &&
                    !lines.RemovedLines.Any(removed => Regex.IsMatch(removed, @"\b" + Regex.Escape(token.ValueText) + @"\b")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool DeclaresName(SyntaxToken token) => token.Parent switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier == token,
        PropertyDeclarationSyntax property => property.Identifier == token,
        VariableDeclaratorSyntax variable => variable.Parent?.Parent is BaseFieldDeclarationSyntax && variable.Identifier == token,
        EnumMemberDeclarationSyntax member => member.Identifier == token,
        MethodDeclarationSyntax method => method.Identifier == token,
        EventDeclarationSyntax @event => @event.Identifier == token,
        ParameterSyntax parameter => parameter.Identifier == token,
        _ => false,
    };
}
