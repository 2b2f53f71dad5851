using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4008: <c>#pragma warning disable</c> and <c>[SuppressMessage]</c>/<c>[UnconditionalSuppressMessage]</c> for
/// compiler and analyzer findings. Suppressions of AutoMode's own ids (AMxxxx) are the declared-risk family's (AM9xxx)
/// and are left alone here; a pragma that lists AM ids and others is reported for the others.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SuppressionAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        RuleIdentifiers.WarningSuppressed,
        "Compiler or analyzer finding suppressed",
        "'{0}' suppresses {1}: the compiler was told to stop checking, so a change that breaks what it checks goes unreported. Fix the finding, or keep the suppression as narrow as possible and justify it.",
        RuleCategory.TypedRefactor,
        RiskLevel.Medium,
        "A suppressed warning is a check the compiler or an analyzer no longer makes: a typed refactor that compiles cleanly may only do so because the warning that would have caught it is off.");

    private static readonly Regex OwnId = new(@"^AM\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(AnalyzePragmas);
        context.RegisterCompilationStartAction(start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            var attributes = new[]
            {
                types.Get("System.Diagnostics.CodeAnalysis.SuppressMessageAttribute"),
                types.Get("System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute"),
            }.Where(t => t is not null).Cast<INamedTypeSymbol>().ToImmutableArray();
            if (!attributes.IsEmpty)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, attributes), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        if (!root.ContainsDirectives)
        {
            return;
        }

        foreach (var pragma in root.DescendantTrivia(descendIntoTrivia: true).Select(t => t.GetStructure()).OfType<PragmaWarningDirectiveTriviaSyntax>())
        {
            if (!pragma.IsActive || !pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
            {
                continue;
            }

            var ids = pragma.ErrorCodes.Select(code => code.ToString().Trim()).ToList();
            var others = ids.Where(id => !OwnId.IsMatch(id)).ToList();
            if (ids.Count > 0 && others.Count == 0)
            {
                continue;
            }

            var what = ids.Count == 0 ? "every warning" : Describe(others);
            context.ReportDiagnostic(RiskDiagnostic.Create(Rule, pragma.GetLocation(), Snippet.Of(pragma, 80), what));
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, ImmutableArray<INamedTypeSymbol> suppressionAttributes)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor ||
            !suppressionAttributes.Contains(constructor.ContainingType, SymbolEqualityComparer.Default))
        {
            return;
        }

        var checkId = ArgumentValue(context.SemanticModel, attribute, constructor, "checkId") ?? string.Empty;
        if (OwnId.IsMatch(checkId.Trim()))
        {
            return;
        }

        var category = ArgumentValue(context.SemanticModel, attribute, constructor, "category");
        var what = checkId.Length == 0 ? "an unnamed check" : $"'{checkId}'" + (string.IsNullOrEmpty(category) ? string.Empty : $" ({category})");
        context.ReportDiagnostic(RiskDiagnostic.Create(Rule, attribute.GetLocation(), Snippet.Of(attribute, 80), what));
    }

    private static string? ArgumentValue(SemanticModel model, AttributeSyntax attribute, IMethodSymbol constructor, string parameterName)
    {
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.NameEquals is not null)
            {
                continue;
            }

            var parameter = argument.NameColon is { } nameColon
                ? nameColon.Name.Identifier.ValueText
                : i < constructor.Parameters.Length ? constructor.Parameters[i].Name : null;
            if (parameter == parameterName)
            {
                return model.GetConstantValue(argument.Expression).Value as string;
            }
        }

        return null;
    }

    private static string Describe(IReadOnlyList<string> ids) => ids.Count == 1 ? ids[0] : string.Join(", ", ids);
}
