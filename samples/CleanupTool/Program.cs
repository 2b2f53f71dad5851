using CleanupTool;

var root = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "cleanup-tool");
var janitor = new Janitor(root);
janitor.RotateLogs(maxFiles: 10);
janitor.ClearScratch();
janitor.WriteReport();

using var http = new HttpClient();
await new Notifier(http).ReportAsync(root, CancellationToken.None);
Console.WriteLine($"Cleaned {root}");
