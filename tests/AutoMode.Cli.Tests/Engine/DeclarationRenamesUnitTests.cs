using AutoMode.Gate.Engine;
using AutoMode.Gate.Git;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// When the gate needs the whole-project analysis behind AM4009/AM4010 (serialized or persisted names): only for a
/// change that may rename a declaration. A body edit or a new member skips it (bench-hook: 3.4 s warm → 0.2 s).
/// </summary>
public class DeclarationRenamesUnitTests
{
    private const string Before = """
        public enum OrderStatus { Pending, Shipped }

        public class Order
        {
            public int Total { get; set; }

            public int Twice() => Total * 2;
        }
        """;

    private static bool MayRename(string after)
        => DeclarationRenames.MayRename(CSharpSyntaxTree.ParseText(after), LineChanges.Compute(Before, after));

    [TestCase("public int Amount { get; set; }", TestName = "property renamed")]
    [TestCase("public int Twice() => Total * 3;", "public int Double() => Total * 2;", TestName = "method renamed")]
    public void RenamingADeclaration_MayRename(string replacement, string? second = null)
    {
        var after = second is null
            ? Before.Replace("public int Total { get; set; }", replacement).Replace("Total * 2", "Amount * 2")
            : Before.Replace("public int Twice() => Total * 2;", second);
        Assert.That(MayRename(after), Is.True);
    }

    [Test]
    public void RenamingAnEnumMember_MayRename()
        => Assert.That(MayRename(Before.Replace("Pending, Shipped", "Pending, Dispatched")), Is.True);

    [Test]
    public void EditingABody_DoesNot()
        => Assert.That(MayRename(Before.Replace("Total * 2", "Total + Total")), Is.False);

    [Test]
    public void RetypingAMember_KeepsItsName_DoesNot()
        => Assert.That(MayRename(Before.Replace("public int Total", "public long Total")), Is.False);

    [Test]
    public void AddingAMember_DoesNot()
        => Assert.That(MayRename(Before.Replace("    public int Twice()", "    public int Thrice() => Total * 3;\n\n    public int Twice()")), Is.False);

    [Test]
    public void NewFile_DoesNot()
        => Assert.That(DeclarationRenames.MayRename(CSharpSyntaxTree.ParseText(Before), LineChanges.Compute(null, Before)), Is.False);
}
