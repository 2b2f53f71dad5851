namespace Contoso.Maintenance;

public sealed record MaintenanceOptions
{
    public string OutputDirectory { get; init; } = Path.Combine(Environment.CurrentDirectory, "reports");

    public string LogDirectory { get; init; } = Path.Combine(Environment.CurrentDirectory, "logs");

    public int RetentionDays { get; init; } = 30;

    public static MaintenanceOptions Parse(string[] args)
    {
        var options = new MaintenanceOptions();
        for (var i = 0; i < args.Length - 1; i++)
        {
            options = args[i] switch
            {
                "--out" => options with { OutputDirectory = args[i + 1] },
                "--logs" => options with { LogDirectory = args[i + 1] },
                "--days" => options with { RetentionDays = int.Parse(args[i + 1]) },
                _ => options,
            };
        }

        return options;
    }
}
