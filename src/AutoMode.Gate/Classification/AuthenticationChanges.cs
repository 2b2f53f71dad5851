using System.Globalization;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Changes of how users prove who they are, read on syntax in the old and the new text (a new file counts as a change
/// from the framework's defaults):
/// <list type="bullet">
/// <item>AMG602 (High): the ASP.NET Core Identity password or lockout policy weakened — <c>RequiredLength</c> or
/// <c>RequiredUniqueChars</c> lowered, <c>RequireDigit</c>/<c>RequireLowercase</c>/<c>RequireUppercase</c>/<c>RequireNonAlphanumeric</c>
/// or <c>Lockout.AllowedForNewUsers</c> turned off, <c>MaxFailedAccessAttempts</c> raised, <c>DefaultLockoutTimeSpan</c>
/// shortened, each against its old value or the framework default (6, 1, true, true, 5, 5 minutes);</item>
/// <item>AMG603 (High): an authentication scheme registered or its options changed (<c>AddJwtBearer</c>,
/// <c>AddCookie</c>, <c>AddOpenIdConnect</c>, <c>AddScheme&lt;…&gt;</c>, <c>AddPolicyScheme</c>, the external providers)
/// and an authentication handler (a class deriving from <c>AuthenticationHandler&lt;…&gt;</c>) added or changed.</item>
/// </list>
/// Comments and formatting never count; a value read from settings is not compared.
/// </summary>
public static class AuthenticationChanges
{
    private static readonly string[] SchemeMethods =
    {
        "AddJwtBearer", "AddCookie", "AddOpenIdConnect", "AddOAuth", "AddScheme", "AddPolicyScheme", "AddCertificate", "AddNegotiate",
        "AddGoogle", "AddMicrosoftAccount", "AddFacebook", "AddTwitter", "AddWsFederation", "AddMicrosoftIdentityWebApi",
        "AddMicrosoftIdentityWebApp", "AddIdentityServerAuthentication", "AddOAuth2Introspection", "AddBearerToken",
    };

    /// <summary>A setting of the Identity options: its default and whether a new value below (-1) or above (+1) the old one weakens it.</summary>
    private sealed record Setting(string Section, double Default, int WeakerWhen, string Unit);

    private static readonly Dictionary<string, Setting> Settings = new(StringComparer.Ordinal)
    {
        ["RequiredLength"] = new("password", 6, -1, " characters"),
        ["RequiredUniqueChars"] = new("password", 1, -1, " distinct characters"),
        ["RequireDigit"] = new("password", 1, -1, string.Empty),
        ["RequireLowercase"] = new("password", 1, -1, string.Empty),
        ["RequireUppercase"] = new("password", 1, -1, string.Empty),
        ["RequireNonAlphanumeric"] = new("password", 1, -1, string.Empty),
        ["AllowedForNewUsers"] = new("lockout", 1, -1, string.Empty),
        ["MaxFailedAccessAttempts"] = new("lockout", 5, +1, " failed sign-ins"),
        ["DefaultLockoutTimeSpan"] = new("lockout", 300, -1, " seconds"),
    };

    public static IEnumerable<Finding> Classify(ChangedFile file)
    {
        var settings = file.NewText is not null && MentionsAny(file.NewText, "Password", "Lockout");
        var schemes = file.NewText is not null && MentionsAny(file.NewText, "AddAuthentication", "AuthenticationBuilder", "AuthenticationHandler<");
        if (!settings && !schemes)
        {
            return Array.Empty<Finding>();
        }

        var newRoot = CSharpSyntaxTree.ParseText(file.NewText!).GetCompilationUnitRoot();
        var oldRoot = CSharpSyntaxTree.ParseText(file.OldText ?? string.Empty).GetCompilationUnitRoot();
        return (settings ? WeakenedSettings(oldRoot, newRoot, file) : Enumerable.Empty<Finding>())
            .Concat(schemes ? ChangedSchemes(oldRoot, newRoot, file) : Enumerable.Empty<Finding>())
            .OrderBy(f => f.Line)
            .ToList();
    }

    private static IEnumerable<Finding> WeakenedSettings(CompilationUnitSyntax oldRoot, CompilationUnitSyntax newRoot, ChangedFile file)
    {
        var before = Values(oldRoot);
        foreach (var (name, (value, line, shown)) in Values(newRoot))
        {
            var setting = Settings[name];
            // A value read from settings before is compared with the default: a constant that replaces it and is below the default weakens the policy.
            var old = before.TryGetValue(name, out var was) && !double.IsNaN(was.Value) ? was.Value : setting.Default;
            if (double.IsNaN(value) || Math.Sign(value - old) != setting.WeakerWhen)
            {
                continue;
            }

            var from = before.TryGetValue(name, out var oldSetting) ? oldSetting.Shown : "the default " + Show(setting.Default, setting);
            yield return GateRules.CredentialPolicyWeakened.At(file, line,
                $"The {setting.Section} policy is weakened: {name} changed from {from} to {shown}; {(setting.Section == "password" ? "weaker passwords are accepted" : "more guesses are allowed before an account is locked")}.");
        }
    }

    /// <summary>The Identity settings given a constant (true/false, a number, <c>TimeSpan.FromMinutes(n)</c>): NaN for any other value.</summary>
    private static Dictionary<string, (double Value, int Line, string Shown)> Values(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, (double, int, string)>(StringComparer.Ordinal);
        foreach (var assignment in root.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            var name = assignment.Left switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
                IdentifierNameSyntax identifier when assignment.Parent is InitializerExpressionSyntax => identifier.Identifier.Text,
                _ => null,
            };
            if (name is not null && Settings.ContainsKey(name))
            {
                result[name] = (Number(assignment.Right), AuthorizationChanges.LineOf(assignment), AuthorizationChanges.Normalize(assignment.Right));
            }
        }

        return result;
    }

    private static double Number(ExpressionSyntax value)
    {
        switch (value)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression):
                return 1;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return 0;
            case LiteralExpressionSyntax { Token.Value: int number }:
                return number;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "TimeSpan" }, Name.Identifier.Text: var unit } } call
                when call.ArgumentList.Arguments.Count == 1 && call.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax { Token.Value: var amount } &&
                     Convert.ToDouble(amount, CultureInfo.InvariantCulture) is var n:
                return unit switch
                {
                    "FromSeconds" => n,
                    "FromMinutes" => n * 60,
                    "FromHours" => n * 3600,
                    "FromDays" => n * 86400,
                    _ => double.NaN,
                };
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "TimeSpan" }, Name.Identifier.Text: "Zero" }:
                return 0;
            default:
                return double.NaN;
        }
    }

    private static string Show(double value, Setting setting)
        => setting.Unit.Length == 0 ? (value == 1 ? "true" : "false") : value.ToString(CultureInfo.InvariantCulture) + setting.Unit;

    private static IEnumerable<Finding> ChangedSchemes(CompilationUnitSyntax oldRoot, CompilationUnitSyntax newRoot, ChangedFile file)
    {
        var before = Schemes(oldRoot);
        foreach (var (key, (definition, line)) in Schemes(newRoot))
        {
            if (!before.TryGetValue(key, out var old))
            {
                yield return GateRules.AuthenticationSchemeChanged.At(file, line, $"New authentication {key}: it decides who the application believes a caller is.");
            }
            else if (!string.Equals(old.Definition, definition, StringComparison.Ordinal))
            {
                yield return GateRules.AuthenticationSchemeChanged.At(file, line,
                    $"The authentication {key} changed from {AuthorizationChanges.Describe(new[] { old.Definition })} to {AuthorizationChanges.Describe(new[] { definition })}: it decides who the application believes a caller is.");
            }
        }
    }

    /// <summary>Registered schemes (by method and scheme name) and authentication handler classes, each with its normalized definition.</summary>
    private static Dictionary<string, (string Definition, int Line)> Schemes(CompilationUnitSyntax root)
    {
        var result = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes(n => n is not ClassDeclarationSyntax || !IsHandler((ClassDeclarationSyntax)n)))
        {
            if (node is ClassDeclarationSyntax handler && IsHandler(handler))
            {
                result.TryAdd("handler " + handler.Identifier.Text, (AuthorizationChanges.Normalize(handler), AuthorizationChanges.LineOf(handler)));
            }
            else if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call && SchemeMethods.Contains(access.Name.Identifier.Text))
            {
                var arguments = call.ArgumentList.Arguments;
                var scheme = arguments.Count > 0 && arguments[0].Expression is not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax)
                    ? " " + AuthorizationChanges.Normalize(arguments[0].Expression)
                    : string.Empty;
                result.TryAdd("scheme " + access.Name.Identifier.Text + scheme, (AuthorizationChanges.Normalize(call.ArgumentList), AuthorizationChanges.LineOf(access.Name)));
            }
        }

        return result;
    }

    private static bool IsHandler(ClassDeclarationSyntax type)
        => type.BaseList?.Types.Any(t => t.Type is GenericNameSyntax { Identifier.Text: "AuthenticationHandler" or "SignInAuthenticationHandler" or "SignOutAuthenticationHandler" or "RemoteAuthenticationHandler" }) == true;

    private static bool MentionsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
