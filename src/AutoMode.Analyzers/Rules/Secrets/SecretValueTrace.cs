using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using System.Text;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// Follows a credential value back to every constant that can reach it: <see cref="ValueSetResolver"/> (every
/// definition of a local, parameters from their call sites, return values, fields and properties, collections, casts)
/// plus what matters for secrets, through its hook: <c>Encoding.*.GetBytes(s)</c>, <c>Convert.FromBase64String(s)</c> and
/// <c>Convert.FromHexString(s)</c> (decoded: judged as bytes), <c>s.ToCharArray()</c>, <c>"…"u8</c> and byte/char array
/// initializers. Each value keeps the syntax its known pieces came from.
/// </summary>
internal sealed class SecretValueTrace
{
    private readonly SecretsSymbols _symbols;

    private SecretValueTrace(SecretsSymbols symbols) => _symbols = symbols;

    public static IReadOnlyList<ResolvedValue> Follow(IOperation value, SecretsSymbols symbols, ValueSetResolver resolver)
        => resolver.Resolve(value, new SecretValueTrace(symbols).Hook);

    private IReadOnlyList<ResolvedValue>? Hook(IOperation operation, Func<IOperation?, IReadOnlyList<ResolvedValue>> next)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (method.Name == "GetBytes" && SecretsSymbols.IsOrDerives(method.ContainingType, _symbols.Encoding) &&
                    invocation.Arguments.Length == 1 && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                {
                    return next(invocation.Arguments[0].Value);
                }

                if (method.Name is "FromBase64String" or "FromHexString" && SecretsSymbols.Is(method.ContainingType, _symbols.Convert) &&
                    invocation.Arguments.Length == 1)
                {
                    return next(invocation.Arguments[0].Value).Select(v => DecodedBytes(method.Name, v)).ToArray();
                }

                if (method.Name == "ToCharArray" && method.ContainingType.SpecialType == SpecialType.System_String && invocation.Arguments.Length == 0)
                {
                    return next(invocation.Instance);
                }

                return null;
            case IUtf8StringOperation utf8:
                return new[] { ResolvedValue.Text(utf8.Value, utf8.Syntax) };
            case IArrayCreationOperation { Initializer: { } initializer } array when IsByteOrChar(array.Type):
                var text = new StringBuilder();
                var isBytes = ((IArrayTypeSymbol)array.Type!).ElementType.SpecialType == SpecialType.System_Byte;
                foreach (var element in initializer.ElementValues)
                {
                    switch (element.ConstantValue.Value)
                    {
                        case byte b when isBytes:
                            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case int i when isBytes && i is >= 0 and <= 255:
                            text.Append(i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case char c when !isBytes:
                            text.Append(c);
                            break;
                        default:
                            return new[] { ResolvedValue.Unknown };
                    }
                }

                return new[] { new ResolvedValue(SymbolicString.FromText(text.ToString()), ImmutableArray.Create(array.Syntax), isBytes) };
            default:
                return null;
        }
    }

    /// <summary>
    /// The bytes a base64 or hex literal decodes to, as hex (so that a key decoded from text is judged as bytes: an
    /// all-zero or counting test vector is not a key); unknown when the text is not all known or does not decode.
    /// </summary>
    private static ResolvedValue DecodedBytes(string method, ResolvedValue encoded)
    {
        if (encoded.Value.KnownText is not { } text)
        {
            return ResolvedValue.Unknown;
        }

        byte[] bytes;
        try
        {
            bytes = method == "FromBase64String" ? System.Convert.FromBase64String(text) : FromHex(text.Trim());
        }
        catch (FormatException)
        {
            return ResolvedValue.Unknown;
        }

        var hex = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return encoded.WithText(SymbolicString.FromText(hex.ToString()), isBytes: true);
    }

    private static byte[] FromHex(string text)
    {
        if (text.Length % 2 != 0)
        {
            throw new FormatException();
        }

        var bytes = new byte[text.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = byte.Parse(text.Substring(i * 2, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        }

        return bytes;
    }

    private static bool IsByteOrChar(ITypeSymbol? type)
        => type is IArrayTypeSymbol { Rank: 1 } arrayType && arrayType.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_Char;
}
