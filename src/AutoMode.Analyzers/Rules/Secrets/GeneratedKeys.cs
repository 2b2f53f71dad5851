using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// Whether the key or certificate a private-key export works on was generated in memory by the code itself, not
/// loaded from a store, a file or a certificate: <c>RSA.Create(2048)</c>, <c>ECDsa.Create(curve)</c>,
/// <c>new RSACryptoServiceProvider(2048)</c>, <c>CertificateRequest.CreateSelfSigned</c> over such a key, followed
/// through locals with one definition and the parameter of a private helper whose every call in the file passes one.
/// A key something is imported into (<c>ImportFromPem</c>, <c>ImportParameters</c>, <c>FromXmlString</c>) is loaded.
/// </summary>
internal sealed class GeneratedKeys
{
    private const int MaxDepth = 4;

    private readonly SecretsSymbols _s;

    public GeneratedKeys(SecretsSymbols symbols) => _s = symbols;

    /// <summary>"generated in this method by 'RSA.Create'" when the key is visibly generated, else null.</summary>
    public string? Describe(IOperation? key) => Find(key, 0) is { } api ? "generated in memory by '" + api + "'" : null;

    private string? Find(IOperation? key, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        while (key is IConversionOperation or IParenthesizedOperation)
        {
            key = key is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)key).Operand;
        }

        switch (key)
        {
            case ILocalReferenceOperation local when !IsImportedInto(local):
                return Find(ValueResolver.FindSingleDefinition(local), depth + 1);
            case IParameterReferenceOperation parameter:
                return FromPrivateHelperCallers(parameter, depth);
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Create" } create }
                when SecretsSymbols.IsOrDerives(create.ContainingType, _s.AsymmetricAlgorithm) && create.Parameters.All(IsKeySizeOrCurve):
                return create.ContainingType.Name + ".Create";
            case IObjectCreationOperation { Constructor: { } constructor } creation
                when SecretsSymbols.IsOrDerives(creation.Type, _s.AsymmetricAlgorithm) && constructor.Parameters.All(IsKeySizeOrCurve):
                return "new " + creation.Type!.Name;
            case IInvocationOperation { TargetMethod.Name: "CreateSelfSigned" } selfSigned
                when SecretsSymbols.Is(selfSigned.TargetMethod.ContainingType, _s.CertificateRequest):
                // The certificate holds the key the request was made with.
                return Find(RequestKey(selfSigned.Instance), depth + 1) is not null ? "CertificateRequest.CreateSelfSigned" : null;
            case IInvocationOperation { TargetMethod.Name: "CopyWithPrivateKey" } copy:
                var withKey = copy.Arguments.FirstOrDefault(a => SecretsSymbols.IsOrDerives(a.Value.Type, _s.AsymmetricAlgorithm));
                return withKey is not null && Find(withKey.Value, depth + 1) is { } api ? api : null;
            default:
                return null;
        }
    }

    /// <summary>The key argument of <c>new CertificateRequest(subject, key, …)</c> behind the request.</summary>
    private IOperation? RequestKey(IOperation? request)
    {
        while (request is IConversionOperation conversion)
        {
            request = conversion.Operand;
        }

        if (request is ILocalReferenceOperation local)
        {
            request = ValueResolver.FindSingleDefinition(local);
        }

        return request is IObjectCreationOperation creation && SecretsSymbols.Is(creation.Type, _s.CertificateRequest)
            ? creation.Arguments.FirstOrDefault(a => SecretsSymbols.IsOrDerives(a.Value.Type, _s.AsymmetricAlgorithm))?.Value
            : null;
    }

    /// <summary>Key size, curve or algorithm name: what makes a new key. Key parameters, CSP containers and CNG keys load one.</summary>
    private static bool IsKeySizeOrCurve(IParameterSymbol parameter)
        => parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_String || parameter.Type.Name == "ECCurve";

    /// <summary>Whether a key is imported into the local anywhere in the method: then it is a loaded key, not a new one.</summary>
    private static bool IsImportedInto(ILocalReferenceOperation local)
    {
        var root = (IOperation)local;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants().OfType<IInvocationOperation>().Any(call =>
            call.Instance is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local.Local) &&
            (call.TargetMethod.Name.StartsWith("Import", System.StringComparison.Ordinal) || call.TargetMethod.Name == "FromXmlString"));
    }

    /// <summary>
    /// A private helper's key parameter (<c>ExportPrivateKey(RSA rsa)</c>) is generated when every call of the helper in
    /// its type, all written in this file, passes a generated key; a method group or a call elsewhere leaves it unknown.
    /// </summary>
    private string? FromPrivateHelperCallers(IParameterReferenceOperation reference, int depth)
    {
        var parameter = reference.Parameter;
        if (parameter.ContainingSymbol is not IMethodSymbol { DeclaredAccessibility: Accessibility.Private, MethodKind: MethodKind.Ordinary } method ||
            reference.SemanticModel is not { } model)
        {
            return null;
        }

        var tree = reference.Syntax.SyntaxTree;
        var declarations = method.ContainingType.DeclaringSyntaxReferences;
        if (declarations.Any(d => d.SyntaxTree != tree))
        {
            return null;
        }

        string? found = null;
        foreach (var declaration in declarations)
        {
            foreach (var name in declaration.GetSyntax().DescendantNodes().OfType<SimpleNameSyntax>().Where(n => n.Identifier.ValueText == method.Name))
            {
                var call = name.Parent is InvocationExpressionSyntax direct ? direct
                    : name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax viaMember } member && member.Name == name ? viaMember
                    : null;
                if (call is null || model.GetOperation(call) is not IInvocationOperation invocation)
                {
                    return null; // a method group, nameof or a name we cannot see the call of
                }

                if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition))
                {
                    continue;
                }

                var argument = invocation.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter) ||
                                                                         a.Parameter?.Ordinal == parameter.Ordinal);
                if (argument is null || Find(argument.Value, depth + 1) is not { } api)
                {
                    return null;
                }

                found = api;
            }
        }

        return found;
    }
}
