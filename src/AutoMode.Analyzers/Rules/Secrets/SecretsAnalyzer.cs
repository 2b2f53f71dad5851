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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        SecretRules.KnownFormat, SecretRules.CredentialString, SecretRules.CredentialArgument, SecretRules.NamedSecret, SecretRules.TestFixtureCredential,
        SecretRules.SecretRead, SecretRules.ConfigurationRead, SecretRules.SecretChange, SecretRules.SecretDeletion,
        SecretRules.SecretExport, SecretRules.PersistentEnvironmentChange, SecretRules.CertificateStoreChange,
        SecretRules.ConnectionStringInCode, SecretRules.SecretToOutput, SecretRules.ProcessEnvironmentChange, SecretRules.UnstoredKeyExport);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
            var analysis = new SecretsAnalysis(symbols, sinks, hardcoded, access, output, reported, isTestProject);

            start.RegisterOperationAction(analysis.AnalyzeStringExpression, OperationKind.Literal, OperationKind.InterpolatedString, OperationKind.Binary, OperationKind.Utf8String);
            start.RegisterOperationAction(analysis.AnalyzeCall, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(analysis.AnalyzePropertyRead, OperationKind.PropertyReference);
        });
    }

    internal static SecretDetectorOptions OptionsFor(AnalyzerOptions options, SyntaxTree tree)
        => SecretDetectorOptions.Read(key => AutoModeOptions.GetString(options, tree, key));
}
