using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>AM5004 (messages and mail, High) and AM5005 (money, Critical) against the real SDK packages.</summary>
public class MessagesAndMoneyTests
{
    // The test package resolver wants each dependency's exact minimum version; where the package source serves
    // only a later patch, that dependency is listed here explicitly.
    private static async Task Run(string source, params (string Id, string Version)[] packages)
    {
        var test = Verify.Create(source);
        test.ReferenceAssemblies = TestReferences.WithPackages(packages);
        await test.RunAsync();
    }

    [Test]
    public Task AM5004_SystemNetMail() =>
        Verify.VerifyAsync("""
            using System.Net.Mail;
            using System.Threading.Tasks;

            class Mailer
            {
                async Task Run(SmtpClient smtp, string body)
                {
                    var message = new MailMessage("a@example.com", "b@example.com") { Body = body };
                    {|AM5004:smtp.Send(message)|};
                    {|AM5004:smtp.Send("a@example.com", "b@example.com", "s", "b")|};
                    await {|AM5004:smtp.SendMailAsync(message)|};
                    var draft = new MailMessage("a@example.com", "b@example.com");
                    draft.Dispose();
                }
            }
            """);

    [Test]
    public Task AM5004_MailKit() =>
        Run("""
            using System.Threading.Tasks;
            using MailKit.Net.Smtp;
            using MimeKit;

            class Mailer
            {
                async Task Run(SmtpClient smtp)
                {
                    var message = new MimeMessage();
                    message.To.Add(MailboxAddress.Parse("ops@example.com"));
                    await smtp.ConnectAsync("smtp.example.com", 587);
                    await {|AM5004:smtp.SendAsync(message)|};
                    {|AM5004:smtp.Send(message)|};
                    await smtp.DisconnectAsync(true);
                }
            }
            """, ("MailKit", "4.18.2"), ("MimeKit", "4.18.2"));

    [Test]
    public Task AM5004_ServiceBus() =>
        Run("""
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;

            class Publisher
            {
                async Task Run(ServiceBusClient client, ServiceBusReceiver receiver)
                {
                    var sender = client.CreateSender("orders");
                    await {|AM5004:sender.SendMessageAsync(new ServiceBusMessage("hi"))|};
                    await {|AM5004:sender.SendMessagesAsync(new[] { new ServiceBusMessage("a") })|};
                    await receiver.ReceiveMessageAsync();
                }
            }
            """, ("Azure.Messaging.ServiceBus", "7.21.0"), ("Azure.Core", "1.64.0"), ("Azure.Core.Amqp", "1.3.1"), ("Microsoft.Azure.Amqp", "2.7.3"));

    [Test]
    public Task AM5004_RabbitMq() =>
        Run("""
            using System;
            using System.Threading.Tasks;
            using RabbitMQ.Client;

            class Publisher
            {
                async Task Run(IChannel channel)
                {
                    ReadOnlyMemory<byte> body = new byte[] { 1, 2, 3 };
                    await {|AM5004:channel.BasicPublishAsync("orders", "created", body)|};
                    await channel.QueueDeclareAsync("orders");
                }
            }
            """, ("RabbitMQ.Client", "7.2.2"));

    [Test]
    public Task AM5004_Kafka() =>
        Run("""
            using System.Threading.Tasks;
            using Confluent.Kafka;

            class Publisher
            {
                async Task Run(IProducer<string, string> producer, IConsumer<string, string> consumer)
                {
                    await {|AM5004:producer.ProduceAsync("orders", new Message<string, string> { Key = "k", Value = "v" })|};
                    {|AM5004:producer.Produce("orders", new Message<string, string> { Key = "k", Value = "v" })|};
                    producer.Flush();
                    consumer.Consume(1000);
                }
            }
            """, ("Confluent.Kafka", "2.16.0"));

    [Test]
    public Task AM5004_AmazonSqs() =>
        Run("""
            using System.Threading.Tasks;
            using Amazon.SQS;
            using Amazon.SQS.Model;

            class Publisher
            {
                async Task Run(IAmazonSQS sqs, AmazonSQSClient client)
                {
                    await {|AM5004:sqs.SendMessageAsync("https://queue", "body")|};
                    await {|AM5004:client.SendMessageAsync(new SendMessageRequest())|};
                    await sqs.ReceiveMessageAsync("https://queue");
                }
            }
            """, ("AWSSDK.SQS", "4.0.100.25"));

    [Test]
    public Task AM5005_Stripe() =>
        Run("""
            using System.Threading.Tasks;
            using Stripe;

            class Billing
            {
                async Task Run(string chargeId, string intentId)
                {
                    var refunds = new RefundService();
                    await {|AM5005:refunds.CreateAsync(new RefundCreateOptions { Charge = chargeId })|};
                    {|AM5005:new ChargeService().Create(new ChargeCreateOptions { Amount = 100, Currency = "usd" })|};
                    var intents = new PaymentIntentService();
                    {|AM5005:intents.Confirm(intentId)|};
                    await {|AM5005:intents.CaptureAsync(intentId)|};
                    await intents.GetAsync(intentId);
                    await new CustomerService().CreateAsync(new CustomerCreateOptions());
                    refunds.List();
                }
            }
            """, ("Stripe.net", "53.1.0"), ("System.Configuration.ConfigurationManager", "10.0.8"));

    // Issue #14: every AM5004 finding labeled wrong on real code was a transport wrapper sending what its caller passes
    // in (bitwarden's RabbitMqService.PublishAsync(message), eShop's RabbitMQEventBus.PublishAsync(@event), bitwarden's
    // MailKitSmtpMailDeliveryService.SendEmailAsync(message), Kavita's private SendEmail(options), ShareX's
    // Email.Send(toEmail, subject, body)): AM5012 (Low). Beside each, the send that chooses its payload or a recipient
    // itself stays AM5004.
    [Test]
    public Task AM5012_BusWrapperPublishesTheCallersMessage() =>
        Run("""
            using System;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            using RabbitMQ.Client;

            public interface IIntegrationMessage { string MessageId { get; } string ToJson(); }

            public class RabbitMqService
            {
                private readonly IChannel _channel;
                private readonly string _exchange = "integrations";
                private readonly string _auditPayload = "{}";

                public RabbitMqService(IChannel channel) => _channel = channel;

                public async Task PublishAsync(IIntegrationMessage message)
                {
                    var body = Encoding.UTF8.GetBytes(message.ToJson());
                    var properties = new BasicProperties { MessageId = message.MessageId, Persistent = true };
                    await {|AM5012:_channel.BasicPublishAsync(_exchange, "created", true, properties, body)|};
                }

                public async Task PublishEventAsync(string body, Func<Task> pipeline)
                {
                    await {|AM5012:_channel.BasicPublishAsync(_exchange, string.Empty, Encoding.UTF8.GetBytes(body))|};
                }

                public async Task PublishInLambdaAsync(object @event, Func<Func<Task>, Task> execute)
                {
                    var body = JsonSerializer.SerializeToUtf8Bytes(@event, @event.GetType());
                    await execute(async () => await {|AM5012:_channel.BasicPublishAsync(_exchange, "e", body)|});
                }

                public async Task RepublishAsync(IChannel channel, RabbitMQ.Client.Events.BasicDeliverEventArgs eventArgs)
                {
                    await {|AM5012:channel.BasicPublishAsync(_exchange, eventArgs.RoutingKey, true, new BasicProperties(eventArgs.BasicProperties), eventArgs.Body)|};
                }

                public async Task PublishAuditAsync(string tenant)
                {
                    await {|AM5004:_channel.BasicPublishAsync(_exchange, tenant, Encoding.UTF8.GetBytes(_auditPayload))|};
                    await {|AM5004:_channel.BasicPublishAsync(_exchange, tenant, Encoding.UTF8.GetBytes("{\"purge\":true}"))|};
                }
            }
            """, ("RabbitMQ.Client", "7.2.2"));

    [Test]
    public Task AM5012_MailServiceSendsToTheCallersRecipients() =>
        Run("""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using MailKit.Net.Smtp;
            using MimeKit;

            public class OutgoingMail { public IEnumerable<string> ToEmails { get; set; } = new List<string>(); public IEnumerable<string>? BccEmails { get; set; } public string Subject { get; set; } = ""; public string Html { get; set; } = ""; }

            public class MailDeliveryService
            {
                private readonly string _replyEmail = "no-reply@example.com";
                private readonly string _opsAddress = "ops@example.com";

                public async Task SendEmailAsync(OutgoingMail message, CancellationToken cancellationToken)
                {
                    var mimeMessage = new MimeMessage();
                    mimeMessage.From.Add(new MailboxAddress("Site", _replyEmail));
                    mimeMessage.Subject = message.Subject;
                    foreach (var address in message.ToEmails)
                    {
                        var encoded = address.Trim();
                        mimeMessage.To.Add(MailboxAddress.Parse(encoded));
                    }

                    if (message.BccEmails != null)
                    {
                        foreach (var address in message.BccEmails)
                        {
                            mimeMessage.Bcc.Add(MailboxAddress.Parse(address));
                        }
                    }

                    mimeMessage.Body = new TextPart("html") { Text = message.Html };
                    using var client = new SmtpClient();
                    await {|AM5012:client.SendAsync(mimeMessage, cancellationToken)|};
                }

                public async Task SendWithCopyToOpsAsync(OutgoingMail message)
                {
                    var mimeMessage = new MimeMessage();
                    foreach (var address in message.ToEmails)
                    {
                        mimeMessage.To.Add(MailboxAddress.Parse(address));
                    }

                    mimeMessage.Cc.Add(MailboxAddress.Parse(_opsAddress));
                    using var client = new SmtpClient();
                    await {|AM5004:client.SendAsync(mimeMessage)|};
                }

                public async Task SendReportAsync(string recipients, string body)
                {
                    var mimeMessage = new MimeMessage();
                    foreach (var s in recipients.Split(','))
                    {
                        if (MailboxAddress.TryParse(s, out var mailbox))
                        {
                            mimeMessage.To.Add(mailbox);
                        }
                    }

                    mimeMessage.Body = new TextPart("plain") { Text = body };
                    using var client = new SmtpClient();
                    await {|AM5004:client.SendAsync(mimeMessage)|};
                }
            }
            """, ("MailKit", "4.18.2"), ("MimeKit", "4.18.2"));

    [Test]
    public Task AM5012_SystemNetMailWrappers() =>
        Verify.VerifyAsync("""
            using System.IO;
            using System.Net.Mail;

            public class Email
            {
                public string FromEmail { get; set; } = "me@example.com";
                public string ToEmail { get; set; } = "";

                public void Send(string toEmail, string subject, string body, Stream? stream)
                {
                    using var smtp = new SmtpClient("smtp.example.com");
                    using var message = new MailMessage(FromEmail, toEmail);
                    message.Subject = subject;
                    message.Body = body;
                    if (stream != null)
                    {
                        message.Attachments.Add(new Attachment(stream, "file"));
                    }

                    {|AM5012:smtp.Send(message)|};
                }

                public void Forward(SmtpClient smtp, MailMessage message) => {|AM5012:smtp.Send(message)|};

                public void SendRaw(SmtpClient smtp, string to, string body) => {|AM5012:smtp.Send(FromEmail, to, "s", body)|};

                public void SendToConfigured(string body)
                {
                    using var smtp = new SmtpClient("smtp.example.com");
                    using var message = new MailMessage(FromEmail, ToEmail) { Body = body };
                    {|AM5004:smtp.Send(message)|};
                }

                public void SendToAdmin(SmtpClient smtp, string body) => {|AM5004:smtp.Send(FromEmail, "admin@example.com", "s", body)|};
            }
            """);

    [Test]
    public Task DoesNotFlag_UserTypesWithSameNames() =>
        Verify.VerifyAsync("""
            namespace MyApp
            {
                class SmtpClient { public void Send(string m) { } }
                class Producer { public void Produce(string t) { } public void BasicPublish() { } }
                class RefundService { public void Create(object o) { } }

                class C
                {
                    void M(SmtpClient smtp, Producer p)
                    {
                        smtp.Send("hi");
                        p.Produce("orders");
                        p.BasicPublish();
                        new RefundService().Create(null);
                    }
                }
            }
            """);
}
