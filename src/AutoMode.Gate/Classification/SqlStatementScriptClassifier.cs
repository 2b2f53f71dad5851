using AutoMode.Analyzers.Sql;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Classifies a changed <c>.sql</c> file with the migrations family's SQL statement classifier (the one the raw-SQL
/// rules use): the statements the change adds decide, the worst one named. A change that only removes lines is
/// Medium: a script that may already have run elsewhere was edited.
/// </summary>
public sealed class SqlStatementScriptClassifier : ISqlScriptClassifier
{
    public IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines)
    {
        if (file.Kind == ChangeKind.Deleted || file.NewText is null)
        {
            yield return GateRules.SqlScript.At(file, 0, "SQL script deleted: if it already ran somewhere, the history it recorded is gone from the repository.", risk: RiskLevel.Medium);
            yield break;
        }

        var newLines = file.NewText.Split('\n');
        var added = lines.WholeFile
            ? file.NewText
            : string.Join("\n", lines.AddedLines.OrderBy(l => l).Where(l => l >= 1 && l <= newLines.Length).Select(l => newLines[l - 1]));
        var firstLine = lines.WholeFile ? 1 : lines.AddedLines.DefaultIfEmpty(0).Min();
        if (added.Trim().Length == 0)
        {
            yield return GateRules.SqlScript.At(file, firstLine, "SQL script edited (lines removed): review whether it already ran somewhere.", risk: RiskLevel.Medium);
            yield break;
        }

        var classification = SqlClassifier.Classify(added);
        if (classification.Worst is not { } worst)
        {
            yield return GateRules.SqlScript.At(file, firstLine, "SQL script edited (comments or whitespace only).", risk: RiskLevel.Low);
            yield break;
        }

        var text = worst.Text.Length > 80 ? worst.Text.Substring(0, 77) + "..." : worst.Text;
        yield return GateRules.SqlScript.At(file, firstLine, $"SQL script: '{text}' — {worst.Consequence}. {worst.Alternative}", risk: worst.Risk);
    }
}
