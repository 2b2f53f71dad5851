using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Azure.Security.KeyVault.Secrets;
using Contoso.Fulfillment.Services;
using Contoso.Fulfillment.Workers;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<FulfillmentOptions>(builder.Configuration.GetSection(FulfillmentOptions.SectionName));

var credential = new ClientSecretCredential(
    "8f2d6c1a-3b7e-4e0f-9a5d-2c4b6e8f0a13",
    "c3a9e7b5-1d2f-4a6c-8e0b-5f7d9b1c3e24",
    "Xk48Q~vR2pZt9LmW3yHn7Bq0sDf5Gj1Ku6Ea8Tc");
builder.Services.AddSingleton(_ => new SecretClient(
    new Uri(builder.Configuration["KeyVault:Uri"] ?? "https://contoso-fulfillment.vault.azure.net/"),
    credential));
builder.Services.AddSingleton(_ => new ServiceBusClient(
    builder.Configuration["ServiceBus:Namespace"] ?? "contoso-fulfillment.servicebus.windows.net",
    credential));

builder.Services.AddSingleton<WarehouseDirectory>();
builder.Services.AddHostedService<OrderQueueProcessor>();

var host = builder.Build();
host.Run();
