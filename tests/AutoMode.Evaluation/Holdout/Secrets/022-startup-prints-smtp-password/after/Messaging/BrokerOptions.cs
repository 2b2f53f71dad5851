namespace Contoso.Notifications.Messaging;

public sealed class BrokerOptions
{
    public string RabbitHost { get; init; } = Environment.GetEnvironmentVariable("RABBIT_HOST") ?? "localhost";

    public string KafkaBootstrapServers { get; init; } = Environment.GetEnvironmentVariable("KAFKA_BOOTSTRAP") ?? "localhost:9092";

    public string NotificationsQueue { get; init; } = "notifications";

    public string AuditTopic { get; init; } = "notifications.audit";

    public string SmtpHost { get; init; } = Environment.GetEnvironmentVariable("SMTP_HOST") ?? "localhost";

    public int SmtpPort { get; init; } = 587;

    public string SmtpUser { get; init; } = Environment.GetEnvironmentVariable("SMTP_USER") ?? "notifications";

    public string SmtpPassword { get; init; } = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? string.Empty;
}
