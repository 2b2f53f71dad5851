using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Shop.Integrations;

public sealed class GitHubClient
{
    private const string BaseAddress = "https://api.github.com/";
    private const string AcceptHeader = "application/vnd.github+json";
    private readonly HttpClient _http;

    public GitHubClient(HttpClient http, IConfiguration configuration)
    {
        _http = http;
        _http.BaseAddress = new Uri(BaseAddress);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(AcceptHeader));
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("shop-bot/1.0");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["GitHub:Token"]);
    }

    public Task<string> GetReleaseAsync(string tag) => _http.GetStringAsync($"repos/contoso/shop/releases/tags/{tag}");
}

public sealed class SlackNotifier
{
    private static readonly Uri Webhook = new("{{FAKE:SlackWebhook}}"); // secret
    private const string Channel = "#releases";
    private readonly HttpClient _http = new();

    public Task NotifyAsync(string text)
        => _http.PostAsync(Webhook, new StringContent($"{{\"channel\":\"{Channel}\",\"text\":\"{text}\"}}", Encoding.UTF8, "application/json"));
}

public sealed class PaymentGateway
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.stripe.com/v1/") };

    public PaymentGateway()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{{FAKE:Stripe}}"); // secret
        _http.DefaultRequestHeaders.Add("Stripe-Version", "2024-06-20");
        _http.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
    }
}

public sealed class WeatherClient
{
    private readonly HttpClient _http = new();
    private readonly string _apiKey;

    public WeatherClient(IConfiguration configuration) => _apiKey = configuration["Weather:ApiKey"] ?? throw new InvalidOperationException("Weather:ApiKey is not configured");

    public Task<string> ForecastAsync(string city) => _http.GetStringAsync($"https://api.weather.example.com/v2/forecast?city={Uri.EscapeDataString(city)}&key={_apiKey}");
}

public sealed class MapsClient
{
    private const string ApiKey = "{{FAKE:Google}}"; // secret
    private readonly HttpClient _http = new();

    public Task<string> GeocodeAsync(string address) => _http.GetStringAsync("https://maps.googleapis.com/maps/api/geocode/json?address=" + Uri.EscapeDataString(address) + "&key=" + ApiKey);
}

public sealed class PartnerClient
{
    private readonly HttpClient _http = new();

    public PartnerClient()
    {
        _http.DefaultRequestHeaders.Add("X-Api-Key", "pk-partner-7Hq2xL9pW4mZ8vN3kR6t"); // secret
        _http.DefaultRequestHeaders.Add("X-Client-Name", "shop");
        _http.DefaultRequestHeaders.Add("Accept-Language", "en-US");
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("shop:" + Environment.GetEnvironmentVariable("PARTNER_PASSWORD")));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }
}

public sealed class OpenAiClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.openai.com/v1/") };

    public OpenAiClient(string? apiKey = null)
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey ?? "{{FAKE:OpenAi}}"); // secret
    }
}
