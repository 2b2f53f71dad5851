using System.Globalization;
using CsvHelper;
using Humanizer;
using Polly;
using Polly.Retry;
using Serilog;

namespace Contoso.Exports;

public sealed class ExportJob
{
    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 3, Delay = TimeSpan.FromSeconds(1) })
        .Build();

    public string Render(IEnumerable<ExportRow> rows)
    {
        return _retry.Execute(() =>
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            csv.WriteRecords(rows);
            return writer.ToString();
        });
    }

    public void Describe(IReadOnlyCollection<ExportRow> rows)
    {
        var newest = rows.Count == 0 ? DateTime.UtcNow : rows.Max(r => r.LastActivity);
        Log.Information("Exporting {Count} accounts, last activity {Age}", rows.Count, (DateTime.UtcNow - newest).Humanize());
    }
}
