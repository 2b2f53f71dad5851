namespace Contoso.Notifications.Email;

public static class EmailTemplates
{
    private static readonly Dictionary<string, (string Subject, string Body)> Templates = new()
    {
        ["order-shipped"] = ("Your order has shipped", "Hi {name}, your order {order} is on its way."),
        ["password-reset"] = ("Reset your password", "Hi {name}, use this link to reset your password: {link}"),
        ["welcome"] = ("Welcome to Contoso", "Hi {name}, thanks for signing up."),
    };

    public static (string Subject, string Body) Render(string template, IReadOnlyDictionary<string, string> values)
    {
        if (!Templates.TryGetValue(template, out var t))
        {
            throw new ArgumentException($"Unknown template '{template}'.", nameof(template));
        }

        var body = t.Body;
        foreach (var (key, value) in values)
        {
            body = body.Replace("{" + key + "}", value);
        }

        return (t.Subject, body);
    }
}
