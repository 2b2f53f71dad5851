using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// AMG502: a CI/CD or infrastructure file changed only in comments, blank lines or CI display names is Low.
/// AMG812: configuration that does not reach production (development-only settings, .env templates) is Low.
/// </summary>
public class CosmeticAndLocalConfigUnitTests
{
    private const string Workflow = """
        name: ci
        on: [push]
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: dotnet build -c Release
              - uses: actions/upload-artifact@v4
                with:
                  name: packages
                  path: artifacts/
        """;

    private static bool Cosmetic(string after, string path = ".github/workflows/ci.yml", string before = Workflow)
        => InfrastructureCosmetics.IsCosmetic(path, before, after);

    [Test]
    public void StepNamesCommentsAndBlankLines_AreCosmetic()
        => Assert.That(Cosmetic(Workflow
            .Replace("      - run: dotnet build -c Release", "      # Build once.\n      - name: Build\n        run: dotnet build -c Release   # Release only\n")
            .Replace("name: ci", "name: Continuous integration")), Is.True);

    [TestCase("      - run: dotnet build -c Release", "      - run: dotnet build -c Debug", TestName = "a command changed")]
    [TestCase("          name: packages", "          name: release-packages", TestName = "an action input called name")]
    [TestCase("      - run: dotnet build -c Release", "      - run: dotnet build -c Release\n        if: github.ref == 'refs/heads/main'", TestName = "a condition added")]
    [TestCase("      - run: dotnet build -c Release", "      - run: echo \"# not a comment\"", TestName = "a hash inside quotes")]
    [TestCase("    runs-on: ubuntu-latest", "    runs-on: windows-latest", TestName = "the runner changed")]
    public void WhatRunsChanged_IsNotCosmetic(string from, string to)
        => Assert.That(Cosmetic(Workflow.Replace(from, to)), Is.False);

    [Test]
    public void KubernetesMetadataName_IsContent()
    {
        const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n";
        Assert.That(Cosmetic(Deployment.Replace("name: web", "name: web-v2"), "deploy/k8s/web.yaml", Deployment), Is.False);
        Assert.That(Cosmetic("# the web tier\n" + Deployment, "deploy/k8s/web.yaml", Deployment), Is.True);
    }

    [Test]
    public void Dockerfile_FullLineCommentsOnly()
    {
        const string Dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY out/ /app\nENTRYPOINT [\"dotnet\", \"/app/Shop.dll\"]\n";
        Assert.That(Cosmetic("# runtime image\n" + Dockerfile, "Dockerfile", Dockerfile), Is.True);
        Assert.That(Cosmetic(Dockerfile.Replace("aspnet:10.0", "aspnet:10.0-alpine"), "Dockerfile", Dockerfile), Is.False);
        Assert.That(Cosmetic("# syntax=docker/dockerfile:1.7\n" + Dockerfile, "Dockerfile", Dockerfile), Is.False);
    }

    [Test]
    public void NewOrDeletedFiles_AreNeverCosmetic()
        => Assert.That(InfrastructureCosmetics.IsCosmetic(".github/workflows/ci.yml", null, Workflow), Is.False);

    private static IReadOnlyList<Finding> Config(string path, string before, string after)
        => ConfigurationClassifier.Classify(new ChangedFile(path, ChangeKind.Modified, null, before, after, false), LineChanges.Compute(before, after)).ToList();

    [TestCase("appsettings.Development.json")]
    [TestCase("src/Api/Properties/launchSettings.json")]
    [TestCase("appsettings.Local.json")]
    public void DevelopmentOnlySettings_AreLow(string path)
        => Assert.That(Config(path, "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } } }").Select(f => f.RuleId), Is.EqualTo(new[] { "AMG812" }));

    [Test]
    public void EnvTemplate_WithPlaceholders_IsLow()
        => Assert.That(Config(".env.example", "STRIPE_CURRENCY=usd\n", "STRIPE_API_KEY=<your-stripe-secret-key>\nSTRIPE_CURRENCY=eur\n").Select(f => f.RuleId), Is.EqualTo(new[] { "AMG812" }));

    [Test]
    public void ProductionSettings_StayMedium_AndSecretsStayCritical()
    {
        Assert.That(Config("appsettings.json", "{}", "{ \"FeatureX\": true }").Select(f => f.RuleId), Is.EqualTo(new[] { "AMG811" }));
        Assert.That(Config(".env", "A=1\n", "A=2\n").Select(f => f.RuleId), Is.EqualTo(new[] { "AMG811" }));
        Assert.That(Config("appsettings.Development.json", "{}", "{ \"Stripe\": { \"ApiKey\": \"" + "sk_" + "live_51HxQq2LkdIwHu7ixlQ8fRt0y1J2k3L4m5N6o7P8q9R" + "\" } }").Select(f => f.RuleId), Is.EqualTo(new[] { "AMG301" }));
    }
}
