using Azure.Messaging.ServiceBus;

namespace Contoso.Fulfillment.Services;

public sealed class DeadLetterReport
{
    private readonly ServiceBusClient _client;

    public DeadLetterReport(ServiceBusClient client)
    {
        _client = client;
    }

    public async Task<IReadOnlyList<string>> PeekAsync(string queue, int max, CancellationToken cancellationToken)
    {
        await using var receiver = _client.CreateReceiver(queue, new ServiceBusReceiverOptions { SubQueue = SubQueue.DeadLetter });
        var messages = await receiver.PeekMessagesAsync(max, cancellationToken: cancellationToken);
        return messages.Select(m => $"{m.MessageId}: {m.DeadLetterReason}").ToList();
    }
}
