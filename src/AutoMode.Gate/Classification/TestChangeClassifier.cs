using System.Text.RegularExpressions;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Tests are the safety net of every other auto-approved change, so weakening them needs a person (AMG701, Medium):
/// a test file deleted, a test skipped or ignored, an assertion that an exception is thrown inverted into one that
/// none is or removed (on syntax, <see cref="ExpectedExceptionAssertions"/>), or assertions removed from a test file.
/// Adding and changing tests is not reported. A file is a test file by its path (a folder or project named *Test*/*Tests*/*Spec*, or a name
/// ending in Tests.cs/Test.cs/Spec.cs).
/// </summary>
public static partial class TestChangeClassifier
{
    public static IEnumerable<Finding> Classify(ChangedFile file, LineChanges lines)
    {
        if (!IsTestFile(file.OldPath ?? file.Path) && !IsTestFile(file.Path))
        {
            yield break;
        }

        if (file.Kind == ChangeKind.Deleted)
        {
            yield return GateRules.TestWeakened.At(file, 0, $"{file.Path}, a test file, is deleted: what it checked is no longer checked.");
            yield break;
        }

        var text = (file.NewText ?? string.Empty).Split('\n');
        foreach (var number in lines.AddedLines.OrderBy(l => l))
        {
            if (number >= 1 && number <= text.Length && SkipMarker().IsMatch(text[number - 1]))
            {
                yield return GateRules.TestWeakened.At(file, number, $"Line {number} skips or ignores a test: a failing test is silenced instead of fixed.");
                yield break;
            }
        }

        if (ExpectedExceptionWeakened(file) is { } weakened)
        {
            yield return weakened;
            yield break;
        }

        var removedAsserts = lines.RemovedLines.Count(l => Assertion().IsMatch(l));
        var addedAsserts = lines.AddedLines.Count(n => n >= 1 && n <= text.Length && Assertion().IsMatch(text[n - 1]));
        if (removedAsserts > addedAsserts)
        {
            var at = lines.RemovalPoints.DefaultIfEmpty(0).First();
            yield return GateRules.TestWeakened.At(file, at, $"{removedAsserts - addedAsserts} assertion(s) removed from a test file: the tests check less than before.");
        }
    }

    /// <summary>
    /// An assertion that an exception is thrown, replaced by one that none is (the expectation inverted: in a test
    /// that was there before, fewer expect-exception and more no-throw assertions) or removed (fewer in the file).
    /// A test that was not there before, asserting <c>Throws.Nothing</c>, is an addition and not reported.
    /// </summary>
    private static Finding? ExpectedExceptionWeakened(ChangedFile file)
    {
        if (file.OldText is null || file.NewText is null)
        {
            return null;
        }

        var before = ExpectedExceptionAssertions.Collect(file.OldText);
        if (before.Values.Sum(c => c.Expects) == 0)
        {
            return null;
        }

        var after = ExpectedExceptionAssertions.Collect(file.NewText);
        foreach (var (key, now) in after.OrderBy(p => p.Value.Line))
        {
            if (before.TryGetValue(key, out var old) && now.Expects < old.Expects && now.NoThrow > old.NoThrow)
            {
                return GateRules.TestWeakened.At(file, now.Line, $"{now.Name} asserted that an exception is thrown and now asserts that none is: the test no longer checks the failure it was written for.");
            }
        }

        var removed = before.Values.Sum(c => c.Expects) - after.Values.Sum(c => c.Expects);
        if (removed > 0)
        {
            var at = after.Where(p => before.TryGetValue(p.Key, out var old) && p.Value.Expects < old.Expects).Select(p => p.Value.Line).DefaultIfEmpty(0).Min();
            return GateRules.TestWeakened.At(file, at, $"{removed} assertion(s) that an exception is thrown removed from a test file: the failures they checked are no longer checked.");
        }

        return null;
    }

    public static bool IsTestFile(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        var name = parts[^1];
        return name.EndsWith("Tests.cs", StringComparison.Ordinal) || name.EndsWith("Test.cs", StringComparison.Ordinal) || name.EndsWith("Spec.cs", StringComparison.Ordinal) ||
               parts[..^1].Any(p => p.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || p.EndsWith("Test", StringComparison.OrdinalIgnoreCase) ||
                                    p.Equals("test", StringComparison.OrdinalIgnoreCase) || p.EndsWith("Specs", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\[\s*(Ignore|Explicit)\b|\bSkip\s*=|Assert\.Ignore\s*\(|Assert\.Inconclusive\s*\(|Skip\.If|\[\s*Fact\s*\(\s*Skip|\[\s*Theory\s*\(\s*Skip")]
    private static partial Regex SkipMarker();

    [GeneratedRegex(@"\bAssert\.|\bAssume\.|\.Should\(\)|\bExpect\(|\bVerify\(")]
    private static partial Regex Assertion();
}
