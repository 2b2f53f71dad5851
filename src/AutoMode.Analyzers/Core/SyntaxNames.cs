using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Analyzers;

/// <summary>Names as written in syntax, for readers that work without a compilation (the gate's before/after texts).</summary>
internal static class SyntaxNames
{
    /// <summary>The rightmost identifier of a name or member access: <c>Risk</c> of <c>AutoMode.Risk</c> or <c>global::AutoMode.Risk</c>; null for anything else.</summary>
    public static string? Rightmost(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.Text,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text,
        MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
        _ => null,
    };
}
