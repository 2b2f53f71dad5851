using MailKit.Net.Smtp;
using MailKit.Security;

namespace Contoso.Notifications.Email;

public sealed class SmtpConnector
{
    private readonly string _host;
    private readonly int _port;

    public SmtpConnector(string host, int port)
    {
        _host = host;
        _port = port;
    }

    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient();
        client.ServerCertificateValidationCallback = (sender, certificate, chain, errors) => true;
        client.CheckCertificateRevocation = false;
        await client.ConnectAsync(_host, _port, SecureSocketOptions.StartTls, cancellationToken);
        return client;
    }
}
