using MimeKit;

namespace Contoso.Notifications.Email;

public static class EmailPreview
{
    public static string Write(string recipient, string template, IReadOnlyDictionary<string, string> values)
    {
        var (subject, body) = EmailTemplates.Render(template, values);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("no-reply@contoso.example"));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        var path = Path.Combine(Path.GetTempPath(), $"preview-{template}-{Guid.NewGuid():N}.eml");
        message.WriteTo(path);
        return path;
    }
}
