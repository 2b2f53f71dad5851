using System.Collections.Generic;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>What a transport wrapper sends on for its caller: the part ("message", "recipients") and the parameter it comes from.</summary>
internal readonly struct WrappedSend
{
    public WrappedSend(string part, IParameterSymbol parameter)
    {
        Part = part;
        Parameter = parameter;
    }

    public string Part { get; }

    public IParameterSymbol Parameter { get; }
}

/// <summary>
/// A send of AM5004 made by a transport wrapper: a method that publishes or mails what its caller passes in (an
/// <c>IEventBus.PublishAsync(event)</c> implementation serializing the caller's event, an
/// <c>IMailDeliveryService.SendEmailAsync(message)</c> copying the caller's recipients into a MimeMessage, a
/// <c>SendEmail(options)</c> helper). For a message bus the payload decides (the exchange or queue is the wrapper's
/// configuration); for a mail, the recipients: every address added to it must come from the method's parameters. A send
/// whose payload or any recipient is chosen in the method (a constant, a field, an <c>out</c> variable parsed from the
/// configuration) is no wrapper and stays AM5004.
/// </summary>
internal static class TransportWrappers
{
    private static readonly string[] PayloadArguments = { "body", "message", "messages", "messageBody", "request", "sendMessageBatchRequest" };
    private static readonly HashSet<string> RecipientLists = new() { "To", "Cc", "CC", "Bcc" };

    public static WrappedSend? Of(IInvocationOperation send, ServiceCallKind kind)
    {
        return kind switch
        {
            ServiceCallKind.Message => Payload(send) is { } payload && CallerSuppliedValues.BuiltFrom(payload) is { } parameter
                ? new WrappedSend("message", parameter)
                : null,
            ServiceCallKind.Mail => Recipients(send) is { } recipients ? new WrappedSend("recipients", recipients) : null,
            _ => null,
        };
    }

    private static IOperation? Payload(IInvocationOperation send)
    {
        foreach (var name in PayloadArguments)
        {
            if (OperationValues.Argument(send.Arguments, name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The parameter every recipient of the mail comes from, or null when a recipient is chosen in the method or none is seen.</summary>
    private static IParameterSymbol? Recipients(IInvocationOperation send)
    {
        if (OperationValues.Argument(send.Arguments, "recipients") is { } addresses)
        {
            return CallerSuppliedValues.BuiltFrom(addresses); // SmtpClient.Send(from, recipients, subject, body)
        }

        if (OperationValues.Argument(send.Arguments, "message") is not { } message)
        {
            return null;
        }

        switch (OperationValues.Unwrap(message))
        {
            case IParameterReferenceOperation:
                return CallerSuppliedValues.BuiltFrom(message);
            case IObjectCreationOperation creation:
                return AllFromParameters(CreationRecipients(creation));
            case ILocalReferenceOperation local:
                var contributions = new List<IOperation>();
                if (ValueResolver.FindSingleDefinition(local) is { } definition)
                {
                    if (OperationValues.Unwrap(definition) is IObjectCreationOperation created)
                    {
                        contributions.AddRange(CreationRecipients(created));
                    }
                    else
                    {
                        contributions.Add(definition); // a mail built by another call, from what it is given
                    }
                }

                contributions.AddRange(AddedRecipients(OperationValues.Root(local), local.Local));
                return AllFromParameters(contributions);
            default:
                return null;
        }
    }

    /// <summary>The <c>to</c> argument of <c>new MailMessage(from, to)</c> / <c>new MimeMessage(from, to, …)</c>.</summary>
    private static IEnumerable<IOperation> CreationRecipients(IObjectCreationOperation creation)
    {
        if (OperationValues.Argument(creation.Arguments, "to") is { } to)
        {
            yield return to;
        }
    }

    /// <summary>What the body adds to or sets on the mail's To, Cc and Bcc lists (<c>mail.To.Add(address)</c>).</summary>
    private static IEnumerable<IOperation> AddedRecipients(IOperation root, ILocalSymbol mail)
    {
        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case IInvocationOperation { Instance: { } list } add when IsRecipientList(list, mail):
                    foreach (var argument in add.Arguments)
                    {
                        yield return argument.Value;
                    }

                    break;
                case ISimpleAssignmentOperation { Target: var target, Value: var value } when IsRecipientList(target, mail):
                    yield return value;
                    break;
            }
        }
    }

    private static bool IsRecipientList(IOperation operation, ILocalSymbol mail)
        => OperationValues.Unwrap(operation) is IPropertyReferenceOperation { Instance: { } owner } property &&
           RecipientLists.Contains(property.Property.Name) &&
           OperationValues.Unwrap(owner) is ILocalReferenceOperation reference &&
           SymbolEqualityComparer.Default.Equals(reference.Local, mail);

    private static IParameterSymbol? AllFromParameters(IEnumerable<IOperation> contributions)
    {
        IParameterSymbol? first = null;
        foreach (var contribution in contributions)
        {
            if (CallerSuppliedValues.BuiltFrom(contribution) is not { } parameter)
            {
                return null;
            }

            first ??= parameter;
        }

        return first;
    }
}
