using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>
/// A hard-coded key the analyzer follows to where it is written (a field initializer, a local two statements up):
/// Roslyn files such a diagnostic as non-local to the tree it analyzes, and the gate must still see it.
/// </summary>
public class TracedSecretTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n</Project>\n";

    private const string Program = "namespace App;\n\npublic static class Program\n{\n    public static void Main() { }\n}\n";

    [Test]
    public void AnHmacKeyDecodedFromABase64FieldIsCritical()
    {
        const string Verifier = "using System.Security.Cryptography;\nusing System.Text;\n\nnamespace App;\n\npublic static class WebhookVerifier\n{\n    private static readonly byte[] Key = Convert.FromBase64String(\"q3Zt8VbN2xR7mW4pK9sL1dF6hJ0gY5cE3aT8uI2oP7w=\");\n\n    public static byte[] Sign(string body)\n    {\n        using var hmac = new HMACSHA256(Key);\n        return hmac.ComputeHash(Encoding.UTF8.GetBytes(body));\n    }\n}\n";
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/Program.cs", Program).Commit();
        repo.Write("src/App/WebhookVerifier.cs", Verifier);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AM3003"), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("critical"));
        Assert.That(json.Decision, Is.Not.EqualTo("allow"));
    }

    [Test]
    public void AnHmacKeyFromTheEnvironmentIsAllowed()
    {
        const string Verifier = "using System.Security.Cryptography;\nusing System.Text;\n\nnamespace App;\n\npublic static class WebhookVerifier\n{\n    private static readonly byte[] Key = Convert.FromBase64String(Environment.GetEnvironmentVariable(\"WEBHOOK_KEY\") ?? \"\");\n\n    public static byte[] Sign(string body)\n    {\n        using var hmac = new HMACSHA256(Key);\n        return hmac.ComputeHash(Encoding.UTF8.GetBytes(body));\n    }\n}\n";
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/Program.cs", Program).Commit();
        repo.Write("src/App/WebhookVerifier.cs", Verifier);

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AM3003"), json.ToString());
    }
}
