using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Declared.DeclaredRiskAnalyzer>;

namespace AutoMode.Analyzers.Tests.Declared;

/// <summary>AM9001–AM9004 from risk lists (AutoMode.Risks.txt, AutoMode.Risks.*.txt), and AM9011–AM9013 for unusable lines.</summary>
public class RiskListTests
{
    private static Verify.Test Create(string source, params (string Name, string Text)[] lists)
    {
        var test = Verify.Create(source);
        foreach (var list in lists)
        {
            test.TestState.AdditionalFiles.Add((list.Name, list.Text));
        }

        return test;
    }

    [Test]
    public async Task FrameworkApisDeclaredByDocumentationId()
    {
        var test = Create("""
            using System;
            using System.IO;
            using System.Net.Http;

            class App
            {
                void Run(string path)
                {
                    {|AM9004:File.Delete(path)|};
                    File.Exists(path);
                    var http = {|AM9002:new HttpClient()|};
                    http.Dispose(); // declared on HttpMessageInvoker, not on HttpClient
                    {|AM9003:Environment.ExitCode|} = 3;
                    {|AM9001:AppDomain.CurrentDomain.ProcessExit|} += (_, _) => { };
                    {|AM9003:System.Diagnostics.Debugger.Break()|};
                }
            }
            """,
            ("AutoMode.Risks.txt", """
                # Framework APIs this team treats as risky
                M:System.IO.File.Delete(System.String);Critical;deletes files outside the repository
                T:System.Net.Http.HttpClient;Medium;network access
                P:System.Environment.ExitCode;High;changes what CI sees
                E:System.AppDomain.ProcessExit;Low;runs at shutdown

                """),
            ("AutoMode.Risks.Diagnostics.txt", "N:System.Diagnostics;High;process and debugger control\n"));
        await test.RunAsync();
    }

    [Test]
    public async Task Message_NamesTheListLine()
    {
        var test = Create(
            "class App { void Run() { System.IO.File.Delete(\"x\"); } }",
            ("AutoMode.Risks.txt", "M:System.IO.File.Delete(System.String);Critical;deletes files\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9004").WithSpan(1, 26, 1, 52)
            .WithMessage("'File.Delete': deletes files — declared Critical risk by AutoMode.Risks.txt line 1. Review this use before it lands."));
        await test.RunAsync();
    }

    [Test]
    public async Task MalformedUnknownAndDuplicateLines_AreReportedAtTheirLine()
    {
        var test = Create(
            "class App { void Run() { System.IO.File.Exists(\"x\"); } }",
            ("AutoMode.Risks.txt", """
                M:System.IO.File.Delete(System.String);Critical;deletes files
                M:System.IO.File.Delete(System.String);Low;duplicate
                just some text
                X:System.IO.File;High;bad prefix
                T:System.IO.File;Severe;bad level
                M:Nope.Missing.Method;High;unknown
                """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9013").WithSpan("AutoMode.Risks.txt", 2, 1, 2, 53)
            .WithMessage("'M:System.IO.File.Delete(System.String)' is already declared at AutoMode.Risks.txt line 1; this line is ignored. Keep one line per symbol."));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9011").WithSpan("AutoMode.Risks.txt", 3, 1, 3, 15).WithArguments("expected '<id>;<Level>;<reason>'"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9011").WithSpan("AutoMode.Risks.txt", 4, 1, 4, 33).WithArguments("the id must start with M:, T:, N:, P: or E:"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9011").WithSpan("AutoMode.Risks.txt", 5, 1, 5, 34).WithArguments("the level must be Low, Medium, High or Critical"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM9012").WithSpan("AutoMode.Risks.txt", 6, 1, 6, 35).WithArguments("M:Nope.Missing.Method"));
        await test.RunAsync();
    }

    [Test]
    public async Task OtherAdditionalFilesAreIgnored()
    {
        var test = Create(
            "class App { void Run() { System.IO.File.Delete(\"x\"); } }",
            ("BannedSymbols.txt", "M:System.IO.File.Delete(System.String);not ours\n"),
            ("AutoMode.Risks.json", "garbage"));
        await test.RunAsync();
    }

    [Test]
    public async Task AttributeWinsOverListForTheSameMember()
    {
        var test = Create("""
            using AutoMode;
            class Ops { [Risk(RiskLevel.Low, "fine")] public static void Go() { } }
            class App { void Run() { {|AM9001:Ops.Go()|}; } }
            """,
            ("AutoMode.Risks.txt", "M:Ops.Go;Critical;listed\n"));
        test.TestState.AdditionalReferences.Add(LibraryCompiler.Annotations);
        await test.RunAsync();
    }
}
