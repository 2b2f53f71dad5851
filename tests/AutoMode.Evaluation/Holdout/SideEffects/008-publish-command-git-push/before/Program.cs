using Contoso.Maintenance;
using Contoso.Maintenance.Models;
using Contoso.Maintenance.Services;

if (args.Length == 0)
{
    Console.WriteLine("usage: maint <report|archive|stats> [--out DIR] [--logs DIR] [--days N]");
    return 1;
}

var options = MaintenanceOptions.Parse(args.Skip(1).ToArray());

switch (args[0])
{
    case "report":
        var exporter = new ReportExporter(options.OutputDirectory);
        var path = await exporter.ExportAsync(SampleData.Orders(), CancellationToken.None);
        Console.WriteLine($"Report written to {path}");
        return 0;

    case "archive":
        var archiver = new LogArchiver(options.LogDirectory);
        var archived = archiver.ArchiveOlderThan(TimeSpan.FromDays(options.RetentionDays));
        Console.WriteLine($"Archived {archived} log file(s)");
        return 0;

    case "stats":
        var stats = OrderStatistics.From(SampleData.Orders());
        Console.WriteLine($"{stats.Count} orders, {stats.Total:C} total, {stats.Average:C} average");
        return 0;

    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
