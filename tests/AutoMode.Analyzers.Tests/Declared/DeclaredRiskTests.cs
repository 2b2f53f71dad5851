using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Declared.DeclaredRiskAnalyzer>;

namespace AutoMode.Analyzers.Tests.Declared;

/// <summary>AM9001–AM9004: uses of APIs declared with the real <c>AutoMode.RiskAttribute</c>, in one project.</summary>
public class DeclaredRiskTests
{
    private static async Task Run(string source, params MetadataReference[] references)
    {
        var test = Verify.Create(source);
        test.TestState.AdditionalReferences.Add(LibraryCompiler.Annotations);
        test.TestState.AdditionalReferences.AddRange(references);
        await test.RunAsync();
    }

    [Test]
    public Task OneIdPerLevel() =>
        Run("""
            using AutoMode;

            class Ops
            {
                [Risk(RiskLevel.Low, "touches a cache")] public static void Warm() { }
                [Risk(RiskLevel.Medium, "slow")] public static void Reindex() { }
                [Risk(RiskLevel.High, "emails customers")] public static void Notify() { }
                [Risk(RiskLevel.Critical, "drops tenant data")] public static void Purge() { }
            }

            class App
            {
                void Run()
                {
                    {|AM9001:Ops.Warm()|};
                    {|AM9002:Ops.Reindex()|};
                    {|AM9003:Ops.Notify()|};
                    {|AM9004:Ops.Purge()|};
                }
            }
            """);

    [Test]
    public async Task Message_Text()
    {
        var test = Verify.Create("""
            using AutoMode;

            class TenantAdmin { [Risk(RiskLevel.Critical, "drops tenant data")] public void Purge(int id) { } }

            class App { void Run(TenantAdmin admin) { admin.Purge(1); } }
            """);
        test.TestState.AdditionalReferences.Add(LibraryCompiler.Annotations);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9004").WithSpan(5, 43, 5, 57)
            .WithMessage("'TenantAdmin.Purge': drops tenant data — declared Critical risk by [Risk] on TenantAdmin.Purge(int). Review this use before it lands."));
        await test.RunAsync();
    }

    [Test]
    public Task CreationsPropertiesEventsAndMethodGroups() =>
        Run("""
            using System;
            using AutoMode;

            class Switches
            {
                [Risk(RiskLevel.High, "opens the doors")] public Switches() { }
                [Risk(RiskLevel.High, "turns billing off")] public bool BillingEnabled { get; set; }
                [Risk(RiskLevel.Medium, "fires on every payment")] public event EventHandler? Paid;
                [Risk(RiskLevel.Critical, "wipes")] public void Wipe() { }
            }

            class App
            {
                void Run(Switches s)
                {
                    var fresh = {|AM9003:new Switches()|};
                    {|AM9003:s.BillingEnabled|} = false;
                    var on = {|AM9003:s.BillingEnabled|};
                    {|AM9002:s.Paid|} += (_, _) => { };
                    Action later = {|AM9004:s.Wipe|};
                }
            }
            """);

    [Test]
    public Task TypeLevel_AppliesToEveryMember_ButNotInsideTheType() =>
        Run("""
            using AutoMode;

            [Risk(RiskLevel.High, "production database admin")]
            class DbAdmin
            {
                public void Vacuum() { Analyze(); }
                public void Analyze() { }
                public static DbAdmin Connect() => new DbAdmin();
                public class Nested { void M(DbAdmin a) => a.Vacuum(); }
            }

            class App
            {
                void Run()
                {
                    var admin = {|AM9003:DbAdmin.Connect()|};
                    {|AM9003:admin.Vacuum()|};
                }
            }
            """);

    [Test]
    public Task MemberLevelWinsOverTypeLevel_AndRecursionIsNotAUse() =>
        Run("""
            using AutoMode;

            [Risk(RiskLevel.Medium, "talks to the ledger")]
            class Ledger
            {
                [Risk(RiskLevel.Critical, "deletes entries")] public void Delete(int n) { if (n > 0) Delete(n - 1); }
                public int Count() => 0;
            }

            class App
            {
                void Run(Ledger ledger)
                {
                    {|AM9004:ledger.Delete(3)|};
                    {|AM9002:ledger.Count()|};
                }
            }
            """);

    [Test]
    public Task OverridesAndInterfaceImplementations_Inherit() =>
        Run("""
            using AutoMode;

            interface IStore { [Risk(RiskLevel.Critical, "drops a store")] void Drop(); }
            abstract class Job { [Risk(RiskLevel.High, "runs in production")] public abstract void Execute(); }

            class SqlStore : IStore { public void Drop() { } }
            class ExplicitStore : IStore { void IStore.Drop() { } }
            class Cleanup : Job { public override void Execute() { } }

            class App
            {
                void Run(SqlStore sql, ExplicitStore explicitStore, IStore store, Cleanup cleanup)
                {
                    {|AM9004:sql.Drop()|};
                    {|AM9004:((IStore)explicitStore).Drop()|};
                    {|AM9004:store.Drop()|};
                    {|AM9003:cleanup.Execute()|};
                }
            }
            """);

    [Test]
    public Task GenericAndExtensionMembers() =>
        Run("""
            using AutoMode;

            static class Danger
            {
                [Risk(RiskLevel.High, "resets state")] public static T Reset<T>(this T value) => value;
            }

            class Box<T> { [Risk(RiskLevel.Medium, "replaces content")] public void Set(T value) { } }

            class App
            {
                void Run(Box<int> box)
                {
                    {|AM9003:"x".Reset()|};
                    {|AM9003:Danger.Reset(1)|};
                    {|AM9002:box.Set(2)|};
                }
            }
            """);

    [Test]
    public Task DoesNotFlag_LookAlikes() =>
        Run("""
            namespace MyApp
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                class RiskAttribute : System.Attribute { public RiskAttribute(int level, string reason) { } }

                class Ops
                {
                    [Risk(3, "not AutoMode's attribute")] public static void Purge() { }
                    public static void Safe() { }
                }

                class App
                {
                    void Run()
                    {
                        Ops.Purge();
                        Ops.Safe();
                        // Ops.Purge() in a comment
                        var text = "Ops.Purge()";
                    }
                }
            }
            """);

    [Test]
    public async Task NoAnnotationsReference_NoRiskList_IsSilent()
    {
        await Verify.VerifyAsync("""
            class App { void Run() { System.IO.File.Exists("x"); } }
            """);
    }
}
