using Contoso.Notifications.Messaging;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Contoso.Notifications.Email;

public sealed class SmtpMailer
{
    private readonly BrokerOptions _options;

    public SmtpMailer(BrokerOptions options)
    {
        _options = options;
    }

    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient();
        await client.ConnectAsync(_options.SmtpHost, _options.SmtpPort, SecureSocketOptions.StartTls, cancellationToken);
        await client.AuthenticateAsync(SmtpSecrets.User, SmtpSecrets.Password, cancellationToken);
        return client;
    }

    public static MimeMessage Compose(string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(SmtpSecrets.User));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
