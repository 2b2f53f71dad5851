using AutoMode.Gate.Model;
using AutoMode.Gate.Reports;
using Spectre.Console;

namespace AutoMode.Cli;

/// <summary>Renders a report in the chosen format to standard output or to <c>--output</c>.</summary>
internal static class ReportWriter
{
    public static Task WriteAsync(CheckReport report, ReportFormat format, FileInfo? output, TextWriter stdout) =>
        WriteAsync(format, output, stdout, console => TextReport.Write(console, report), () => JsonReport.Write(report), () => SarifReport.Write(report), () => MarkdownReport.Write(report));

    public static Task WriteAsync(ScanReport report, ReportFormat format, FileInfo? output, TextWriter stdout) =>
        WriteAsync(format, output, stdout, console => TextReport.Write(console, report), () => JsonReport.Write(report), () => SarifReport.Write(report), () => MarkdownReport.Write(report));

    private static async Task WriteAsync(ReportFormat format, FileInfo? output, TextWriter stdout, Action<IAnsiConsole> text, Func<string> json, Func<string> sarif, Func<string> markdown)
    {
        if (format == ReportFormat.Text)
        {
            if (output is null)
            {
                text(CreateConsole(stdout, interactive: !Console.IsOutputRedirected));
                return;
            }

            await using var writer = new StreamWriter(output.FullName);
            text(CreateConsole(writer, interactive: false));
            return;
        }

        var content = format switch
        {
            ReportFormat.Json => json(),
            ReportFormat.Sarif => sarif(),
            _ => markdown(),
        };
        if (output is null)
        {
            await stdout.WriteAsync(content).ConfigureAwait(false);
        }
        else
        {
            try
            {
                await File.WriteAllTextAsync(output.FullName, content).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new GateException($"cannot write {output.FullName}: {e.Message}", e);
            }
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 80;
        }

        return console;
    }
}
