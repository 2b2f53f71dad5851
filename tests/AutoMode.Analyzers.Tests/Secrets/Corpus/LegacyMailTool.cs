using System;
using System.Collections.Generic;
using System.Configuration;
using System.Net;
using System.Net.Mail;

namespace Shop.Tools;

public static class LegacyMailTool
{
    private const string SmtpHost = "smtp.office365.com";
    private const int SmtpPort = 587;
    private const string FromAddress = "billing@contoso.com";
    private const string SmtpUser = "billing@contoso.com";
    private const string SmtpPass = "B1ll1ng#Mail2021"; // secret

    public static void Main(string[] args)
    {
        var to = args.Length > 0 ? args[0] : "finance@contoso.com";
        var subject = ConfigurationManager.AppSettings["InvoiceSubject"] ?? "Your invoice";
        using var client = new SmtpClient(SmtpHost, SmtpPort)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential(SmtpUser, SmtpPass),
        };
        client.Send(FromAddress, to, subject, "Please find your invoice attached.");
    }

    public static NetworkCredential ArchiveCredential()
    {
        string data = "Arch1ve!Sync#88"; // secret
        return new NetworkCredential("svc-archive", data, "CORP");
    }

    public static NetworkCredential FromSettings()
    {
        var user = ConfigurationManager.AppSettings["ArchiveUser"];
        var password = ConfigurationManager.AppSettings["ArchivePassword"];
        return new NetworkCredential(user, password);
    }

    public static Uri FtpTarget() => new("ftp://uploader:Upl0ad!Ftp#2020@ftp.contoso.com/invoices/"); // secret

    public static Uri PublicMirror() => new("ftp://anonymous@mirror.contoso.com/pub/");

    public static IDictionary<string, string> DefaultArguments() => new Dictionary<string, string>
    {
        { "--server", "smtp.office365.com" },
        { "--user", "billing@contoso.com" },
        { "--password", "<password>" },
        { "--api-key", "{{FAKE:SendGrid}}" }, // secret
        { "--retries", "3" },
        { "--proxy", "http://proxy.contoso.local:8080" },
    };

    public static string Usage() => "Usage: mailtool <to> [--password <password>] [--api-key <key>]";
}
