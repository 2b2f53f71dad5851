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

    public INamedTypeSymbol File { get; }
    public INamedTypeSymbol? FileInfo { get; }
    public INamedTypeSymbol? Directory { get; }
    public INamedTypeSymbol? DirectoryInfo { get; }
    public INamedTypeSymbol? FileSystemInfo { get; }
    public INamedTypeSymbol? FileStream { get; }
    public INamedTypeSymbol? StreamWriter { get; }
    public INamedTypeSymbol? FileMode { get; }
    public INamedTypeSymbol? Path { get; }
    public INamedTypeSymbol? Environment { get; }
    public INamedTypeSymbol? SpecialFolder { get; }
    public INamedTypeSymbol? AppContext { get; }
    public INamedTypeSymbol? AppDomain { get; }

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
