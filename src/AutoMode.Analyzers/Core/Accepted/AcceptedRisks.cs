using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Analyzers;

/// <summary>
/// The accepted-risks file of a compilation (its <c>AutoMode.Accepted.json</c> additional file), applied where every
/// AutoMode finding is created — <see cref="RiskDiagnostic.Create(DiagnosticDescriptor, Location, IEnumerable{Location}?, ImmutableDictionary{string, string?}, object?[])"/>
/// — so that no rule can miss it: a finding that matches an entry is reported at Low (Hidden) with
/// <c>automode.accepted=true</c> and who accepted it, when and why.
/// <para>
/// Roslyn gives a diagnostic's factory no context, and no analyzer can change another's diagnostic: every AutoMode
/// analyzer calls <see cref="Enable"/> in Initialize, whose compilation-start action maps the compilation's syntax
/// trees to the file's entries (once per compilation, before any of its actions report); the factory finds them
/// through the diagnostic's tree.
/// </para>
/// </summary>
internal static class AcceptedRisks
{
    public const string AcceptedProperty = "automode.accepted";
    public const string AcceptedByProperty = "automode.accepted.by";
    public const string AcceptedOnProperty = "automode.accepted.on";
    public const string AcceptedWhyProperty = "automode.accepted.why";
    public const string AcceptedLevelProperty = "automode.accepted.level";
    public const string MemberProperty = "automode.member";
    public const string HashProperty = "automode.hash";
    public const string OccurrenceProperty = "automode.occurrence";

    private static readonly ConditionalWeakTable<SyntaxTree, Holder> Trees = new();
    private static readonly ConditionalWeakTable<Compilation, CompilationScope> Compilations = new();
    private static readonly ConditionalWeakTable<SourceText, AcceptedRiskScope.Parsed> ParsedTexts = new();

    /// <summary>Call in every AutoMode analyzer's Initialize.</summary>
    public static void Enable(AnalysisContext context)
    {
#pragma warning disable RS1012 // The start action registers nothing: it maps the compilation's trees before any action of the analyzer reports.
        context.RegisterCompilationStartAction(start => Attach(start.Compilation, start.Options, start.CancellationToken));
#pragma warning restore RS1012
    }

    /// <summary>
    /// The compilation's accepted-risks scope (null without the file), mapping its trees on first use — again when the
    /// file's text is another (a compilation analyzed anew after the file changed, as the gate's hook server does).
    /// </summary>
    public static AcceptedRiskScope? Attach(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var file = options.AdditionalFiles.FirstOrDefault(f => AcceptedRisksFile.IsAcceptedRisksFile(f.Path));
        var text = file?.GetText(cancellationToken);
        var holder = Compilations.GetValue(compilation, _ => new CompilationScope());
        lock (holder)
        {
            if (!holder.Attached || holder.Text != text)
            {
                holder.Scope = file is null || text is null ? null : new AcceptedRiskScope(file.Path, text, ParsedTexts.GetValue(text, t => AcceptedRiskScope.Parse(t)));
                foreach (var tree in compilation.SyntaxTrees)
                {
                    Trees.GetValue(tree, _ => new Holder()).Scope = holder.Scope;
                }

                holder.Text = text;
                holder.Attached = true;
            }

            return holder.Scope;
        }
    }

    /// <summary>The diagnostic as reported: at Low with the acceptance when an entry matches it, else as given (with its fingerprint).</summary>
    internal static Diagnostic Apply(
        DiagnosticDescriptor descriptor,
        Location location,
        IEnumerable<Location>? additionalLocations,
        ImmutableDictionary<string, string?> properties,
        object?[] messageArgs)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Hidden || RiskFingerprint.Of(location) is not { } fingerprint)
        {
            return Diagnostic.Create(descriptor, location, descriptor.DefaultSeverity, additionalLocations, properties, messageArgs);
        }

        properties = properties
            .SetItem(MemberProperty, fingerprint.Member)
            .SetItem(HashProperty, fingerprint.Hash)
            .SetItem(OccurrenceProperty, fingerprint.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var scope = location.SourceTree is { } tree && Trees.TryGetValue(tree, out var holder) ? holder.Scope : null;
        if (scope?.Find(descriptor.Id, location.SourceTree!.FilePath, fingerprint) is not { } entry)
        {
            return Diagnostic.Create(descriptor, location, descriptor.DefaultSeverity, additionalLocations, properties, messageArgs);
        }

        properties = properties
            .SetItem(RiskModel.RiskProperty, nameof(RiskLevel.Low))
            .SetItem(AcceptedProperty, "true")
            .SetItem(AcceptedByProperty, entry.By)
            .SetItem(AcceptedOnProperty, entry.On)
            .SetItem(AcceptedWhyProperty, entry.Why)
            .SetItem(AcceptedLevelProperty, entry.Level);
        return Diagnostic.Create(descriptor, location, DiagnosticSeverity.Hidden, additionalLocations, properties, messageArgs);
    }

    private sealed class Holder
    {
        public volatile AcceptedRiskScope? Scope;
    }

    private sealed class CompilationScope
    {
        public bool Attached;
        public SourceText? Text;
        public AcceptedRiskScope? Scope;
    }
}

/// <summary>The entries of one accepted-risks file, indexed for the findings of one compilation.</summary>
internal sealed class AcceptedRiskScope
{
    private readonly Parsed _parsed;
    private readonly ConcurrentDictionary<string, bool> _matched = new(StringComparer.Ordinal);

    public AcceptedRiskScope(string path, SourceText text, Parsed parsed)
    {
        Path = path;
        Text = text;
        _parsed = parsed;
        var normalized = LexicalPath.Normalize(path.Replace('\\', '/'));
        Directory = normalized.Substring(0, normalized.LastIndexOf('/') + 1);
    }

    /// <summary>The accepted-risks file.</summary>
    public string Path { get; }

    public SourceText Text { get; }

    /// <summary>The file's folder, with forward slashes and a final slash: entries' files are relative to it.</summary>
    public string Directory { get; }

    public ImmutableArray<AcceptedRisk> Entries => _parsed.Entries;

    public ImmutableArray<(int Line, string Problem)> Problems => _parsed.Problems;

    public static Parsed Parse(SourceText text)
    {
        var (entries, problems) = AcceptedRisksFile.Parse(text.ToString());
        return new Parsed(entries, problems, entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    /// <summary>A source file's path as entries name it (relative to the file's folder), or null outside that folder; a file linked from a sibling folder (<c>src/Api/../Shared/X.cs</c>) is named by where it is.</summary>
    public string? RelativePath(string sourcePath)
    {
        var normalized = LexicalPath.Normalize(sourcePath.Replace('\\', '/'));
        return normalized.StartsWith(Directory, StringComparison.Ordinal) ? normalized.Substring(Directory.Length) : null;
    }

    public AcceptedRisk? Find(string ruleId, string sourcePath, RiskFingerprint fingerprint)
    {
        if (_parsed.ByKey.Count == 0 || RelativePath(sourcePath) is not { } relative ||
            !_parsed.ByKey.TryGetValue(AcceptedRisk.KeyOf(ruleId, relative, fingerprint), out var entry))
        {
            return null;
        }

        _matched[entry.Key] = true;
        return entry;
    }

    /// <summary>Whether a finding of this compilation matched the entry so far.</summary>
    public bool WasMatched(AcceptedRisk entry) => _matched.ContainsKey(entry.Key);

    internal sealed class Parsed
    {
        public Parsed(ImmutableArray<AcceptedRisk> entries, ImmutableArray<(int Line, string Problem)> problems, Dictionary<string, AcceptedRisk> byKey)
        {
            Entries = entries;
            Problems = problems;
            ByKey = byKey;
        }

        public ImmutableArray<AcceptedRisk> Entries { get; }

        public ImmutableArray<(int Line, string Problem)> Problems { get; }

        public Dictionary<string, AcceptedRisk> ByKey { get; }
    }
}
