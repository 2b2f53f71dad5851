using System.Globalization;
using System.Text;
using Contoso.Maintenance.Models;

namespace Contoso.Maintenance.Services;

public sealed class ReportExporter
{
    private readonly string _outputDirectory;

    public ReportExporter(string outputDirectory)
    {
        _outputDirectory = outputDirectory;
    }

    public async Task<string> ExportAsync(IEnumerable<Order> orders, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_outputDirectory);

        var csv = new StringBuilder();
        csv.AppendLine("id,customer,total,placed_at,status");
        foreach (var order in orders)
        {
            AppendRow(csv, order);
        }

        var fileName = $"orders-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv";
        var path = Path.Combine(_outputDirectory, fileName);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await using var writer = new StreamWriter(stream, Encoding.UTF8);
        await writer.WriteAsync(csv.ToString().AsMemory(), cancellationToken);
        return path;
    }

    private static void AppendRow(StringBuilder csv, Order order)
    {
        csv.Append(order.Id).Append(',')
           .Append(order.Customer.Replace(",", " ")).Append(',')
           .Append(order.Total.ToString(CultureInfo.InvariantCulture)).Append(',')
           .Append(order.PlacedAt.ToString("O", CultureInfo.InvariantCulture)).Append(',')
           .Append(order.Status)
           .AppendLine();
    }
}
