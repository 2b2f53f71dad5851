using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// AM3001–AM3030: hard-coded secrets (known formats, credential strings, credential APIs, secret-named variables),
/// secret and configuration reads, changes, deletions and exports of secrets, environment variables, private keys and
/// certificate stores, and secrets reaching output.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretsAnalyzer : DiagnosticAnalyzer
{
    private const string RemoveSecret = "Revoke or rotate it, and read it at run time from configuration, an environment variable or a secret store instead.";

    internal static readonly DiagnosticDescriptor KnownFormatRule = DescriptorFactory.Create(
        RuleIdentifiers.HardcodedKnownFormatSecret,
        "Hard-coded secret of a known format",
        "This literal holds {0} ('{1}'); once committed it is readable by everyone with the repository and its history. " + RemoveSecret,
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "A string in code matches the format of a token a provider issues (AWS, GitHub, GitLab, Slack, Stripe, Azure AD, Google, OpenAI, Anthropic, SendGrid, npm, Twilio, JWT, PEM private key, Azure account keys and SAS). The format alone is the evidence.");

    internal static readonly DiagnosticDescriptor CredentialStringRule = DescriptorFactory.Create(
        RuleIdentifiers.HardcodedCredentialString,
        "Hard-coded credentials in a connection string or URI",
        "This string holds {0}; once committed the password is readable by everyone with the repository. Keep the connection string without credentials and supply them from configuration or a secret store, or use integrated or managed identity.",
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "A connection string with a non-empty Password=/Pwd= that is not a placeholder, or a URI with user:password@host, written in code.");

    internal static readonly DiagnosticDescriptor CredentialArgumentRule = DescriptorFactory.Create(
        RuleIdentifiers.HardcodedCredentialArgument,
        "Hard-coded credential passed to a credential API",
        "A hard-coded {0} reaches {1}; whatever the variable is called, the value is a credential in source. " + RemoveSecret,
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "A literal (directly, or through locals, constants, fields, Encoding.GetBytes or Convert.FromBase64String) is passed to a parameter or property that takes a password, key, client secret or token: NetworkCredential, SqlConnectionStringBuilder.Password, Rfc2898DeriveBytes, SymmetricAlgorithm.Key/IV, HMAC keys, SymmetricSecurityKey, ClientSecretCredential, StorageSharedKeyCredential, AzureKeyCredential, BasicAWSCredentials, AuthenticationHeaderValue and others.");

    internal static readonly DiagnosticDescriptor NamedSecretRule = DescriptorFactory.Create(
        RuleIdentifiers.HardcodedNamedSecret,
        "Hard-coded secret in a secret-named variable",
        "'{0}' is given a hard-coded {1}; once committed it is readable by everyone with the repository. " + RemoveSecret,
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "A literal is assigned to a variable, field, property, parameter default, argument, dictionary key or anonymous member whose name says secret (password, pwd, secret, token, api key, access key, private key, client secret…) and it looks like one: not empty, not a placeholder or dummy, not the name of a setting, not natural language, and random enough for keys and tokens.");

    internal static readonly DiagnosticDescriptor TestFixtureCredentialRule = DescriptorFactory.Create(
        RuleIdentifiers.HardcodedTestCredential,
        "Hard-coded credential in a test project",
        "{0} in a test project: a fixture as far as the code shows ({1}); recorded at Low. Keep real credentials out of tests; read them from user secrets or the environment.",
        RuleCategory.Secrets,
        RiskLevel.Low,
        "What AM3002, AM3003, AM3004 or AM3025 find, in a compilation that references a test framework (NUnit, xUnit, MSTest, TUnit): a test database's password or connection string, a throw-away certificate's, a mock key. Known formats (AM3001) stay Critical in tests. automode.secrets.include_tests = true reports them at their own level.");

    internal static readonly DiagnosticDescriptor SecretReadRule = DescriptorFactory.Create(
        RuleIdentifiers.SecretRead,
        "Secret read",
        "'{0}' reads {1}; reading secrets at run time is the safe pattern, but a new or changed read decides who gets the secret. Check where the value goes.",
        RuleCategory.Secrets,
        RiskLevel.Medium,
        "Reads a secret from the environment, configuration, a vault (Key Vault, AWS Secrets Manager, Google Secret Manager), data protection or a certificate's private key.");

    internal static readonly DiagnosticDescriptor ConfigurationReadRule = DescriptorFactory.Create(
        RuleIdentifiers.ConfigurationRead,
        "Configuration or environment read",
        "'{0}' reads {1}; recorded for the gate only",
        RuleCategory.Secrets,
        RiskLevel.Low,
        "Reads configuration or an environment variable whose name does not say secret, or is computed at run time.");

    internal static readonly DiagnosticDescriptor SecretChangeRule = DescriptorFactory.Create(
        RuleIdentifiers.SecretChange,
        "Secret or environment variable change",
        "'{0}' changes {1}; creating, changing or rotating secrets and environment variables changes the security perimeter. Make the change through the deployment's secret management, reviewed by a person.",
        RuleCategory.Secrets,
        RiskLevel.High,
        "Sets or restores a secret in a vault, rotates it, or sets an environment variable of the process whose name says secret, is computed at run time, or decides what code runs or whom it trusts (PATH, LD_PRELOAD, DOTNET_STARTUP_HOOKS, proxies). Other process variables are AM3026 (Low).");

    internal static readonly DiagnosticDescriptor ProcessEnvironmentChangeRule = DescriptorFactory.Create(
        RuleIdentifiers.ProcessEnvironmentChange,
        "Process environment variable set",
        "'{0}' changes {1}; {2}, so it is recorded at Low for the gate only",
        RuleCategory.Secrets,
        RiskLevel.Low,
        "What AM3020 finds for the environment of the process when the variable's name does not say secret (a driver or feature switch for a child process, LIBVA_DRIVER_NAME), or in a test project (a test setting or restoring a variable). Secret-named variables and those that decide what code runs or whom it trusts (PATH, LD_PRELOAD, DOTNET_STARTUP_HOOKS, proxies, certificate files) stay AM3020.");

    internal static readonly DiagnosticDescriptor SecretDeletionRule = DescriptorFactory.Create(
        RuleIdentifiers.SecretDeletion,
        "Secret deletion",
        "'{0}' deletes {1}; whatever depends on the secret stops working, and a purge cannot be undone. Do not let this change land without review.",
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "Deletes, purges or destroys a secret or a secret version in Key Vault, AWS Secrets Manager or Google Secret Manager. In a test project it is AM3029 (Medium).");

    internal static readonly DiagnosticDescriptor TestSecretDeletionRule = DescriptorFactory.Create(
        RuleIdentifiers.TestSecretDeletion,
        "Secret deletion in a test project",
        "'{0}' deletes {1} {2}; a test usually removes the secret it created, but the analyzer cannot see that the name is the test's own. Give the test its own vault, or a generated secret name, so a wrong name cannot reach a shared secret.",
        RuleCategory.Secrets,
        RiskLevel.Medium,
        "What AM3021 finds in a test project: an integration test deleting or purging the vault secret it created (a secret named with a Guid, deleted in a finally block). The vault may still be shared, so the gate asks (Medium), but the build does not break.");

    internal static readonly DiagnosticDescriptor SecretExportRule = DescriptorFactory.Create(
        RuleIdentifiers.SecretExport,
        "Private key or secret export",
        "'{0}' exports {1}; a private key outside its store can be copied, logged or leaked. Keep keys in their store (certificate store, HSM, Key Vault) and use them there.",
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "Exports a private key (PKCS#8, RSA, EC, ExportParameters(true), ToXmlString(true)), a certificate with its private key (PFX/PKCS#12) or a vault secret backup. A key generated in the same method, or an export in a test project, is AM3027 (Medium); an export encrypted with a password the code does not hard-code is AM3028 (High).");

    internal static readonly DiagnosticDescriptor UnstoredKeyExportRule = DescriptorFactory.Create(
        RuleIdentifiers.UnstoredKeyExport,
        "Private key export of a generated key, in tests or in memory",
        "'{0}' exports {1} {2}, so Medium rather than Critical: as far as the code shows, no stored key leaves its store. Check where the exported key goes: written to a file, a database or a log it can be copied.",
        RuleCategory.Secrets,
        RiskLevel.Medium,
        "What AM3022 finds when the key was generated in the same method (RSA.Create(2048), ECDsa.Create(curve), new RSACryptoServiceProvider(2048), CertificateRequest.CreateSelfSigned) and not imported into, when the exported key only goes into another key object in memory (export and re-import, then wipe), or when the export is in a test project: creating a key and exporting it, for seed data, a key-generation command or a test comparing a key with its decrypted copy.");

    internal static readonly DiagnosticDescriptor ProtectedKeyExportRule = DescriptorFactory.Create(
        RuleIdentifiers.PasswordProtectedKeyExport,
        "Password-protected private key export",
        "'{0}' exports {1} encrypted with {2}, so High rather than Critical: without that password the exported bytes do not give the key away. Check where the export and the password go, and keep them apart.",
        RuleCategory.Secrets,
        RiskLevel.High,
        "What AM3022 finds when the export is encrypted with a password the code does not hard-code (cert.Export(X509ContentType.Pfx, password), X509Certificate2Collection.Export(Pkcs12, password), ExportEncryptedPkcs8PrivateKey(password, pbe)), or when the exported key only goes, beside such a password, into the call that encrypts it and is then wiped (EncryptBytes(key.ExportPkcs8PrivateKey(), password)): a certificate saved for storage or a backup. Whether that is safe depends on where the password comes from, which the code around the call does not show, so it is one level below Critical. A missing, empty or literal password stays AM3022.");

    internal static readonly DiagnosticDescriptor PersistentEnvironmentChangeRule = DescriptorFactory.Create(
        RuleIdentifiers.PersistentEnvironmentChange,
        "Machine or user environment variable change",
        "'{0}' changes {1}; it outlives the process and affects every program of the user or machine. Do not let this change land without review.",
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "Environment.SetEnvironmentVariable with EnvironmentVariableTarget.Machine or User (or a target that is not visibly Process).");

    internal static readonly DiagnosticDescriptor CertificateStoreChangeRule = DescriptorFactory.Create(
        RuleIdentifiers.CertificateStoreChange,
        "Certificate store change",
        "'{0}' changes {1}; adding or removing certificates changes who is trusted and which keys are available. Manage certificates through deployment, reviewed by a person.",
        RuleCategory.Secrets,
        RiskLevel.High,
        "X509Store.Add, AddRange, Remove or RemoveRange.");

    internal static readonly DiagnosticDescriptor ConnectionStringInCodeRule = DescriptorFactory.Create(
        RuleIdentifiers.ConnectionStringInCode,
        "Connection string set in code",
        "{0} is set from a connection string written in code; changing where a program connects changes the security perimeter. Read the connection string from configuration.",
        RuleCategory.Secrets,
        RiskLevel.High,
        "A DbConnection or DbConnectionStringBuilder gets a connection string built from literals rather than read from configuration.");

    internal static readonly DiagnosticDescriptor SecretToOutputRule = DescriptorFactory.Create(
        RuleIdentifiers.SecretToOutput,
        "Secret written to output",
        "{0} reaches '{1}'; consoles, logs, exception messages and responses are read by many more people than the secret's owners. Log that the value is present, never the value.",
        RuleCategory.Secrets,
        RiskLevel.Critical,
        "A value read from a secret source, or a hard-coded secret, is passed (directly or through locals in the method) to Console, Debug, Trace, ILogger, Serilog, an exception message or an HTTP response.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        KnownFormatRule, CredentialStringRule, CredentialArgumentRule, NamedSecretRule, TestFixtureCredentialRule,
        SecretReadRule, ConfigurationReadRule, SecretChangeRule, SecretDeletionRule, TestSecretDeletionRule,
        SecretExportRule, PersistentEnvironmentChangeRule, CertificateStoreChangeRule,
        ConnectionStringInCodeRule, SecretToOutputRule, ProcessEnvironmentChangeRule, UnstoredKeyExportRule, ProtectedKeyExportRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SecretsSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var sinks = new CredentialSinkCatalog(symbols);
            var hardcoded = new HardcodedSecretClassifier(sinks);
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            var access = new SecretAccessCatalog(symbols, isTestProject);
            var output = new SecretOutputTracker(symbols, access, hardcoded);
            var reported = new ConcurrentDictionary<Location, bool>();
            var analysis = new SecretsAnalysis(symbols, sinks, hardcoded, access, output, reported, isTestProject, start.Compilation, start.CancellationToken);

            start.RegisterOperationAction(analysis.AnalyzeStringExpression, OperationKind.Literal, OperationKind.InterpolatedString, OperationKind.Binary, OperationKind.Utf8String);
            start.RegisterOperationAction(analysis.AnalyzeCall, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(analysis.AnalyzePropertyRead, OperationKind.PropertyReference);
        });
    }

    internal static SecretDetectorOptions OptionsFor(AnalyzerOptions options, SyntaxTree tree)
        => SecretDetectorOptions.Read(key => AutoModeOptions.GetString(options, tree, key));
}
