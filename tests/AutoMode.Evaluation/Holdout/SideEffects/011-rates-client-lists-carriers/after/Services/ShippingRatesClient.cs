using System.Net.Http.Json;

namespace Contoso.Orders.Api.Services;

public sealed class ShippingOptions
{
    public const string SectionName = "Shipping";

    public string BaseUrl { get; set; } = string.Empty;

    public string DefaultCarrier { get; set; } = "ups";
}

public sealed record ShippingQuote(string Carrier, decimal Price, int EstimatedDays);

public sealed class ShippingRatesClient
{
    private readonly HttpClient _http;

    public ShippingRatesClient(HttpClient http)
    {
        _http = http;
    }

    public async Task<IReadOnlyList<ShippingQuote>> GetQuotesAsync(string postalCode, decimal weightKg, CancellationToken cancellationToken)
    {
        var quotes = await _http.GetFromJsonAsync<List<ShippingQuote>>(
            $"v1/quotes?postalCode={Uri.EscapeDataString(postalCode)}&weightKg={weightKg}",
            cancellationToken);
        return quotes ?? [];
    }

    public async Task<IReadOnlyList<string>> GetCarriersAsync(CancellationToken cancellationToken)
    {
        var carriers = await _http.GetFromJsonAsync<List<string>>("v1/carriers", cancellationToken);
        return carriers ?? [];
    }
}
