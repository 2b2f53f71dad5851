using AutoMode.Analyzers.Rules.Declared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// The <c>[Risk(RiskLevel.X, …)]</c> declarations of a C# file, on syntax (the text before or after a change need not
/// compile): every type and member that can carry one (types, methods, constructors, properties, indexers, events,
/// operators; the assembly), keyed by its container, name and parameter types so that the same API is found before
/// and after a change, with the level it declares (null when it declares none). Which attribute is a declaration and
/// what level it declares is read by the analyzers' <see cref="RiskAttributeReader"/>, the reader behind AM9001–AM9004.
/// </summary>
public static class DeclaredRisks
{
    /// <summary>The key of the assembly's own declaration (<c>[assembly: Risk(…)]</c>).</summary>
    public const string AssemblyKey = "assembly";

    /// <summary>An API of the file: <paramref name="Parent"/> is the key of its containing type, or of the assembly.</summary>
    public sealed record Declaration(string Key, string Name, RiskLevel? Level, int Line, string? Parent);

    /// <summary>The file's declarations by key. The assembly is always there: any file can declare its risk.</summary>
    public static IReadOnlyDictionary<string, Declaration> Collect(string? text)
    {
        var result = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        var root = CSharpSyntaxTree.ParseText(text ?? string.Empty).GetCompilationUnitRoot();
        var assembly = Level(root.AttributeLists.Where(l => l.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true));
        result[AssemblyKey] = new Declaration(AssemblyKey, "the assembly", assembly?.Level, assembly?.Line ?? 0, null);

        foreach (var member in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MemberDeclarationSyntax>())
        {
            var parent = member.Parent is BaseTypeDeclarationSyntax type ? Keys(type).First().Key : AssemblyKey;
            foreach (var (key, name) in Keys(member))
            {
                var declared = Level(member.AttributeLists);
                var line = declared?.Line ?? member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                if (!result.TryGetValue(key, out var existing) || existing.Level is null && declared is not null)
                {
                    result[key] = new Declaration(key, name, declared?.Level, line, parent);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The level that applies to an API as far as this file shows: its own declaration, else its containing types', else
    /// the assembly's (a member's own declaration wins over its type's, so a lower one on the member lowers it).
    /// </summary>
    public static RiskLevel? Effective(IReadOnlyDictionary<string, Declaration> declarations, string key)
    {
        for (var current = declarations.GetValueOrDefault(key); current is not null; current = current.Parent is null ? null : declarations.GetValueOrDefault(current.Parent))
        {
            if (current.Level is not null)
            {
                return current.Level;
            }
        }

        return null;
    }

    /// <summary>The keys of a declaration (several for an event field), stable across a change that does not rename or re-sign it; also used by <see cref="AuthorizationChanges"/>.</summary>
    internal static IEnumerable<(string Key, string Name)> Keys(MemberDeclarationSyntax member)
    {
        var container = Container(member);
        switch (member)
        {
            case BaseTypeDeclarationSyntax type:
                yield return ($"{container}T:{type.Identifier.Text}`{Arity(type)}", type.Identifier.Text);
                break;
            case DelegateDeclarationSyntax @delegate:
                yield return ($"{container}T:{@delegate.Identifier.Text}`{@delegate.TypeParameterList?.Parameters.Count ?? 0}", @delegate.Identifier.Text);
                break;
            case MethodDeclarationSyntax method:
                var methodName = (method.ExplicitInterfaceSpecifier is { } explicitInterface ? explicitInterface.Name + "." : string.Empty) + method.Identifier.Text;
                yield return ($"{container}M:{methodName}`{method.TypeParameterList?.Parameters.Count ?? 0}({Parameters(method.ParameterList)})", method.Identifier.Text);
                break;
            case ConstructorDeclarationSyntax constructor:
                var ctor = constructor.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor";
                yield return ($"{container}M:{ctor}({Parameters(constructor.ParameterList)})", $"the constructor of {constructor.Identifier.Text}");
                break;
            case OperatorDeclarationSyntax @operator:
                yield return ($"{container}M:op{@operator.OperatorToken.Text}({Parameters(@operator.ParameterList)})", $"operator {@operator.OperatorToken.Text}");
                break;
            case ConversionOperatorDeclarationSyntax conversion:
                yield return ($"{container}M:op_{conversion.ImplicitOrExplicitKeyword.Text}:{Normalize(conversion.Type.ToString())}({Parameters(conversion.ParameterList)})", $"the {conversion.ImplicitOrExplicitKeyword.Text} conversion");
                break;
            case PropertyDeclarationSyntax property:
                yield return ($"{container}P:{property.ExplicitInterfaceSpecifier?.Name}{property.Identifier.Text}", property.Identifier.Text);
                break;
            case IndexerDeclarationSyntax indexer:
                yield return ($"{container}P:this[{Parameters(indexer.ParameterList)}]", "the indexer");
                break;
            case EventDeclarationSyntax @event:
                yield return ($"{container}E:{@event.ExplicitInterfaceSpecifier?.Name}{@event.Identifier.Text}", @event.Identifier.Text);
                break;
            case EventFieldDeclarationSyntax events:
                foreach (var variable in events.Declaration.Variables)
                {
                    yield return ($"{container}E:{variable.Identifier.Text}", variable.Identifier.Text);
                }

                break;
        }
    }

    private static string Container(SyntaxNode member)
    {
        var parts = member.Ancestors().Select(a => a switch
        {
            BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
            BaseTypeDeclarationSyntax type => $"{type.Identifier.Text}`{Arity(type)}",
            _ => null,
        }).Where(p => p is not null).Reverse();
        var container = string.Join(".", parts);
        return container.Length == 0 ? string.Empty : Normalize(container) + "/";
    }

    private static int Arity(BaseTypeDeclarationSyntax type) => (type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0;

    private static string Parameters(BaseParameterListSyntax list) =>
        string.Join(",", list.Parameters.Select(p => Normalize(string.Join(" ", p.Modifiers.Where(m => !m.IsKind(SyntaxKind.ParamsKeyword)).Select(m => m.Text).Append(p.Type?.ToString() ?? "?")))));

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The highest level a <c>[Risk]</c> in these lists declares (read by the analyzers' <see cref="RiskAttributeReader"/>), with its line; null when none does.</summary>
    private static (RiskLevel Level, int Line)? Level(IEnumerable<AttributeListSyntax> lists)
    {
        (RiskLevel Level, int Line)? highest = null;
        foreach (var attribute in lists.SelectMany(l => l.Attributes))
        {
            if (RiskAttributeReader.LevelOf(attribute) is { } level && (highest is null || level > highest.Value.Level))
            {
                highest = (level, attribute.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
            }
        }

        return highest;
    }
}
