using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4006: the null-forgiving <c>!</c> on anything but a literal (<c>null!</c> and <c>default!</c> are the idiom for
/// late-initialized members), where nullable warnings are on. AM4007: <c>#nullable disable</c> (all, warnings or
/// annotations) that turns off what the project enables. <c>#nullable restore</c> and <c>enable</c> turn nothing off
/// in a nullable-enabled project and are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NullabilityEscapeAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor NullForgivingRule = DescriptorFactory.Create(
        RuleIdentifiers.NullForgiving,
        "Null-forgiving operator",
        "'{0}!' asserts without a check that '{0}' is never null; if a refactor makes it nullable this still compiles and throws NullReferenceException at run time. Check for null, or make the source non-nullable.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "The null-forgiving operator silences the compiler's nullable analysis for one expression: the compiler can no longer warn when a later change lets null through.");

    internal static readonly DiagnosticDescriptor NullableDisabledRule = DescriptorFactory.Create(
        RuleIdentifiers.NullableDisabled,
        "Nullable checking turned off in a nullable-enabled project",
        "'{0}' turns off nullable {1} for the code that follows, in a project that enables them; a refactor that lets null in there compiles without a warning. Annotate the code instead, or keep the region as small as possible.",
        RuleCategory.TypedRefactor,
        RiskLevel.Medium,
        "A #nullable disable directive removes the compiler's null-safety checks from part of a file while the rest of the project relies on them.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(NullForgivingRule, NullableDisabledRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterSyntaxNodeAction(AnalyzeSuppression, SyntaxKind.SuppressNullableWarningExpression);
        context.RegisterCompilationStartAction(start =>
        {
            var project = (start.Compilation.Options as CSharpCompilationOptions)?.NullableContextOptions ?? NullableContextOptions.Disable;
            if (project != NullableContextOptions.Disable)
            {
                start.RegisterSyntaxTreeAction(c => AnalyzeDirectives(c, project));
            }
        });
    }

    private static void AnalyzeSuppression(SyntaxNodeAnalysisContext context)
    {
        var operand = ((PostfixUnaryExpressionSyntax)context.Node).Operand;
        while (operand is ParenthesizedExpressionSyntax parenthesized)
        {
            operand = parenthesized.Expression;
        }

        if (operand is LiteralExpressionSyntax or DefaultExpressionSyntax ||
            !context.SemanticModel.GetNullableContext(context.Node.SpanStart).WarningsEnabled())
        {
            return;
        }

        context.ReportDiagnostic(RiskDiagnostic.Create(NullForgivingRule, context.Node.GetLocation(), Snippet.Of(operand, 50)));
    }

    private static void AnalyzeDirectives(SyntaxTreeAnalysisContext context, NullableContextOptions project)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        if (!root.ContainsDirectives)
        {
            return;
        }

        var scaffolded = IsScaffoldedByEfCore(root);
        foreach (var directive in SyntaxDirectives.Of<NullableDirectiveTriviaSyntax>(root))
        {

            // `dotnet ef migrations add` writes '#nullable disable' at the top of every migration and model snapshot.
            if (scaffolded && directive.SpanStart < FirstTypeStart(root))
            {
                continue;
            }

            if (!directive.IsActive || !directive.SettingToken.IsKind(SyntaxKind.DisableKeyword))
            {
                continue;
            }

            var warnings = !directive.TargetToken.IsKind(SyntaxKind.AnnotationsKeyword) && project.WarningsEnabled();
            var annotations = !directive.TargetToken.IsKind(SyntaxKind.WarningsKeyword) && project.AnnotationsEnabled();
            if (warnings || annotations)
            {
                var what = warnings && annotations ? "warnings and annotations" : warnings ? "warnings" : "annotations";
                context.ReportDiagnostic(RiskDiagnostic.Create(NullableDisabledRule, directive.GetLocation(), directive.ToString().Trim(), what));
            }
        }
    }

    /// <summary>A file as EF Core's tooling writes it: it uses the migrations or infrastructure namespace and declares a
    /// class deriving from Migration or ModelSnapshot (by syntax: this runs on every file of a project).</summary>
    private static bool IsScaffoldedByEfCore(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit ||
            !unit.Usings.Any(u => u.Name?.ToString() is "Microsoft.EntityFrameworkCore.Migrations" or "Microsoft.EntityFrameworkCore.Infrastructure"))
        {
            return false;
        }

        return unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<ClassDeclarationSyntax>()
            .Any(c => c.BaseList?.Types.FirstOrDefault()?.Type is SimpleNameSyntax { Identifier.ValueText: "Migration" or "ModelSnapshot" } or
                QualifiedNameSyntax { Right.Identifier.ValueText: "Migration" or "ModelSnapshot" });
    }

    private static int FirstTypeStart(SyntaxNode root)
        => root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.SpanStart ?? int.MaxValue;
}
