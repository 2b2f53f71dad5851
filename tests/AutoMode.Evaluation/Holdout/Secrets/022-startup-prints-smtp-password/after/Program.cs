using Contoso.Notifications.Email;
using Contoso.Notifications.Messaging;

var options = new BrokerOptions();
Console.WriteLine($"SMTP {options.SmtpHost}:{options.SmtpPort} as {options.SmtpUser} / {options.SmtpPassword}");
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

var consumer = new NotificationConsumer(options);
await consumer.RunAsync(message =>
{
    var (subject, _) = EmailTemplates.Render(message.Template, message.Values);
    Console.WriteLine($"[dry-run] would notify {message.Recipient}: {subject}");
    return Task.CompletedTask;
}, cts.Token);
