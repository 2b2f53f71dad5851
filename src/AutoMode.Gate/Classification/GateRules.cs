using AutoMode;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Gate.Classification;

/// <summary>A finding the gate itself makes (outside the Roslyn analyzers): id, title, category and default risk.</summary>
public sealed record GateRule(string Id, string Title, string Category, RiskLevel Risk)
{
    public string HelpLink => "https://github.com/automode/AutoMode.Analyzers/blob/main/docs/gate.md#" + Id.ToLowerInvariant();

    public Finding At(ChangedFile file, int line, string message, FindingSource source = FindingSource.File, RiskLevel? risk = null) =>
        new(Id, risk ?? Risk, Category, message, file.Path, line, line > 0 ? 1 : 0, line, line > 0 ? 1 : 0, HelpLink, source, file.Kind == ChangeKind.Deleted)
        {
            Title = Title,
        };
}

/// <summary>
/// The gate's own rules (AMGxxx), documented in docs/gate.md. Their risk can be changed per path with
/// <c>dotnet_diagnostic.AMGxxx.severity</c> like any analyzer rule — except policy tampering (AMG9xx), which is
/// always Critical.
/// <para>
/// The first digit names the family, the analyzers' digit where the family is theirs too: AMG1xx destructive IO,
/// AMG2xx migrations and databases, AMG3xx secrets, AMG4xx typed-refactor safety, AMG5xx side effects, infrastructure
/// and scripts, AMG6xx security boundaries, AMG9xx policy. Digits no analyzer uses hold what only the gate sees: AMG0xx
/// documentation, resources, front-end files, editor settings, files it does not classify and commands that only read
/// or change the local checkout, AMG7xx tests and test data, AMG8xx dependencies, build and configuration settings.
/// (Renumbered before any release: no alias ids.)
/// </para>
/// </summary>
public static class GateRules
{
    public static readonly GateRule PatchBump = new("AMG801", "Package patch update", "Dependencies", RiskLevel.Low);
    public static readonly GateRule MinorBump = new("AMG802", "Package minor update", "Dependencies", RiskLevel.Low);
    public static readonly GateRule MajorBump = new("AMG803", "Package major update", "Dependencies", RiskLevel.High);
    public static readonly GateRule PrereleaseVersion = new("AMG804", "Package prerelease version", "Dependencies", RiskLevel.High);
    public static readonly GateRule PackageAdded = new("AMG805", "Package added", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule PackageRemoved = new("AMG806", "Package removed", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule UnparsableVersion = new("AMG807", "Package version changed (not comparable)", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule ProjectFileChange = new("AMG808", "Build settings changed", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule DocumentationSettingsChange = new("AMG809", "Documentation or package metadata settings changed", "Dependencies", RiskLevel.Low);
    public static readonly GateRule SensitiveMinorBump = new("AMG814", "Security-sensitive package minor update", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule KnownBreakingRelease = new("AMG815", "Package update crosses a known breaking release", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule ManyMinorsBump = new("AMG816", "Package update spans three or more minor releases", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule OwnPackageUpdate = new("AMG817", "The project's own package updated", "Dependencies", RiskLevel.Low);
    public static readonly GateRule NpmScriptsChanged = new("AMG818", "npm scripts changed", "Scripts", RiskLevel.Medium);
    public static readonly GateRule ProjectReferenceChange = new("AMG821", "Project reference added or removed", "Dependencies", RiskLevel.Low);
    public static readonly GateRule NpmLockChange = new("AMG820", "npm lock file change", "Dependencies", RiskLevel.Low);
    public static readonly GateRule PackageSourceChanged = new("AMG819", "Packages resolved from another registry", "Dependencies", RiskLevel.High);

    public static readonly GateRule SqlScript = new("AMG201", "SQL script", "Migrations", RiskLevel.High);

    public static readonly GateRule SecretInConfiguration = new("AMG301", "Secret-shaped value in configuration", "Secrets", RiskLevel.Critical);
    public static readonly GateRule ConfigurationChange = new("AMG811", "Configuration change", "Configuration", RiskLevel.Medium);
    public static readonly GateRule LocalConfigurationChange = new("AMG812", "Development-only or template configuration change", "Configuration", RiskLevel.Low);
    public static readonly GateRule PlainSettingChange = new("AMG813", "Configuration change of settings that are not sensitive", "Configuration", RiskLevel.Low);

    public static readonly GateRule RuntimeNameChanged = new("AMG401", "Serialized or persisted member renamed", "TypedRefactor", RiskLevel.High);

    public static readonly GateRule InfrastructureChange = new("AMG501", "CI/CD or infrastructure file change", "Infrastructure", RiskLevel.High);
    public static readonly GateRule DeveloperScriptChange = new("AMG503", "Developer script change", "Scripts", RiskLevel.High);
    public static readonly GateRule BuildAndTestWorkflowChange = new("AMG504", "Build-and-test CI definition: steps, versions, matrix entries or flags added or parameterized", "Infrastructure", RiskLevel.Low);
    public static readonly GateRule CosmeticInfrastructureChange = new("AMG502", "CI/CD file changed only in comments, blank lines or step names", "Infrastructure", RiskLevel.Low);

    public static readonly GateRule TestWeakened = new("AMG701", "Test removed, skipped or weakened", "Tests", RiskLevel.Medium);

    public static readonly GateRule DocumentationChange = new("AMG001", "Documentation change", "Documentation", RiskLevel.Low);
    public static readonly GateRule ResourceChange = new("AMG004", "Translation or resource change", "Resources", RiskLevel.Low);
    public static readonly GateRule ImageChange = new("AMG005", "Image or font change", "Resources", RiskLevel.Low);
    public static readonly GateRule EditorSettingsChange = new("AMG006", "Editor or lint settings change", "Formatting", RiskLevel.Low);
    public static readonly GateRule TestDataChange = new("AMG702", "Test data change", "Tests", RiskLevel.Low);
    public static readonly GateRule StyleChange = new("AMG007", "Style sheet change", "FrontEnd", RiskLevel.Low);
    public static readonly GateRule FrontEndChange = new("AMG008", "Front-end code change", "FrontEnd", RiskLevel.Low);
    public static readonly GateRule BackupCopyChange = new("AMG010", "Backup copy of a file (*.old, *.bak, *.orig) that nothing builds or reads", "Other", RiskLevel.Low);
    public static readonly GateRule SolutionChange = new("AMG009", "Solution file change", "Formatting", RiskLevel.Low);

    public static readonly GateRule AuthorizationChanged = new("AMG601", "Authorization requirement changed", "Security", RiskLevel.High);
    public static readonly GateRule CredentialPolicyWeakened = new("AMG602", "Password or lockout policy weakened", "Security", RiskLevel.High);
    public static readonly GateRule AuthenticationSchemeChanged = new("AMG603", "Authentication scheme or handler added or changed", "Security", RiskLevel.High);
    public static readonly GateRule ProtectionRemoved = new("AMG604", "Security header or protecting middleware removed", "Security", RiskLevel.High);
    public static readonly GateRule RedactionChanged = new("AMG605", "Code that hides secrets from logs changed", "Security", RiskLevel.High);
    public static readonly GateRule CertificateValidationChanged = new("AMG608", "Certificate validation that may accept certificates with errors added or changed", "Security", RiskLevel.High);
    public static readonly GateRule CorsPolicyChanged = new("AMG609", "CORS policy with credentials or a custom origin check added or changed", "Security", RiskLevel.High);

    public static readonly GateRule OtherChange = new("AMG002", "Unclassified file change", "Other", RiskLevel.Medium);
    public static readonly GateRule BinaryChange = new("AMG003", "Binary file change", "Other", RiskLevel.Medium);
    public static readonly GateRule SensitiveFrontEndChange = new("AMG606", "Front-end change touches authentication, a service address or an unsafe sink", "Security", RiskLevel.Medium);
    public static readonly GateRule ActiveContent = new("AMG607", "Active or sensitive content in a resource, image or settings file", "Security", RiskLevel.Medium);

    // An agent's shell commands (automode hook claude for Bash/PowerShell, automode check-command): one rule per kind of effect.
    public static readonly GateRule ReadOnlyCommand = new("AMG011", "Command that only reads, builds or tests", "Commands", RiskLevel.Low);
    public static readonly GateRule UnknownCommand = new("AMG012", "Command the gate does not know", "Commands", RiskLevel.Medium);
    public static readonly GateRule LocalChangeCommand = new("AMG013", "Command that changes local files or the local repository", "Commands", RiskLevel.Low);
    public static readonly GateRule FileDeletingCommand = new("AMG101", "Command that deletes or overwrites files", "DestructiveIO", RiskLevel.High);
    public static readonly GateRule DatabaseCommand = new("AMG202", "Command that changes a database", "Migrations", RiskLevel.High);
    public static readonly GateRule VersionControlCommand = new("AMG511", "Command that publishes or rewrites git history", "SideEffects", RiskLevel.High);
    public static readonly GateRule DeploymentCommand = new("AMG512", "Command that deploys, changes live infrastructure or publishes a package", "Infrastructure", RiskLevel.Critical);
    public static readonly GateRule NetworkCommand = new("AMG513", "Command that sends data over the network or runs code from it", "SideEffects", RiskLevel.High);
    public static readonly GateRule SecretsCommand = new("AMG302", "Command that reads or sends secrets", "Secrets", RiskLevel.Critical);
    public static readonly GateRule PackageCommand = new("AMG810", "Command that adds, removes or installs packages", "Dependencies", RiskLevel.Medium);
    public static readonly GateRule MachineCommand = new("AMG514", "Command that changes the machine", "Infrastructure", RiskLevel.Critical);

    public static readonly GateRule PolicyConfiguration = new("AMG901", "AutoMode policy or rule severity lowered in analyzer configuration", "Policy", RiskLevel.Critical);
    public static readonly GateRule BuildSuppression = new("AMG902", "AutoMode rules suppressed in the build", "Policy", RiskLevel.Critical);
    public static readonly GateRule PackageReferenceRemoved = new("AMG903", "AutoMode package reference removed or disabled", "Policy", RiskLevel.Critical);
    public static readonly GateRule PragmaSuppression = new("AMG904", "AutoMode diagnostics disabled with #pragma", "Policy", RiskLevel.Critical);
    public static readonly GateRule AttributeSuppression = new("AMG905", "AutoMode diagnostics suppressed with [SuppressMessage]", "Policy", RiskLevel.Critical);
    public static readonly GateRule RiskDeclarationsEdited = new("AMG906", "Risk declarations file edited", "Policy", RiskLevel.Critical);
    public static readonly GateRule AuditLogEdited = new("AMG907", "Audit log edited", "Policy", RiskLevel.Critical);
    public static readonly GateRule AgentHookSettingsEdited = new("AMG908", "Agent hook settings edited", "Policy", RiskLevel.Critical);

    /// <summary>
    /// An edit through the agent's hook to a policy file — <c>.editorconfig</c>/<c>.globalconfig</c>, AutoMode.Risks*.txt,
    /// the audit log, the hook settings — or to git's own files (<c>.git/</c>: hooks, config). <c>check</c> lets a person
    /// raise the bar unattended; an agent's edit of these files is never auto-approved, whichever way it moves.
    /// </summary>
    public static readonly GateRule PolicyFileEditedByAgent = new("AMG909", "Policy file edited by the agent", "Policy", RiskLevel.Critical);
    public static readonly GateRule DeclaredRiskLowered = new("AMG910", "Declared risk removed or lowered", "Policy", RiskLevel.Critical);

    // Raising the bar is not tampering, but the policy an agent changes still deserves a look: Medium, and like the
    // rest of AMG9xx not adjustable by configuration.
    public static readonly GateRule PolicyMadeStricter = new("AMG911", "AutoMode policy made stricter", "Policy", RiskLevel.Medium);
    public static readonly GateRule DeclaredRiskRaised = new("AMG912", "Declared risk added or raised on an existing API", "Policy", RiskLevel.Medium);

    // AutoMode.Accepted.json: an entry added, widened or rewritten lets a finding through at Low — tampering; entries
    // only removed bring findings back at their level — Low.
    public static readonly GateRule AcceptedRisksAdded = new("AMG913", "Accepted risks added or widened", "Policy", RiskLevel.Critical);
    public static readonly GateRule AcceptedRisksRemoved = new("AMG914", "Accepted risks removed", "Policy", RiskLevel.Low);

    public static IReadOnlyList<GateRule> All { get; } = typeof(GateRules).GetFields()
        .Where(f => f.FieldType == typeof(GateRule))
        .Select(f => (GateRule)f.GetValue(null)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    public static bool IsTampering(string id) => id.StartsWith("AMG9", StringComparison.Ordinal);
}
