using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.ReflectionByNameAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4002: reflection with a constant type or member name, and what the name resolves to.</summary>
public class ReflectionByNameTests
{
    private static string Wrap(string body, string members = "") => $$"""
        using System;
        using System.Reflection;

        namespace Shop
        {
            public class Order
            {
                public decimal Total { get; set; }
                public int Count;
                public event EventHandler? Changed;
                public void Ship() { }
                public void Ship(DateTime when) { }
                public class Line { }
            }

            class Jobs
            {
                {{members}}
                void Run(Order order, Type unknown, string name, object any)
                {
                    {{body}}
                }
            }
        }
        """;

    private static string Message(string api, string name, string explanation)
        => $"'{api}' looks up \"{name}\" by name; {explanation}. Use typeof, nameof or a typed delegate so the compiler follows renames.";

    [Test]
    public Task MemberLookups_OnTypeof() =>
        Verify.VerifyAsync(Wrap("""
            {|AM4002:typeof(Order).GetProperty("Total")|};
            {|AM4002:typeof(Order).GetField("Count")|};
            {|AM4002:typeof(Order).GetEvent("Changed")|};
            {|AM4002:typeof(Order).GetMember("Ship")|};
            {|AM4002:typeof(Order).GetNestedType("Line")|};
            {|AM4002:typeof(Order).InvokeMember("Ship", BindingFlags.InvokeMethod, null, null, null)|};
            {|AM4002:typeof(Order).GetTypeInfo().GetDeclaredProperty("Total")|};
            {|AM4002:typeof(Order).GetRuntimeProperty("Total")|};
            """));

    [Test]
    public Task Message_NamesTheCompilationMember_AndPointsAtIt() =>
        Verify.VerifyAsync(
            Wrap("""{|#0:typeof(Order).GetProperty("Total")|};"""),
            Verify.Diagnostic("AM4002").WithLocation(0).WithLocation(8, 24)
                .WithMessage(Message("Type.GetProperty", "Total", "it resolves to 'Shop.Order.Total', declared in this compilation: renaming it still compiles and breaks this lookup at run time")));

    /// <summary>
    /// A member of a referenced project: the IDE and the gate pass project references as compilations, so its
    /// declaration is in source but not in this compilation; pointing at it threw AD0001 on jellyfin and bitwarden.
    /// </summary>
    [Test]
    public Task MemberOfAProjectReference_ReportedAtTheLookupOnly()
    {
        var test = Verify.Create("""
            static class Probe
            {
                public static object? Status() => {|#0:typeof(Contracts.Job).GetProperty("Status")|};
            }
            """);
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/Contracts/Job.cs", """
            namespace Contracts;

            public sealed class Job
            {
                public int Status { get; set; }
            }
            """));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM4002").WithLocation(0)
            .WithMessage(Message("Type.GetProperty", "Status", "it resolves to 'Contracts.Job.Status', declared in the referenced project 'Contracts': renaming it still compiles and breaks this lookup at run time")));
        return test.RunAsync();
    }

    [Test]
    public Task Message_CountsOverloads_ThroughGetTypeAndLocal() =>
        Verify.VerifyAsync(
            Wrap("""
                var type = order.GetType();
                {|#0:type.GetMethod("Ship", new[] { typeof(DateTime) })|};
                """),
            Verify.Diagnostic("AM4002").WithLocation(0).WithLocation(11, 21).WithLocation(12, 21)
                .WithMessage(Message("Type.GetMethod", "Ship", "it resolves to 'Shop.Order.Ship()' and 1 more overload(s), declared in this compilation: renaming it still compiles and breaks this lookup at run time")));

    [Test]
    public Task TypeNames_ResolvedInSourceNestedAndQualified() =>
        Verify.VerifyAsync(
            Wrap("""
                {|#0:Type.GetType("Shop.Order")|};
                {|#1:Type.GetType("Shop.Order+Line, Shop")|};
                {|#2:Activator.CreateInstance("Shop", "Shop.Order")|};
                {|#3:Assembly.GetExecutingAssembly().GetType(TypeName)|};
                """,
                members: """const string TypeName = "Shop.Order";"""),
            Verify.Diagnostic("AM4002").WithLocation(0).WithLocation(6, 18)
                .WithMessage(Message("Type.GetType", "Shop.Order", "it resolves to 'Shop.Order', declared in this compilation: renaming it still compiles and breaks this lookup at run time")),
            Verify.Diagnostic("AM4002").WithLocation(1).WithLocation(13, 22)
                .WithMessage(Message("Type.GetType", "Shop.Order+Line, Shop", "it resolves to 'Shop.Order.Line', declared in this compilation: renaming it still compiles and breaks this lookup at run time")),
            Verify.Diagnostic("AM4002").WithLocation(2).WithLocation(6, 18).WithArguments("Activator.CreateInstance", "Shop.Order", InSource("Shop.Order")),
            Verify.Diagnostic("AM4002").WithLocation(3).WithLocation(6, 18).WithArguments("Assembly.GetType", "Shop.Order", InSource("Shop.Order")));

    private static string InSource(string display)
        => $"it resolves to '{display}', declared in this compilation: renaming it still compiles and breaks this lookup at run time";

    [Test]
    public Task Message_FrameworkMember_Unknown_Missing() =>
        Verify.VerifyAsync(
            Wrap("""
                {|#0:typeof(string).GetProperty("Length")|};
                {|#1:unknown.GetMethod("Ship")|};
                {|#2:typeof(Order).GetMethod("Deliver")|};
                {|#3:Type.GetType("Plugins.Exporter, Plugins")|};
                """),
            Verify.Diagnostic("AM4002").WithLocation(0)
                .WithMessage(Message("Type.GetProperty", "Length", "it resolves to 'string.Length' in System.Runtime")),
            Verify.Diagnostic("AM4002").WithLocation(1)
                .WithMessage(Message("Type.GetMethod", "Ship", "the compiler cannot tell which type it searches")),
            Verify.Diagnostic("AM4002").WithLocation(2)
                .WithMessage(Message("Type.GetMethod", "Deliver", "'Shop.Order' has no such member here, so the lookup depends on something the compiler cannot see")),
            Verify.Diagnostic("AM4002").WithLocation(3)
                .WithMessage(Message("Type.GetType", "Plugins.Exporter, Plugins", "no type this compilation can see has that name, so nothing here tells which code it depends on")));

    [Test]
    public Task ConstantsAndConcatenationsAreConstantNames() =>
        Verify.VerifyAsync(Wrap(
            """
            var prop = "To" + "tal";
            {|AM4002:typeof(Order).GetProperty(prop)|};
            {|AM4002:typeof(Order).GetProperty(PropertyName)|};
            """,
            members: """const string PropertyName = "Total";"""));

    [Test]
    public Task NotFlagged_NameofTypeofAndRuntimeNames() =>
        Verify.VerifyAsync(Wrap(
            """
            typeof(Order).GetProperty(nameof(Order.Total));
            typeof(Order).GetMethod("get_" + nameof(Order.Total));
            typeof(Order).GetProperty(ViaNameof);
            var viaLocal = nameof(Order.Count);
            typeof(Order).GetField(viaLocal);
            Type.GetType(typeof(Order).AssemblyQualifiedName!);
            typeof(Order).GetProperty(name);
            Type.GetType(name);
            typeof(Order).GetProperties();
            typeof(Order).GetMethods();
            any.GetType();
            Activator.CreateInstance(typeof(Order));
            """,
            members: """const string ViaNameof = nameof(Order.Total);"""));

    [Test]
    public Task NotFlagged_UserTypesWithReflectionNames() =>
        Verify.VerifyAsync("""
            class Registry
            {
                public object? GetType(string name) => null;
                public object? GetMethod(string name) => null;
                public static object? CreateInstance(string assembly, string type) => null;
            }

            class C
            {
                void M(Registry r)
                {
                    r.GetType("Shop.Order");
                    r.GetMethod("Ship");
                    Registry.CreateInstance("Shop", "Shop.Order");
                    var text = "typeof(Order).GetMethod(\"Ship\")";
                }
            }
            """);

    /// <summary>
    /// jellyfin 499e64b1c3 (minimized): a new test reaches the private method under test by name. In a test project a
    /// broken lookup fails that test at once: AM4011 (Low), not AM4002.
    /// </summary>
    [Test]
    public Task InATestProject_IsAM4011_Low() => Verify.VerifyAsync(
        Infrastructure.TestReferences.WithPackages(("NUnit", "4.4.0")),
        """
        using System.Reflection;
        using System.Threading.Tasks;
        using NUnit.Framework;

        public class SessionManager
        {
            private Task CheckForIdlePlayback() => Task.CompletedTask;
        }

        public class IdlePlaybackTests
        {
            [Test]
            public async Task StopsAtLastPosition()
            {
                var method = {|AM4011:typeof(SessionManager).GetMethod("CheckForIdlePlayback", BindingFlags.Instance | BindingFlags.NonPublic)|};
                await (Task)method!.Invoke(new SessionManager(), null)!;
            }
        }
        """);
}
