using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// Follows a credential value back to where it was written: <see cref="ValueResolver"/> (constants, locals, fields,
/// concatenation, interpolation) plus what matters for secrets, through its hook: <c>Encoding.*.GetBytes(s)</c>,
/// <c>Convert.FromBase64String(s)</c> and <c>Convert.FromHexString(s)</c> (decoded: judged as bytes), <c>s.ToCharArray()</c>, <c>"…"u8</c> and byte/char array initializers.
/// Records the syntax each known piece came from, and whether the value is literal bytes.
/// </summary>
internal sealed class SecretValueTrace
{
    private readonly SecretsSymbols _symbols;

    private SecretValueTrace(SecretsSymbols symbols) => _symbols = symbols;

    public List<SyntaxNode> Origins { get; } = new();

    /// <summary>True when the value is a byte array written out in code (its text is then the bytes in hex).</summary>
    public bool IsLiteralBytes { get; private set; }

    public SymbolicString Value { get; private set; } = SymbolicString.Unknown;

    public static SecretValueTrace Follow(IOperation value, SecretsSymbols symbols)
    {
        var trace = new SecretValueTrace(symbols);
        trace.Value = ValueResolver.Resolve(value, trace.Hook, trace.Origins);
        return trace;
    }

    private SymbolicString? Hook(IOperation operation, Func<IOperation?, SymbolicString> next)
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
                    return DecodedBytes(method.Name, next(invocation.Arguments[0].Value));
                }

                if (method.Name == "ToCharArray" && method.ContainingType.SpecialType == SpecialType.System_String && invocation.Arguments.Length == 0)
                {
                    return next(invocation.Instance);
                }

                return null;
            case IFieldReferenceOperation { Field: { IsReadOnly: true, IsConst: false } field } reference:
                return FieldInitializer(field, reference.SemanticModel) is { } fieldValue ? next(fieldValue) : null;
            case ICoalesceOperation coalesce:
                // config["Key"] ?? "fallback": the fallback is what reaches the API when the setting is missing.
                var fallback = next(coalesce.WhenNull);
                return fallback.IsFullyUnknown ? SymbolicString.Unknown : fallback;
            case IUtf8StringOperation utf8:
                Origins.Add(utf8.Syntax);
                return SymbolicString.FromText(utf8.Value);
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
                            return SymbolicString.Unknown;
                    }
                }

                Origins.Add(array.Syntax);
                IsLiteralBytes |= isBytes;
                return SymbolicString.FromText(text.ToString());
            default:
                return null;
        }
    }

    /// <summary>
    /// The bytes a base64 or hex literal decodes to, as hex (so that a key decoded from text is judged as bytes: an
    /// all-zero or counting test vector is not a key); unknown when the text is not all known or does not decode.
    /// </summary>
    private SymbolicString DecodedBytes(string method, SymbolicString encoded)
    {
        if (encoded.KnownText is not { } text)
        {
            return SymbolicString.Unknown;
        }

        byte[] bytes;
        try
        {
            bytes = method == "FromBase64String" ? System.Convert.FromBase64String(text) : FromHex(text.Trim());
        }
        catch (FormatException)
        {
            return SymbolicString.Unknown;
        }

        var hex = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        IsLiteralBytes = true;
        return SymbolicString.FromText(hex.ToString());
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

    /// <summary>The initializer of a readonly field declared in the tree being analyzed, as an operation.</summary>
    private static IOperation? FieldInitializer(IFieldSymbol field, SemanticModel? model)
    {
        if (model is null)
        {
            return null;
        }

        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == model.SyntaxTree &&
                reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                var operation = model.GetOperation(value);
                return operation is IArrayInitializerOperation { Parent: IArrayCreationOperation creation } ? creation : operation;
            }
        }

        return null;
    }

    private static bool IsByteOrChar(ITypeSymbol? type)
        => type is IArrayTypeSymbol { Rank: 1 } arrayType && arrayType.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_Char;

    /// <summary>Origins that are in <paramref name="tree"/>, distinct.</summary>
    public IEnumerable<SyntaxNode> OriginsIn(SyntaxTree tree) => Origins.Where(o => o.SyntaxTree == tree).Distinct();
}
