using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.TypedRefactor;

/// <summary>What a by-name reflection call looks for.</summary>
internal enum LookupKind
{
    Type,
    Method,
    Property,
    Field,
    Event,
    NestedType,
    Interface,
    AnyMember,
}

/// <summary>One by-name reflection call: the API, what it looks for, the name argument and the type it searches.</summary>
internal readonly struct ReflectionLookup
{
    public ReflectionLookup(string apiName, LookupKind kind, IOperation name, IOperation? receiver)
    {
        ApiName = apiName;
        Kind = kind;
        Name = name;
        Receiver = receiver;
    }

    public string ApiName { get; }

    public LookupKind Kind { get; }

    public IOperation Name { get; }

    /// <summary>The <c>Type</c> searched (for member lookups); null for type-name lookups.</summary>
    public IOperation? Receiver { get; }
}

/// <summary>
/// Which reflection calls take a type or member name, by symbol: <c>Type.GetType(string)</c>, <c>Assembly.GetType</c>,
/// <c>Module.GetType</c>, <c>Assembly.CreateInstance</c>, <c>Activator.CreateInstance(From)(string, string)</c>,
/// <c>AppDomain.CreateInstance*</c>, <c>Type.GetMethod/GetProperty/GetField/GetMember/GetEvent/GetNestedType/GetInterface/InvokeMember</c>,
/// <c>TypeInfo.GetDeclared*</c> and <c>GetRuntimeMethod/Property/Field/Event</c>.
/// </summary>
internal sealed class ReflectionLookupCatalog
{
    private readonly ReflectionSymbols _s;

    public ReflectionLookupCatalog(ReflectionSymbols symbols) => _s = symbols;

    public ReflectionLookup? Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var name = method.Name;

        if (ReflectionSymbols.IsOrDerives(type, _s.Type))
        {
            if (method.IsStatic)
            {
                return name == "GetType" ? TypeLookup(invocation, "Type.GetType", "typeName") : null;
            }

            return MemberKind(name) is { } kind ? MemberLookup(invocation, "Type." + name, kind, invocation.Instance) : null;
        }

        if (Is(type, _s.RuntimeReflectionExtensions) && name.StartsWith("GetRuntime", System.StringComparison.Ordinal) &&
            MemberKind("Get" + name.Substring("GetRuntime".Length)) is { } runtimeKind && invocation.Arguments.Length > 0)
        {
            return MemberLookup(invocation, name, runtimeKind, invocation.Arguments[0].Value);
        }

        if (Is(type, _s.Assembly) && (name == "GetType" || name == "CreateInstance"))
        {
            return TypeLookup(invocation, "Assembly." + name, name == "GetType" ? "name" : "typeName");
        }

        if (Is(type, _s.Module) && name == "GetType")
        {
            return TypeLookup(invocation, "Module.GetType", "className");
        }

        if ((Is(type, _s.Activator) || Is(type, _s.AppDomain)) && name.StartsWith("CreateInstance", System.StringComparison.Ordinal))
        {
            return TypeLookup(invocation, type.Name + "." + name, "typeName");
        }

        return null;
    }

    private static LookupKind? MemberKind(string methodName) => methodName switch
    {
        "GetMethod" or "GetDeclaredMethod" or "GetDeclaredMethods" => LookupKind.Method,
        "GetProperty" or "GetDeclaredProperty" => LookupKind.Property,
        "GetField" or "GetDeclaredField" => LookupKind.Field,
        "GetEvent" or "GetDeclaredEvent" => LookupKind.Event,
        "GetNestedType" or "GetDeclaredNestedType" => LookupKind.NestedType,
        "GetInterface" => LookupKind.Interface,
        "GetMember" or "InvokeMember" => LookupKind.AnyMember,
        _ => null,
    };

    private static ReflectionLookup? TypeLookup(IInvocationOperation invocation, string apiName, string parameter)
        => NameArgument(invocation, parameter) is { } nameArgument ? new ReflectionLookup(apiName, LookupKind.Type, nameArgument, null) : null;

    private static ReflectionLookup? MemberLookup(IInvocationOperation invocation, string apiName, LookupKind kind, IOperation? receiver)
        => NameArgument(invocation, "name") is { } nameArgument ? new ReflectionLookup(apiName, kind, nameArgument, receiver) : null;

    private static IOperation? NameArgument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Name: var n, Type.SpecialType: SpecialType.System_String } && n == parameter)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
