using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.DynamicBindingAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4001: operations on dynamic that the run-time binder resolves by name.</summary>
public class DynamicBindingTests
{
    private static string Wrap(string body) => $$"""
        using System;
        using System.Collections.Generic;

        class Service
        {
            public int Count;
            public void Run(int x) { }
            public static void Log(int x) { }
            public static void Log(string x) { }

            void M(dynamic d, object o, Service s)
            {
                {{body}}
            }
        }
        """;

    [Test]
    public Task MemberAccess_Invocation_Indexer() =>
        Verify.VerifyAsync(Wrap("""
            var a = {|AM4001:d.Count|};
            {|AM4001:d.Run(1)|};
            {|AM4001:d.Name|} = "x";
            var b = {|AM4001:d[0]|};
            """));

    [Test]
    public Task Chained_ReportsEachLateBoundName() =>
        Verify.VerifyAsync(Wrap("{|AM4001:{|AM4001:{|AM4001:d.Customer|}.Address|}.ToString()|};"));

    [Test]
    public Task OverloadChosenAtRunTime_AndDynamicCreation() =>
        Verify.VerifyAsync(Wrap("""
            {|AM4001:Log(d)|};
            {|AM4001:s.Run(d)|};
            var list = {|AM4001:new List<int>(d)|};
            """));

    [Test]
    public Task ConversionFromDynamic() =>
        Verify.VerifyAsync(Wrap("""
            int i = {|AM4001:d|};
            var t = {|AM4001:(string)d|};
            """));

    [Test]
    public Task Message_QuotesTheExpression() =>
        Verify.VerifyAsync(
            Wrap("{|#0:d.Run(1)|};"),
            Verify.Diagnostic("AM4001").WithLocation(0)
                .WithMessage("'d.Run(1)' is bound at run time through dynamic; renaming or changing the signature of what it names still compiles and fails only when this line runs. Give the receiver a static type or an interface instead."));

    [Test]
    public Task NotFlagged_DeclaringAssigningAndObject() =>
        Verify.VerifyAsync(Wrap("""
            dynamic x = 5;
            dynamic y = s;
            object z = d;
            var n = o.ToString();
            s.Run(1);
            var name = nameof(Service.Run);
            """));

    [Test]
    public Task NotFlagged_UserTypeNamedDynamic() =>
        Verify.VerifyAsync("""
            class dynamic { public int Count; public void Run() { } }

            class C
            {
                void M(dynamic d)
                {
                    d.Run();
                    var c = d.Count;
                }
            }
            """);

    [Test]
    public Task NotFlagged_ExpandoThroughStaticInterface() =>
        Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Dynamic;

            class C
            {
                void M()
                {
                    IDictionary<string, object?> bag = new ExpandoObject();
                    bag["Name"] = "x";
                }
            }
            """);

    /// <summary>
    /// Issue #20 replay: dynamic in a test project (reading a JSON response in an assertion) is AM4015 (Low), as
    /// reflection by name is AM4011 there; the same line in an application stays AM4001 (Medium, the tests above).
    /// </summary>
    [Test]
    public Task InATestProject_IsAM4015_Low() => Verify.VerifyAsync(
        Infrastructure.TestReferences.WithPackages(("NUnit", "4.4.0")),
        """
        using NUnit.Framework;

        public class ResponseTests
        {
            [Test]
            public void ReadsTheName()
            {
                dynamic body = new System.Dynamic.ExpandoObject();
                {|AM4015:body.Name|} = "x";
                Assert.That({|AM4015:(string){|AM4015:body.Name|}|}, Is.EqualTo("x"));
            }
        }
        """);
}
