using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AutoMode.Analyzers.Rules.TypedRefactor;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.CodeFixes.TypedRefactor;

/// <summary>AM4003: replaces a string that spells a member name with the <c>nameof(...)</c> the analyzer computed.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNameofCodeFixProvider))]
[Shared]
public sealed class UseNameofCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "AutoMode.UseNameof";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(AutoMode.Analyzers.RuleIdentifiers.MemberNameInString);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MemberNameInStringAnalyzer.NameofProperty, out var replacement) || replacement is null ||
                root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {replacement}",
                    ct => ReplaceAsync(context.Document, literal, replacement, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var nameof = SyntaxFactory.ParseExpression(replacement).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, nameof));
    }
}
