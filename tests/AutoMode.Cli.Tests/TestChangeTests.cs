using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>AMG701: weakening tests needs a person; adding or extending them does not.</summary>
public class TestChangeTests
{
    private const string Tests = """
        using NUnit.Framework;

        namespace Shop.Tests;

        public class CartTests
        {
            [Test]
            public void TotalAddsUp()
            {
                Assert.That(1 + 1, Is.EqualTo(2));
                Assert.That(2 + 2, Is.EqualTo(4));
            }
        }
        """;

    private static TempRepository Repository() => new TempRepository().Write("tests/Shop.Tests/CartTests.cs", Tests).Commit();

    [Test]
    public void DeletingATestFileAsks()
    {
        using var repo = Repository();
        File.Delete(repo.PathOf("tests/Shop.Tests/CartTests.cs"));

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG701"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void IgnoringATestAsks()
    {
        using var repo = Repository();
        repo.Replace("tests/Shop.Tests/CartTests.cs", "    [Test]\n", "    [Test]\n    [Ignore(\"flaky on CI\")]\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG701"), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("medium"));
    }

    [Test]
    public void RemovingAnAssertionAsks()
    {
        using var repo = Repository();
        repo.Replace("tests/Shop.Tests/CartTests.cs", "        Assert.That(2 + 2, Is.EqualTo(4));\n", string.Empty);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG701"), json.ToString());
    }

    [Test]
    public void InvertingAnExpectedExceptionAsks()
    {
        using var repo = new TempRepository().Write("tests/Shop.Tests/CartTests.cs", Tests.Replace("Assert.That(2 + 2, Is.EqualTo(4));", "Assert.Throws<InvalidOperationException>(() => new Cart().Checkout());", StringComparison.Ordinal)).Commit();
        repo.Replace("tests/Shop.Tests/CartTests.cs", "Assert.Throws<InvalidOperationException>(() => new Cart().Checkout());", "Assert.That(() => new Cart().Checkout(), Throws.Nothing);");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG701"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void AddingATestIsAllowed()
    {
        using var repo = Repository();
        repo.Replace("tests/Shop.Tests/CartTests.cs", "    }\n}", "    }\n\n    [Test]\n    public void EmptyCartIsZero() => Assert.That(0, Is.Zero);\n}");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AMG701"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("allow"));
    }
}
