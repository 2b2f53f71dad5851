using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Analyzers.Tests.Accepted;

/// <summary>
/// The fingerprint of flagged code survives re-indentation: a multi-line raw string's indentation is set by its closing
/// quotes and is not part of its value (eShop's migrations run their SQL from such strings).
/// </summary>
public class RiskFingerprintTests
{
    private const string FourSpaces = "class M\n{\n    void Up(Db db)\n    {\n        db.Sql(\"\"\"\n            UPDATE orders SET status = 1\n            WHERE id = 2;\n            \"\"\");\n        db.Sql($$\"\"\"\n            DELETE FROM {{Table}}\n            \"\"\");\n    }\n}\n";

    [TestCase(0)]
    [TestCase(1)]
    public void ARawStringReIndented_KeepsItsFingerprint(int call)
    {
        var reIndented = string.Join("\n", FourSpaces.Split('\n').Select(l => new string(' ', (l.Length - l.TrimStart(' ').Length) / 2) + l.TrimStart(' ')));

        var before = FingerprintOfArgument(FourSpaces, call);
        var after = FingerprintOfArgument(reIndented, call);

        Assert.That(reIndented, Does.Contain("\n  void Up"), "the test re-indents");
        Assert.That((after.Member, after.Hash, after.Occurrence), Is.EqualTo((before.Member, before.Hash, before.Occurrence)));
    }

    [Test]
    public void ARawStringWhoseTextChanged_HasAnotherFingerprint()
    {
        var changed = FourSpaces.Replace("status = 1", "status = 3");

        Assert.That(FingerprintOfArgument(changed, 0).Hash, Is.Not.EqualTo(FingerprintOfArgument(FourSpaces, 0).Hash));
    }

    private static RiskFingerprint FingerprintOfArgument(string source, int call)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "/repo/M.cs");
        var argument = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().ElementAt(call).ArgumentList.Arguments[0];
        return RiskFingerprint.Of(argument.GetLocation()) ?? throw new AssertionException("no fingerprint");
    }
}
