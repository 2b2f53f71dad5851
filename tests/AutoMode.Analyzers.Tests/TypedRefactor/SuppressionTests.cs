using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.WarningSuppressionAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4008/AM4012: suppressions of compiler and analyzer findings (other than AutoMode's own, which are AM9xxx's).</summary>
public class SuppressionTests
{
    private const string Tail = ": the compiler was told to stop checking, so a change that breaks what it checks goes unreported. Fix the finding, or keep the suppression as narrow as possible and justify it.";

    [Test]
    public Task Pragmas() =>
        Verify.VerifyAsync("""
            class C
            {
            {|AM4008:#pragma warning disable CS0168|}
                void M() { int unused; }
                void M2() { int unused; }
                void M3() { int unused; }
                void M4() { int unused; }
                void M5() { int unused; }
                void M6() { int unused; }
            #pragma warning restore CS0168
            {|AM4008:#pragma warning disable 0168, CS8602 // legacy|}
            {|AM4008:#pragma warning disable IDE0051, AM1001|}
            {|AM4008:#pragma warning disable|}
            #pragma warning disable CA1822 // not seen: the line above suppresses everything after it, this rule included
            }
            """);

    [Test]
    public Task Pragma_Messages() =>
        Verify.VerifyAsync(
            """
            {|#0:#pragma warning disable CS8602, AM4001|}
            {|#1:#pragma warning disable|}
            class C { }
            """,
            Verify.Diagnostic("AM4008").WithLocation(0).WithMessage("'#pragma warning disable CS8602, AM4001' suppresses CS8602" + Tail),
            Verify.Diagnostic("AM4008").WithLocation(1).WithMessage("'#pragma warning disable' suppresses every warning" + Tail));

    [Test]
    public Task SuppressMessageAttributes() =>
        Verify.VerifyAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            [assembly: {|#0:SuppressMessage("Style", "IDE0051:Remove unused private members", Justification = "reflection")|}]

            class C
            {
                [{|#1:SuppressMessage("Trimming", "IL2026")|}]
                [{|#2:UnconditionalSuppressMessage("AOT", "IL3050", Justification = "checked")|}]
                void M() { }

                [{|#3:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute(checkId: "CA1822", category: "Performance")|}]
                void N() { }
            }
            """,
            Verify.Diagnostic("AM4008").WithLocation(0).WithArguments("SuppressMessage(\"Style\", \"IDE0051:Remove unused private members\", Justification…", "'IDE0051:Remove unused private members' (Style)"),
            Verify.Diagnostic("AM4008").WithLocation(1).WithArguments("SuppressMessage(\"Trimming\", \"IL2026\")", "'IL2026' (Trimming)"),
            Verify.Diagnostic("AM4008").WithLocation(2).WithArguments("UnconditionalSuppressMessage(\"AOT\", \"IL3050\", Justification = \"checked\")", "'IL3050' (AOT)"),
            Verify.Diagnostic("AM4008").WithLocation(3).WithArguments("System.Diagnostics.CodeAnalysis.SuppressMessageAttribute(checkId: \"CA1822\", cat…", "'CA1822' (Performance)"));

    /// <summary>
    /// restsharp/RestSharp c362621b17 (minimized): a test file turns off an xUnit analyzer for the whole file, with a reason.
    /// In a test project what a suppression hides fails a test before anything ships: AM4012 (Low), pragmas and attributes.
    /// </summary>
    [Test]
    public Task InATestProject_IsAM4012_Low() =>
        Verify.VerifyAsync(
            Infrastructure.TestReferences.WithPackages(("NUnit", "4.4.0")),
            """
            using System.Diagnostics.CodeAnalysis;
            using NUnit.Framework;

            {|#0:#pragma warning disable xUnit1031 // Blocking calls in tests are intentional|}

            public class SyncRequestTests
            {
                [Test]
                [{|#1:SuppressMessage("Usage", "CA2012")|}]
                public void Sync_execute_should_not_deadlock() { }
            }
            """,
            Verify.Diagnostic("AM4012").WithLocation(0).WithArguments("#pragma warning disable xUnit1031 // Blocking calls in tests are intentional", "xUnit1031", "in a test project"),
            Verify.Diagnostic("AM4012").WithLocation(1).WithArguments("SuppressMessage(\"Usage\", \"CA2012\")", "'CA2012' (Usage)", "in a test project"));

    [Test]
    public Task NotFlagged_OwnIdsRestoresLookAlikes() =>
        Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            #pragma warning disable AM1001, AM4003
            #pragma warning restore
            #pragma warning restore CS0168
            #pragma checksum "file.cs" "{406EA660-64CF-4C82-B6F0-42D48172A799}" "ab007f1d23d9"
            // #pragma warning disable CS0168
            #if NEVER
            #pragma warning disable CS0168
            #endif

            namespace Mine
            {
                class SuppressMessageAttribute : System.Attribute { public SuppressMessageAttribute(string a, string b) { } }

                class C
                {
                    [SuppressMessage("Style", "IDE0051")]                                         // a user attribute
                    void M() { }

                    [System.Diagnostics.CodeAnalysis.SuppressMessage("AutoMode.DestructiveIO", "AM1001:File delete", Justification = "temp")]
                    void N() { }

                    string Text = "#pragma warning disable CS0168";
                }
            }
            """);
}
