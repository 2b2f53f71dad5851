using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>AMG701 for an expected-exception assertion inverted (now expects none) or removed; rewrites in another style are not.</summary>
public class ExpectedExceptionUnitTests
{
    private static List<Finding> Classify(string before, string after, string path = "tests/Shop.Tests/LedgerTests.cs")
    {
        var file = new ChangedFile(path, ChangeKind.Modified, null, before, after, false);
        return TestChangeClassifier.Classify(file, LineChanges.Compute(before, after)).ToList();
    }

    private static string Test(string body, string attributes = "[Test]") => $$"""
        using System;
        using NUnit.Framework;

        namespace Shop.Tests;

        public class LedgerTests
        {
            {{attributes}}
            public void Ship_more_than_on_hand_throws()
            {
                var ledger = new Ledger();
                {{body}}
            }
        }
        """;

    [TestCase("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));", "Assert.That(() => ledger.Ship(2), Throws.Nothing);", TestName = "NUnit Assert.Throws to Throws.Nothing")]
    [TestCase("Assert.That(() => ledger.Ship(3), Throws.TypeOf<InvalidOperationException>());", "Assert.DoesNotThrow(() => ledger.Ship(3));", TestName = "NUnit Throws.TypeOf to Assert.DoesNotThrow")]
    [TestCase("Assert.That(() => ledger.Ship(3), Throws.Exception.With.Message.Contains(\"stock\"));", "Assert.That(() => ledger.Ship(3), NUnit.Framework.Throws.Nothing);", TestName = "NUnit Throws.Exception to a qualified Throws.Nothing")]
    [TestCase("Assert.Catch(() => ledger.Ship(3));", "Assert.That(ledger.Ship(3), Is.True);", TestName = "NUnit Assert.Catch replaced by a value assertion")]
    [TestCase("await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.ShipAsync(3));", "await ledger.ShipAsync(3);", TestName = "xUnit/NUnit ThrowsAsync removed")]
    [TestCase("ledger.Invoking(l => l.Ship(3)).Should().Throw<InvalidOperationException>();", "ledger.Invoking(l => l.Ship(3)).Should().NotThrow();", TestName = "FluentAssertions Throw to NotThrow")]
    [TestCase("Should.Throw<InvalidOperationException>(() => ledger.Ship(3));", "Should.NotThrow(() => ledger.Ship(3));", TestName = "Shouldly Throw to NotThrow")]
    public void ExpectedExceptionInvertedOrRemovedIsMedium(string before, string after)
    {
        var findings = Classify(Test(before), Test(after));

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG701" }), string.Join("\n", findings.Select(f => f.Message)));
        Assert.That(findings[0].Risk, Is.EqualTo(RiskLevel.Medium));
    }

    [Test]
    public void ExpectedExceptionAttributeRemovedIsMedium()
    {
        var findings = Classify(Test("ledger.Ship(3);", "[TestMethod]\n    [ExpectedException(typeof(InvalidOperationException))]"), Test("ledger.Ship(3);", "[TestMethod]"));

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG701" }));
    }

    [TestCase("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));", "Assert.That(() => ledger.Ship(3), Throws.InvalidOperationException);", TestName = "classic to constraint style")]
    [TestCase("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));", "Assert.Throws<InvalidOperationException>(() => ledger.Ship(4));", TestName = "arguments changed")]
    [TestCase("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));", "var ex = Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));\n        Assert.That(ex!.Message, Does.Contain(\"stock\"));", TestName = "assertion strengthened")]
    [TestCase("Assert.That(ledger.OnHand, Is.Zero);", "Assert.That(() => ledger.Ship(0), Throws.Nothing);", TestName = "a no-throw assertion added where none expected an exception")]
    [TestCase("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));", "Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));\n        Assert.That(() => ledger.Ship(1), Throws.Nothing);", TestName = "a no-throw assertion added next to the expected exception")]
    [TestCase("Helpers.Throws(() => ledger.Ship(3));", "Assert.That(() => ledger.Ship(3), Throws.Nothing);", TestName = "a helper of the test's own named Throws")]
    [TestCase("// Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));", "Assert.That(() => ledger.Ship(3), Throws.Nothing);", TestName = "an assertion in a comment")]
    public void RewritesAndAdditionsAreNotReported(string before, string after)
    {
        var findings = Classify(Test(before), Test(after));

        Assert.That(findings, Is.Empty, string.Join("\n", findings.Select(f => f.Message)));
    }

    [Test]
    public void ANewTestAssertingNothingIsThrownIsNotReported()
    {
        var before = Test("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));");
        var after = before.Replace("    }\n}", "    }\n\n    [Test]\n    public void Ship_what_is_on_hand() => Assert.That(() => new Ledger().Ship(0), Throws.Nothing);\n}", StringComparison.Ordinal);

        Assert.That(Classify(before, after), Is.Empty);
    }

    [Test]
    public void ATestRenamedKeepsItsExpectation()
    {
        var before = Test("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));");

        Assert.That(Classify(before, before.Replace("Ship_more_than_on_hand_throws", "Ship_should_reject_more_than_on_hand", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void OutsideTestFilesNothingIsReported() =>
        Assert.That(Classify(Test("Assert.Throws<InvalidOperationException>(() => ledger.Ship(3));"), Test("Assert.That(() => ledger.Ship(2), Throws.Nothing);"), "src/Shop/Ledger.cs"), Is.Empty);
}
