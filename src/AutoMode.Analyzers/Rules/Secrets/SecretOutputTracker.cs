using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Secrets;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Secrets;

/// <summary>
/// AM3030: a secret reaching output. Finds the output calls (Console, TextWriter on Console.Out/Error, Debug, Trace,
/// ILogger and its Log* extensions, Serilog, exception messages, ASP.NET Core response writes) and follows each
/// argument back within the method — through locals with one definition, interpolation, concatenation,
/// string.Format/Join/Concat, Encoding.GetString, ToString and the Value of a secret read — to a secret read
/// (AM3010) or a hard-coded secret.
/// </summary>
internal sealed class SecretOutputTracker
{
    private const int MaxDepth = 10;
    private static readonly HashSet<string> LoggerMethods = new() { "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical" };
    private static readonly HashSet<string> SerilogMethods = new() { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal" };
    private static readonly HashSet<string> SecretMembers = new() { "Value", "SecretString", "SecretBinary", "Payload", "Data", "Password", "SecurePassword" };

    private readonly SecretsSymbols _s;
    private readonly SecretAccessCatalog _access;
    private readonly HardcodedSecretClassifier _hardcoded;

    /// <summary>The containing types of the output calls <see cref="MatchOutput"/> knows.</summary>
    private readonly TypeFilter _outputTypes;

    public SecretOutputTracker(SecretsSymbols symbols, SecretAccessCatalog access, HardcodedSecretClassifier hardcoded)
    {
        _s = symbols;
        _access = access;
        _hardcoded = hardcoded;
        _outputTypes = new TypeFilter(t =>
            SecretsSymbols.Is(t, _s.Console) || SecretsSymbols.Is(t, _s.Debug) || SecretsSymbols.Is(t, _s.Trace) ||
            SecretsSymbols.IsOrDerives(t, _s.TextWriter) || SecretsSymbols.Is(t, _s.LoggerExtensions) || SecretsSymbols.IsOrDerives(t, _s.Logger) ||
            SecretsSymbols.Is(t, _s.SerilogLog) || SecretsSymbols.IsOrDerives(t, _s.SerilogLogger) || SecretsSymbols.Is(t, _s.HttpResponseWritingExtensions));
    }

    /// <summary>The output API the operation writes to and the arguments it writes, or null.</summary>
    public (string Api, IEnumerable<IOperation> Values)? MatchOutput(IOperation operation) => operation switch
    {
        // The type check first, apart: the matcher behind it is large, and most calls are on other types.
        IInvocationOperation invocation when _outputTypes.Matches(invocation.TargetMethod.ContainingType) => MatchOutputCall(invocation),
        IObjectCreationOperation creation when SecretsSymbols.IsOrDerives(creation.Type, _s.Exception) =>
            ("new " + creation.Type!.Name, creation.Arguments.Where(a => a.Value.Type?.SpecialType == SpecialType.System_String).Select(a => a.Value)),
        _ => null,
    };

    private (string Api, IEnumerable<IOperation> Values)? MatchOutputCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        string Api() => type.Name + "." + method.Name; // only for a match

        if ((SecretsSymbols.Is(type, _s.Console) && method.Name is "Write" or "WriteLine") ||
            (SecretsSymbols.Is(type, _s.Debug) || SecretsSymbols.Is(type, _s.Trace)) && method.Name.StartsWith("Write", System.StringComparison.Ordinal) ||
            (SecretsSymbols.Is(type, _s.Debug) && method.Name is "Print" or "Fail") ||
            (SecretsSymbols.Is(type, _s.Trace) && method.Name is "TraceInformation" or "TraceWarning" or "TraceError" or "Fail"))
        {
            return (Api(), Values(invocation));
        }

        if (SecretsSymbols.IsOrDerives(type, _s.TextWriter) && method.Name.StartsWith("Write", System.StringComparison.Ordinal) &&
            invocation.Instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } stream &&
            SecretsSymbols.Is(stream.Property.ContainingType, _s.Console))
        {
            return ("Console." + stream.Property.Name + "." + method.Name, Values(invocation));
        }

        if ((SecretsSymbols.Is(type, _s.LoggerExtensions) && LoggerMethods.Contains(method.Name)) ||
            (SecretsSymbols.IsOrDerives(type, _s.Logger) && method.Name == "Log") ||
            ((SecretsSymbols.Is(type, _s.SerilogLog) || SecretsSymbols.IsOrDerives(type, _s.SerilogLogger)) && SerilogMethods.Contains(method.Name)))
        {
            return (Api(), Values(invocation).Where(v => !SecretsSymbols.IsOrDerives(v.Type, _s.Logger) && !SecretsSymbols.IsOrDerives(v.Type, _s.SerilogLogger)));
        }

        if (SecretsSymbols.Is(type, _s.HttpResponseWritingExtensions) && method.Name == "WriteAsync")
        {
            return ("HttpResponse.WriteAsync", invocation.Arguments.Where(a => a.Parameter?.Name == "text").Select(a => a.Value));
        }

        return null;
    }

    /// <summary>What secret the value carries ("the secret read by …", "a hard-coded secret"), or null.</summary>
    public string? FindSecret(IOperation? value, ISymbol? containingSymbol, SecretDetectorOptions options, int depth = 0)
    {
        if (value is null || depth > MaxDepth)
        {
            return null;
        }

        string? Next(IOperation? child) => FindSecret(child, containingSymbol, options, depth + 1);

        if (_access.Match(value, options) is { Kind: SecretAccessKind.SecretRead } read)
        {
            return "the secret read by '" + read.Api + "' (" + read.What + ")";
        }

        if (value.Type?.SpecialType == SpecialType.System_String && (value is ILiteralOperation or IInterpolatedStringOperation or IBinaryOperation) &&
            _hardcoded.TryClassify(value, containingSymbol, options, out var secret))
        {
            return "a hard-coded " + SimpleKind(secret);
        }

        switch (value)
        {
            case IConversionOperation conversion:
                return Next(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Next(parenthesized.Operand);
            case IAwaitOperation awaited:
                return Next(awaited.Operation);
            case IArgumentOperation argument:
                return Next(argument.Value);
            case IInterpolatedStringOperation interpolated:
                return interpolated.Parts.OfType<IInterpolationOperation>().Select(p => Next(p.Expression)).FirstOrDefault(s => s is not null);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                return Next(binary.LeftOperand) ?? Next(binary.RightOperand);
            case ICoalesceOperation coalesce:
                return Next(coalesce.Value) ?? Next(coalesce.WhenNull);
            case IConditionalOperation conditional:
                return Next(conditional.WhenTrue) ?? Next(conditional.WhenFalse);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Select(Next).FirstOrDefault(s => s is not null);
            case ILocalReferenceOperation local:
                return FromLocal(local, containingSymbol, options, depth);
            case IFieldReferenceOperation field:
                return FromField(field.Field, options);
            case IPropertyReferenceOperation property when SecretMembers.Contains(property.Property.Name) && property.Instance is not null:
                return Next(property.Instance);
            case IPropertyReferenceOperation { Type.SpecialType: SpecialType.System_String } named
                when SecretNames.Classify(named.Property.Name, options.ExtraWords) is SecretNameClass.Password or SecretNameClass.Secret &&
                     !IsMessageResource(named.Property):
                // options.SmtpPassword: whatever fills it (binding, an environment variable), its name says what it holds.
                return "the value of '" + named.Property.Name + "', named as a secret";
            case IInvocationOperation invocation:
                return FromInvocation(invocation, Next);
            default:
                return null;
        }
    }

    /// <summary>
    /// A localized message, not a value: a static string property of a resource class (one with a static
    /// <c>ResourceManager</c>, as .resx designers generate, or nested in a class named Strings, Resources or Messages),
    /// or one whose getter returns text for people (<c>Strings.Program.SecretProviderFailedToSetEncryptionKey =&gt;
    /// LC.L("Failed to set encryption key in secret provider")</c>). Its name says what the message is about.
    /// </summary>
    private static bool IsMessageResource(IPropertySymbol property)
    {
        if (property.IsStatic)
        {
            for (var type = property.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.Name is "Strings" or "Resources" or "Resource" or "Messages" or "Texts" or "Localization" ||
                    type.Name.EndsWith("Strings", System.StringComparison.Ordinal) || type.Name.EndsWith("Resources", System.StringComparison.Ordinal) ||
                    type.GetMembers("ResourceManager").Any(m => m.IsStatic && m is IPropertySymbol))
                {
                    return true;
                }
            }
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            // The getter's body, not an initializer (a default may be a placeholder of a real secret property).
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax declaration &&
                ((SyntaxNode?)declaration.ExpressionBody ?? declaration.AccessorList) is { } getter &&
                getter.DescendantTokens().Any(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken) &&
                                                        t.Value is string text && SecretValueFilters.IsNaturalLanguage(text)))
            {
                return true;
            }
        }

        return false;
    }

    private string? FromInvocation(IInvocationOperation invocation, System.Func<IOperation?, string?> next)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type.SpecialType == SpecialType.System_String && method.Name is "Format" or "Concat" or "Join")
        {
            return invocation.Arguments.SelectMany(ValueResolver.ExpandParams).Select(next).FirstOrDefault(s => s is not null);
        }

        if ((SecretsSymbols.IsOrDerives(type, _s.Encoding) && method.Name is "GetString" or "GetBytes") ||
            (SecretsSymbols.Is(type, _s.Convert) && method.Name is "ToBase64String" or "FromBase64String" or "ToHexString"))
        {
            return invocation.Arguments.Length > 0 ? next(invocation.Arguments[0].Value) : null;
        }

        if (method.Name is "ToString" or "ToStringUtf8" or "ToArray" or "ToCharArray" or "Trim" && invocation.Instance is not null)
        {
            return next(invocation.Instance);
        }

        return null;
    }

    private string? FromLocal(ILocalReferenceOperation local, ISymbol? containingSymbol, SecretDetectorOptions options, int depth)
    {
        var definition = ValueResolver.FindSingleDefinition(local);
        if (definition is null)
        {
            return null;
        }

        if (FindSecret(definition, containingSymbol, options, depth + 1) is { } secret)
        {
            return secret;
        }

        // A setting whose key does not say secret, held by a local whose name does:
        // var connectionString = Environment.GetEnvironmentVariable("BILLING_DB");
        if (SecretNames.Classify(local.Local.Name, options.ExtraWords) != SecretNameClass.None)
        {
            var source = definition;
            while (source is ICoalesceOperation or IConversionOperation or IParenthesizedOperation)
            {
                source = source switch
                {
                    ICoalesceOperation coalesce => coalesce.Value,
                    IConversionOperation conversion => conversion.Operand,
                    _ => ((IParenthesizedOperation)source).Operand,
                };
            }

            if (_access.Match(source, options) is { Kind: SecretAccessKind.ConfigurationRead } read)
            {
                return "the secret '" + local.Local.Name + "' read by '" + read.Api + "' (" + read.What + ")";
            }
        }

        return null;
    }

    private static string? FromField(IFieldSymbol field, SecretDetectorOptions options)
    {
        if (!(field.IsConst || field.IsReadOnly))
        {
            return null;
        }

        var text = field.HasConstantValue ? field.ConstantValue as string : null;
        if (text is null)
        {
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
                    {
                        Initializer.Value: Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal,
                    })
                {
                    text = literal.Token.Value as string;
                }
            }
        }

        return text is not null && SecretDetector.TryDetect(text, field.Name, options, out var match)
            ? "a hard-coded " + (match.Kind == SecretKind.NamedSecret ? match.Description : "secret")
            : null;
    }

    private static string SimpleKind(HardcodedSecret secret) => secret.Match.Kind switch
    {
        SecretKind.NamedSecret => secret.Match.Description,
        SecretKind.CredentialString => "credential",
        SecretKind.CredentialArgument => secret.Match.Description,
        _ => "secret",
    };

    private static IEnumerable<IOperation> Values(IInvocationOperation invocation)
        => invocation.Arguments.SelectMany(ValueResolver.ExpandParams);
}
