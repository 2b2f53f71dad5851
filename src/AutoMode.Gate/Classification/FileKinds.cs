using System.Text.RegularExpressions;

namespace AutoMode.Gate.Classification;

/// <summary>What kind of file a repository path is, by its name and folder.</summary>
public static partial class FileKinds
{
    public const string CSharp = "C#";
    public const string AnalyzerConfig = "analyzer configuration";
    public const string MsBuild = "MSBuild project";
    public const string LockFile = "NuGet lock file";
    public const string Sql = "SQL script";
    public const string Configuration = "configuration";
    public const string Infrastructure = "CI/CD or infrastructure";
    public const string Documentation = "documentation";
    public const string RiskDeclarations = "risk declarations";
    public const string AcceptedRisks = "accepted risks";
    public const string AuditLog = "audit log";
    public const string AgentSettings = "agent hook settings";
    public const string Other = "other";

    /// <summary>The gate's audit log folder (written by the agent hooks): any edit to it is tampering.</summary>
    public const string AuditFolder = ".automode/";

    public static string Of(string path)
    {
        var p = path.Replace('\\', '/');
        var name = p[(p.LastIndexOf('/') + 1)..];
        var lower = name.ToLowerInvariant();
        var lowerPath = p.ToLowerInvariant();

        if (lower.EndsWith(".cs", StringComparison.Ordinal))
        {
            return CSharp;
        }

        if (lower is ".editorconfig" or ".globalconfig" || lower.EndsWith(".globalconfig", StringComparison.Ordinal))
        {
            return AnalyzerConfig;
        }

        if (RiskFile().IsMatch(name))
        {
            return RiskDeclarations;
        }

        if (AcceptedRisksFile.IsAcceptedRisksFile(name))
        {
            return AcceptedRisks;
        }

        if (lowerPath.StartsWith(AuditFolder, StringComparison.Ordinal) || lowerPath.Contains('/' + AuditFolder, StringComparison.Ordinal) || lower.StartsWith("automode-audit", StringComparison.Ordinal))
        {
            return AuditLog;
        }

        if (ClaudeSettings().IsMatch(lowerPath))
        {
            return AgentSettings;
        }

        if (lower.EndsWith(".csproj", StringComparison.Ordinal) || lower.EndsWith(".props", StringComparison.Ordinal) || lower.EndsWith(".targets", StringComparison.Ordinal) ||
            lower.EndsWith(".fsproj", StringComparison.Ordinal) || lower.EndsWith(".vbproj", StringComparison.Ordinal))
        {
            return MsBuild;
        }

        if (lower == "packages.lock.json")
        {
            return LockFile;
        }

        if (lower.EndsWith(".sql", StringComparison.Ordinal))
        {
            return Sql;
        }

        if (IsInfrastructure(lowerPath, lower))
        {
            return Infrastructure;
        }

        // The configuration and secret files the destructive IO rules protect, and the user-secrets and launch settings
        // files, which a program reads but never writes.
        if (ConfigurationFiles.IsMatch(name) || lower is "secrets.json" or "launchsettings.json")
        {
            return Configuration;
        }

        if (lower.EndsWith(".md", StringComparison.Ordinal) || lower.EndsWith(".markdown", StringComparison.Ordinal) ||
            lowerPath.StartsWith("docs/", StringComparison.Ordinal) || lowerPath.Contains("/docs/", StringComparison.Ordinal) ||
            lower is "license" or "license.txt" or "authors" or "changelog" or "notice")
        {
            return Documentation;
        }

        return Other;
    }

    private static bool IsInfrastructure(string lowerPath, string lower)
    {
        var yaml = lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".yaml", StringComparison.Ordinal);
        return lowerPath.StartsWith(".github/workflows/", StringComparison.Ordinal) || lowerPath.StartsWith(".github/actions/", StringComparison.Ordinal) ||
            lowerPath.StartsWith(".circleci/", StringComparison.Ordinal) || lowerPath.StartsWith(".buildkite/", StringComparison.Ordinal) ||
            lower == ".gitlab-ci.yml" || lower == "jenkinsfile" || lower == "bitbucket-pipelines.yml" ||
            (lower.StartsWith("azure-pipelines", StringComparison.Ordinal) && yaml) ||
            lower.StartsWith("dockerfile", StringComparison.Ordinal) || lower.EndsWith(".dockerfile", StringComparison.Ordinal) ||
            (lower.StartsWith("docker-compose", StringComparison.Ordinal) && yaml) || (lower.StartsWith("compose", StringComparison.Ordinal) && yaml) ||
            lower.EndsWith(".tf", StringComparison.Ordinal) || lower.EndsWith(".tfvars", StringComparison.Ordinal) || lower.EndsWith(".hcl", StringComparison.Ordinal) ||
            lower.EndsWith(".bicep", StringComparison.Ordinal) || lower.EndsWith(".bicepparam", StringComparison.Ordinal) ||
            lower is "chart.yaml" or "helmfile.yaml" or "kustomization.yaml" or "kustomization.yml" ||
            (yaml && KubernetesFolder().IsMatch(lowerPath)) ||
            lower.EndsWith(".sh", StringComparison.Ordinal) || lower.EndsWith(".ps1", StringComparison.Ordinal) || lower.EndsWith(".cmd", StringComparison.Ordinal) || lower.EndsWith(".bat", StringComparison.Ordinal) ||
            lowerPath.StartsWith(".ci/", StringComparison.Ordinal);
    }

    /// <summary>Whether YAML text looks like a Kubernetes manifest (apiVersion and kind at the top level).</summary>
    public static bool LooksLikeKubernetes(string? text) =>
        text is not null && KubernetesApiVersion().IsMatch(text) && KubernetesKind().IsMatch(text);

    [GeneratedRegex(@"^AutoMode\.Risks.*\.txt$", RegexOptions.IgnoreCase)]
    private static partial Regex RiskFile();

    [GeneratedRegex(@"(^|/)\.claude/settings[^/]*\.json$")]
    private static partial Regex ClaudeSettings();

    [GeneratedRegex(@"(^|/)(k8s|kubernetes|helm|charts|manifests|deploy|deployment|deployments|infra|infrastructure)/")]
    private static partial Regex KubernetesFolder();

    [GeneratedRegex(@"^apiVersion:\s*\S", RegexOptions.Multiline)]
    private static partial Regex KubernetesApiVersion();

    [GeneratedRegex(@"^kind:\s*\S", RegexOptions.Multiline)]
    private static partial Regex KubernetesKind();
}
