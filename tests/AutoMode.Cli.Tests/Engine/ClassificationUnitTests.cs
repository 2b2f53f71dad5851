using AutoMode.Gate.Classification;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>The pure parts of the classification: file kinds and secrets on configuration lines.</summary>
public class ClassificationUnitTests
{
    [TestCase("src/App/Program.cs", FileKinds.CSharp)]
    [TestCase(".editorconfig", FileKinds.AnalyzerConfig)]
    [TestCase("src/.globalconfig", FileKinds.AnalyzerConfig)]
    [TestCase("build/strict.globalconfig", FileKinds.AnalyzerConfig)]
    [TestCase("src/App/App.csproj", FileKinds.MsBuild)]
    [TestCase("Directory.Packages.props", FileKinds.MsBuild)]
    [TestCase("Directory.Build.targets", FileKinds.MsBuild)]
    [TestCase("src/App/packages.lock.json", FileKinds.LockFile)]
    [TestCase("db/001_init.sql", FileKinds.Sql)]
    [TestCase("src/Web/appsettings.Development.json", FileKinds.Configuration)]
    [TestCase("src/Web/web.config", FileKinds.Configuration)]
    [TestCase(".env.local", FileKinds.Configuration)]
    [TestCase(".github/workflows/release.yaml", FileKinds.Infrastructure)]
    [TestCase("deploy/k8s/service.yaml", FileKinds.Infrastructure)]
    [TestCase("src/Web/Dockerfile", FileKinds.Infrastructure)]
    [TestCase("deploy/release.sh", FileKinds.Infrastructure)]
    [TestCase("scripts/deploy.sh", FileKinds.DeveloperScript)]
    [TestCase("CHANGELOG.md", FileKinds.Documentation)]
    [TestCase("docs/architecture/overview.png", FileKinds.Documentation)]
    [TestCase("AutoMode.Risks.Payments.txt", FileKinds.RiskDeclarations)]
    [TestCase(".automode/audit.jsonl", FileKinds.AuditLog)]
    [TestCase(".claude/settings.local.json", FileKinds.AgentSettings)]
    [TestCase("src/App/data.json", FileKinds.Other)]
    public void FileKindByPath(string path, string kind) => Assert.That(FileKinds.Of(path), Is.EqualTo(kind));

    [TestCase("  \"Password\": \"${DB_PASSWORD}\",")]
    [TestCase("  \"ApiKey\": \"<your-api-key>\",")]
    [TestCase("  \"ClientSecret\": \"\",")]
    [TestCase("  \"TokenLifetime\": \"00:30:00\",")]
    [TestCase("  \"Logging\": { \"LogLevel\": \"Information\" },")]
    [TestCase("DB_PASSWORD=")]
    [TestCase("API_KEY=%API_KEY%")]
    [TestCase("<add key=\"SecretName\" value=\"{{vault:secret}}\" />")]
    [TestCase("\"Db\": \"Server=.;Integrated Security=true\"")]
    [TestCase("-----BEGIN RSA PRIVATE KEY-----")] // a header without its key: nothing to leak (as in C#)
    [TestCase("  \"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\",")] // AWS's documented example (as in C#)
    public void PlaceholdersAndNonSecretsAreNotSecrets(string line) => Assert.That(ConfigurationSecrets.Find(line), Is.Null);

    [TestCase("  \"Password\": \"Tr0ub4dor&3-prod\",", "Password")]
    [TestCase("export GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789", "a GitHub token")]
    [TestCase("\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV==\"", "an Azure storage account key")]
    [TestCase("client_secret: s3cr3t-value-here", "client_secret")]
    public void SecretsAreNamedNotShown(string line, string name) => Assert.That(ConfigurationSecrets.Find(line), Is.EqualTo(name));
}
