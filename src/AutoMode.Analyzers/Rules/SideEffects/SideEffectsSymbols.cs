using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>The framework and SDK types the side-effect rules match, resolved once per compilation.</summary>
internal sealed class SideEffectsSymbols
{
    public SideEffectsSymbols(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        HttpClient = types.Get("System.Net.Http.HttpClient");
        HttpMessageInvoker = types.Get("System.Net.Http.HttpMessageInvoker");
        HttpRequestMessage = types.Get("System.Net.Http.HttpRequestMessage");
        HttpMethod = types.Get("System.Net.Http.HttpMethod");
        HttpClientJsonExtensions = types.Get("System.Net.Http.Json.HttpClientJsonExtensions");
        WebClient = types.Get("System.Net.WebClient");
        WebRequest = types.Get("System.Net.WebRequest");
        Process = types.Get("System.Diagnostics.Process");
        ProcessStartInfo = types.Get("System.Diagnostics.ProcessStartInfo");
        CliWrapCli = types.Get("CliWrap.Cli");
        Catalog = ServiceCallCatalog.Create(types);
        TestServer = new InMemoryTestServer(types);
    }

    // Fields, not properties: each getter would be one more method to JIT-compile in every build without the compiler server.
    public readonly INamedTypeSymbol? HttpClient;
    public readonly INamedTypeSymbol? HttpMessageInvoker;
    public readonly INamedTypeSymbol? HttpRequestMessage;
    public readonly INamedTypeSymbol? HttpMethod;
    public readonly INamedTypeSymbol? HttpClientJsonExtensions;
    public readonly INamedTypeSymbol? WebClient;
    public readonly INamedTypeSymbol? WebRequest;
    public readonly INamedTypeSymbol? Process;
    public readonly INamedTypeSymbol? ProcessStartInfo;
    public readonly INamedTypeSymbol? CliWrapCli;
    public readonly ServiceCallCatalog Catalog;
    public readonly InMemoryTestServer TestServer;

    public bool IsEmpty => HttpClient is null && WebClient is null && WebRequest is null && Process is null && CliWrapCli is null && Catalog.IsEmpty;

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
