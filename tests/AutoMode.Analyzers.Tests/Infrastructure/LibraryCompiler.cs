using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Builds a real library assembly from source (against .NET 10 and the real AutoMode.Annotations) and hands it to a
/// test as a metadata reference, the way an app sees a NuGet or project dependency after build.
/// </summary>
public static class LibraryCompiler
{
    public static MetadataReference Annotations { get; } = MetadataReference.CreateFromFile(typeof(AutoMode.RiskAttribute).Assembly.Location);

    public static Task<MetadataReference> CompileAsync(string assemblyName, string source)
        => CompileAsync(assemblyName, source, TestReferences.Net10);

    /// <summary>Compiles against the given reference assemblies (e.g. .NET 10 plus real packages) and AutoMode.Annotations.</summary>
    public static async Task<MetadataReference> CompileAsync(string assemblyName, string source, Microsoft.CodeAnalysis.Testing.ReferenceAssemblies referenceAssemblies)
    {
        var references = await referenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source) },
            references.Add(Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.That(result.Success, Is.True, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray(), filePath: assemblyName + ".dll");
    }
}
