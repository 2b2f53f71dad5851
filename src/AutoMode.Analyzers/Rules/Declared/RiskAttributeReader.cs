using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Analyzers.Rules.Declared;

/// <summary>
/// The one reader of <c>[Risk(RiskLevel.X, "reason")]</c>, for both sides: on symbols, for the analyzers' call-site rules
/// (AM9001–AM9004; the attribute is kept in metadata, so this works across assemblies), and on syntax, for the gate,
/// which compares a file's declarations before and after a change without a compilation (AMG910/AMG912). Both accept
/// the same attribute: <c>Risk</c>/<c>RiskAttribute</c> of namespace <c>AutoMode</c>, the level as its first argument
/// (positional or <c>level:</c>), a defined <see cref="RiskLevel"/>. Comments, strings and a <c>Risk</c> attribute without
/// a <c>RiskLevel</c> argument never count.
/// </summary>
internal static class RiskAttributeReader
{
    public const string MetadataName = "AutoMode.RiskAttribute";

    /// <summary>A compiled <c>[Risk]</c>: its level and reason. <paramref name="riskAttribute"/> is the compilation's attribute type, if it has one.</summary>
    public static bool TryRead(AttributeData attribute, INamedTypeSymbol? riskAttribute, out RiskLevel level, out string reason)
    {
        level = default;
        reason = string.Empty;
        if (!IsRiskAttribute(attribute.AttributeClass, riskAttribute) || attribute.ConstructorArguments.Length < 2 ||
            attribute.ConstructorArguments[0].Value is not int value || !IsDefined(value))
        {
            return false;
        }

        level = (RiskLevel)value;
        reason = attribute.ConstructorArguments[1].Value as string ?? string.Empty;
        return true;
    }

    /// <summary>The level a <c>[Risk]</c> written in source declares, or null when the attribute is not one (or names no level).</summary>
    public static RiskLevel? LevelOf(AttributeSyntax attribute)
    {
        if (SyntaxNames.Rightmost(attribute.Name) is not ("Risk" or "RiskAttribute") ||
            attribute.ArgumentList?.Arguments.FirstOrDefault() is not { NameEquals: null } argument ||
            (argument.NameColon is { } name && name.Name.Identifier.Text != "level"))
        {
            return null;
        }

        // RiskLevel.High, AutoMode.RiskLevel.High, or High under `using static AutoMode.RiskLevel`.
        var (member, qualifier) = argument.Expression switch
        {
            MemberAccessExpressionSyntax access => (access.Name.Identifier.Text, SyntaxNames.Rightmost(access.Expression)),
            IdentifierNameSyntax identifier => (identifier.Identifier.Text, "RiskLevel"),
            _ => (null, null),
        };
        return qualifier == "RiskLevel" && member is not null && !int.TryParse(member, out _) &&
               Enum.TryParse<RiskLevel>(member, ignoreCase: false, out var level) && IsDefined((int)level)
            ? level
            : null;
    }

    private static bool IsDefined(int level) => level >= (int)RiskLevel.Low && level <= (int)RiskLevel.Critical;

    private static bool IsRiskAttribute(INamedTypeSymbol? attribute, INamedTypeSymbol? riskAttribute)
        => attribute is not null &&
           (SymbolEqualityComparer.Default.Equals(attribute, riskAttribute) ||
            (attribute.Name == "RiskAttribute" && attribute.ContainingNamespace is { Name: "AutoMode", ContainingNamespace.IsGlobalNamespace: true }));
}
