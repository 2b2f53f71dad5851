using AutoMode.Analyzers;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.CodeFixes.Migrations;

/// <summary>
/// AM2002 on <c>CreateIndex</c>: builds the index without blocking writes by adding
/// <c>.Annotation("Npgsql:CreatedConcurrently", true)</c> (PostgreSQL) or <c>.Annotation("SqlServer:Online", true)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OnlineIndexCodeFix))]
[Shared]
public sealed class OnlineIndexCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MigrationBlocking);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MigrationOperation.FixAnnotationProperty, out var annotation) || annotation is null ||
                root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            var invocation = node as InvocationExpressionSyntax ?? node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
            if (invocation is null)
            {
                continue;
            }

            var title = annotation == "SqlServer:Online" ? "Build the index online" : "Build the index concurrently";
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, Annotate(invocation, annotation)))), title),
                diagnostic);
        }
    }

    private static InvocationExpressionSyntax Annotate(InvocationExpressionSyntax invocation, string annotation)
    {
        var trailing = invocation.GetTrailingTrivia();
        var receiver = invocation.WithoutTrailingTrivia();
        return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Annotation")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(annotation))),
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)),
                })))
            .WithTrailingTrivia(trailing);
    }
}
