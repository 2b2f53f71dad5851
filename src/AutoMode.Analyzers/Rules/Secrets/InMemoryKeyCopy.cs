using System.Linq;
using Microsoft.CodeAnalysis;
using AutoMode.Analyzers.Secrets;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// Whether an exported private key only goes into another key object in memory: the export is passed straight to an
/// <c>Import…</c> method of a key, or held by a local that is only imported and wiped
/// (<c>CryptographicOperations.ZeroMemory</c>, <c>Array.Clear</c>). "Export and re-import to get a separate key
/// instance" (duplicati's certificate helpers) copies the key without it leaving the process. Also whether the export only
/// goes, with a password, into the call that encrypts it (<see cref="EncryptedWith"/>).
/// </summary>
internal static class InMemoryKeyCopy
{
    public static bool IsCopy(IInvocationOperation export, INamedTypeSymbol? asymmetricAlgorithm)
        => OnlyGoesInto(export, used => IsImport(used, asymmetricAlgorithm) ? string.Empty : null) is not null;

    /// <summary>
    /// The name of the password the exported key is encrypted with, when the export only goes into calls that also take a
    /// password the code does not hard-code (a local, parameter, field or property named as a password), and is wiped:
    /// duplicati's <c>EncryptBytes(key.ExportPkcs8PrivateKey(), password)</c>. Null otherwise.
    /// </summary>
    public static string? EncryptedWith(IInvocationOperation export)
        => OnlyGoesInto(export, PasswordBeside);

    /// <summary>
    /// What <paramref name="use"/> says of each call the export is passed to (null: the key leaves), when the export is
    /// passed straight to such a call or held by a local that only goes into such calls and wipes; null otherwise.
    /// </summary>
    private static string? OnlyGoesInto(IInvocationOperation export, System.Func<IArgumentOperation, string?> use)
    {
        var value = (IOperation)export;
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        if (value.Parent is IArgumentOperation argument)
        {
            return use(argument);
        }

        if (value.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return null;
        }

        var root = (IOperation)export;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        string? found = null;
        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
            {
                continue;
            }

            var at = (IOperation)reference;
            while (at.Parent is IConversionOperation or IParenthesizedOperation)
            {
                at = at.Parent;
            }

            if (at.Parent is not IArgumentOperation used)
            {
                return null; // returned, stored, encoded, written: the key leaves the key objects
            }

            if (use(used) is { } said)
            {
                found ??= said;
            }
            else if (!IsWipe(used))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>Another argument of the same call that is a password the code does not hard-code: its name.</summary>
    private static string? PasswordBeside(IArgumentOperation argument)
    {
        if (argument.Parent is not IInvocationOperation call)
        {
            return null;
        }

        foreach (var other in call.Arguments)
        {
            if (other == argument || other.Value.ConstantValue.HasValue)
            {
                continue;
            }

            var name = Values.OperationValues.Unwrap(other.Value) switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                _ => null,
            };
            if (name is not null && SecretNames.Classify(name, null) == SecretNameClass.Password)
            {
                return "the password '" + name + "' (passed with the key to '" + call.TargetMethod.Name + "')";
            }
        }

        return null;
    }

    private static bool IsImport(IArgumentOperation argument, INamedTypeSymbol? asymmetricAlgorithm)
        => argument.Parent is IInvocationOperation call && call.TargetMethod.Name.StartsWith("Import", System.StringComparison.Ordinal) &&
           SecretsSymbols.IsOrDerives(call.TargetMethod.ContainingType, asymmetricAlgorithm);

    private static bool IsWipe(IArgumentOperation argument)
        => argument.Parent is IInvocationOperation call &&
           ((call.TargetMethod.Name == "ZeroMemory" && call.TargetMethod.ContainingType.Name == "CryptographicOperations") ||
            (call.TargetMethod.Name == "Clear" && call.TargetMethod.ContainingType.SpecialType == SpecialType.System_Array));
}
