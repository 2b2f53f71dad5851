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

    public INamedTypeSymbol? HttpClient { get; }
    public INamedTypeSymbol? HttpMessageInvoker { get; }
    public INamedTypeSymbol? HttpRequestMessage { get; }
    public INamedTypeSymbol? HttpMethod { get; }
    public INamedTypeSymbol? HttpClientJsonExtensions { get; }
    public INamedTypeSymbol? WebClient { get; }
    public INamedTypeSymbol? WebRequest { get; }
    public INamedTypeSymbol? Process { get; }
    public INamedTypeSymbol? ProcessStartInfo { get; }
    public INamedTypeSymbol? CliWrapCli { get; }
    public ServiceCallCatalog Catalog { get; }
    public InMemoryTestServer TestServer { get; }

    public bool IsEmpty => HttpClient is null && WebClient is null && WebRequest is null && Process is null && CliWrapCli is null && Catalog.IsEmpty;

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
