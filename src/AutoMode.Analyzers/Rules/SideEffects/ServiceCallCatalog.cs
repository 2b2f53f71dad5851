using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.SideEffects;

internal enum ServiceCallKind
{
    /// <summary>A message published to a bus or queue: what is sent is the payload argument.</summary>
    Message,

    /// <summary>An e-mail: who receives it is decided by its recipients.</summary>
    Mail,

    Money,
}

/// <summary>One SDK call that sends a message or moves money, matched on the type it is made on (or a type derived from or implementing it).</summary>
internal sealed class ServiceCall
{
    public ServiceCall(INamedTypeSymbol receiver, ServiceCallKind kind, string what)
    {
        Receiver = receiver;
        Kind = kind;
        What = what;
    }

    public INamedTypeSymbol Receiver { get; }

    public ServiceCallKind Kind { get; }

    /// <summary>What the call does, for the message ("sends e-mail").</summary>
    public string What { get; }
}

/// <summary>
/// Mail, message-bus and payment SDK calls, by metadata name: only the SDKs a compilation references are
/// looked at, and a user's own <c>Send</c> or <c>Create</c> never matches.
/// </summary>
internal sealed class ServiceCallCatalog
{
    private static readonly (string Type, string[] Methods, ServiceCallKind Kind, string What)[] Entries =
    {
        ("System.Net.Mail.SmtpClient", new[] { "Send", "SendAsync", "SendMailAsync" }, ServiceCallKind.Mail, "sends e-mail"),
        ("MailKit.IMailTransport", new[] { "Send", "SendAsync" }, ServiceCallKind.Mail, "sends e-mail"),
        ("Azure.Messaging.ServiceBus.ServiceBusSender", new[] { "SendMessageAsync", "SendMessagesAsync", "ScheduleMessageAsync", "ScheduleMessagesAsync" }, ServiceCallKind.Message, "sends a Service Bus message"),
        ("RabbitMQ.Client.IModel", new[] { "BasicPublish" }, ServiceCallKind.Message, "publishes a RabbitMQ message"),
        ("RabbitMQ.Client.IChannel", new[] { "BasicPublishAsync" }, ServiceCallKind.Message, "publishes a RabbitMQ message"),
        ("Confluent.Kafka.IProducer`2", new[] { "Produce", "ProduceAsync" }, ServiceCallKind.Message, "produces a Kafka message"),
        ("Amazon.SQS.IAmazonSQS", new[] { "SendMessage", "SendMessageAsync", "SendMessageBatch", "SendMessageBatchAsync" }, ServiceCallKind.Message, "sends an SQS message"),
        ("Stripe.RefundService", new[] { "Create", "CreateAsync" }, ServiceCallKind.Money, "refunds a payment"),
        ("Stripe.ChargeService", new[] { "Create", "CreateAsync", "Capture", "CaptureAsync" }, ServiceCallKind.Money, "charges a payment method"),
        ("Stripe.PaymentIntentService", new[] { "Create", "CreateAsync", "Confirm", "ConfirmAsync", "Capture", "CaptureAsync" }, ServiceCallKind.Money, "creates, confirms or captures a payment"),
        ("Stripe.PayoutService", new[] { "Create", "CreateAsync" }, ServiceCallKind.Money, "pays money out"),
        ("Stripe.TransferService", new[] { "Create", "CreateAsync" }, ServiceCallKind.Money, "transfers money"),
    };

    // Plain collections of reference types: their code is shared and precompiled, so a build without the compiler
    // server does not JIT a dictionary of our own for this table.
    private readonly Dictionary<string, List<ServiceCall>> _byMethod;

    private ServiceCallCatalog(Dictionary<string, List<ServiceCall>> byMethod) => _byMethod = byMethod;

    public bool IsEmpty => _byMethod.Count == 0;

    public static ServiceCallCatalog Create(WellKnownTypes types)
    {
        var byMethod = new Dictionary<string, List<ServiceCall>>(StringComparer.Ordinal);
        foreach (var (typeName, methods, kind, what) in Entries)
        {
            if (types.Get(typeName) is not { } type)
            {
                continue;
            }

            foreach (var method in methods)
            {
                if (!byMethod.TryGetValue(method, out var list))
                {
                    byMethod[method] = list = new List<ServiceCall>();
                }

                list.Add(new ServiceCall(type, kind, what));
            }
        }

        return new ServiceCallCatalog(byMethod);
    }

    public ServiceCall? Match(IMethodSymbol method)
    {
        if (!_byMethod.TryGetValue(method.Name, out var candidates))
        {
            return null;
        }

        var receiver = TypeHierarchy.ReceiverType(method);
        foreach (var candidate in candidates)
        {
            if (TypeHierarchy.IsOrInherits(receiver, candidate.Receiver))
            {
                return candidate;
            }
        }

        return null;
    }
}
