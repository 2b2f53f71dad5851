using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Analyzers.Rules.Accepted;

/// <summary>
/// AM9201: an entry of the accepted-risks file (<c>AutoMode.Accepted.json</c>) whose code is gone — its member is no
/// longer in the file, or the flagged code no longer in the member — so the file can shrink (<c>automode accept
/// --prune</c>). Only entries for files of this compilation are judged. AM9202: the file, or an entry, cannot be read;
/// what it cannot read accepts nothing. The acceptance itself is applied where every finding is created
/// (<see cref="AcceptedRisks"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcceptedRisksAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor StaleRule = DescriptorFactory.Create(
        RuleIdentifiers.StaleAcceptedRisk,
        "Accepted risk matches no code",
        "{0} line {1} accepts {2} in {3} ({4}), but {5}; the entry accepts nothing. Remove it: automode accept --prune.",
        RuleCategory.Policy,
        RiskLevel.Medium,
        "An accepted risk is identified by its member and a hash of the flagged code. When that code is changed or removed the entry matches nothing: the finding, if it is still there, is reported at its real level again, and the stale entry only makes the file longer.",
        reportedAtCompilationEnd: true);

    internal static readonly DiagnosticDescriptor UnreadableRule = DescriptorFactory.Create(
        RuleIdentifiers.UnreadableAcceptedRisks,
        "Accepted-risks file cannot be read",
        "{0} line {1}: {2}; what cannot be read accepts nothing, so those findings are reported at their level",
        RuleCategory.Policy,
        RiskLevel.High,
        "The accepted-risks file is JSON written by automode accept. An entry or a file that cannot be read accepts nothing: the findings it meant to accept come back at their real level.",
        reportedAtCompilationEnd: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(StaleRule, UnreadableRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(end =>
        {
            if (AcceptedRisks.Attach(end.Compilation, end.Options, end.CancellationToken) is { } scope)
            {
                Report(end, scope);
            }
        });
    }

    private static void Report(CompilationAnalysisContext context, AcceptedRiskScope scope)
    {
        var name = scope.Path.Substring(scope.Path.Replace('\\', '/').LastIndexOf('/') + 1);
        foreach (var (line, problem) in scope.Problems)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(UnreadableRule, At(scope, line), name, line, problem));
        }

        var trees = new Dictionary<string, SyntaxTree>(System.StringComparer.Ordinal);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (scope.RelativePath(tree.FilePath) is { } relative)
            {
                trees[relative] = tree;
            }
        }

        foreach (var entry in scope.Entries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!trees.TryGetValue(entry.File, out var tree) || scope.WasMatched(entry) ||
                RiskFingerprint.IsPresent(tree, entry.Member, entry.Hash, entry.Occurrence))
            {
                continue;
            }

            var member = entry.Member.Length == 0 ? "the top level" : entry.Member;
            var why = entry.Member.Length == 0 || RiskFingerprint.HasMember(tree, entry.Member)
                ? "that code is no longer there"
                : "the file has no " + member;
            context.ReportDiagnostic(RiskDiagnostic.Create(StaleRule, At(scope, entry.Line), name, entry.Line, entry.Rule, entry.File, member, why));
        }
    }

    private static Location At(AcceptedRiskScope scope, int line)
    {
        var index = System.Math.Max(0, System.Math.Min(line - 1, scope.Text.Lines.Count - 1));
        var text = scope.Text.Lines[index];
        var lineSpan = new LinePositionSpan(new LinePosition(index, 0), new LinePosition(index, text.Span.Length));
        return Location.Create(scope.Path, text.Span, lineSpan);
    }
}
