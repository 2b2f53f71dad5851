using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// AM60xx: the application's own security boundary — TLS certificate checks and protocols (AM600x), token validation and cookies (AM601x),
/// anonymous access (AM602x), CORS (AM603x) and sensitive data in logs and responses (AM604x). Where the code cannot
/// reach production (a test project, a development-only branch, a DEBUG-only region) the finding is reported one
/// level lower with the reason (AM6091, AM6092).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor CertificateValidationOffRule = DescriptorFactory.Create(
        RuleIdentifiers.CertificateValidationOff,
        "Server certificate validation turned off",
        "{0}; any machine on the network path can then read and change the traffic. Validate the certificate: trust its CA or pin the expected certificate, and reject other errors.",
        RuleCategory.Security,
        RiskLevel.Critical,
        "A certificate validation callback (ServerCertificateCustomValidationCallback, ServicePointManager.ServerCertificateValidationCallback, RemoteCertificateValidationCallback, SslClientAuthenticationOptions, MailKit and every other callback given SslPolicyErrors) that returns true whatever it is given, and HttpClientHandler.DangerousAcceptAnyServerCertificateValidator.");

    internal static readonly DiagnosticDescriptor RevocationCheckOffRule = DescriptorFactory.Create(
        RuleIdentifiers.RevocationCheckOff,
        "Certificate revocation check turned off",
        "{0}; a revoked, possibly stolen certificate is then accepted. Keep revocation checking on.",
        RuleCategory.Security,
        RiskLevel.Critical,
        "CheckCertificateRevocationList = false (HttpClientHandler, ServicePointManager), MailKit's CheckCertificateRevocation = false, and CertificateRevocationCheckMode = X509RevocationMode.NoCheck on TLS authentication options.");

    internal static readonly DiagnosticDescriptor HttpsMetadataOffRule = DescriptorFactory.Create(
        RuleIdentifiers.HttpsMetadataOff,
        "HTTPS not required for authentication metadata",
        "{0}; the identity provider's metadata and signing keys may then be fetched over plain HTTP, and whoever can change that traffic can sign tokens the app accepts. Require HTTPS outside development.",
        RuleCategory.Security,
        RiskLevel.Critical,
        "RequireHttpsMetadata = false on the options of an authentication handler from a package (JwtBearer, OpenIdConnect, WsFederation, IdentityServer), outside a development-only branch.");

    internal static readonly DiagnosticDescriptor HttpsMetadataOffWithOwnKeysRule = DescriptorFactory.Create(
        RuleIdentifiers.HttpsMetadataOffWithOwnKeys,
        "HTTPS not required for authentication metadata, where the options give their own signing keys",
        "{0}; {1}. Reported at High rather than Critical (AM6003): metadata is fetched only where an Authority or MetadataAddress is set elsewhere (from settings), and then its signing keys can be changed on the way. Require HTTPS outside development, or remove the setting.",
        RuleCategory.Security,
        RiskLevel.High,
        "RequireHttpsMetadata = false on the options of an authentication handler from a package, where the same code gives the token validation its own signing keys (IssuerSigningKey, IssuerSigningKeys, IssuerSigningKeyResolver) and sets no Authority, MetadataAddress or Configuration.");

    internal static readonly DiagnosticDescriptor OutdatedProtocolRule = DescriptorFactory.Create(
        RuleIdentifiers.OutdatedTlsProtocol,
        "Outdated TLS protocol enabled",
        "{0}; SSL 2/3 and TLS 1.0/1.1 have known attacks, and a connection can be downgraded to them. Leave the protocol to the operating system (SslProtocols.None) or require TLS 1.2 and later.",
        RuleCategory.Security,
        RiskLevel.High,
        "SslProtocols.Ssl2, Ssl3, Tls, Tls11 and SecurityProtocolType.Ssl3, Tls, Tls11 given as a value (assigned, passed, initialized, returned), not compared.");

    internal static readonly DiagnosticDescriptor SignatureValidationOffRule = DescriptorFactory.Create(
        RuleIdentifiers.TokenSignatureValidationOff,
        "Token signature validation turned off",
        "{0}; anyone can then forge a token the app accepts. Keep signed tokens required and let the token handler validate the signature.",
        RuleCategory.Security,
        RiskLevel.Critical,
        "TokenValidationParameters.RequireSignedTokens = false, and a SignatureValidator that only parses the token (returns a new token made from the string it is given) without validating it.");

    internal static readonly DiagnosticDescriptor TokenCheckOffRule = DescriptorFactory.Create(
        RuleIdentifiers.TokenCheckOff,
        "Token issuer, audience, lifetime or key check turned off",
        "{0}; tokens issued by someone else, for another application or long expired can then be accepted. Keep the check on, or set the matching validator delegate that does it.",
        RuleCategory.Security,
        RiskLevel.High,
        "TokenValidationParameters with ValidateIssuer, ValidateAudience, ValidateLifetime, RequireExpirationTime or ValidateIssuerSigningKey set to false, unless the matching IssuerValidator, AudienceValidator or LifetimeValidator is set (Microsoft.IdentityModel calls it whatever the flag says).");

    internal static readonly DiagnosticDescriptor TokenCheckOffWithOwnKeyRule = DescriptorFactory.Create(
        RuleIdentifiers.TokenCheckOffWithOwnKey,
        "Token issuer or audience check turned off, for tokens signed with the application's own symmetric key",
        "{0}; {1}. Reported at Medium rather than High (AM6012): only holders of that key can issue tokens it accepts, but a key shared with other services lets their tokens in. Keep the check on where the key is shared.",
        RuleCategory.Security,
        RiskLevel.Medium,
        "TokenValidationParameters with ValidateIssuer or ValidateAudience set to false where the same code validates the signature with a new SymmetricSecurityKey (a key the application holds itself, an HMAC secret) and sets no matching validator.");

    internal static readonly DiagnosticDescriptor CookieRelaxedRule = DescriptorFactory.Create(
        RuleIdentifiers.CookieProtectionRelaxed,
        "Cookie protection relaxed",
        "{0}; a session or authentication cookie can then be stolen by injected script or read on the network. Keep HttpOnly, Secure and SecurePolicy = Always for such cookies.",
        RuleCategory.Security,
        RiskLevel.High,
        "ASP.NET Core CookieOptions.HttpOnly/Secure = false and CookieBuilder (authentication, session, antiforgery cookies) HttpOnly = false or SecurePolicy = CookieSecurePolicy.None.");

    internal static readonly DiagnosticDescriptor AnonymousAccessRule = DescriptorFactory.Create(
        RuleIdentifiers.AnonymousAccess,
        "Anonymous access allowed",
        "{0}; requests reach it without authentication. Check that it exposes nothing that needs a signed-in user.",
        RuleCategory.Security,
        RiskLevel.High,
        "[AllowAnonymous] (Microsoft.AspNetCore.Authorization) on a controller, action or page, .AllowAnonymous() on an endpoint, and the Razor Pages AllowAnonymousToPage/AllowAnonymousToFolder conventions.");

    internal static readonly DiagnosticDescriptor AnonymousNoDataRule = DescriptorFactory.Create(
        RuleIdentifiers.AnonymousAccessWithoutData,
        "Anonymous access to an endpoint that serves no user data",
        "{0}; {1}. Reported at Medium rather than High (AM6021): such endpoints are public by design, but keep them free of user data, and keep the attribute on the actions that need it rather than on a whole controller.",
        RuleCategory.Security,
        RiskLevel.Medium,
        "[AllowAnonymous] on a health, liveness, error or SPA-fallback controller (HealthController, FallbackController…), on an action named as a probe or an error page (GetAlive, Health, Ping, Error…) or on a controller whose every action is, and .AllowAnonymous() on MapHealthChecks.");

    internal static readonly DiagnosticDescriptor CorsAnyOriginRule = DescriptorFactory.Create(
        RuleIdentifiers.CorsAnyOrigin,
        "CORS policy allows any origin",
        "{0}; any web site can then call this API from its visitors' browsers. List the origins that need access with WithOrigins.",
        RuleCategory.Security,
        RiskLevel.High,
        "CorsPolicyBuilder.AllowAnyOrigin(), WithOrigins(\"*\") and SetIsOriginAllowed with a function that returns true for every origin.");

    internal static readonly DiagnosticDescriptor CorsCredentialsAnyOriginRule = DescriptorFactory.Create(
        RuleIdentifiers.CorsCredentialsAnyOrigin,
        "CORS credentials allowed for any origin",
        "{0}; any web site can then send requests with the user's cookies and read the answers. List the trusted origins with WithOrigins.",
        RuleCategory.Security,
        RiskLevel.High,
        "CorsPolicyBuilder.AllowCredentials() in the same policy as SetIsOriginAllowed with a function that returns true for every origin (the framework refuses AllowAnyOrigin with credentials, but not this).");

    internal static readonly DiagnosticDescriptor SensitiveDataRule = DescriptorFactory.Create(
        RuleIdentifiers.SensitiveDataExposed,
        "Sensitive data logged or returned",
        "{0}; passwords, tokens and personal data can then reach logs or responses. Turn it on only in development.",
        RuleCategory.Security,
        RiskLevel.High,
        "EF Core EnableSensitiveDataLogging(), JwtBearerOptions.IncludeErrorDetails = true and IdentityModelEventSource.ShowPII / LogCompleteSecurityArtifact = true, outside development.");

    internal static readonly DiagnosticDescriptor RelaxedCriticalRule = DescriptorFactory.Create(
        RuleIdentifiers.RelaxedCriticalCheckOutsideProduction,
        "Critical security check relaxed where it does not reach production",
        "{0}, {1}: reported as High instead of Critical ({2})",
        RuleCategory.Security,
        RiskLevel.High,
        "A finding of AM6001, AM6002, AM6003 or AM6011 in a test project, a development-only branch or a DEBUG-only region, one level lower.");

    internal static readonly DiagnosticDescriptor RelaxedHighRule = DescriptorFactory.Create(
        RuleIdentifiers.RelaxedCheckOutsideProduction,
        "Security boundary relaxed where it does not reach production",
        "{0}, {1}: reported as Medium instead of High ({2})",
        RuleCategory.Security,
        RiskLevel.Medium,
        "A finding of AM6004, AM6005, AM6012, AM6013, AM6021, AM6031, AM6032 or AM6041 in a test project, a development-only branch or a DEBUG-only region, one level lower; and a finding of AM6001, AM6002, AM6003 or AM6011 in a test method that starts the server it talks to itself (WireMockServer.Start, a WebApplication or host it starts, TestServer, WebApplicationFactory), two levels lower.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        CertificateValidationOffRule, RevocationCheckOffRule, HttpsMetadataOffRule, HttpsMetadataOffWithOwnKeysRule, OutdatedProtocolRule, SignatureValidationOffRule, TokenCheckOffRule,
        TokenCheckOffWithOwnKeyRule, CookieRelaxedRule,
        AnonymousAccessRule, AnonymousNoDataRule, CorsAnyOriginRule, CorsCredentialsAnyOriginRule, SensitiveDataRule, RelaxedCriticalRule, RelaxedHighRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = new SecuritySymbols(start.Compilation);
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            var certificates = new CertificateChecks(symbols);
            start.RegisterOperationAction(c => Report(c, certificates.Match((IDelegateCreationOperation)c.Operation), isTestProject), OperationKind.DelegateCreation);
            start.RegisterOperationAction(c => Report(c, certificates.Match((IPropertyReferenceOperation)c.Operation), isTestProject), OperationKind.PropertyReference);
            start.RegisterOperationAction(c => Report(c, MatchAssignment((ISimpleAssignmentOperation)c.Operation, symbols, certificates), isTestProject), OperationKind.SimpleAssignment);
            if (symbols.SslProtocols is not null || symbols.SecurityProtocolType is not null)
            {
                start.RegisterOperationAction(c => Report(c, ProtocolAndCookieChecks.Match((IFieldReferenceOperation)c.Operation, symbols), isTestProject), OperationKind.FieldReference);
            }

            start.RegisterOperationAction(c => Report(c, MatchInvocation((IInvocationOperation)c.Operation, symbols), isTestProject), OperationKind.Invocation);
            if (symbols.AllowAnonymousAttribute is { } allowAnonymous)
            {
                start.RegisterSymbolAction(c => AnonymousAccess.ReportAttributes(c, allowAnonymous, isTestProject), SymbolKind.NamedType, SymbolKind.Method);
            }
        });
    }

    private static SecurityFinding? MatchAssignment(ISimpleAssignmentOperation assignment, SecuritySymbols symbols, CertificateChecks certificates)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property })
        {
            return null;
        }

        return certificates.Match(assignment, property) ?? TokenValidation.Match(assignment, property, symbols) ?? SensitiveData.Match(assignment, property, symbols) ??
               ProtocolAndCookieChecks.Match(assignment, property, symbols);
    }

    private static SecurityFinding? MatchInvocation(IInvocationOperation invocation, SecuritySymbols symbols)
        => CorsPolicies.Match(invocation, symbols) ?? AnonymousAccess.Match(invocation, symbols) ?? SensitiveData.Match(invocation, symbols);

    private static void Report(OperationAnalysisContext context, SecurityFinding? finding, bool isTestProject)
    {
        if (finding is { } f)
        {
            var relaxed = RelaxedContext.Of(context.Operation, isTestProject);
            if (relaxed == RelaxedContext.TestProject && f.Rule.DefaultSeverity == DiagnosticSeverity.Error &&
                LocalTestServers.StartedAround(context.Operation) is { } server)
            {
                // A Critical check relaxed by a test against a server it starts itself (RestSharp trusting its own WireMock
                // server's self-signed certificate): nothing outside the test run is reached; two levels lower, Medium.
                context.ReportDiagnostic(RiskDiagnostic.Create(RelaxedHighRule, context.Operation.Syntax.GetLocation(), f.What,
                    RelaxedContext.TestProject + ", against a local server the test starts itself ('" + server + "')", f.Rule.Id + ", Critical, and AM6091"));
                return;
            }

            context.ReportDiagnostic(Create(f, context.Operation.Syntax.GetLocation(), relaxed));
        }
    }

    /// <summary>The diagnostic for a finding: its own rule, or one level lower with the reason where it cannot reach production.</summary>
    internal static Diagnostic Create(SecurityFinding finding, Location location, string? relaxedBecause)
    {
        if (relaxedBecause is null || finding.Rule.DefaultSeverity < DiagnosticSeverity.Warning)
        {
            return finding.Because is { } because
                ? RiskDiagnostic.Create(finding.Rule, location, finding.What, because)
                : RiskDiagnostic.Create(finding.Rule, location, finding.What);
        }

        var lower = finding.Rule.DefaultSeverity == DiagnosticSeverity.Error ? RelaxedCriticalRule : RelaxedHighRule;
        return RiskDiagnostic.Create(lower, location, finding.What, relaxedBecause, finding.Rule.Id);
    }
}

/// <summary>What a security rule found: the rule at its full level, and the clause its message starts with.</summary>
internal readonly struct SecurityFinding
{
    public SecurityFinding(DiagnosticDescriptor rule, string what, string? because = null)
    {
        Rule = rule;
        What = what;
        Because = because;
    }

    public DiagnosticDescriptor Rule { get; }

    public string What { get; }

    /// <summary>Why a rule that reports one level lower did (its message's second argument), or null.</summary>
    public string? Because { get; }
}
