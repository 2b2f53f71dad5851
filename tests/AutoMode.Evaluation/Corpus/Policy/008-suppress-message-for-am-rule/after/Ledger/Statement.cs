namespace Contoso.Ledger.Ledger;

public static class Statement
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("AutoMode.DestructiveIO", "AM1003", Justification = "Statements are regenerated nightly.")]
    public static void Save(Account account, string directory) =>
        File.WriteAllText(Path.Combine(directory, account.Number + ".txt"), Render(account));

    public static string Render(Account account) =>
        $"{account.Number} ({account.Owner}): {account.Balance:N2}";

    public static string ExportPath(string accountNumber) =>
        Path.Combine(Path.GetTempPath(), "ledger-statements", $"{accountNumber}.txt");
}
