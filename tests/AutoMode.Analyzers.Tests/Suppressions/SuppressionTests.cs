using Microsoft.CodeAnalysis.Testing;
using Analyzer = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Suppressions.AutoModeSuppressionAnalyzer>;

namespace AutoMode.Analyzers.Tests.Suppressions;

/// <summary>AM9101 (suppressing an AutoMode finding without a justification, High) and AM9102 (with one, Low).</summary>
public class SuppressionTests
{
    /// <summary>
    /// The testing library checks that every finding can be silenced with '#pragma warning disable &lt;id&gt;' at the top
    /// of the file; for this rule that pragma is itself a finding, so the check is skipped.
    /// </summary>
    private static class Verify
    {
        public static DiagnosticResult Diagnostic(string id) => Analyzer.Diagnostic(id);

        public static Analyzer.Test Create(string source)
        {
            var test = Analyzer.Create(source);
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            return test;
        }

        public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var test = Create(source);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }

    [Test]
    public Task Pragma_WithoutJustification_IsHigh() =>
        Verify.VerifyAsync("""
            class C
            {
                void M(string p)
                {
            #pragma warning disable {|AM9101:AM1001|}
                    System.IO.File.Delete(p);
            #pragma warning restore AM1001
                }
            }
            """);

    [Test]
    public Task Pragma_Message() =>
        Verify.VerifyAsync(
            "#pragma warning disable AM5003\nclass C { }\n",
            Verify.Diagnostic("AM9101").WithSpan(1, 25, 1, 31)
                .WithMessage("'#pragma warning disable AM5003' hides AM5003 findings without saying why; the risk is still there, only no longer reported. Fix the code, or give a justification (a comment after the id or on the line above)."));

    [Test]
    public Task Pragma_WithCommentOnTheLineOrAbove_IsLow() =>
        Verify.VerifyAsync("""
            #pragma warning disable {|AM9102:AM1001|} // deletes only files this tool wrote to its own cache
            // The export folder is recreated on every run.
            #pragma warning disable {|AM9102:AM1002|}
            class C { }
            """);

    [Test]
    public Task Pragma_JustifiedMessageQuotesTheReason() =>
        Verify.VerifyAsync(
            "#pragma warning disable AM1001 // cache only\nclass C { }\n",
            Verify.Diagnostic("AM9102").WithSpan(1, 25, 1, 31)
                .WithMessage("'#pragma warning disable AM1001' hides AM1001 findings: \"cache only\"; recorded for the gate"));

    [Test]
    public Task Pragma_SeveralIds_OnlyOursReported() =>
        Verify.VerifyAsync("""
            #pragma warning disable CS0168, {|AM9101:AM1003|}, CA1822, {|AM9101:AM5001|}
            class C { }
            """);

    [Test]
    public Task DoesNotFlag_OtherIdsRestoreAndComments() =>
        Verify.VerifyAsync("""
            #pragma warning disable CS0168 // not ours
            #pragma warning restore AM1001
            // #pragma warning disable AM1001
            class C
            {
                string s = "#pragma warning disable AM1001";
            }
            """);

    [Test]
    public Task SuppressMessage_WithAndWithoutJustification() =>
        Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            [assembly: {|AM9101:SuppressMessage("AutoMode", "AM1004:Destructive file IO on a protected path", Scope = "member", Target = "~M:C.M")|}]

            class C
            {
                [{|AM9101:SuppressMessage("AutoMode", "AM1001")|}]
                void M() { }

                [{|AM9102:SuppressMessage("AutoMode.DestructiveIO", "AM1002:Recursive directory deletion", Justification = "deletes the build's own temp tree")|}]
                void N() { }

                [{|AM9101:SuppressMessage("AutoMode", "AM5001", Justification = "<Pending>")|}]
                void O() { }

                [{|AM9101:UnconditionalSuppressMessage("AutoMode", checkId: "AM5002")|}]
                void P() { }
            }
            """);

    [Test]
    public Task SuppressMessage_OnEveryKindOfTarget() =>
        Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;
            using SM = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;

            [module: {|AM9101:SuppressMessage("AutoMode", "AM1003")|}]

            [{|AM9101:SuppressMessage("AutoMode", "AM1001")|}]
            partial class C
            {
                private const string Id = "AM5001";

                [{|AM9101:SuppressMessage("AutoMode", Id)|}]
                int _field;

                int Property
                {
                    [{|AM9101:SuppressMessage("AutoMode", "AM1002")|}]
                    get => 0;
                }

                [return: {|AM9101:SuppressMessage("AutoMode", "AM5002")|}]
                int M([{|AM9101:SuppressMessage("AutoMode", "AM5003")|}] int value)
                {
                    [{|AM9101:SuppressMessage("AutoMode", "AM5004")|}]
                    void Local() { }

                    Local();
                    return value;
                }

                [{|AM9101:SM("AutoMode", "AM5005")|}]
                event System.Action Changed { add { } remove { } }
            }

            [{|AM9102:SuppressMessage("AutoMode", "AM2001", Justification = "second part of the partial type")|}]
            partial class C { }
            """);

    [Test]
    public Task DoesNotFlag_OtherAnalyzersAndLookAlikeAttributes() =>
        Verify.VerifyAsync("""
            using System;
            using System.Diagnostics.CodeAnalysis;

            namespace MyApp
            {
                class SuppressAttribute : Attribute { public SuppressAttribute(string a, string b) { } }

                class C
                {
                    [SuppressMessage("Performance", "CA1822:Mark members as static")]
                    void M() { }

                    [Suppress("AutoMode", "AM1001")]
                    void N() { }
                }
            }
            """);

    [Test]
    public async Task NoWarn_WithAutoModeIds_IsHigh()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.AutoModeNoWarn = 1701,1702,NU1603,AM1001,am5003,CS1591\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9101")
            .WithMessage("<NoWarn>AM1001</NoWarn> in the project hides AM1001 findings without saying why; the risk is still there, only no longer reported. Fix the code, or give a justification (use a justified [SuppressMessage] on the one member instead)."));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9101").WithArguments("<NoWarn>AM5003</NoWarn> in the project", "AM5003", "use a justified [SuppressMessage] on the one member instead"));
        await test.RunAsync();
    }

    [Test]
    public async Task NoWarn_WithoutAutoModeIds_IsSilent()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.AutoModeNoWarn = 1701,1702,CS1591,AM10,AM10011\n"));
        await test.RunAsync();
    }

    [Test]
    public async Task NoWarn_FallsBackToTheRawProperty_WhichTheCompilerCutsAtTheFirstSemicolon()
    {
        var test = Verify.Create("class C { }");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.NoWarn = AM1002;AM1001\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9101").WithArguments("<NoWarn>AM1002</NoWarn> in the project", "AM1002", "use a justified [SuppressMessage] on the one member instead"));
        await test.RunAsync();
    }
}
