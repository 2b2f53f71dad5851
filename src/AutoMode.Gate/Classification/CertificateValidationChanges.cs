using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// AMG608 (High): how the application decides to trust a TLS certificate, added or changed where it may accept a
/// certificate with errors, read on syntax in the old and the new text (a new file counts as a change from the
/// platform's own validation):
/// <list type="bullet">
/// <item>a certificate validation callback — a method or local function with an <c>SslPolicyErrors</c> parameter, and
/// a lambda or anonymous method given to <c>ServerCertificateCustomValidationCallback</c>,
/// <c>ServerCertificateValidationCallback</c>, <c>RemoteCertificateValidationCallback</c> or
/// <c>new RemoteCertificateValidationCallback(…)</c> — whose body is new or differs (statements that only log do not
/// count) and that may return true for a certificate with errors (<see cref="MayAcceptErrors"/>);</item>
/// <item>a revocation or chain setting given a new value — <c>RevocationMode</c>, <c>RevocationFlag</c>,
/// <c>VerificationFlags</c>, <c>TrustMode</c>, <c>CheckCertificateRevocationList</c>, <c>CheckCertificateRevocation</c>,
/// <c>CertificateRevocationCheckMode</c> — unless the new value keeps the check (<c>Online</c>, <c>Offline</c>,
/// <c>NoFlag</c>, <c>true</c>, the system trust store).</item>
/// </list>
/// The analyzers judge what the new code does where they can tell (AM6001 a callback that accepts every certificate,
/// AM6002 revocation off); a callback that accepts some certificates with errors — only revocation errors, a
/// configured "trust the server" switch — cannot be judged from the code, and whoever changes it decides whom the
/// client trusts. A callback that only rejects errors or pins the certificate is the safe pattern and is not reported. Comments and formatting do not count; a callback or setting that is removed is not
/// reported (the platform's validation applies again).
/// </summary>
public static class CertificateValidationChanges
{
    private static readonly string[] CallbackTargets =
    {
        "ServerCertificateCustomValidationCallback", "ServerCertificateValidationCallback", "RemoteCertificateValidationCallback",
    };

    private static readonly string[] Settings =
    {
        "RevocationMode", "RevocationFlag", "VerificationFlags", "TrustMode", "CheckCertificateRevocationList", "CheckCertificateRevocation",
        "CertificateRevocationCheckMode",
    };

    public static IEnumerable<Finding> Classify(ChangedFile file)
    {
        if (file.NewText is null || !MayMention(file.NewText))
        {
            return Array.Empty<Finding>();
        }

        var before = Collect(CSharpSyntaxTree.ParseText(file.OldText ?? string.Empty).GetCompilationUnitRoot());
        var findings = new List<Finding>();
        foreach (var (key, now) in Collect(CSharpSyntaxTree.ParseText(file.NewText).GetCompilationUnitRoot()))
        {
            if (!now.MayAccept)
            {
                continue;
            }

            if (!before.TryGetValue(key, out var old))
            {
                findings.Add(GateRules.CertificateValidationChanged.At(file, now.Line,
                    $"New {now.Name} that may accept a certificate with errors: {AuthorizationChanges.Describe(new[] { now.Definition })}; it decides which servers the client trusts."));
            }
            else if (!string.Equals(old.Definition, now.Definition, StringComparison.Ordinal))
            {
                findings.Add(GateRules.CertificateValidationChanged.At(file, now.Line,
                    $"The {now.Name}, which may accept a certificate with errors, changed {AuthorizationChanges.DescribeChange(old.Definition, now.Definition)}: it decides which servers the client trusts."));
            }
        }

        return findings.OrderBy(f => f.Line).ToList();
    }

    /// <summary>A callback or setting: its name, its normalized definition without logging statements, its line, and whether it may accept a certificate with errors.</summary>
    /// <summary>
    /// One change, one finding: where the analyzers judge the new code on the same line (AM6001 a callback that accepts
    /// every certificate, AM6002 revocation off, or their relaxed AM6091), that finding stands for this one.
    /// </summary>
    public static void OneFindingPerLine(List<Finding> findings)
    {
        var judged = findings
            .Where(f => f.RuleId is RuleIdentifiers.CertificateValidationOff or RuleIdentifiers.RevocationCheckOff or RuleIdentifiers.RelaxedCriticalCheckOutsideProduction)
            .Select(f => f.Line)
            .ToHashSet();
        if (judged.Count > 0)
        {
            findings.RemoveAll(f => f.RuleId == GateRules.CertificateValidationChanged.Id && judged.Contains(f.Line));
        }
    }

    private sealed record Validation(string Name, string Definition, int Line, bool MayAccept);

    /// <summary>Validation callbacks and chain settings, each keyed by where it is (the method, or the member it is given to and its order there).</summary>
    private static Dictionary<string, Validation> Collect(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, Validation>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case MethodDeclarationSyntax method when HasPolicyErrors(method.ParameterList) && Body(method.Body, method.ExpressionBody) is { } body:
                    AddCallback("certificate validation callback " + method.Identifier.Text + "(…)", body, method.ParameterList, method.Identifier.GetLocation());
                    break;
                case LocalFunctionStatementSyntax local when HasPolicyErrors(local.ParameterList) && Body(local.Body, local.ExpressionBody) is { } body:
                    AddCallback("certificate validation callback " + local.Identifier.Text + "(…)", body, local.ParameterList, local.Identifier.GetLocation());
                    break;
                case AnonymousFunctionExpressionSyntax function when GivenTo(function) is { } target:
                    AddCallback("certificate validation callback given to " + target, function.Body, Parameters(function), function.GetLocation());
                    break;
                case AssignmentExpressionSyntax assignment when AuthorizationChanges.AssignedName(assignment) is { } name && Settings.Contains(name, StringComparer.Ordinal):
                    Add(name + " setting", AuthorizationChanges.Normalize(assignment.Left) + " = " + AuthorizationChanges.Normalize(assignment.Right), assignment.GetLocation(), !Strict(assignment.Right));
                    break;
            }
        }

        return result;

        void AddCallback(string name, SyntaxNode body, SyntaxNode? parameters, Location location)
            => Add(name, WithoutLogging(body), location, MayAcceptErrors(body, ParameterNames(parameters)));

        void Add(string name, string definition, Location location, bool mayAccept)
        {
            var count = seen.TryGetValue(name, out var n) ? n + 1 : 1;
            seen[name] = count;
            var key = count == 1 ? name : name + " #" + count;
            result.TryAdd(key, new Validation(name, definition, location.GetLineSpan().StartLinePosition.Line + 1, mayAccept));
        }
    }

    /// <summary>A setting given a value that keeps the check (<c>X509RevocationMode.Online</c>/<c>Offline</c>, <c>X509VerificationFlags.NoFlag</c>, <c>true</c>, the system trust store).</summary>
    private static bool Strict(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.TrueLiteralExpression),
        MemberAccessExpressionSyntax access => access.Name.Identifier.Text is "Online" or "Offline" or "NoFlag" or "EntireChain" or "ExcludeRoot" or "EndCertificateOnly" or "System",
        _ => false,
    };

    /// <summary>The normalized body without the statements that only log or print (their wording decides nothing).</summary>
    private static string WithoutLogging(SyntaxNode body)
    {
        var logging = body.DescendantNodesAndSelf().OfType<ExpressionStatementSyntax>().Where(IsLogging).ToList();
        return AuthorizationChanges.Normalize(logging.Count == 0 ? body : body.RemoveNodes(logging, SyntaxRemoveOptions.KeepNoTrivia)!);
    }

    private static bool IsLogging(ExpressionStatementSyntax statement)
        => statement.Expression is InvocationExpressionSyntax call && AuthorizationChanges.CalledName(call) is { } name &&
           (name.StartsWith("Log", StringComparison.Ordinal) || name is "Write" or "WriteLine" or "TraceInformation" or "TraceWarning" or "TraceError" or "Verbose" or "Debug" or "Information" or "Warning" or "Error");

    private static SyntaxNode? Parameters(AnonymousFunctionExpressionSyntax function) => function switch
    {
        ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList,
        SimpleLambdaExpressionSyntax lambda => lambda.Parameter,
        AnonymousMethodExpressionSyntax method => method.ParameterList,
        _ => null,
    };

    private static IReadOnlyCollection<string> ParameterNames(SyntaxNode? parameters)
        => parameters?.DescendantNodesAndSelf().OfType<ParameterSyntax>().Select(p => p.Identifier.Text).Where(n => n != "_").ToList() ?? (IReadOnlyCollection<string>)Array.Empty<string>();

    /// <summary>
    /// Whether a callback may return true for a certificate with errors: a <c>return true</c> (or a flag that names no
    /// parameter and no local, like <c>_trustAll</c>) that is not under <c>errors == SslPolicyErrors.None</c> nor after
    /// an <c>errors != SslPolicyErrors.None</c> check that throws or returns false. A callback that only compares the
    /// certificate (a pinned hash or thumbprint) or the errors does not.
    /// </summary>
    private static bool MayAcceptErrors(SyntaxNode body, IReadOnlyCollection<string> parameters)
    {
        var names = new HashSet<string>(parameters, StringComparer.Ordinal);
        names.UnionWith(body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.Text));
        names.UnionWith(body.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Select(v => v.Identifier.Text));
        return body switch
        {
            ExpressionSyntax expression => Accepts(expression, names),
            ArrowExpressionClauseSyntax arrow => Accepts(arrow.Expression, names),
            _ => body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<ReturnStatementSyntax>()
                .Any(r => r.Expression is { } value && Accepts(value, names) && !GuardedByNoErrors(r, body)),
        };
    }

    private static bool Accepts(ExpressionSyntax value, HashSet<string> names) => value switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.TrueLiteralExpression),
        ParenthesizedExpressionSyntax parenthesized => Accepts(parenthesized.Expression, names),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalOrExpression) => Accepts(binary.Left, names) || Accepts(binary.Right, names),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) => Accepts(binary.Left, names) && Accepts(binary.Right, names),
        IdentifierNameSyntax or MemberAccessExpressionSyntax => !value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => names.Contains(i.Identifier.Text)),
        _ => false,
    };

    private static bool GuardedByNoErrors(ReturnStatementSyntax ret, SyntaxNode body)
    {
        for (SyntaxNode node = ret; node != body && node.Parent is { } parent; node = parent)
        {
            if (parent is IfStatementSyntax ifStatement && ifStatement.Statement == node && Compares(ifStatement.Condition, SyntaxKind.EqualsExpression))
            {
                return true;
            }

            if (parent is BlockSyntax block && block.Statements.TakeWhile(s => s != node).OfType<IfStatementSyntax>()
                    .Any(i => Compares(i.Condition, SyntaxKind.NotEqualsExpression) && Rejects(i.Statement)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A condition that compares with <c>SslPolicyErrors.None</c> with the given operator.</summary>
    private static bool Compares(ExpressionSyntax condition, SyntaxKind kind)
        => condition.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>().Any(b => (b.IsKind(kind) || kind == SyntaxKind.EqualsExpression && b.IsKind(SyntaxKind.IsExpression)) && (IsNone(b.Left) || IsNone(b.Right))) ||
           kind == SyntaxKind.EqualsExpression && condition.DescendantNodesAndSelf().OfType<IsPatternExpressionSyntax>().Any(p => p.Pattern is ConstantPatternSyntax { Expression: var e } && IsNone(e));

    /// <summary><c>SslPolicyErrors.None</c> (after <c>is</c> it parses as a qualified type name).</summary>
    private static bool IsNone(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.Text: "None" } access => SyntaxNames.Rightmost(access.Expression) == "SslPolicyErrors",
        QualifiedNameSyntax { Right.Identifier.Text: "None" } qualified => SyntaxNames.Rightmost(qualified.Left) == "SslPolicyErrors",
        _ => false,
    };

    private static bool Rejects(StatementSyntax statement) => statement switch
    {
        ThrowStatementSyntax => true,
        ReturnStatementSyntax { Expression: LiteralExpressionSyntax literal } => literal.IsKind(SyntaxKind.FalseLiteralExpression),
        BlockSyntax block => block.Statements.Count > 0 && Rejects(block.Statements[^1]),
        _ => false,
    };

    private static SyntaxNode? Body(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow) => (SyntaxNode?)block ?? arrow;

    private static bool HasPolicyErrors(ParameterListSyntax parameters)
        => parameters.Parameters.Any(p => p.Type is { } type && SyntaxNames.Rightmost(Unwrap(type)) == "SslPolicyErrors");

    private static TypeSyntax Unwrap(TypeSyntax type) => type is NullableTypeSyntax nullable ? nullable.ElementType : type;

    /// <summary>The member or constructor a lambda is given to, when it is a certificate validation callback.</summary>
    private static string? GivenTo(AnonymousFunctionExpressionSyntax function)
    {
        SyntaxNode node = function;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Right == node && AuthorizationChanges.AssignedName(assignment) is { } name && CallbackTargets.Contains(name, StringComparer.Ordinal):
                return name;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } } when SyntaxNames.Rightmost(creation.Type) is "RemoteCertificateValidationCallback" or "SslStream":
                return "new " + SyntaxNames.Rightmost(creation.Type) + "(…)";
            default:
                return null;
        }
    }

    private static bool MayMention(string text)
        => text.Contains("SslPolicyErrors", StringComparison.Ordinal) || text.Contains("CertificateValidationCallback", StringComparison.Ordinal) ||
           text.Contains("Revocation", StringComparison.Ordinal) || text.Contains("VerificationFlags", StringComparison.Ordinal) ||
           text.Contains("TrustMode", StringComparison.Ordinal);
}
