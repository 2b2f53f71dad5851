using RabbitMQ.Client;

namespace Contoso.Notifications.Messaging;

internal static class ChannelExtensions
{
    public static ValueTask ParkAsync(this IChannel channel, string queue, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default) =>
        channel.BasicPublishAsync(
            exchange: string.Empty,
            routingKey: queue,
            mandatory: false,
            basicProperties: new BasicProperties { Persistent = true },
            body: body,
            cancellationToken: cancellationToken);
}
