using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Analyzers.Tests.Core;

/// <summary>
/// WellKnownTypes resolves every type the rules match by metadata name, walking the compilation's merged global
/// namespace. These pin the answers Compilation.GetTypeByMetadataName gave before, ambiguities included.
/// </summary>
public class WellKnownTypesTests
{
    private static async Task<CSharpCompilation> CompileAsync(string source, params MetadataReference[] libraries)
    {
        var references = await TestReferences.Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText(source) },
            references.AddRange(libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [TestCase("System.IO.File")]
    [TestCase("System.Collections.Generic.Dictionary`2")]
    [TestCase("System.Collections.Generic.Dictionary`2+KeyCollection")]
    [TestCase("System.Environment+SpecialFolder")]
    [TestCase("System.Net.Http.HttpClient")]
    public async Task Resolves_framework_types_like_the_compiler(string metadataName)
    {
        var compilation = await CompileAsync("class C { }");
#pragma warning disable RS0030 // the reference answer
        var expected = compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
        Assert.That(expected, Is.Not.Null);
        Assert.That(WellKnownTypes.For(compilation).Get(metadataName), Is.EqualTo(expected).Using<ISymbol>((a, b) => SymbolEqualityComparer.Default.Equals(a, b)));
    }

    [TestCase("Azure.Security.KeyVault.Secrets.SecretClient")] // namespace absent
    [TestCase("System.IO.NoSuchType")] // namespace present, type absent
    [TestCase("System.Collections.Generic.Dictionary`3")] // wrong arity
    [TestCase("System.Collections.Generic.Dictionary")] // arity missing
    [TestCase("System.IO.File+Nested")] // nested type absent
    [TestCase("System.IO")] // a namespace, not a type
    public async Task Absent_types_are_null(string metadataName)
    {
        var compilation = await CompileAsync("class C { }");
        Assert.That(WellKnownTypes.For(compilation).Get(metadataName), Is.Null);
    }

    [Test]
    public async Task Source_types_and_nested_source_types_resolve()
    {
        var compilation = await CompileAsync("namespace Shop.Data { public class Repo<T> { public class Page { } } }");
        var types = WellKnownTypes.For(compilation);
        Assert.That(types.Get("Shop.Data.Repo`1")?.ContainingAssembly.Name, Is.EqualTo("App"));
        Assert.That(types.Get("Shop.Data.Repo`1+Page")?.Name, Is.EqualTo("Page"));
    }

    [Test]
    public async Task A_name_defined_in_source_and_in_a_reference_is_the_source_type()
    {
        var library = await LibraryCompiler.CompileAsync("Lib", "namespace Dapper { public static class SqlMapper { } }");
        var compilation = await CompileAsync("namespace Dapper { public static class SqlMapper { } }", library);
        Assert.That(WellKnownTypes.For(compilation).Get("Dapper.SqlMapper")?.ContainingAssembly.Name, Is.EqualTo("App"));
    }

    [Test]
    public async Task A_name_defined_in_two_references_is_the_one_the_compilation_can_see()
    {
        var hidden = await LibraryCompiler.CompileAsync("Hidden", "namespace Vendor { internal class Client { } }");
        var visible = await LibraryCompiler.CompileAsync("Visible", "namespace Vendor { public class Client { } }");
        var compilation = await CompileAsync("class C { }", hidden, visible);
        Assert.That(WellKnownTypes.For(compilation).Get("Vendor.Client")?.ContainingAssembly.Name, Is.EqualTo("Visible"));
    }

    [Test]
    public async Task A_name_defined_only_internally_in_a_reference_still_resolves()
    {
        // Rules match calls made inside that library's own code too (InternalsVisibleTo, or the library analysed itself).
        var hidden = await LibraryCompiler.CompileAsync("Hidden", "namespace Vendor { internal class Client { } }");
        var compilation = await CompileAsync("class C { }", hidden);
        Assert.That(WellKnownTypes.For(compilation).Get("Vendor.Client")?.ContainingAssembly.Name, Is.EqualTo("Hidden"));
    }
}
