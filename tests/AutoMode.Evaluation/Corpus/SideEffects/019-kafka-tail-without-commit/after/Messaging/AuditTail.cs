using Confluent.Kafka;

namespace Contoso.Notifications.Messaging;

public static class AuditTail
{
    public static void Print(BrokerOptions options, int max, CancellationToken cancellationToken)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = options.KafkaBootstrapServers,
            GroupId = "audit-tail-" + Guid.NewGuid().ToString("N"),
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Latest,
        };
        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(options.AuditTopic);
        for (var i = 0; i < max && !cancellationToken.IsCancellationRequested; i++)
        {
            var result = consumer.Consume(cancellationToken);
            Console.WriteLine($"{result.Message.Key}: {result.Message.Value}");
        }

        consumer.Close();
    }
}
