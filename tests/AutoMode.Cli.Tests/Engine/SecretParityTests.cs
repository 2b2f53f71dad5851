using System.Collections.Immutable;
using System.Text.Json;
using AutoMode.Analyzers.Rules.Secrets;
using AutoMode.Gate.Classification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// One secret detector for both sides: the same value under the same name is a secret in C# (AM3001–AM3004, through
/// the analyzers' SecretsAnalyzer) exactly when it is one in appsettings.json (AMG301, through the gate's
/// configuration classifier).
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
    {
        var inCSharp = SecretFindingsInCSharp(name, value);
        var inAppsettings = SecretInAppsettings(name, value);

        Assert.That(inCSharp.Any(), Is.EqualTo(secret), "C#: " + string.Join("; ", inCSharp));
        Assert.That(inAppsettings is not null, Is.EqualTo(secret), "appsettings.json: " + inAppsettings);
    }

    private static string? SecretInAppsettings(string name, string value)
    {
        var json = $"{{\n  \"Settings\": {{\n    {JsonSerializer.Serialize(name)}: {JsonSerializer.Serialize(value)}\n  }}\n}}\n";
        var lines = json.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(JsonSerializer.Serialize(name), StringComparison.Ordinal));
        return ConfigurationSecrets.Find(lines, line);
    }

    private static IEnumerable<string> SecretFindingsInCSharp(string name, string value)
    {
        var source = $"public static class Settings {{ public const string {name} = {SymbolDisplay.FormatLiteral(value, quote: true)}; }}";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Parity", new[] { CSharpSyntaxTree.ParseText(source) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SecretsAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics.Where(d => d.Id is "AM3001" or "AM3002" or "AM3003" or "AM3004").Select(d => $"{d.Id}: {d.GetMessage()}");
    }
}
