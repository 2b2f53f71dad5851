using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Contoso.Notifications.Messaging;

public sealed record NotificationRequested(string Recipient, string Template, Dictionary<string, string> Values);

public sealed class NotificationConsumer
{
    private readonly BrokerOptions _options;

    public NotificationConsumer(BrokerOptions options)
    {
        _options = options;
    }

    public async Task RunAsync(Func<NotificationRequested, Task> handle, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { HostName = _options.RabbitHost };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);

        await channel.QueueDeclareAsync(_options.NotificationsQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.BasicQosAsync(prefetchSize: 0, prefetchCount: 10, global: false, cancellationToken: cancellationToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var message = JsonSerializer.Deserialize<NotificationRequested>(Encoding.UTF8.GetString(delivery.Body.Span));
            if (message is not null)
            {
                await handle(message);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };

        await channel.BasicConsumeAsync(_options.NotificationsQueue, autoAck: false, consumer, cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
