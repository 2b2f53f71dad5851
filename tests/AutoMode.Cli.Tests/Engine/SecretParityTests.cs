using System.Collections.Immutable;
using System.Text.Json;
using AutoMode.Analyzers.Rules.Secrets;
using AutoMode.Gate.Classification;
using AutoMode.Gate.Config;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// One secret detector for both sides: the same value under the same name is a secret in C# (AM3001–AM3004, through
/// the analyzers' SecretsAnalyzer) exactly when it is one in appsettings.json (AMG301, through the gate's
/// configuration classifier), with and without the <c>automode.secrets.*</c> options of the same <c>.editorconfig</c>.
/// </summary>
public class SecretParityTests
{
    private const string PemBody =
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ";

    [TestCase("AwsAccessKeyId", "AKIAIOSFODNN7EXAMPLE", false, TestName = "AWS's documented example key: silent in both")]
    [TestCase("AwsAccessKeyId", "AKIA4HZQ7N2XKD5VWP3R", true, TestName = "a real-shaped AWS access key id: Critical in both")]
    [TestCase("SigningKey", "-----BEGIN PRIVATE KEY-----", false, TestName = "a bare PEM header without a key: silent in both")]
    [TestCase("SigningKey", "-----BEGIN PRIVATE KEY-----\n" + PemBody + "\n-----END PRIVATE KEY-----", true, TestName = "a PEM private key with its body: Critical in both")]
    [TestCase("Stripe", "sk_test_51Hx8kQ2eZvKYlo2C9fTqLm3n", false, TestName = "a Stripe test key under a name that does not say secret: silent in both")]
    [TestCase("StripeApiKey", "sk_test_51Hx8kQ2eZvKYlo2C9fTqLm3n", true, TestName = "a Stripe test key under a secret name: Critical in both")]
    [TestCase("StripeApiKey", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", false, TestName = "Stripe's documented test key: silent in both")]
    [TestCase("Stripe", "sk_live_51Nq3xKJ8v2WcT9yQpL4mZ7rB0sD6fH1gJ3kL5nP8qR2tV4w", true, TestName = "a Stripe live key under any name: Critical in both")]
    [TestCase("Orders", "Server=db;Database=orders;User ID=app;Password=Vq7#pR2m!xL9zT4w;", true, TestName = "a connection string with a password: Critical in both")]
    [TestCase("Password", "correct-horse-battery", false, TestName = "a kebab-case phrase under Password: the same verdict in both")]
    [TestCase("Password", "${DB_PASSWORD}", false, TestName = "a placeholder: silent in both")]
    [TestCase("TokenLifetime", "00:30:00", false, TestName = "a setting about a secret: silent in both")]
    public void SameVerdictInCSharpAndInAppsettings(string name, string value, bool secret)
        => AssertVerdictInBoth(name, value, secret, Config(null));

    [TestCase("AwsAccessKeyId", "AKIA4HZQ7N2XKD5VWP3R", "automode.secrets.allowed_values = AKIA4HZQ7N2XKD5VWP3R", false,
        TestName = "allowed_values: an allowlisted AWS key is silent in both")]
    [TestCase("Password", "dev-Vq7#pR2m!xL9zT4w", "automode.secrets.allowed_patterns = ^dev-", false,
        TestName = "allowed_patterns: a password matching the pattern is silent in both")]
    [TestCase("AdminPin", "Vq7pR2mxL9zT4wKd", "automode.secrets.extra_words = pin", true,
        TestName = "extra_words: a value under a name with the extra word is Critical in both")]
    [TestCase("Endpoint", "acme_9f3k2m7q1z8x4c6v0b5n2l7p", "automode.secrets.extra_formats = acme_[a-z0-9]{24}", true,
        TestName = "extra_formats: a value of the extra format is Critical in both")]
    [TestCase("ApiKey", "q8Zr2mXv7LpT4nWc", "automode.secrets.entropy_threshold = 4.5", false,
        TestName = "entropy_threshold: a secret-named value below the raised threshold is silent in both")]
    public void SameVerdictUnderTheSameOptions(string name, string value, string option, bool secret)
    {
        // The option decides: without it the verdict is the other one, in both.
        AssertVerdictInBoth(name, value, !secret, Config(null));
        AssertVerdictInBoth(name, value, secret, Config(option));
    }

    [Test]
    public void OptionsInASectionForCSharpFilesOnly_DoNotApplyToAppsettings()
    {
        var config = Config("automode.secrets.allowed_values = AKIA4HZQ7N2XKD5VWP3R", section: "*.cs");

        Assert.That(SecretFindingsInCSharp("AwsAccessKeyId", "AKIA4HZQ7N2XKD5VWP3R", config), Is.Empty);
        Assert.That(SecretInAppsettings("AwsAccessKeyId", "AKIA4HZQ7N2XKD5VWP3R", config), Is.Not.Null);
    }

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "automode-secret-parity");

    /// <summary>One in-memory .editorconfig for both sides: <c>[section]</c> with the option, or nothing.</summary>
    private static ConfigSet Config(string? option, string section = "*")
        => ConfigSet.Load(Array.Empty<string>(), new[] { (Path.Combine(Folder, ".editorconfig"), $"root = true\n\n[{section}]\n{option}\n") });

    private static void AssertVerdictInBoth(string name, string value, bool secret, ConfigSet config)
    {
        var inCSharp = SecretFindingsInCSharp(name, value, config).ToList();
        var inAppsettings = SecretInAppsettings(name, value, config);

        Assert.That(inCSharp.Any(), Is.EqualTo(secret), "C#: " + string.Join("; ", inCSharp));
        Assert.That(inAppsettings is not null, Is.EqualTo(secret), "appsettings.json: " + inAppsettings);
    }

    private static string? SecretInAppsettings(string name, string value, ConfigSet config)
    {
        var json = $"{{\n  \"Settings\": {{\n    {JsonSerializer.Serialize(name)}: {JsonSerializer.Serialize(value)}\n  }}\n}}\n";
        var lines = json.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(JsonSerializer.Serialize(name), StringComparison.Ordinal));
        var path = Path.Combine(Folder, "appsettings.json");
        return ConfigurationSecrets.Find(lines, line, key => config.Get(path, key));
    }

    private static IEnumerable<string> SecretFindingsInCSharp(string name, string value, ConfigSet config)
    {
        var source = $"public static class Settings {{ public const string {name} = {SymbolDisplay.FormatLiteral(value, quote: true)}; }}";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Parity", new[] { CSharpSyntaxTree.ParseText(source, path: Path.Combine(Folder, "Settings.cs")) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, config.CreateOptionsProvider());
        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SecretsAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics.Where(d => d.Id is "AM3001" or "AM3002" or "AM3003" or "AM3004").Select(d => $"{d.Id}: {d.GetMessage()}");
    }
}
