using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>Classifies a changed <c>.sql</c> file (by default <see cref="SqlStatementScriptClassifier"/>, the migrations family's SQL classifier).</summary>
public interface ISqlScriptClassifier
{
    IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines);
}
