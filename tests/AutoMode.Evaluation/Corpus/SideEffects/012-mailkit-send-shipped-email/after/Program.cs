using Contoso.Notifications.Email;
using Contoso.Notifications.Messaging;
using MailKit.Net.Smtp;
using MimeKit;

var options = new BrokerOptions();
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

var consumer = new NotificationConsumer(options);
await consumer.RunAsync(async message =>
{
    var (subject, body) = EmailTemplates.Render(message.Template, message.Values);
    var mail = new MimeMessage();
    mail.From.Add(MailboxAddress.Parse("no-reply@contoso.example"));
    mail.To.Add(MailboxAddress.Parse(message.Recipient));
    mail.Subject = subject;
    mail.Body = new TextPart("plain") { Text = body };

    using var smtp = new SmtpClient();
    await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, MailKit.Security.SecureSocketOptions.StartTls, cts.Token);
    await smtp.SendAsync(mail, cts.Token);
    await smtp.DisconnectAsync(quit: true, cts.Token);
}, cts.Token);
