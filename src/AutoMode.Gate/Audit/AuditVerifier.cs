namespace AutoMode.Gate.Audit;

/// <summary>
/// Checks the audit log's hash chain and says what was done to it: a line that is not a valid entry, an edited
/// line (the next entry recorded a different hash for it, or the head file does for the last one), removed entries
/// (a gap in <c>seq</c>, at the start, in the middle or at the end), lines out of order, and repeated lines.
/// </summary>
public static class AuditVerifier
{
    public static AuditVerification Verify(AuditLog log)
    {
        var lines = log.Read();
        var head = log.ReadHead();
        var problems = new List<string>();

        foreach (var line in lines.Where(l => !l.Valid))
        {
            problems.Add($"line {line.Number}: not a valid audit entry (edited or corrupted)");
        }

        var valid = lines.Where(l => l.Valid).ToList();
        for (var i = 1; i < valid.Count; i++)
        {
            if (valid[i].Seq < valid[i - 1].Seq)
            {
                problems.Add($"line {valid[i].Number} (seq {valid[i].Seq}) is out of order: it comes after line {valid[i - 1].Number} (seq {valid[i - 1].Seq})");
            }
        }

        foreach (var group in valid.GroupBy(l => l.Seq).Where(g => g.Count() > 1))
        {
            problems.Add($"lines {string.Join(", ", group.Select(l => l.Number))} repeat seq {group.Key} (a copied or inserted line)");
        }

        // The chain in seq order: each entry's prev must be the hash of the entry before it.
        var bySeq = valid.GroupBy(l => l.Seq).Select(g => g.First()).OrderBy(l => l.Seq).ToList();
        if (bySeq.Count > 0)
        {
            var first = bySeq[0];
            if (first.Seq > 1)
            {
                problems.Add($"{Range(1, first.Seq - 1)} removed from the start of the log (before line {first.Number})");
            }
            else if (first.Prev != AuditLog.Genesis)
            {
                problems.Add($"line {first.Number} (seq 1) was edited: the first entry's prev is not the genesis hash");
            }
        }

        for (var i = 1; i < bySeq.Count; i++)
        {
            var before = bySeq[i - 1];
            var after = bySeq[i];
            if (after.Seq > before.Seq + 1)
            {
                problems.Add($"{Range(before.Seq + 1, after.Seq - 1)} removed (between line {before.Number} and line {after.Number})");
            }
            else if (after.Prev != before.Hash)
            {
                problems.Add($"line {before.Number} (seq {before.Seq}) was edited: the next entry (line {after.Number}) recorded a different hash for it");
            }
        }

        if (head is { } h)
        {
            var last = bySeq.LastOrDefault();
            if (last is null)
            {
                if (h.Seq > 0)
                {
                    problems.Add($"{Range(1, h.Seq)} removed: the log is empty but the head records {h.Seq} entries");
                }
            }
            else if (h.Seq > last.Seq)
            {
                problems.Add($"{Range(last.Seq + 1, h.Seq)} removed from the end of the log (after line {last.Number})");
            }
            else if (h.Seq == last.Seq && h.Hash != last.Hash)
            {
                problems.Add($"line {last.Number} (seq {last.Seq}) was edited: the head file records a different hash for the last entry");
            }
            else if (h.Seq < last.Seq)
            {
                problems.Add($"the head file records seq {h.Seq} but the log goes on to seq {last.Seq} (lines added by something other than the gate, or the head file was replaced)");
            }
        }
        else if (lines.Count > 0)
        {
            problems.Add($"the head file {Path.GetFileName(log.HeadPath)} is missing or unreadable: removal of the last entries cannot be ruled out");
        }

        return new AuditVerification(log.Path, lines.Count, problems, head?.Hash);
    }

    private static string Range(long from, long to) => from == to ? $"entry seq {from}" : $"entries seq {from}–{to}";
}

/// <summary>The result of <c>automode audit verify</c>: intact when there are no problems.</summary>
public sealed record AuditVerification(string Path, int Lines, IReadOnlyList<string> Problems, string? HeadHash)
{
    public bool Intact => Problems.Count == 0;
}
