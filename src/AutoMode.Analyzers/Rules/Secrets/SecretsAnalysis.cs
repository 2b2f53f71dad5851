using System.Collections.Concurrent;
using System.Linq;
using AutoMode.Analyzers.Secrets;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>The per-compilation actions of <see cref="SecretsAnalyzer"/>.</summary>
internal sealed class SecretsAnalysis
{
    private readonly SecretsSymbols _symbols;
    private readonly CredentialSinkCatalog _sinks;
    private readonly HardcodedSecretClassifier _hardcoded;
    private readonly SecretAccessCatalog _access;
    private readonly SecretOutputTracker _output;
    private readonly ConcurrentDictionary<Location, bool> _reported;
    private readonly bool _isTestProject;
    private readonly ConcurrentDictionary<SyntaxTree, SecretDetectorOptions> _options = new();

    /// <summary>Made on the first credential sink whose value is not written in the sink's expression: most compilations never make it.</summary>
    private readonly System.Lazy<ValueSetResolver> _resolver;

    /// <summary><c>automode.secrets.include_tests = true</c>: report hard-coded credentials in test projects too.</summary>
    public const string IncludeTestsKey = "automode.secrets.include_tests";

    public SecretsAnalysis(
        SecretsSymbols symbols,
        CredentialSinkCatalog sinks,
        HardcodedSecretClassifier hardcoded,
        SecretAccessCatalog access,
        SecretOutputTracker output,
        ConcurrentDictionary<Location, bool> reported,
        bool isTestProject,
        Compilation compilation,
        System.Threading.CancellationToken cancellation)
    {
        _resolver = new System.Lazy<ValueSetResolver>(() => new ValueSetResolver(compilation, cancellation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _symbols = symbols;
        _sinks = sinks;
        _hardcoded = hardcoded;
        _access = access;
        _output = output;
        _reported = reported;
        _isTestProject = isTestProject;
    }

    /// <summary>AM3001, AM3002, AM3003 (direct) and AM3004 on a whole string expression written in code.</summary>
    public void AnalyzeStringExpression(OperationAnalysisContext context)
    {
        var operation = context.Operation;

        // A literal the compiler wrote: a default parameter value, or the text of another argument for a
        // [CallerArgumentExpression] parameter (NUnit 4's Assert.That). What it repeats is reported where it is written.
        if (operation.IsImplicit || !HardcodedSecretClassifier.IsTopLevelString(operation) ||
            (operation is IBinaryOperation binary && binary.OperatorKind != BinaryOperatorKind.Add))
        {
            return;
        }

        var options = OptionsFor(context.Options, operation.Syntax.SyntaxTree);
        if (_hardcoded.TryClassify(operation, context.ContainingSymbol, options, out var secret))
        {
            context.ReportDiagnostic(InTestsAsFixture(Create(secret, operation.Syntax.GetLocation()), context.Options));
        }
    }

    /// <summary>Credential sinks reached through locals and fields, accesses, connection strings in code and output.</summary>
    public void AnalyzeCall(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        var options = OptionsFor(context.Options, operation.Syntax.SyntaxTree);

        if (_sinks.MayMatch(operation))
        {
            foreach (var sink in _sinks.Match(operation))
            {
                AnalyzeSink(context, sink, options);
            }
        }

        if (operation is IInvocationOperation && _access.Match(operation, options) is { } access)
        {
            Report(context, access, operation.Syntax.GetLocation());
        }

        if (_output.MatchOutput(operation) is { } output)
        {
            foreach (var value in output.Values)
            {
                if (_output.FindSecret(value, context.ContainingSymbol, options) is { } source)
                {
                    context.ReportDiagnostic(RiskDiagnostic.Create(SecretsAnalyzer.SecretToOutputRule, operation.Syntax.GetLocation(), Capitalize(source), output.Api));
                    break;
                }
            }
        }
    }

    public void AnalyzePropertyRead(OperationAnalysisContext context)
    {
        var options = OptionsFor(context.Options, context.Operation.Syntax.SyntaxTree);
        if (_access.Match(context.Operation, options) is { } access)
        {
            Report(context, access, context.Operation.Syntax.GetLocation());
        }
    }

    /// <summary>The secrets options of a file, read from .editorconfig once per file (not once per operation).</summary>
    private SecretDetectorOptions OptionsFor(AnalyzerOptions options, SyntaxTree tree)
        => _options.TryGetValue(tree, out var known) ? known : _options.GetOrAdd(tree, SecretsAnalyzer.OptionsFor(options, tree));

    private void AnalyzeSink(OperationAnalysisContext context, CredentialSink sink, SecretDetectorOptions options)
    {
        var values = SecretValueTrace.Follow(sink.Value, _symbols, _resolver.Value);
        var anyText = false;
        foreach (var value in values)
        {
            if (value.Value.IsFullyUnknown || value.Value.Segments.Length == 0)
            {
                continue;
            }

            anyText |= value.Value.Segments.Any(s => s.Kind == Values.SegmentKind.Text);

            // A literal that is a secret by itself is reported where it is written (AnalyzeStringExpression).
            if (IsReportedWhereWritten(value, options, context.CancellationToken))
            {
                return;
            }

            if (sink.Kind == CredentialSinkKind.ConnectionString)
            {
                if (SecretDetector.TryDetect(value.Value.Render(), null, options, out var match))
                {
                    ReportOnce(context, match.Kind == SecretKind.KnownFormat ? SecretsAnalyzer.KnownFormatRule : SecretsAnalyzer.CredentialStringRule, value, sink, match.Description, match.Masked);
                    return;
                }

                continue;
            }

            if (value.Value.KnownText is { } text &&
                (value.IsBytes ? SecretDetector.IsKeyBytes(text) : SecretDetector.IsSinkConstant(text, options)))
            {
                ReportOnce(context, SecretsAnalyzer.CredentialArgumentRule, value, sink, sink.Kind == CredentialSinkKind.Key ? "key" : "credential", sink.Description);
            }
        }

        if (sink.Kind == CredentialSinkKind.ConnectionString && anyText && context.Operation is not IInvocationOperation && !IsSqlite(context.Operation))
        {
            context.ReportDiagnostic(InTestsAsFixture(RiskDiagnostic.Create(SecretsAnalyzer.ConnectionStringInCodeRule, sink.Value.Syntax.GetLocation(), Capitalize(sink.Description)), context.Options));
        }
    }

    /// <summary>Whether one of the literals the value is made of is a secret by itself (AM3001–AM3004 where it is written).</summary>
    private bool IsReportedWhereWritten(ResolvedValue value, SecretDetectorOptions options, System.Threading.CancellationToken cancellation)
    {
        foreach (var origin in value.Origins)
        {
            if (_resolver.Value.ModelFor(origin.SyntaxTree)?.GetOperation(origin, cancellation) is { } originOperation &&
                originOperation.Type?.SpecialType == SpecialType.System_String &&
                _hardcoded.TryClassify(HardcodedSecretClassifier.TopLevel(originOperation), null, options, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A SQLite connection (Microsoft.Data.Sqlite, System.Data.SQLite): its connection string names a local file or
    /// <c>:memory:</c>, so setting it in code does not change where the program connects over the network (AM3025).
    /// A password in it is still AM3002.
    /// </summary>
    private static bool IsSqlite(IOperation operation)
    {
        var type = operation switch
        {
            IObjectCreationOperation creation => creation.Type,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Instance?.Type ?? property.Property.ContainingType,
            _ => null,
        };

        return type is not null && type.Name.IndexOf("sqlite", System.StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// Reports a constant that reaches a sink where the constant is written, when it is written away from the sink (in
    /// another method, file or initializer): that is the line to fix; the sink is the additional location and the
    /// message says where it is. A value written in the sink's own expression, or in another project's source, is
    /// reported at the sink.
    /// </summary>
    private void ReportOnce(OperationAnalysisContext context, DiagnosticDescriptor rule, ResolvedValue value, CredentialSink sink, string first, string second)
    {
        var sinkSyntax = sink.Value.Syntax;
        // A constant of a referenced project (a project reference of the same solution: its symbols come with their
        // source) is not in this compilation: a diagnostic cannot point there, so the finding stays at the sink.
        var origins = value.Origins.Where(o => context.Compilation.ContainsSyntaxTree(o.SyntaxTree)).Distinct().ToList();
        var away = origins.Where(o => o.SyntaxTree != sinkSyntax.SyntaxTree || !sinkSyntax.Span.Contains(o.Span)).ToList();
        var location = away.Count > 0 ? away[away.Count - 1].GetLocation() : origins.Count == 1 ? origins[0].GetLocation() : sinkSyntax.GetLocation();
        var additional = away.Count > 0 ? new[] { sinkSyntax.GetLocation() } : null;
        if (away.Count > 0 && rule == SecretsAnalyzer.CredentialArgumentRule)
        {
            second += " " + Where(sinkSyntax);
        }

        if (_reported.TryAdd(location, true))
        {
            context.ReportDiagnostic(InTestsAsFixture(RiskDiagnostic.Create(rule, location, additional, first, second), context.Options));
        }
    }

    /// <summary>"in Client.Connect (Client.cs:12)": where a sink is, for a finding reported where its value is written.</summary>
    private static string Where(SyntaxNode syntax)
    {
        var member = syntax.Ancestors().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().FirstOrDefault();
        var type = member?.Ancestors().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        var name = member switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method => method.Identifier.ValueText,
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Identifier.ValueText,
            Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax => type,
            _ => null,
        };
        var line = syntax.GetLocation().GetLineSpan();
        var place = System.IO.Path.GetFileName(line.Path) + ":" + (line.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name is null ? "(" + place + ")" : "in " + (type is null || type == name ? name : type + "." + name) + " (" + place + ")";
    }

    /// <summary>
    /// A hard-coded password, key or credential string in a test project is a fixture as far as the code shows (a test
    /// database's password, a throw-away certificate's, a mock key), and so is a connection string written in a test
    /// (Dapper's test providers' localhost/tempdb fallbacks, AM3025): AM3005 (Low) instead of AM3002–AM3004/AM3025, unless
    /// <c>automode.secrets.include_tests = true</c>. Secrets of a known format (AM3001) are real wherever they are.
    /// </summary>
    private Diagnostic InTestsAsFixture(Diagnostic diagnostic, AnalyzerOptions options)
    {
        var id = diagnostic.Id;
        if (!_isTestProject || diagnostic.Location.SourceTree is not { } tree ||
            (id != SecretsAnalyzer.CredentialStringRule.Id && id != SecretsAnalyzer.CredentialArgumentRule.Id && id != SecretsAnalyzer.NamedSecretRule.Id &&
             id != SecretsAnalyzer.ConnectionStringInCodeRule.Id) ||
            string.Equals(AutoModeOptions.GetString(options, tree, IncludeTestsKey)?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return diagnostic;
        }

        var title = diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RiskDiagnostic.Create(SecretsAnalyzer.TestFixtureCredentialRule, diagnostic.Location, title, id + " outside tests");
    }

    private static Diagnostic Create(HardcodedSecret secret, Location location) => secret.Match.Kind switch
    {
        SecretKind.KnownFormat => RiskDiagnostic.Create(SecretsAnalyzer.KnownFormatRule, location, secret.Match.Description, secret.Match.Masked),
        SecretKind.CredentialString => RiskDiagnostic.Create(SecretsAnalyzer.CredentialStringRule, location, secret.Match.Description),
        SecretKind.CredentialArgument => RiskDiagnostic.Create(SecretsAnalyzer.CredentialArgumentRule, location, secret.Match.Description, secret.SinkDescription),
        _ => RiskDiagnostic.Create(SecretsAnalyzer.NamedSecretRule, location, secret.Name, HardcodedSecretClassifier.Describe(secret)),
    };

    private static void Report(OperationAnalysisContext context, SecretAccess access, Location location)
    {
        var rule = access.Kind switch
        {
            SecretAccessKind.SecretRead => SecretsAnalyzer.SecretReadRule,
            SecretAccessKind.ConfigurationRead => SecretsAnalyzer.ConfigurationReadRule,
            SecretAccessKind.Change => SecretsAnalyzer.SecretChangeRule,
            SecretAccessKind.Delete => SecretsAnalyzer.SecretDeletionRule,
            SecretAccessKind.TestDelete => SecretsAnalyzer.TestSecretDeletionRule,
            SecretAccessKind.Export => SecretsAnalyzer.SecretExportRule,
            SecretAccessKind.PersistentEnvironment => SecretsAnalyzer.PersistentEnvironmentChangeRule,
            SecretAccessKind.ProcessEnvironment => SecretsAnalyzer.ProcessEnvironmentChangeRule,
            SecretAccessKind.UnstoredExport => SecretsAnalyzer.UnstoredKeyExportRule,
            SecretAccessKind.ProtectedExport => SecretsAnalyzer.ProtectedKeyExportRule,
            _ => SecretsAnalyzer.CertificateStoreChangeRule,
        };
        context.ReportDiagnostic(RiskDiagnostic.Create(rule, location, access.Api, access.What, access.Reason));
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
