using AutoMode.Analyzers;
using AutoMode.Analyzers.Rules.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Gate.Engine;

/// <summary>
/// Whether a changed file may receive AM2023 (a database migration applied at start-up), which the analyzers find only
/// at the end of a whole-project analysis: it is reported at a <c>Migrate</c>/<c>MigrateAsync</c> call, or at the call in
/// start-up code that leads to one. A file with neither (no "Migrate" in its text, no top-level statements, no
/// <c>Main</c>, no Program/Startup type, no hosted service, no host start-up extension) cannot get it, and the change
/// does not pay for that analysis. An over-approximation: a file that passes may still get nothing.
/// </summary>
internal static class StartupMigrations
{
    /// <summary>The analyzer whose whole-project pass only matters for AM2023.</summary>
    public static bool OnlyForStartupMigrations(DiagnosticAnalyzer analyzer)
        => analyzer.SupportedDiagnostics.Any(d => d.Id == RuleIdentifiers.MigrationsAppliedAtStartup);

    public static bool MayReportIn(SyntaxTree tree, Compilation compilation)
    {
        if (tree.GetText().ToString().Contains("Migrate", StringComparison.Ordinal))
        {
            return true;
        }

        SemanticModel? model = null;
        foreach (var node in tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            switch (node)
            {
                case GlobalStatementSyntax:
                    return true;
                case TypeDeclarationSyntax { Identifier.ValueText: "Program" or "Startup" }:
                    return true;
                case MethodDeclarationSyntax method when method.Identifier.ValueText == "Main" ||
                                                          method.ParameterList.Parameters.Any(p => p.Type is not null && DatabaseLifecycleAnalyzer.StartupParameterTypes.Contains(LastName(p.Type))):
                    return true;
                case ClassDeclarationSyntax { BaseList: not null } type:
                    model ??= compilation.GetSemanticModel(tree);
                    if (model.GetDeclaredSymbol(type) is { } symbol && symbol.AllInterfaces.Any(i => i.Name == "IHostedService"))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static string LastName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        NullableTypeSyntax nullable => LastName(nullable.ElementType),
        _ => type.ToString(),
    };
}
