using System.Text.Json;
using Confluent.Kafka;

namespace Contoso.Notifications.Messaging;

public sealed class AuditPublisher : IDisposable
{
    private readonly IProducer<string, string> _producer;
    private readonly string _topic;

    public AuditPublisher(BrokerOptions options)
    {
        _producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = options.KafkaBootstrapServers }).Build();
        _topic = options.AuditTopic;
    }

    public Task PublishAsync(NotificationRequested notification, CancellationToken cancellationToken) =>
        _producer.ProduceAsync(_topic, new Message<string, string>
        {
            Key = notification.Recipient,
            Value = JsonSerializer.Serialize(new { notification.Template, SentAt = DateTimeOffset.UtcNow }),
        }, cancellationToken);

    public void Dispose() => _producer.Dispose();
}
