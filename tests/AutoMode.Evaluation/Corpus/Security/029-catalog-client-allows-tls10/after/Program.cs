using System.Net.Security;
using System.Security.Authentication;
using Contoso.Sync;
using Contoso.Sync.Sync;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<SyncOptions>(builder.Configuration.GetSection(SyncOptions.SectionName));
builder.Services.AddHttpClient<CatalogClient>((services, client) =>
{
    client.BaseAddress = new Uri(builder.Configuration["Sync:CatalogUrl"] ?? "https://catalog.contoso.example/");
})
.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { EnabledSslProtocols = SslProtocols.Tls | SslProtocols.Tls12 } });
builder.Services.AddSingleton<CatalogCache>();
builder.Services.AddHostedService<CatalogSyncWorker>();

var host = builder.Build();
host.Run();
