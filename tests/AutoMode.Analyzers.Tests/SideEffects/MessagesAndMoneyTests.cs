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
                async Task Run(SmtpClient smtp, MailMessage message)
                {
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
                async Task Run(SmtpClient smtp, MimeMessage message)
                {
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
                async Task Run(IChannel channel, ReadOnlyMemory<byte> body)
                {
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
