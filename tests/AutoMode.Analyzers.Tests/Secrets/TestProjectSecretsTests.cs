using System.Collections.Immutable;
using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>
/// Hard-coded credentials in test projects (a compilation that references NUnit, xUnit, MSTest or TUnit) are fixtures:
/// AM3002/AM3003/AM3004 stay silent there unless <c>automode.secrets.include_tests = true</c>; known formats (AM3001)
/// are always reported. The bitwarden scan showed 68 of 70 AM3004 findings in test projects, all fixtures.
/// </summary>
public class TestProjectSecretsTests
{
    private static readonly ReferenceAssemblies WithNUnit =
        SecretsVerify.Packages.AddPackages(ImmutableArray.Create(new PackageIdentity("NUnit", "4.4.0")));

    private static readonly string Source = $$"""
        using System.Collections.Generic;
        using System.Net;
        using NUnit.Framework;

        public class DataProtectionTests
        {
            private const string CertificatePassword = [|"Alongside-Unworthy-Query3-Cozy"|];
            private const string ConnectionString = [|"Server=db;User Id=sa;Password=Str0ng!Passw0rd;"|];

            [Test]
            public void Protects()
            {
                var settings = new Dictionary<string, string> { ["DataProtection:CertificatePassword"] = [|"County-Secluded9-Reshuffle"|] };
                var credential = new NetworkCredential("svc", [|"Undergrad-Police0-Maturely"|]);
                const string Leaked = {|AM3001:"{{Fake.GitHub}}"|};
            }
        }
        """;

    private static Task Run(string source, string? editorConfig, params DiagnosticResult[] expected)
        => AnalyzerVerifier<Rules.Secrets.SecretsAnalyzer>.VerifyAsync(WithNUnit, source, editorConfig, expected);

    [Test]
    public Task InATestProject_FixtureCredentialsAreLow_KnownFormatsStayCritical() =>
        Run(Source.Replace("[|", "{|AM3005:").Replace("|]", "|}"), null);

    // Dapper's test providers: the fallback connection string of a test database, set on a connection string builder,
    // was AM3025 (High) in the test project; the same code in an application stays AM3025.
    private const string TestDatabase = """
        using System.Data.Common;
        USING
        public class SqlServerDatabaseProvider
        {
            public string GetConnectionString()
            {
                var builder = new DbConnectionStringBuilder();
                builder.ConnectionString = [|"Data Source=.;Initial Catalog=tempdb;Integrated Security=True"|];
                builder["TrustServerCertificate"] = true;
                return builder.ConnectionString;
            }
        }
        """;

    [Test]
    public Task AM3025_InATestProject_IsAFixture_AM3005() =>
        Run(TestDatabase.Replace("USING", "using NUnit.Framework;").Replace("[|", "{|AM3005:").Replace("|]", "|}"), null);

    [Test]
    public Task AM3025_InAnApplication_StaysHigh() =>
        AnalyzerVerifier<Rules.Secrets.SecretsAnalyzer>.VerifyAsync(SecretsVerify.Packages, TestDatabase.Replace("USING", "").Replace("[|", "{|AM3025:").Replace("|]", "|}"), (string?)null);

    [Test]
    public Task AM3005_Message() =>
        Run(
            """
            using NUnit.Framework;
            public class T { private const string AdminPassword = {|#0:"Alongside-Unworthy-Query3-Cozy"|}; }
            """,
            null,
            AnalyzerVerifier<Rules.Secrets.SecretsAnalyzer>.Diagnostic("AM3005").WithLocation(0)
                .WithMessage("Hard-coded secret in a secret-named variable in a test project: a fixture as far as the code shows (AM3004 outside tests); recorded at Low. Keep real credentials out of tests; read them from user secrets or the environment."));

    [Test]
    public Task IncludeTestsOption_ReportsThem() =>
        Run(
            Source
                .Replace("CertificatePassword = [|", "CertificatePassword = {|AM3004:").Replace("Cozy\"|]", "Cozy\"|}")
                .Replace("ConnectionString = [|", "ConnectionString = {|AM3002:").Replace("Passw0rd;\"|]", "Passw0rd;\"|}")
                .Replace("= [|\"County", "= {|AM3004:\"County").Replace("Reshuffle\"|]", "Reshuffle\"|}")
                .Replace("\"svc\", [|", "\"svc\", {|AM3003:").Replace("Maturely\"|]", "Maturely\"|}"),
            "automode.secrets.include_tests = true");

    /// <summary>The build (Microsoft.NET.Test.Sdk) or the gate (an unrestored project with a test framework package) says it is a test project.</summary>
    [Test]
    public Task IsTestProjectBuildProperty_MakesItATestProject()
    {
        var test = AnalyzerVerifier<Rules.Secrets.SecretsAnalyzer>.Create("""
            public class Seeder
            {
                private const string CertificatePassword = {|AM3005:"Alongside-Unworthy-Query3-Cozy"|};
            }
            """);
        test.ReferenceAssemblies = SecretsVerify.Packages;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    [Test]
    public Task WithoutATestFramework_TheSameCodeIsReported() =>
        SecretsVerify.VerifyOnlyAsync(
            """
            using System.Net;

            public class Seeder
            {
                private const string CertificatePassword = {|AM3004:"Alongside-Unworthy-Query3-Cozy"|};
                public NetworkCredential Credential() => new("svc", {|AM3003:"Undergrad-Police0-Maturely"|});
            }
            """,
            new[] { "AM3003", "AM3004" });
}
