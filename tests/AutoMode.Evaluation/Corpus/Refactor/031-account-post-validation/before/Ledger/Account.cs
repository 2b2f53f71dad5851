namespace Contoso.Ledger.Ledger;

public sealed class Account
{
    public Account(string number, string owner)
    {
        Number = number;
        Owner = owner;
    }

    public string Number { get; }

    public string Owner { get; }

    public decimal Balance { get; private set; }

    public void Post(decimal amount)
    {
        Balance += amount;
    }
}
