using System.Linq;
using AutoMode.Analyzers.Secrets;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>A hard-coded secret written in one string expression, what it is and where it is held.</summary>
internal readonly struct HardcodedSecret
{
    public HardcodedSecret(SecretMatch match, string? name, string? sinkDescription)
    {
        Match = match;
        Name = name;
        SinkDescription = sinkDescription;
    }

    public SecretMatch Match { get; }

    /// <summary>The variable, field, property, parameter or key that holds the value, when there is one.</summary>
    public string? Name { get; }

    /// <summary>The credential API the literal is passed to directly (AM3003), when there is one.</summary>
    public string? SinkDescription { get; }
}

/// <summary>
/// Decides whether one string expression written in code (a literal, a constant concatenation or an interpolation
/// with literal parts) is a hard-coded secret, from its text and from what holds it: the local, field, property,
/// parameter default, argument, dictionary key or anonymous member it is assigned to. Locals and fields inside the
/// expression are not followed here (they are reported where they are written).
/// </summary>
internal sealed class HardcodedSecretClassifier
{
    private readonly CredentialSinkCatalog _sinks;

    public HardcodedSecretClassifier(CredentialSinkCatalog sinks) => _sinks = sinks;

    /// <summary>Whether the operation is a whole string expression (not a part of a larger concatenation or interpolation).</summary>
    public static bool IsTopLevelString(IOperation operation)
    {
        if (operation is IUtf8StringOperation)
        {
            return true;
        }

        if (operation.Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        if (operation is ILiteralOperation && operation.Parent is IInterpolatedStringTextOperation)
        {
            return false;
        }

        var parent = operation.Parent;
        while (parent is IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType != SpecialType.System_String,
            IInterpolationOperation => false,
            _ => true,
        };
    }

    /// <summary>The whole string expression a literal is part of.</summary>
    public static IOperation TopLevel(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent &&
               (parent is IParenthesizedOperation or IInterpolatedStringTextOperation or IInterpolationOperation or IInterpolatedStringOperation ||
                (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && binary.Type?.SpecialType == SpecialType.System_String)))
        {
            current = parent;
        }

        return current;
    }

    /// <summary>Shorter than any credential the detector accepts (passwords and credential values need 4 characters).</summary>
    private const int MinimumSecretLength = 4;

    public bool TryClassify(IOperation expression, ISymbol? containingSymbol, SecretDetectorOptions options, out HardcodedSecret secret)
    {
        secret = default;
        string text;
        string? known;
        if (expression is ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } })
        {
            if (literal.Length == 0)
            {
                return false;
            }

            text = known = literal; // nearly every call: a plain literal, its text is all there is
        }
        else
        {
            var value = WrittenText(expression);
            if (value.IsFullyUnknown || value.Segments.Length == 0)
            {
                return false;
            }

            text = value.Render();
            known = value.KnownText;
        }

        if (text.Length < MinimumSecretLength && options.ExtraFormat is null)
        {
            return false; // every literal in the code comes here: the short ones cannot hold a credential
        }

        // The steps of SecretDetector.TryDetect, each once: a known format, a password in a connection string or URI,
        // and (below, for what is left) a secret name with a value that looks like one.
        if (SecretDetector.TryKnownFormat(text, options, out var match) || SecretDetector.TryCredentialString(text, options, out match))
        {
            secret = new HardcodedSecret(match, NameOf(Holder(expression), containingSymbol), null);
            return true;
        }

        if (known is null)
        {
            return false;
        }

        // What holds the value (its name, the parameter it is passed to) is looked up only for what is left.
        var holder = Holder(expression);
        var name = NameOf(holder, containingSymbol);

        if (_sinks.MatchDirect(holder) is { Kind: not CredentialSinkKind.ConnectionString } sink &&
            SecretDetector.IsCredentialValue(known, options))
        {
            secret = new HardcodedSecret(
                new SecretMatch(SecretKind.CredentialArgument, sink.Kind == CredentialSinkKind.Key ? "key" : "credential", SecretMask.Hidden),
                name,
                sink.Description);
            return true;
        }

        // known is text here: its formats and credential strings were looked for above.
        if (name is not null && SecretDetector.TryNamedSecret(known, name, options, out match))
        {
            secret = new HardcodedSecret(match, name, null);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The text written in this expression itself: literals, and the literal parts of concatenations and
    /// interpolations. Constants, locals and fields it uses are holes: they are reported where they are written.
    /// </summary>
    private static SymbolicString WrittenText(IOperation operation) => operation switch
    {
        ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } => SymbolicString.FromText(text),
        IUtf8StringOperation utf8 => SymbolicString.FromText(utf8.Value),
        IParenthesizedOperation parenthesized => WrittenText(parenthesized.Operand),
        IConversionOperation { IsImplicit: true } conversion when conversion.Operand.Type?.SpecialType == SpecialType.System_String => WrittenText(conversion.Operand),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String =>
            SymbolicString.Concat(WrittenText(binary.LeftOperand), WrittenText(binary.RightOperand)),
        IInterpolatedStringOperation interpolated => SymbolicString.Concat(interpolated.Parts
            .Select(part => part is IInterpolatedStringTextOperation text ? WrittenText(text.Text) : SymbolicString.Unknown)
            .ToArray()),
        _ => SymbolicString.Unknown,
    };

    /// <summary>The operation whose parent holds the value: the expression, above conversions and parentheses.</summary>
    private static IOperation Holder(IOperation expression)
    {
        var current = expression;
        while (current.Parent is IConversionOperation or IParenthesizedOperation or IConditionalOperation ||
               (current.Parent is ICoalesceOperation coalesce && coalesce.WhenNull == current))
        {
            current = current.Parent!;
        }

        return current;
    }

    private static string? NameOf(IOperation holder, ISymbol? containingSymbol)
    {
        switch (holder.Parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return declarator.Symbol.Name;
            case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                return field.InitializedFields[0].Name;
            case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                return property.InitializedProperties[0].Name;
            case IParameterInitializerOperation parameter:
                return parameter.Parameter.Name;
            case ISimpleAssignmentOperation assignment when assignment.Value == holder:
                return TargetName(assignment.Target);
            case IArgumentOperation argument:
                return KeyOfPair(argument) ?? argument.Parameter?.Name;
            case IReturnOperation:
                return containingSymbol switch
                {
                    IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => property.Name,
                    IMethodSymbol method => method.Name,
                    _ => containingSymbol?.Name,
                };
            default:
                return null;
        }
    }

    private static string? TargetName(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value.ConstantValue.Value as string,
        IPropertyReferenceOperation property => property.Property.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };

    /// <summary>
    /// The key of a key/value pair written as two arguments: <c>Add("ApiKey", "…")</c>, <c>new KeyValuePair&lt;,&gt;("ApiKey", "…")</c>.
    /// The argument must fill the value parameter that follows the key parameter: in
    /// <c>DropColumn(name: "EasyPassword", schema: "jellyfin", table: "Users")</c> the schema is a sibling of the
    /// column's name, not its value.
    /// </summary>
    private static string? KeyOfPair(IArgumentOperation argument)
    {
        var arguments = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };

        if (arguments.IsDefault || arguments.Length < 2 || argument.Parameter is not { Ordinal: > 0, Name: "value" or "values" or "val" } valueParameter)
        {
            return null;
        }

        foreach (var first in arguments)
        {
            if (first.Parameter is { } keyParameter && keyParameter.Ordinal == valueParameter.Ordinal - 1)
            {
                return keyParameter.Name is "key" or "name" or "keyword" or "variable" or "headerName" && first.Value.ConstantValue.Value is string key
                    ? key
                    : null;
            }
        }

        return null;
    }

    public static string Describe(HardcodedSecret secret) => secret.Match.Kind switch
    {
        SecretKind.NamedSecret => secret.Match.Description + (secret.Match.Masked == SecretMask.Hidden ? string.Empty : " ('" + secret.Match.Masked + "')"),
        _ => secret.Match.Description,
    };
}
