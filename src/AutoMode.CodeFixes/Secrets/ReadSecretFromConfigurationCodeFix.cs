using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoMode.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AutoMode.CodeFixes.Secrets;

/// <summary>
/// Replaces a hard-coded secret (AM3001–AM3004) written as a string literal with a configuration lookup under a key
/// derived from what holds it (<c>_configuration["Smtp:Password"]</c>), when an <c>IConfiguration</c> parameter, field
/// or property is in reach, and always offers <c>Environment.GetEnvironmentVariable("SMTP_PASSWORD")</c>. Both fail
/// loudly when the setting is missing. A <c>const</c> holder becomes <c>static readonly</c> (or a plain local).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretFromConfigurationCodeFix))]
[Shared]
public sealed class ReadSecretFromConfigurationCodeFix : CodeFixProvider
{
    private const string ConfigurationTypeName = "Microsoft.Extensions.Configuration.IConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.HardcodedKnownFormatSecret, RuleIdentifiers.HardcodedCredentialString,
        RuleIdentifiers.HardcodedCredentialArgument, RuleIdentifiers.HardcodedNamedSecret);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal ||
                !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Parent is ParameterSyntax or EqualsValueClauseSyntax { Parent: ParameterSyntax } ||
                literal.Ancestors().Any(a => a is AttributeArgumentSyntax))
            {
                continue;
            }

            var holder = SecretHolder.Find(literal, model, context.CancellationToken);
            var name = SecretSettingName.From(holder, diagnostic.Id == RuleIdentifiers.HardcodedCredentialString);

            if (FindConfiguration(literal, model, context.CancellationToken) is { } configuration)
            {
                var lookup = ConfigurationLookup(configuration, name.ConfigurationKey);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read from configuration key '{name.ConfigurationKey}'",
                        ct => ReplaceAsync(context.Document, literal, lookup, ct),
                        nameof(ReadSecretFromConfigurationCodeFix) + ".Configuration"),
                    diagnostic);
            }

            var environment = EnvironmentLookup(name.EnvironmentVariable);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read from environment variable '{name.EnvironmentVariable}'",
                    ct => ReplaceAsync(context.Document, literal, environment, ct),
                    nameof(ReadSecretFromConfigurationCodeFix) + ".Environment"),
                diagnostic);
        }
    }

    /// <summary>An IConfiguration parameter of the enclosing method, or field/property of the type, usable where the literal is.</summary>
    private static string? FindConfiguration(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypesByMetadataName(ConfigurationTypeName).FirstOrDefault();
        if (configurationType is null)
        {
            return null;
        }

        bool IsConfiguration(ITypeSymbol? type)
            => type is not null && (SymbolEqualityComparer.Default.Equals(type, configurationType) || type.AllInterfaces.Contains(configurationType, SymbolEqualityComparer.Default));

        // A field or property initializer cannot use instance members, and a constant cannot use anything.
        var member = literal.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
        if (member is FieldDeclarationSyntax or PropertyDeclarationSyntax { ExpressionBody: null } || member is null)
        {
            return null;
        }

        if (model.GetEnclosingSymbol(literal.SpanStart, cancellationToken) is not { } enclosing)
        {
            return null;
        }

        for (var symbol = enclosing; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            var parameter = method.Parameters.FirstOrDefault(p => IsConfiguration(p.Type));
            if (parameter is not null)
            {
                return parameter.Name;
            }
        }

        var isStatic = enclosing.IsStatic;
        var type = enclosing.ContainingType;
        foreach (var candidate in type.GetMembers())
        {
            var candidateType = candidate switch
            {
                IFieldSymbol field when !field.IsImplicitlyDeclared => field.Type,
                IPropertySymbol property when !property.IsIndexer => property.Type,
                _ => null,
            };
            if (IsConfiguration(candidateType) && (!isStatic || candidate.IsStatic))
            {
                return candidate.Name;
            }
        }

        return null;
    }

    private static ExpressionSyntax ConfigurationLookup(string configuration, string key)
        => OrThrow(
            ElementAccessExpression(
                IdentifierName(configuration),
                BracketedArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(key)))))),
            $"Configuration value '{key}' is missing.");

    private static ExpressionSyntax EnvironmentLookup(string variable)
        => OrThrow(
            InvocationExpression(
                ParseExpression("System.Environment.GetEnvironmentVariable").WithAdditionalAnnotations(Simplifier.Annotation),
                ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(variable)))))),
            $"Environment variable '{variable}' is not set.");

    private static ExpressionSyntax OrThrow(ExpressionSyntax lookup, string message)
        => BinaryExpression(
            SyntaxKind.CoalesceExpression,
            lookup,
            ThrowExpression(
                ObjectCreationExpression(ParseTypeName("System.InvalidOperationException").WithAdditionalAnnotations(Simplifier.Annotation))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(message))))))));

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var newExpression = (literal.Parent is BinaryExpressionSyntax or MemberAccessExpressionSyntax ? ParenthesizedExpression(replacement) : replacement)
            .WithTriviaFrom(literal);
        var editor = new Microsoft.CodeAnalysis.Editing.SyntaxEditor(root, document.Project.Solution.Workspace.Services);
        editor.ReplaceNode(literal, newExpression);

        // A constant cannot hold a run-time value: const fields become static readonly, const locals plain locals.
        switch (literal.Parent?.Parent?.Parent?.Parent)
        {
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                var modifiers = field.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword)).ToList();
                modifiers.Add(Token(SyntaxKind.StaticKeyword).WithTrailingTrivia(Space));
                modifiers.Add(Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(Space));
                editor.ReplaceNode(field, (current, _) => ((FieldDeclarationSyntax)current).WithModifiers(TokenList(modifiers.Select((m, i) => i == 0 ? m.WithLeadingTrivia(field.Modifiers.First().LeadingTrivia) : m))));
                break;
            case LocalDeclarationStatementSyntax local when local.IsConst:
                editor.ReplaceNode(local, (current, _) =>
                {
                    var statement = (LocalDeclarationStatementSyntax)current;
                    return statement.WithModifiers(TokenList(statement.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword))))
                        .WithLeadingTrivia(statement.GetLeadingTrivia());
                });
                break;
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
