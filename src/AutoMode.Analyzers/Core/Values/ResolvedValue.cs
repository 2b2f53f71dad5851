using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// One value an expression can have, as <see cref="ValueSetResolver"/> found it: its text (with unknown parts), the
/// syntax each known piece was written at (literals, constant initializers), and whether the text is bytes written in
/// code (as hex).
/// </summary>
internal readonly struct ResolvedValue
{
    public ResolvedValue(SymbolicString value, ImmutableArray<SyntaxNode> origins, bool isBytes = false)
    {
        Value = value;
        Origins = origins.IsDefault ? ImmutableArray<SyntaxNode>.Empty : origins;
        IsBytes = isBytes;
    }

    public static readonly ResolvedValue Unknown = new(SymbolicString.Unknown, ImmutableArray<SyntaxNode>.Empty);

    public SymbolicString Value { get; }

    /// <summary>Where the known pieces were written, in the order they appear in the value.</summary>
    public ImmutableArray<SyntaxNode> Origins { get; }

    /// <summary>The text is the hex of bytes written in code (a byte array initializer, a decoded base64 or hex literal).</summary>
    public bool IsBytes { get; }

    /// <summary>The value is constant: all its text is known (null and empty are known too: empty text).</summary>
    public bool IsConstant => Value.KnownText is not null;

    public static ResolvedValue Text(string text, SyntaxNode origin) => new(SymbolicString.FromText(text), ImmutableArray.Create(origin));

    public ResolvedValue WithText(SymbolicString value, bool isBytes) => new(value, Origins, isBytes);

    public static ResolvedValue Concat(ResolvedValue left, ResolvedValue right)
        => new(SymbolicString.Concat(left.Value, right.Value), left.Origins.AddRange(right.Origins), left.IsBytes && right.IsBytes);
}
