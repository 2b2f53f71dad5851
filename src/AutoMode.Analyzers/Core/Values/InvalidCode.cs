using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Whether a value is built from code the compiler could not bind: a type from a package that did not restore or an
/// assembly that is not referenced (<c>Path.Combine(_paths.TempDirectory, …)</c> with <c>_paths</c> of a missing type
/// is an invalid operation, so its value is unknown). A rule that would report such a value as "computed at run time"
/// cannot tell, and must not be louder for a missing package than for the restored code.
/// </summary>
internal static class InvalidCode
{
    private const int MaxNodes = 512;
    private const int MaxLocalDepth = 4;

    /// <summary>The operation, its operands and the single definitions of the locals it reads, searched for unbound code.</summary>
    public static bool Reaches(IOperation? operation)
    {
        if (operation is null)
        {
            return false;
        }

        var pending = new Stack<(IOperation Operation, int Depth)>();
        pending.Push((operation, 0));
        var visited = 0;
        while (pending.Count > 0 && visited++ < MaxNodes)
        {
            var (current, depth) = pending.Pop();
            if (current is IInvalidOperation || current.Type?.TypeKind == TypeKind.Error)
            {
                return true;
            }

            if (current is ILocalReferenceOperation local && depth < MaxLocalDepth && LocalDefinitions.Single(local) is { } definition)
            {
                pending.Push((definition, depth + 1));
            }

            foreach (var child in current.ChildOperations)
            {
                pending.Push((child, depth));
            }
        }

        return false;
    }
}
