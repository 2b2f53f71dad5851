namespace AutoMode.Gate.Audit;

/// <summary>
/// <c>automode audit stats</c>: per finding category and overall, the decisions, the auto-approval rate, asks and
/// denies; with reviewers' marks, the false-approval rate (of the allowed decisions) and the false-rejection rate (of
/// the asked or denied ones). A category whose false-approval rate is over the threshold (5%) should not be
/// auto-approved: the recommendation names the <c>.editorconfig</c> line.
/// </summary>
public static class AuditStatistics
{
    /// <summary>The seed's threshold: over 5% false approvals → disable auto-approve for that category.</summary>
    public const double FalseApprovalThreshold = 0.05;

    public const string Overall = "(all)";
    public const string NoFindings = "(no findings)";

    public static AuditStats Compute(IReadOnlyList<AuditLine> lines, DateTimeOffset? since)
    {
        var marks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mark in lines.Where(l => l.Valid && l.IsMark && l.Marks is not null && l.Outcome is not null))
        {
            marks[mark.Marks!] = mark.Outcome!; // the latest mark wins
        }

        var decisions = lines
            .Where(l => l.Valid && !l.IsMark && l.Decision is not null)
            .Where(l => since is null || (l.Time is { } t && t >= since))
            .ToList();
        var rows = new Dictionary<string, Counter>(StringComparer.OrdinalIgnoreCase);
        Counter Row(string name)
        {
            if (!rows.TryGetValue(name, out var row))
            {
                row = new Counter(name);
                rows[name] = row;
            }

            return row;
        }

        var overall = new Counter(Overall);
        foreach (var decision in decisions)
        {
            marks.TryGetValue(decision.Id ?? string.Empty, out var outcome);
            overall.Add(decision.Decision!, outcome);
            foreach (var category in decision.Categories.Count == 0 ? new[] { NoFindings } : decision.Categories)
            {
                Row(category).Add(decision.Decision!, outcome);
            }
        }

        var categories = rows.Values.OrderBy(r => r.Name == NoFindings ? 1 : 0).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(r => r.ToRow()).ToList();
        var recommendations = categories
            .Where(r => r.FalseApprovalRate > FalseApprovalThreshold)
            .Select(r => r.Name == NoFindings
                ? new AuditRecommendation(
                    r.Name,
                    "AutoMode.Risks.txt",
                    $"{r.FalseApprovals} of {r.Allowed} auto-approved changes without findings were marked false approvals ({Percent(r.FalseApprovalRate)}, over {Percent(FalseApprovalThreshold)}): the rules miss a risk there; declare it (AutoMode.Risks.txt or [Risk]) so that it is found")
                : new AuditRecommendation(
                    r.Name,
                    $"automode.category.{r.Name.ToLowerInvariant()}.auto_approve = false",
                    $"{r.Name}: {r.FalseApprovals} of {r.Allowed} auto-approved changes were marked false approvals ({Percent(r.FalseApprovalRate)}, over {Percent(FalseApprovalThreshold)}): disable auto-approve for this category"))
            .ToList();
        return new AuditStats(since, overall.ToRow(), categories, recommendations, marks.Count);
    }

    public static string Percent(double rate) => (rate * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>Parses <c>--since</c>: a date or date-time (UTC unless an offset is given), or a duration back from now (<c>30m</c>, <c>12h</c>, <c>7d</c>, <c>2w</c>).</summary>
    public static bool TryParseSince(string text, DateTimeOffset now, out DateTimeOffset since)
    {
        text = text.Trim();
        if (text.Length >= 2 && char.IsDigit(text[0]) && "mhdw".Contains(char.ToLowerInvariant(text[^1])) && int.TryParse(text[..^1], out var amount) && amount >= 0)
        {
            since = char.ToLowerInvariant(text[^1]) switch
            {
                'm' => now.AddMinutes(-amount),
                'h' => now.AddHours(-amount),
                'd' => now.AddDays(-amount),
                _ => now.AddDays(-7 * amount),
            };
            return true;
        }

        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out since);
    }

    private sealed class Counter
    {
        public Counter(string name) => Name = name;

        public string Name { get; }

        private int _allowed;
        private int _asked;
        private int _denied;
        private int _falseApprovals;
        private int _falseRejections;

        public void Add(string decision, string? outcome)
        {
            switch (decision)
            {
                case "allow":
                    _allowed++;
                    if (outcome == AuditOutcomes.FalseApproval)
                    {
                        _falseApprovals++;
                    }

                    break;
                case "deny":
                    _denied++;
                    if (outcome == AuditOutcomes.FalseRejection)
                    {
                        _falseRejections++;
                    }

                    break;
                default:
                    _asked++;
                    if (outcome == AuditOutcomes.FalseRejection)
                    {
                        _falseRejections++;
                    }

                    break;
            }
        }

        public AuditStatsRow ToRow() => new(Name, _allowed + _asked + _denied, _allowed, _asked, _denied, _falseApprovals, _falseRejections);
    }
}

/// <summary>The outcomes a reviewer records with <c>automode audit mark</c>.</summary>
public static class AuditOutcomes
{
    /// <summary>An allowed change that should have needed a person.</summary>
    public const string FalseApproval = "false-approval";

    /// <summary>An asked or denied change that was fine.</summary>
    public const string FalseRejection = "false-rejection";
}

public sealed record AuditStatsRow(string Name, int Decisions, int Allowed, int Asked, int Denied, int FalseApprovals, int FalseRejections)
{
    public double AutoApprovalRate => Decisions == 0 ? 0 : (double)Allowed / Decisions;

    public double FalseApprovalRate => Allowed == 0 ? 0 : (double)FalseApprovals / Allowed;

    public double FalseRejectionRate => Asked + Denied == 0 ? 0 : (double)FalseRejections / (Asked + Denied);
}

public sealed record AuditRecommendation(string Category, string Setting, string Message);

public sealed record AuditStats(DateTimeOffset? Since, AuditStatsRow Overall, IReadOnlyList<AuditStatsRow> Categories, IReadOnlyList<AuditRecommendation> Recommendations, int Marks);
