using System.Net.Mail;

namespace Contoso.Maintenance.Services;

public static class ReportMailer
{
    public static void Send(string reportPath)
    {
        using var client = new SmtpClient("smtp.contoso.example", 25);
        using var message = new MailMessage("maint@contoso.example", "finance@contoso.example")
        {
            Subject = "Daily order report",
            Body = "The daily order report is attached.",
        };
        message.Attachments.Add(new Attachment(reportPath));
        client.Send(message);
    }
}
