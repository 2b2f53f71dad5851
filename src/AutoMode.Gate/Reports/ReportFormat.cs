namespace AutoMode.Gate.Reports;

/// <summary>The output formats of <c>automode scan</c> and <c>automode check</c>.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    Markdown,
}
