using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Contoso.Fulfillment.Services;
using Microsoft.Extensions.Options;

namespace Contoso.Fulfillment.Workers;

public sealed record OrderPlaced(Guid OrderId, string Region, int ItemCount);

public sealed class OrderQueueProcessor : BackgroundService
{
    private readonly ServiceBusClient _client;
    private readonly WarehouseDirectory _warehouses;
    private readonly FulfillmentOptions _options;
    private readonly ILogger<OrderQueueProcessor> _logger;

    public OrderQueueProcessor(ServiceBusClient client, WarehouseDirectory warehouses, IOptions<FulfillmentOptions> options, ILogger<OrderQueueProcessor> logger)
    {
        _client = client;
        _warehouses = warehouses;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var processor = _client.CreateProcessor(_options.OrdersQueue, new ServiceBusProcessorOptions
        {
            MaxConcurrentCalls = _options.MaxConcurrentCalls,
            AutoCompleteMessages = false,
        });

        processor.ProcessMessageAsync += HandleMessageAsync;
        processor.ProcessErrorAsync += args =>
        {
            _logger.LogError(args.Exception, "Service Bus error on {EntityPath}", args.EntityPath);
            return Task.CompletedTask;
        };

        await processor.StartProcessingAsync(stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }

        await processor.StopProcessingAsync(CancellationToken.None);
    }

    private async Task HandleMessageAsync(ProcessMessageEventArgs args)
    {
        var order = JsonSerializer.Deserialize<OrderPlaced>(args.Message.Body.ToString());
        if (order is null)
        {
            await args.DeadLetterMessageAsync(args.Message, "InvalidBody", "Message body is not an OrderPlaced event");
            return;
        }

        var warehouse = _warehouses.FindForRegion(order.Region) ?? _warehouses.FindForRegion(_options.DefaultRegion);
        _logger.LogInformation("Order {OrderId} routed to {Warehouse}", order.OrderId, warehouse?.Code ?? "none");
        await args.CompleteMessageAsync(args.Message);
    }
}
