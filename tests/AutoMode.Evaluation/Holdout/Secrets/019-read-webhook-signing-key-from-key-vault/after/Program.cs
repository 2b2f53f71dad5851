using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Azure.Security.KeyVault.Secrets;
using Contoso.Fulfillment.Services;
using Contoso.Fulfillment.Workers;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<FulfillmentOptions>(builder.Configuration.GetSection(FulfillmentOptions.SectionName));

var credential = new DefaultAzureCredential();
builder.Services.AddSingleton(_ => new SecretClient(
    new Uri(builder.Configuration["KeyVault:Uri"] ?? "https://contoso-fulfillment.vault.azure.net/"),
    credential));
builder.Services.AddSingleton(_ => new ServiceBusClient(
    builder.Configuration["ServiceBus:Namespace"] ?? "contoso-fulfillment.servicebus.windows.net",
    credential));

builder.Services.AddSingleton<WarehouseDirectory>();
builder.Services.AddSingleton<WebhookSigningKey>();
builder.Services.AddHostedService<OrderQueueProcessor>();

var host = builder.Build();
host.Run();
