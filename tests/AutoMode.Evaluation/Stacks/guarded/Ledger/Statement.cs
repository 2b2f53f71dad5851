namespace Contoso.Ledger.Ledger;

public static class Statement
{
    public static string Render(Account account) =>
        $"{account.Number} ({account.Owner}): {account.Balance:N2}";

    public static string ExportPath(string accountNumber) =>
        Path.Combine(Path.GetTempPath(), "ledger-statements", $"{accountNumber}.txt");
}
