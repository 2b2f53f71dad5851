namespace Contoso.Maintenance;

public sealed class MaintenanceOptions
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
                "--out" => new MaintenanceOptions { OutputDirectory = args[i + 1], LogDirectory = options.LogDirectory, RetentionDays = options.RetentionDays },
                "--logs" => new MaintenanceOptions { OutputDirectory = options.OutputDirectory, LogDirectory = args[i + 1], RetentionDays = options.RetentionDays },
                "--days" => new MaintenanceOptions { OutputDirectory = options.OutputDirectory, LogDirectory = options.LogDirectory, RetentionDays = int.Parse(args[i + 1]) },
                _ => options,
            };
        }

        return options;
    }
}
