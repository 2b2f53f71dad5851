namespace Contoso.Billing.Models;

public sealed class Invoice
{
    public int Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public int CustomerId { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "EUR";

    public DateTime IssuedAt { get; set; }

    public DateTime? PaidAt { get; set; }
}
