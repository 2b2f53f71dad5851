using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>
/// AM4009 and AM4010: member names that are observable at run time — serialized (System.Text.Json, Newtonsoft.Json,
/// DataContract, XmlSerializer), written as text (members of an enum whose values are formatted by name) or persisted
/// (EF Core entity types) under their own name. Reported at Low (Hidden) on
/// the member's declaration, at the end of the compilation: not a warning for the IDE but the fact a gate needs to
/// call a rename of that member unsafe.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuntimeNameAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor SerializedRule = DescriptorFactory.Create(
        RuleIdentifiers.SerializedMemberName,
        "Member name is part of a serialized contract",
        "'{0}' is serialized under its own name ({1}); renaming it changes the data that other programs and stored documents read, while everything still compiles. Give it an explicit name ({2}) before renaming it.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "The name of a serialized member is part of a wire or storage format. This is a fact for the gate, not an IDE warning: a rename of this member is not a safe typed refactor.",
        reportedAtCompilationEnd: true);

    internal static readonly DiagnosticDescriptor PersistedRule = DescriptorFactory.Create(
        RuleIdentifiers.PersistedMemberName,
        "Member name is part of a database mapping",
        "'{0}' is persisted under its own name ({1}); renaming it renames a database column or relationship and needs a migration, while everything still compiles. Map the name explicitly ([Column(\"…\")] or HasColumnName) before renaming it.",
        RuleCategory.TypedRefactor,
        RiskLevel.Low,
        "The name of a mapped EF Core property is a column (or foreign key) name by convention. This is a fact for the gate, not an IDE warning: a rename of this member is not a safe typed refactor.",
        reportedAtCompilationEnd: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SerializedRule, PersistedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var serialization = SerializationSymbols.Create(start.Compilation);
            var serialized = serialization.IsEmpty ? null : new SerializedTypeCollector(serialization);
            var entities = EntityFrameworkSymbols.TryCreate(start.Compilation) is { } ef ? new EntityTypeCollector(ef) : null;
            var enumText = EnumTextSymbols.TryCreate(start.Compilation) is { } text ? new EnumTextCollector(text) : null;
            if (serialized is null && entities is null && enumText is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                c =>
                {
                    var type = (INamedTypeSymbol)c.Symbol;
                    serialized?.OnNamedType(type);
                    entities?.OnNamedType(type);
                },
                SymbolKind.NamedType);
            start.RegisterOperationAction(
                c =>
                {
                    serialized?.OnCall(c.Operation);
                    if (c.Operation is IInvocationOperation invocation)
                    {
                        entities?.OnInvocation(invocation);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            if (enumText is not null)
            {
                start.RegisterOperationAction(c => enumText.OnOperation(c.Operation), OperationKind.Invocation, OperationKind.Interpolation, OperationKind.Binary);
            }

            start.RegisterCompilationEndAction(end =>
            {
                if (serialized is not null)
                {
                    Report(end, SerializedRule, serialized.ObservableMembers(), m => MappingHint(m.Flavor));
                }

                if (enumText is not null)
                {
                    Report(end, SerializedRule, enumText.ObservableMembers(), m => MappingHint(m.Flavor));
                }

                if (entities is not null)
                {
                    Report(end, PersistedRule, entities.PersistedMembers(), _ => null);
                }
            });
        });
    }

    private static void Report(CompilationAnalysisContext context, DiagnosticDescriptor rule, IEnumerable<ObservableMember> members, System.Func<ObservableMember, string?> hint)
    {
        var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var member in members)
        {
            // Only members declared in this compilation: a type passed to a serializer may come from a project
            // reference, which the IDE (and the gate) hand over as a compilation with its own source trees.
            var location = SourceLocations.First(member.Member, context.Compilation);
            if (location is null || !reported.Add(member.Member) || IsGenerated(location, context))
            {
                continue;
            }

            var name = member.Member.ContainingType.IsAnonymousType
                ? "new { " + member.Member.Name + " }"
                : member.Member.ContainingType.Name + "." + member.Member.Name;
            context.ReportDiagnostic(hint(member) is { } text
                ? RiskDiagnostic.Create(rule, location, name, member.Evidence, text)
                : RiskDiagnostic.Create(rule, location, name, member.Evidence));
        }
    }

    private static bool IsGenerated(Location location, CompilationAnalysisContext context)
        => location.SourceTree is { } tree &&
           context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("generated_code", out var generated) &&
           generated.Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);

    private static string MappingHint(SerializerFlavor flavor)
    {
        var hints = new List<string>();
        if ((flavor & SerializerFlavor.SystemTextJson) != 0)
        {
            hints.Add("[JsonPropertyName(\"…\")]");
        }

        if ((flavor & SerializerFlavor.Newtonsoft) != 0)
        {
            hints.Add("[JsonProperty(\"…\")]");
        }

        if ((flavor & SerializerFlavor.DataContract) != 0)
        {
            hints.Add("[DataMember(Name = \"…\")]");
        }

        if ((flavor & SerializerFlavor.Xml) != 0)
        {
            hints.Add("[XmlElement(\"…\")] or [XmlAttribute(\"…\")]");
        }

        if ((flavor & SerializerFlavor.EnumText) != 0)
        {
            hints.Add("a fixed string for each value, e.g. a switch expression, instead of the value's name");
        }

        return string.Join(" / ", hints);
    }
}
