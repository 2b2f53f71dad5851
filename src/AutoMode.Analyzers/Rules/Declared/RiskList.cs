using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AutoMode.Analyzers.Rules.Declared;

/// <summary>
/// The risk lists of a compilation: additional files named <c>AutoMode.Risks.txt</c> or <c>AutoMode.Risks.*.txt</c>,
/// one line per symbol in documentation-comment id form (<c>M:</c>, <c>T:</c>, <c>N:</c>, <c>P:</c>, <c>E:</c>), then
/// <c>;Level;reason</c>. Blank lines and lines starting with <c>#</c> or <c>//</c> are ignored. Parsed and matched
/// once per compilation; each malformed line, unknown symbol and duplicate becomes a problem at its line.
/// </summary>
internal sealed class RiskList
{
    private static readonly string[] Prefixes = { "M:", "T:", "N:", "P:", "E:" };

    private RiskList(
        ImmutableDictionary<ISymbol, RiskDeclaration> bySymbol,
        ImmutableDictionary<string, RiskDeclaration> byNamespace,
        ImmutableDictionary<string, ImmutableArray<RiskListProblem>> problemsByPath)
    {
        BySymbol = bySymbol;
        ByNamespace = byNamespace;
        ProblemsByPath = problemsByPath;
    }

    public static RiskList Empty { get; } = new(
        ImmutableDictionary.Create<ISymbol, RiskDeclaration>(SymbolEqualityComparer.Default),
        ImmutableDictionary<string, RiskDeclaration>.Empty,
        ImmutableDictionary<string, ImmutableArray<RiskListProblem>>.Empty);

    /// <summary>Types and members, by symbol.</summary>
    public ImmutableDictionary<ISymbol, RiskDeclaration> BySymbol { get; }

    /// <summary>
    /// Namespaces, by dotted name: a namespace spans assemblies, and a referenced type's containing namespace is
    /// that assembly's part of it, not the compilation's merged namespace.
    /// </summary>
    public ImmutableDictionary<string, RiskDeclaration> ByNamespace { get; }

    public ImmutableDictionary<string, ImmutableArray<RiskListProblem>> ProblemsByPath { get; }

    public bool IsEmpty => BySymbol.IsEmpty && ByNamespace.IsEmpty && ProblemsByPath.IsEmpty;

    public static bool IsRiskListFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("AutoMode.Risks.txt", StringComparison.OrdinalIgnoreCase) ||
               (name.StartsWith("AutoMode.Risks.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
    }

    public static RiskList Load(ImmutableArray<AdditionalText> files, Compilation compilation, CancellationToken cancellationToken)
    {
        var bySymbol = ImmutableDictionary.CreateBuilder<ISymbol, RiskDeclaration>(SymbolEqualityComparer.Default);
        var byNamespace = ImmutableDictionary.CreateBuilder<string, RiskDeclaration>(StringComparer.Ordinal);
        var problems = new Dictionary<string, ImmutableArray<RiskListProblem>.Builder>();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!IsRiskListFile(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var fileName = Path.GetFileName(file.Path);
            foreach (var line in text.Lines)
            {
                var raw = line.ToString();
                var content = raw.Trim();
                if (content.Length == 0 || content.StartsWith("#", StringComparison.Ordinal) || content.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var lineNumber = line.LineNumber + 1;
                var location = Location.Create(file.Path, line.Span, new LinePositionSpan(new LinePosition(line.LineNumber, 0), new LinePosition(line.LineNumber, raw.Length)));
                void Problem(RiskListProblemKind kind, string detail)
                {
                    if (!problems.TryGetValue(file.Path, out var list))
                    {
                        problems[file.Path] = list = ImmutableArray.CreateBuilder<RiskListProblem>();
                    }

                    list.Add(new RiskListProblem(kind, location, content, detail));
                }

                var parts = content.Split(new[] { ';' }, 3);
                var id = parts[0].Trim();
                if (parts.Length < 2 || !HasKnownPrefix(id) || !RiskModel.TryParse(parts[1], out var level))
                {
                    Problem(RiskListProblemKind.Malformed, parts.Length < 2 ? "expected '<id>;<Level>;<reason>'" : !HasKnownPrefix(id) ? "the id must start with M:, T:, N:, P: or E:" : "the level must be Low, Medium, High or Critical");
                    continue;
                }

                var where = fileName + " line " + lineNumber;
                if (firstSeen.TryGetValue(id, out var first))
                {
                    Problem(RiskListProblemKind.Duplicate, first);
                    continue;
                }

                firstSeen[id] = where;
                var symbols = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
                if (symbols.IsDefaultOrEmpty)
                {
                    Problem(RiskListProblemKind.UnknownSymbol, id);
                    continue;
                }

                var reason = parts.Length > 2 ? parts[2].Trim() : string.Empty;
                foreach (var symbol in symbols)
                {
                    if (symbol is INamespaceSymbol ns)
                    {
                        byNamespace[ns.ToDisplayString()] = new RiskDeclaration(level, reason, symbol, DeclarationScope.Namespace, where);
                        continue;
                    }

                    var scope = symbol switch
                    {
                        ITypeSymbol => DeclarationScope.Type,
                        _ => DeclarationScope.Member,
                    };
                    if (!bySymbol.ContainsKey(symbol))
                    {
                        bySymbol.Add(symbol, new RiskDeclaration(level, reason, symbol, scope, where));
                    }
                }
            }
        }

        var byPath = ImmutableDictionary.CreateBuilder<string, ImmutableArray<RiskListProblem>>();
        foreach (var pair in problems)
        {
            byPath.Add(pair.Key, pair.Value.ToImmutable());
        }

        return new RiskList(bySymbol.ToImmutable(), byNamespace.ToImmutable(), byPath.ToImmutable());
    }

    private static bool HasKnownPrefix(string id)
    {
        foreach (var prefix in Prefixes)
        {
            if (id.Length > prefix.Length && id.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

internal enum RiskListProblemKind
{
    Malformed,
    UnknownSymbol,
    Duplicate,
}

/// <summary>A line of a risk list that could not be used, with where it is.</summary>
internal sealed class RiskListProblem
{
    public RiskListProblem(RiskListProblemKind kind, Location location, string line, string detail)
    {
        Kind = kind;
        Location = location;
        Line = line;
        Detail = detail;
    }

    public RiskListProblemKind Kind { get; }

    public Location Location { get; }

    public string Line { get; }

    public string Detail { get; }
}
