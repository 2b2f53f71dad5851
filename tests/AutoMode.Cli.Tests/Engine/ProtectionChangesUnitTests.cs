using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>AMG604: a security header or protecting middleware removed; AMG605: code that hides secrets from logs changed.</summary>
public class ProtectionChangesUnitTests
{
    private const string Pipeline = """
        app.UseHsts();
        app.UseHttpsRedirection();
        app.Use(async (context, next) =>
        {
            context.Response.Headers["X-Frame-Options"] = "DENY";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next();
        });
        app.UseAuthentication();
        app.UseAuthorization();
        """;

    private const string Redactor = """
        static class LogRedaction
        {
            public static string RedactConnectionString(string value)
                => Regex.Replace(value, "(Password|Pwd)=[^;]*", "$1=***", RegexOptions.IgnoreCase);
        }

        static class Bits
        {
            public static int ApplyMask(int flags, int mask) => flags & mask;
        }
        """;

    private static List<Finding> Classify(string before, string after)
        => ProtectionChanges.Classify(new ChangedFile("src/Api/Program.cs", ChangeKind.Modified, null, before, after, false)).ToList();

    [Test]
    public void HeaderAndMiddlewareRemoved_AreReported()
    {
        var after = Pipeline
            .Replace("app.UseHsts();\n", "", StringComparison.Ordinal)
            .Replace("    context.Response.Headers[\"X-Frame-Options\"] = \"DENY\";\n", "", StringComparison.Ordinal)
            .Replace("context.Response.Headers.XContentTypeOptions = \"nosniff\";", "// no sniffing header: the CDN sets it", StringComparison.Ordinal);
        var findings = Classify(Pipeline, after);

        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "AMG604", "AMG604", "AMG604" }));
        Assert.That(findings.Select(f => f.Message), Has.One.Contains("UseHsts() middleware").And.One.Contains("X-Frame-Options header").And.One.Contains("X-Content-Type-Options header"));
        Assert.That(findings.All(f => f.Risk == RiskLevel.High && f.Category == "Security"));
    }

    [Test]
    public void ReorderedCommentedOrAdded_AreNot()
    {
        var after = "// pipeline\n" + Pipeline.Replace("app.UseHttpsRedirection();\n", "", StringComparison.Ordinal).Replace("app.UseHsts();", "app.UseHsts();\napp.UseHttpsRedirection(); // first", StringComparison.Ordinal)
            + "app.UseRateLimiter();\n";
        Assert.That(Classify(Pipeline, after), Is.Empty);
    }

    [Test]
    public void RedactorTypeWhosePatternNarrows_IsReported()
    {
        const string Type = """
            public static partial class ConnectionStringRedactor
            {
                public static string RedactSecrets(string value) => SecretPart().Replace(value, "***");

                [GeneratedRegex("(Password|Pwd|AccountKey)=[^;]*")]
                private static partial Regex SecretPart();
            }
            """;
        var findings = Classify(Type, Type.Replace("Password|Pwd|AccountKey", "Password", StringComparison.Ordinal));
        Assert.That(findings.Select(f => f.Message), Has.One.StartsWith("ConnectionStringRedactor, which hides secrets").And.Contains("changed"));
    }

    [Test]
    public void RedactionRewrittenOrRemoved_IsReported_ABitMaskIsNot()
    {
        var changed = Redactor.Replace("(Password|Pwd)", "(Password)", StringComparison.Ordinal).Replace("flags & mask", "flags | mask", StringComparison.Ordinal);
        var findings = Classify(Redactor, changed);
        Assert.That(findings.Select(f => (f.RuleId, f.Line)), Is.EqualTo(new[] { ("AMG605", 1) }));
        Assert.That(findings[0].Message, Does.StartWith("LogRedaction, which hides secrets"));

        var removed = Classify(Redactor, Redactor[Redactor.IndexOf("static class Bits", StringComparison.Ordinal)..]);
        Assert.That(removed.Select(f => f.Message), Has.One.Contains("is removed"));

        var reformatted = Redactor.Replace("=> Regex.Replace(value,", "=> Regex.Replace( value , // keep the key name\n", StringComparison.Ordinal);
        Assert.That(Classify(Redactor, reformatted), Is.Empty);
    }
}
