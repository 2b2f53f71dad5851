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
    public const string FrontEnd = "front-end code";
    public const string Styles = "styles";
    public const string Resources = "translations and resources";
    public const string Images = "images and fonts";
    public const string EditorSettings = "editor and lint settings";
    public const string TestData = "test data";
    public const string NpmManifest = "npm package manifest";
    public const string NpmLock = "npm lock file";
    public const string SdkPin = "SDK and tool versions";
    public const string DeveloperScript = "developer script";
    public const string Solution = "solution file";
    public const string DevEnvironment = "dev container";
    public const string Backup = "backup copy";
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

        if (lower.EndsWith(".sln", StringComparison.Ordinal) || lower.EndsWith(".slnx", StringComparison.Ordinal) || lower.EndsWith(".slnf", StringComparison.Ordinal))
        {
            return Solution;
        }

        if (lower == "packages.lock.json")
        {
            return LockFile;
        }

        if (lower is "global.json" or "dotnet-tools.json")
        {
            return SdkPin;
        }

        if (lower is "package.json")
        {
            return NpmManifest;
        }

        if (lower is "package-lock.json" or "npm-shrinkwrap.json" or "yarn.lock" or "pnpm-lock.yaml")
        {
            return NpmLock;
        }

        if (lower.EndsWith(".sql", StringComparison.Ordinal))
        {
            return Sql;
        }

        if (IsDeveloperScript(lowerPath, lower))
        {
            return DeveloperScript;
        }

        if (IsInfrastructure(lowerPath, lower))
        {
            return Infrastructure;
        }

        if (TestFolder().IsMatch(lowerPath) || Snapshot().IsMatch(lower))
        {
            return TestData;
        }

        // The configuration and secret files the destructive IO rules protect, and the user-secrets and launch settings
        // files, which a program reads but never writes.
        if (ConfigurationFiles.IsMatch(name) || lower is "secrets.json" or "launchsettings.json")
        {
            return Configuration;
        }

        // The public API baselines of Microsoft.CodeAnalysis.PublicApiAnalyzers and JSON schemas published for a
        // product's own settings: they describe the code, the build and the settings; nothing runs them.
        if (PublicApiFile().IsMatch(lower) || lower.EndsWith(".schema.json", StringComparison.Ordinal) || SchemaFolder().IsMatch(lowerPath))
        {
            return Documentation;
        }

        if (lower.EndsWith(".md", StringComparison.Ordinal) || lower.EndsWith(".markdown", StringComparison.Ordinal) ||
            lowerPath.StartsWith("docs/", StringComparison.Ordinal) || lowerPath.Contains("/docs/", StringComparison.Ordinal) ||
            lower is "license" or "license.txt" or "authors" or "changelog" or "notice" || ThirdPartyNotice().IsMatch(lower))
        {
            return Documentation;
        }

        // A dev container (VS Code, Codespaces): the developer's environment, not what ships.
        if (lower is "devcontainer.json" or ".devcontainer.json" && (lower.StartsWith('.') || lowerPath.Contains(".devcontainer/", StringComparison.Ordinal)))
        {
            return DevEnvironment;
        }

        // A leftover copy (Dapper.sln.old, App.csproj.bak, Program.cs.orig): nothing builds or reads it.
        if (BackupName().IsMatch(lower))
        {
            return Backup;
        }

        return ByExtension(lowerPath, lower);
    }

    /// <summary>Front-end code, styles, translations and resources, images and fonts, editor and lint settings; else <see cref="Other"/>.</summary>
    private static string ByExtension(string lowerPath, string lower)
    {
        var extension = lower.LastIndexOf('.') is var dot and > 0 ? lower[(dot + 1)..] : string.Empty;
        if (EditorFile().IsMatch(lower) || lowerPath.StartsWith(".vscode/", StringComparison.Ordinal) || lowerPath.StartsWith(".idea/", StringComparison.Ordinal) ||
            lowerPath.StartsWith(".github/issue_template/", StringComparison.Ordinal) || IdeRunConfiguration().IsMatch(lowerPath))
        {
            return EditorSettings;
        }

        if (extension is "resx" or "resw" or "po" or "pot" or "xlf" or "xliff" or "strings" ||
            (extension is "json" or "yml" or "yaml" && (LocaleFolder().IsMatch(lowerPath) || LocaleName().IsMatch(lower))))
        {
            return Resources;
        }

        return extension switch
        {
            "ts" or "tsx" or "js" or "jsx" or "mjs" or "cjs" or "vue" or "svelte" or "html" or "htm" or "cshtml" or "razor" => FrontEnd,
            "css" or "scss" or "sass" or "less" => Styles,
            "png" or "jpg" or "jpeg" or "gif" or "svg" or "ico" or "webp" or "bmp" or "avif" or "woff" or "woff2" or "ttf" or "otf" or "eot" => Images,
            "rst" or "adoc" => Documentation,
            _ => Other,
        };
    }

    /// <summary>
    /// A shell, PowerShell or batch script outside CI and deployment folders (tools/, scripts/, build/, the root…):
    /// what it does is what its commands do.
    /// </summary>
    private static bool IsDeveloperScript(string lowerPath, string lower) =>
        (lower.EndsWith(".sh", StringComparison.Ordinal) || lower.EndsWith(".ps1", StringComparison.Ordinal) || lower.EndsWith(".psm1", StringComparison.Ordinal) ||
         lower.EndsWith(".cmd", StringComparison.Ordinal) || lower.EndsWith(".bat", StringComparison.Ordinal)) &&
        !DeploymentFolder().IsMatch(lowerPath);

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
            lowerPath.StartsWith(".ci/", StringComparison.Ordinal) ||
            lower is "appveyor.yml" or ".appveyor.yml" ||
            lower == "cname"; // GitHub Pages' custom domain: where the published site answers
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

    [GeneratedRegex(@"(^|/)(\.github|\.ci|\.circleci|\.buildkite|\.azure-pipelines|\.gitlab|ci|cd|pipelines?|deploy|deployment|deployments|infra|infrastructure|k8s|kubernetes|helm|charts|terraform|ops|release|docker)/")]
    private static partial Regex DeploymentFolder();

    [GeneratedRegex(@"(^|/)(tests?|[^/]*\.tests?|[^/]*\.(unit|integration|functional)tests?|__tests__|__snapshots__|__mocks__|testdata|test-data|test_data|testfiles|testassets|fixtures)/")]
    private static partial Regex TestFolder();

    [GeneratedRegex(@"\.(verified|received|approved|snap)\.[a-z0-9]+$|\.snap$|\.(spec|test)\.(ts|tsx|js|jsx|mjs)$")]
    private static partial Regex Snapshot();

    [GeneratedRegex(@"(^|/)(locales?|i18n|l10n|lang|langs|languages?|translations?|localization|localisation|strings)/")]
    private static partial Regex LocaleFolder();

    [GeneratedRegex(@"^([a-z]{2,3}([-_][a-z0-9]{2,4})?|[^/]+\.[a-z]{2}([-_][a-z]{2,4})?)\.(json|ya?ml)$")]
    private static partial Regex LocaleName();

    [GeneratedRegex(@"^(\.gitignore|\.gitattributes|\.dockerignore|\.npmignore|\.prettierignore|\.eslintignore|\.stylelintignore|\.mailmap|\.git-blame-ignore-revs|\.nvmrc|\.node-version|\.browserslistrc|\.prettierrc.*|prettier\.config\..*|\.eslintrc.*|eslint\.config\..*|\.stylelintrc.*|stylelint\.config\..*|\.markdownlint.*|\.yamllint.*|\.jshintrc|\.jscsrc|\.csslintrc|\.htmlhintrc|tslint\.json|stylecop\.json|.*\.dotsettings|.*\.sln\.dotsettings|\.runsettings|.*\.runsettings|codemaid\.config|settings\.xamlstyler|\.vsconfig|omnisharp\.json|\.clang-format|\.codespellrc|cspell\.json|\.cspell\.json|\.lycheeignore|\.?actionlint\.ya?ml)$")]
    private static partial Regex EditorFile();

    [GeneratedRegex(@"^[^.].*\.[a-z0-9]+\.(old|bak|orig|backup)$|^[^.].*\.[a-z0-9]+~$")]
    private static partial Regex BackupName();

    /// <summary>License texts and notices of bundled third-party code (duplicati's thirdparty/*/licensedata.json, Homepage.txt).</summary>
    [GeneratedRegex(@"^(.*(license|licence|notice|copying)[^/]*|homepage)\.(txt|json|md)$")]
    private static partial Regex ThirdPartyNotice();

    [GeneratedRegex(@"^publicapi\.(shipped|unshipped)\.txt$")]
    private static partial Regex PublicApiFile();

    [GeneratedRegex(@"(^|/)schemas?/[^/]+(/[^/]+)?\.json$")]
    private static partial Regex SchemaFolder();

    /// <summary>JetBrains Rider's shared run configurations (<c>.run/*.run.xml</c>): how the IDE starts the program locally.</summary>
    [GeneratedRegex(@"(^|/)\.run/[^/]+\.run\.xml$")]
    private static partial Regex IdeRunConfiguration();

    [GeneratedRegex(@"^apiVersion:\s*\S", RegexOptions.Multiline)]
    private static partial Regex KubernetesApiVersion();

    [GeneratedRegex(@"^kind:\s*\S", RegexOptions.Multiline)]
    private static partial Regex KubernetesKind();
}
