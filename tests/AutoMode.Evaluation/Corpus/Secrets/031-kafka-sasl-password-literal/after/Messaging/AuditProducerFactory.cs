using Confluent.Kafka;

namespace Contoso.Notifications.Messaging;

public static class AuditProducerFactory
{
    public static IProducer<string, string> Create(BrokerOptions options)
    {
        var config = new ProducerConfig
        {
            BootstrapServers = options.KafkaBootstrapServers,
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "notifications-svc",
            SaslPassword = "cK9#vB2xQ7mL4tRz8wPn",
            Acks = Acks.All,
        };
        return new ProducerBuilder<string, string>(config).Build();
    }
}
