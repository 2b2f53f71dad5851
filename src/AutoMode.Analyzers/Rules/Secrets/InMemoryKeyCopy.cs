using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// Whether an exported private key only goes into another key object in memory: the export is passed straight to an
/// <c>Import…</c> method of a key, or held by a local that is only imported and wiped
/// (<c>CryptographicOperations.ZeroMemory</c>, <c>Array.Clear</c>). "Export and re-import to get a separate key
/// instance" (duplicati's certificate helpers) copies the key without it leaving the process.
/// </summary>
internal static class InMemoryKeyCopy
{
    public static bool IsCopy(IInvocationOperation export, INamedTypeSymbol? asymmetricAlgorithm)
    {
        var value = (IOperation)export;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        if (value.Parent is IArgumentOperation argument)
        {
            return IsImport(argument, asymmetricAlgorithm);
        }

        if (value.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return false;
        }

        var root = (IOperation)export;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var imported = false;
        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
            {
                continue;
            }

            var use = (IOperation)reference;
            while (use.Parent is IConversionOperation or IParenthesizedOperation)
            {
                use = use.Parent;
            }

            if (use.Parent is not IArgumentOperation used)
            {
                return false; // returned, stored, encoded, written: the key leaves the key objects
            }

            if (IsImport(used, asymmetricAlgorithm))
            {
                imported = true;
            }
            else if (!IsWipe(used))
            {
                return false;
            }
        }

        return imported;
    }

    private static bool IsImport(IArgumentOperation argument, INamedTypeSymbol? asymmetricAlgorithm)
        => argument.Parent is IInvocationOperation call && call.TargetMethod.Name.StartsWith("Import", System.StringComparison.Ordinal) &&
           SecretsSymbols.IsOrDerives(call.TargetMethod.ContainingType, asymmetricAlgorithm);

    private static bool IsWipe(IArgumentOperation argument)
        => argument.Parent is IInvocationOperation call &&
           ((call.TargetMethod.Name == "ZeroMemory" && call.TargetMethod.ContainingType.Name == "CryptographicOperations") ||
            (call.TargetMethod.Name == "Clear" && call.TargetMethod.ContainingType.SpecialType == SpecialType.System_Array));
}
