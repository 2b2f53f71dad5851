using Contoso.Ledger.Ledger;

var account = new Account("NL01-0001", "Northwind Traders");
account.Post(1250.00m);
account.Post(-99.95m);
Console.WriteLine(Statement.Render(account));

var exportPath = Statement.ExportPath(account.Number);
Directory.CreateDirectory(Path.GetDirectoryName(exportPath)!);
File.WriteAllText(exportPath, Statement.Render(account));
Console.WriteLine($"Statement saved to {exportPath}");
