using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.NullabilityEscapeAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4006 (null-forgiving operator, Low) and AM4007 (#nullable disable in a nullable-enabled project, Medium).</summary>
public class NullabilityEscapeTests
{
    private static Task VerifyWithProjectNullable(string source, NullableContextOptions nullable)
    {
        var test = Verify.Create(source);
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(nullable));
        });
        return test.RunAsync();
    }

    // ---- AM4006 ----

    [Test]
    public Task AM4006_OnNonLiterals() =>
        VerifyWithProjectNullable("""
            using System.Collections.Generic;

            class Repo
            {
                string? Find(int id) => null;
                Dictionary<int, string?> _cache = new();

                int M(int id, string? name)
                {
                    var a = {|AM4006:Find(id)!|}.Length;
                    var b = {|AM4006:name!|}.Length;
                    var c = {|AM4006:{|AM4006:_cache[id]!|}.Trim()!|};
                    var d = {|AM4006:(Find(id))!|};
                    return a + b;
                }
            }
            """, NullableContextOptions.Enable);

    [Test]
    public Task AM4006_MessageText() =>
        Verify.VerifyAsync(
            """
            #nullable enable
            class C { int M(string? s) => {|#0:s!|}.Length; }
            """,
            Verify.Diagnostic("AM4006").WithLocation(0)
                .WithMessage("'s!' asserts without a check that 's' is never null; if a refactor makes it nullable this still compiles and throws NullReferenceException at run time. Check for null, or make the source non-nullable."));

    [Test]
    public Task AM4006_NotFlagged() =>
        Verify.VerifyAsync("""
            #nullable enable
            class C
            {
                string _name = null!;                   // the late-initialization idiom
                object _value = default!;
                string _other = default(string)!;
                bool M(bool flag, int a, int b) => !flag && a != b;   // logical not, inequality

            #nullable disable
                int Legacy(string s) => s!.Length;      // no nullable warnings here: '!' changes nothing
            }
            """);

    // ---- AM4007 ----

    [Test]
    public Task AM4007_DisableInEnabledProject() =>
        VerifyWithProjectNullable("""
            {|AM4007:#nullable disable|}
            class Legacy { string Name; }
            #nullable restore
            {|AM4007:#nullable disable warnings|}
            class Half { string? Name; }
            #nullable enable
            {|AM4007:#nullable disable annotations|}
            class Other { }
            """,
            NullableContextOptions.Enable);

    [Test]
    public Task AM4007_NotFlagged_AtTheTopOfAnEfCoreScaffoldedMigration() =>
        VerifyEfScaffolded("""
            using Microsoft.EntityFrameworkCore.Migrations;

            #nullable disable

            namespace Shop.Migrations
            {
                public partial class AddCustomerPhone : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.AddColumn<string>(name: "Phone", table: "Customers", type: "nvarchar(max)", nullable: true);
                    }
                }
            }
            """);

    [Test]
    public Task AM4007_StillFlagged_InsideAScaffoldedMigrationOrInALookAlike() =>
        VerifyEfScaffolded("""
            using Microsoft.EntityFrameworkCore.Migrations;

            namespace Shop.Migrations
            {
                public partial class AddCustomerPhone : Migration
                {
            {|AM4007:#nullable disable|}
                    protected override void Up(MigrationBuilder migrationBuilder) { }
                }
            }

            namespace Other
            {
                {|AM4007:#nullable disable|}
                public class Migration { }
                public class Step : Migration { }
            }
            """);

    private static Task VerifyEfScaffolded(string source)
    {
        var test = Verify.Create(source);
        test.ReferenceAssemblies = TestReferences.WithPackages(("Microsoft.EntityFrameworkCore.Relational", "10.0.15"));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(projectId,
            ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable)));
        return test.RunAsync();
    }

    [Test]
    public Task AM4007_Message()
    {
        var test = Verify.Create("""
            #nullable disable warnings
            class C { }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM4007").WithSpan(1, 1, 1, 27)
            .WithMessage("'#nullable disable warnings' turns off nullable warnings for the code that follows, in a project that enables them; a refactor that lets null in there compiles without a warning. Annotate the code instead, or keep the region as small as possible."));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(projectId,
            ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable)));
        return test.RunAsync();
    }

    [Test]
    public Task AM4007_OnlyWhatTheProjectEnables() =>
        VerifyWithProjectNullable("""
            #nullable disable annotations
            class A { }
            {|AM4007:#nullable disable|}
            class B { }
            """,
            NullableContextOptions.Warnings);

    [Test]
    public Task AM4007_NotFlagged_RestoreEnableAndDisabledProject() =>
        VerifyWithProjectNullable("""
            #nullable enable
            class A { }
            #nullable restore
            class B { }
            // #nullable disable in a comment
            #if NEVER
            #nullable disable
            #endif
            """,
            NullableContextOptions.Enable);

    [Test]
    public Task AM4007_NotFlagged_InNullableDisabledProject() =>
        VerifyWithProjectNullable("""
            #nullable disable
            class A { }
            """,
            NullableContextOptions.Disable);
}
