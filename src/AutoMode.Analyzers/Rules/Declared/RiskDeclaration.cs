using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Declared;

/// <summary>Where a declaration applies: to one member, to a type's members, to a namespace or to an assembly.</summary>
internal enum DeclarationScope
{
    Member,
    Type,
    Namespace,
    Assembly,
}

/// <summary>A declared risk: its level and reason, what it was declared on, and by what ([Risk] or a risk list line).</summary>
internal sealed class RiskDeclaration
{
    public RiskDeclaration(RiskLevel level, string reason, ISymbol declaredOn, DeclarationScope scope, string source)
    {
        Level = level;
        Reason = reason;
        DeclaredOn = declaredOn;
        Scope = scope;
        Source = source;
    }

    public RiskLevel Level { get; }

    public string Reason { get; }

    public ISymbol DeclaredOn { get; }

    public DeclarationScope Scope { get; }

    /// <summary>"[Risk] on TenantAdmin.Purge" or "AutoMode.Risks.txt line 3", for the message.</summary>
    public string Source { get; }
}
