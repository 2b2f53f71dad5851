using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Fulfilment.Worker;

public sealed class BrokerConnectionFactory
{
    public string HostName { get; set; } = "localhost";
    public int Port { get; set; } = 5672;
    public string UserName { get; set; } = "guest";
    public string Password { get; set; } = "guest";
    public string VirtualHost { get; set; } = "/";
}

public sealed class KafkaSettings
{
    public string BootstrapServers { get; set; } = "kafka-1:9092,kafka-2:9092";
    public string SaslMechanism { get; set; } = "PLAIN";
    public string SaslUsername { get; set; } = "fulfilment";
    public string SaslPassword { get; set; } = "k4fk4-Fulf1lment!"; // secret
    public string GroupId { get; set; } = "fulfilment-workers";
    public string TopicPrefix { get; set; } = "orders.";
}

public sealed class FulfilmentWorker
{
    private readonly ILogger<FulfilmentWorker> _logger;
    private readonly IConfiguration _configuration;

    public FulfilmentWorker(ILogger<FulfilmentWorker> logger, IConfiguration configuration)
    {
        _logger = logger;
        _configuration = configuration;
    }

    public BrokerConnectionFactory CreateFactory(bool production)
    {
        var factory = new BrokerConnectionFactory
        {
            HostName = _configuration["Broker:Host"] ?? "rabbitmq",
            UserName = "fulfilment",
        };
        if (production)
        {
            factory.Password = "Rabb1t!Fulf1l#Prod"; // secret
        }
        else
        {
            factory.Password = _configuration["Broker:Password"] ?? "guest";
        }

        return factory;
    }

    public string RedisConfiguration() => "redis.internal:6380,password=R3d1sPr0d!Key,ssl=True,abortConnect=False"; // secret

    public string MongoUrl(bool local) => local
        ? "mongodb://localhost:27017/fulfilment"
        : "mongodb://fulfilment:M0ng0!Fulf1l@mongo-0.mongo:27017/fulfilment?replicaSet=rs0"; // secret

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var queue = _configuration["Broker:Queue"] ?? "fulfilment";
        _logger.LogInformation("Listening on {Queue} with user {User}", queue, "fulfilment");
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            _logger.LogDebug("Heartbeat at {Time}", DateTimeOffset.UtcNow);
        }
    }

    public static IReadOnlyDictionary<string, string> Headers(string correlationId) => new Dictionary<string, string>
    {
        ["x-correlation-id"] = correlationId,
        ["x-source"] = "fulfilment-worker",
        ["x-schema"] = "orders/v2",
        ["content-type"] = "application/json",
    };
}
