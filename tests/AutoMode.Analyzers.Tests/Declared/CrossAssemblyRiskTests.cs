using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Declared.DeclaredRiskAnalyzer>;

namespace AutoMode.Analyzers.Tests.Declared;

/// <summary>
/// The [Risk] rule across two projects: a library that declares (compiled for real against the real
/// AutoMode.Annotations and referenced as metadata) and an app that calls.
/// </summary>
public class CrossAssemblyRiskTests
{
    private const string Library = """
        using System;
        using AutoMode;

        namespace Tenants
        {
            public class TenantAdmin
            {
                [Risk(RiskLevel.Critical, "drops tenant data")]
                public void Purge(Guid tenantId) { }

                public void Rename(Guid tenantId, string name) { }
            }

            [Risk(RiskLevel.High, "changes billing for every tenant")]
            public class BillingSwitch
            {
                public static void Disable() { }
                public bool Enabled { get; set; }
            }

            public interface IArchive
            {
                [Risk(RiskLevel.Medium, "moves data to cold storage")]
                void Archive(Guid tenantId);
            }

            public abstract class Migration
            {
                [Risk(RiskLevel.High, "changes the schema")]
                public abstract void Up();
            }
        }
        """;

    [Test]
    public async Task MemberTypeAndInheritedDeclarations_FromAReferencedAssembly()
    {
        var library = await LibraryCompiler.CompileAsync("Tenants", Library);
        var test = Verify.Create("""
            using System;
            using Tenants;

            class ColdArchive : IArchive { public void Archive(Guid tenantId) { } }
            class AddColumn : Migration { public override void Up() { } }

            class App
            {
                void Run(TenantAdmin admin, Guid id, ColdArchive archive, AddColumn migration)
                {
                    {|AM9004:admin.Purge(id)|};
                    admin.Rename(id, "new");
                    {|AM9003:BillingSwitch.Disable()|};
                    {|AM9003:new BillingSwitch()|}.ToString();
                    {|AM9002:archive.Archive(id)|};
                    {|AM9003:migration.Up()|};
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(LibraryCompiler.Annotations);
        test.TestState.AdditionalReferences.Add(library);
        await test.RunAsync();
    }

    [Test]
    public async Task AssemblyLevelDeclaration_AppliesToCallersInOtherAssemblies()
    {
        var library = await LibraryCompiler.CompileAsync("Payments", """
            [assembly: AutoMode.Risk(AutoMode.RiskLevel.High, "moves money")]

            namespace Payments
            {
                public static class Gateway
                {
                    public static void Pay(decimal amount) => Log(amount);
                    static void Log(decimal amount) { }
                }
            }
            """);
        var test = Verify.Create("""
            class Checkout
            {
                void Run() { {|AM9003:Payments.Gateway.Pay(10m)|}; }
            }
            """);
        test.TestState.AdditionalReferences.Add(LibraryCompiler.Annotations);
        test.TestState.AdditionalReferences.Add(library);
        await test.RunAsync();
    }

    [Test]
    public async Task AssemblyLevelDeclaration_IsNotReportedInsideThatAssembly()
    {
        var test = Verify.Create("""
            [assembly: AutoMode.Risk(AutoMode.RiskLevel.High, "moves money")]

            static class Gateway
            {
                public static void Pay(decimal amount) => Log(amount);
                static void Log(decimal amount) { }
            }
            """);
        test.TestState.AdditionalReferences.Add(LibraryCompiler.Annotations);
        await test.RunAsync();
    }
}
