#pragma warning disable CS8618 // set by Dapper when the row is materialized

namespace Contoso.Billing.Models;

public sealed class Invoice
{
    public int Id { get; set; }

    public string Number { get; set; }

    public int CustomerId { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "EUR";

    public DateTime IssuedAt { get; set; }

    public DateTime? PaidAt { get; set; }
}
