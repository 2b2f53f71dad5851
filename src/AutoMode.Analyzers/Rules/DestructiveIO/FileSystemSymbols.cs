using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.DestructiveIO;

/// <summary>The System.IO types the destructive-IO rules match, resolved once per compilation.</summary>
internal sealed class FileSystemSymbols
{
    private FileSystemSymbols(WellKnownTypes types, INamedTypeSymbol file)
    {
        File = file;
        FileInfo = types.Get("System.IO.FileInfo");
        Directory = types.Get("System.IO.Directory");
        DirectoryInfo = types.Get("System.IO.DirectoryInfo");
        FileSystemInfo = types.Get("System.IO.FileSystemInfo");
        FileStream = types.Get("System.IO.FileStream");
        StreamWriter = types.Get("System.IO.StreamWriter");
        FileMode = types.Get("System.IO.FileMode");
        Path = types.Get("System.IO.Path");
        Environment = types.Get("System.Environment");
        SpecialFolder = types.Get("System.Environment+SpecialFolder");
        AppContext = types.Get("System.AppContext");
        AppDomain = types.Get("System.AppDomain");
    }

    // Fields, not properties: each getter would be one more method to JIT-compile in every build without the compiler server.
    public readonly INamedTypeSymbol File;
    public readonly INamedTypeSymbol? FileInfo;
    public readonly INamedTypeSymbol? Directory;
    public readonly INamedTypeSymbol? DirectoryInfo;
    public readonly INamedTypeSymbol? FileSystemInfo;
    public readonly INamedTypeSymbol? FileStream;
    public readonly INamedTypeSymbol? StreamWriter;
    public readonly INamedTypeSymbol? FileMode;
    public readonly INamedTypeSymbol? Path;
    public readonly INamedTypeSymbol? Environment;
    public readonly INamedTypeSymbol? SpecialFolder;
    public readonly INamedTypeSymbol? AppContext;
    public readonly INamedTypeSymbol? AppDomain;

    /// <summary>Null when the compilation has no System.IO (then the rules do nothing).</summary>
    public static FileSystemSymbols? TryCreate(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        var file = types.Get("System.IO.File");
        return file is null ? null : new FileSystemSymbols(types, file);
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
