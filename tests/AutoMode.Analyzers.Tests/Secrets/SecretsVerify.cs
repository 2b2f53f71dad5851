using AutoMode.Analyzers.Rules.Secrets;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>Runs <see cref="SecretsAnalyzer"/> against .NET 10 and the real packages the secrets rules know.</summary>
public static class SecretsVerify
{
    public static readonly ReferenceAssemblies Packages = TestReferences.WithPackages(
        ("Microsoft.Extensions.Configuration", "10.0.15"),
        ("Microsoft.Extensions.Configuration.Binder", "10.0.15"),
        ("Microsoft.Extensions.Logging.Abstractions", "10.0.15"),
        ("Azure.Security.KeyVault.Secrets", "4.12.0"),
        ("Azure.Identity", "1.21.0"),
        ("Azure.Storage.Common", "12.29.0"),
        ("Microsoft.Data.SqlClient", "7.1.1"),
        ("AWSSDK.Core", "4.0.102.19"),
        ("Microsoft.IdentityModel.Tokens", "8.23.0"),
        ("Serilog", "4.4.0"),
        ("System.Configuration.ConfigurationManager", "10.0.15"),
        ("System.Security.Cryptography.ProtectedData", "10.0.15"),
        ("Microsoft.AspNetCore.DataProtection.Abstractions", "10.0.15"),
        ("Microsoft.AspNetCore.Http.Abstractions", "2.3.14"));

    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<SecretsAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = AnalyzerVerifier<SecretsAnalyzer>.Create(source, editorConfig);
        test.ReferenceAssemblies = Packages;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Only the rules under test are compared: reads (AM3010/AM3011) are ignored unless asked for.</summary>
    public static Task VerifyOnlyAsync(string source, string[] ids, string? editorConfig = null)
        => VerifyOnlyAsync(Packages, source, ids, editorConfig);

    /// <summary>The same with other references (a test framework, EF Core, SQLite).</summary>
    public static Task VerifyOnlyAsync(ReferenceAssemblies references, string source, string[] ids, string? editorConfig = null)
    {
        var test = AnalyzerVerifier<SecretsAnalyzer>.Create(source, editorConfig);
        test.ReferenceAssemblies = references;
        var ignored = new[] { "AM3001", "AM3002", "AM3003", "AM3004", "AM3005", "AM3010", "AM3011", "AM3020", "AM3021", "AM3022", "AM3023", "AM3024", "AM3025", "AM3026", "AM3027", "AM3029", "AM3030" }
            .Where(id => !ids.Contains(id));
        foreach (var id in ignored)
        {
            test.DisabledDiagnostics.Add(id);
        }

        return test.RunAsync();
    }
}
