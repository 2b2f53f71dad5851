using System;

namespace AutoMode;

/// <summary>
/// Declares the risk of calling an API. AutoMode.Analyzers reports every call site, object creation,
/// property or event access of the annotated member (or of any member of an annotated type or assembly)
/// at <see cref="Level"/>, with <see cref="Reason"/> as the message — also when the caller is in another
/// assembly.
/// </summary>
/// <example>
/// <code>
/// [Risk(RiskLevel.Critical, "drops tenant data")]
/// public void PurgeTenant(Guid tenantId) { ... }
/// </code>
/// </example>
/// <remarks>
/// The attribute is kept in metadata (it is deliberately not <c>[Conditional]</c>), so a library's
/// declared risks reach the projects that reference it. A member's own attribute wins over its type's,
/// and a type's over its assembly's. Overrides and interface implementations inherit the declaration of
/// what they override or implement.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Event |
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Assembly,
    AllowMultiple = false,
    Inherited = true)]
public sealed class RiskAttribute : Attribute
{
    /// <summary>Declares that using the annotated API carries <paramref name="level"/> risk.</summary>
    /// <param name="level">The risk of each use.</param>
    /// <param name="reason">What goes wrong, in a few words ("drops tenant data"); shown in every diagnostic.</param>
    public RiskAttribute(RiskLevel level, string reason)
    {
        Level = level;
        Reason = reason ?? string.Empty;
    }

    /// <summary>The declared risk of each use.</summary>
    public RiskLevel Level { get; }

    /// <summary>Why the API is risky, in a few words.</summary>
    public string Reason { get; }
}
