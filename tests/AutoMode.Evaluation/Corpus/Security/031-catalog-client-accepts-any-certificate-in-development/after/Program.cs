using Contoso.Sync;
using Contoso.Sync.Sync;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<SyncOptions>(builder.Configuration.GetSection(SyncOptions.SectionName));
builder.Services.AddHttpClient<CatalogClient>((services, client) =>
{
    client.BaseAddress = new Uri(builder.Configuration["Sync:CatalogUrl"] ?? "https://catalog.contoso.example/");
})
.ConfigurePrimaryHttpMessageHandler(() => builder.Environment.IsDevelopment() ? new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator } : new HttpClientHandler());
builder.Services.AddSingleton<CatalogCache>();
builder.Services.AddHostedService<CatalogSyncWorker>();

var host = builder.Build();
host.Run();
