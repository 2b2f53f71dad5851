using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>Classifies a changed <c>.sql</c> file (the migrations family's SQL classifier plugs in here).</summary>
public interface ISqlScriptClassifier
{
    IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines);
}

/// <summary>Without a SQL classifier every SQL script change is High: a person reviews it.</summary>
public sealed class ReviewEverySqlScript : ISqlScriptClassifier
{
    public IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines)
    {
        yield return GateRules.SqlScript.At(file, 0, "SQL script: review. A script can change or drop data, and the gate does not classify its statements.");
    }
}
