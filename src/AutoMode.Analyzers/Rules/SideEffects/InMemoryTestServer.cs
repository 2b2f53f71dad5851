using System.Collections.Immutable;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>Where an <c>HttpClient</c> comes from, as far as the analyzed file shows.</summary>
internal enum ClientOrigin
{
    /// <summary>A parameter, a member set elsewhere, a call whose result is not visible.</summary>
    Unknown,

    /// <summary><c>WebApplicationFactory&lt;T&gt;.CreateClient()</c>, <c>TestServer.CreateClient()</c>, <c>new HttpClient(server.CreateHandler())</c>.</summary>
    InMemory,

    /// <summary><c>new HttpClient(…)</c> with another handler, <c>IHttpClientFactory.CreateClient(…)</c>: a client that goes out.</summary>
    Real,
}

/// <summary>
/// Requests that stay inside the test process. An integration test's client that comes from the in-memory test server
/// (<c>WebApplicationFactory&lt;T&gt;.CreateClient()</c>/<c>CreateDefaultClient()</c>, <c>TestServer.CreateClient()</c>,
/// <c>new HttpClient(server.CreateHandler())</c>) sends every request to the application under test in memory, whatever
/// the URI: nothing outside the test changes. The origin is followed through locals, fields and properties set in the
/// same file, getters and helper methods returning the client, and <c>await</c>. A client visibly created another way is
/// real. When the origin cannot be seen and the project hosts the application in memory
/// (<c>Microsoft.AspNetCore.TestHost</c>), a relative request URI still says the client is the test server's.
/// </summary>
internal sealed class InMemoryTestServer
{
    private const int MaxDepth = 6;

    private readonly INamedTypeSymbol? _testServer;
    private readonly INamedTypeSymbol? _factory;
    private readonly INamedTypeSymbol? _httpClientFactory;
    private readonly INamedTypeSymbol? _uri;

    public InMemoryTestServer(WellKnownTypes types)
    {
        _testServer = types.Get("Microsoft.AspNetCore.TestHost.TestServer");
        _factory = types.Get("Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory`1");
        _httpClientFactory = types.Get("System.Net.Http.IHttpClientFactory");
        _uri = types.Get("System.Uri");
    }

    /// <summary>The client a request is sent through: the receiver, or the first argument of an extension method.</summary>
    public static IOperation? ClientOf(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    public ClientOrigin OriginOf(IOperation? client) => Origin(client, 0);

    /// <summary>Why the origin of a client cannot be seen, for the message: a parameter, an unresolved type, another file.</summary>
    public static string WhyUnseen(IOperation? client)
    {
        var value = OperationValues.Follow(client);
        var values = value switch
        {
            IFieldReferenceOperation field => MemberValues.Of(field.Field, field.SemanticModel),
            IPropertyReferenceOperation property => MemberValues.Of(property.Property, property.SemanticModel),
            _ => null,
        };
        if (value is IInvalidOperation || (values is { } all && all.Any(v => OperationValues.Follow(v) is IInvalidOperation || v.Type is null or IErrorTypeSymbol)))
        {
            return "it comes from code whose types cannot be resolved: are the test packages restored?";
        }

        return value switch
        {
            IParameterReferenceOperation parameter => "'" + parameter.Parameter.Name + "' is a parameter",
            IFieldReferenceOperation or IPropertyReferenceOperation when values is not null => "'" + value.Syntax + "' is set from a parameter or a call whose result this file does not show",
            IFieldReferenceOperation or IPropertyReferenceOperation => "'" + value.Syntax + "' is set in another file or can be set from outside its class",
            IInvocationOperation invocation => "'" + invocation.TargetMethod.Name + "' returns a client this file does not show",
            _ => "'" + client?.Syntax + "' comes from code this file does not show",
        };
    }

    /// <summary>With an unseen origin, a relative URI in a project that references the test host is the test server's.</summary>
    public bool IsRelativeWithTestHost(IOperation? requestUri) => _testServer is not null && IsRelative(requestUri);

    /// <summary>The <c>requestUri</c> of an <c>HttpRequestMessage</c> created in the same body, or null.</summary>
    public static IOperation? RequestUriOf(IOperation? request)
    {
        if (OperationValues.Follow(request) is not IObjectCreationOperation creation)
        {
            return null;
        }

        return OperationValues.Argument(creation.Arguments, "requestUri") ??
               creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
                   .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "RequestUri" })?.Value;
    }

    private ClientOrigin Origin(IOperation? operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return ClientOrigin.Unknown;
        }

        switch (OperationValues.Follow(operation))
        {
            case IAwaitOperation awaited:
                return Origin(awaited.Operation, depth + 1);
            case IObjectCreationOperation creation:
                var handler = creation.Arguments.Length > 0 ? OperationValues.Follow(creation.Arguments[0].Value) : null;
                return handler is IInvocationOperation { TargetMethod.Name: "CreateHandler" } createHandler && IsTestServerMember(createHandler.TargetMethod)
                    ? ClientOrigin.InMemory
                    : ClientOrigin.Real;
            case IInvocationOperation invocation:
                if (invocation.TargetMethod.Name is "CreateClient" or "CreateDefaultClient" && IsTestServerMember(invocation.TargetMethod))
                {
                    return ClientOrigin.InMemory;
                }

                if (invocation.TargetMethod.Name == "CreateClient" && TypeHierarchy.IsOrInherits(invocation.TargetMethod.ContainingType, _httpClientFactory))
                {
                    return ClientOrigin.Real;
                }

                return Combine(MemberValues.ReturnedBy(invocation.TargetMethod, invocation.SemanticModel), depth);
            case IFieldReferenceOperation field:
                return MemberValues.Of(field.Field, field.SemanticModel) is { } fieldValues ? Combine(fieldValues, depth)
                    : FieldInitializedWithNew(field.Field) ? ClientOrigin.Real : ClientOrigin.Unknown;
            case IPropertyReferenceOperation property:
                return MemberValues.Of(property.Property, property.SemanticModel) is { } propertyValues ? Combine(propertyValues, depth)
                    : PropertyInitializedWithNew(property.Property) ? ClientOrigin.Real : ClientOrigin.Unknown;
            case ICoalesceOperation coalesce:
                return Combine(ImmutableArray.Create(coalesce.Value, coalesce.WhenNull), depth);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Combine(ImmutableArray.Create(conditional.WhenTrue, whenFalse), depth);
            default:
                return ClientOrigin.Unknown;
        }
    }

    /// <summary>Any real client makes it real; only in-memory clients make it in-memory; anything else is unknown.</summary>
    private ClientOrigin Combine(ImmutableArray<IOperation>? values, int depth)
    {
        if (values is not { IsEmpty: false } all)
        {
            return ClientOrigin.Unknown;
        }

        var result = ClientOrigin.InMemory;
        foreach (var value in all)
        {
            switch (Origin(value, depth + 1))
            {
                case ClientOrigin.Real:
                    return ClientOrigin.Real;
                case ClientOrigin.Unknown:
                    result = ClientOrigin.Unknown;
                    break;
            }
        }

        return result;
    }

    private bool IsTestServerMember(IMethodSymbol method)
        => TypeHierarchy.IsOrInherits(method.ContainingType, _testServer) || TypeHierarchy.IsOrInherits(method.ContainingType, _factory);

    // A member declared in another file is not bound here, but a 'new' in its initializer is visible in its syntax.
    private static bool FieldInitializedWithNew(IFieldSymbol field)
        => field.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax });

    private static bool PropertyInitializedWithNew(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax });

    private bool IsRelative(IOperation? requestUri)
    {
        var value = OperationValues.Follow(requestUri);
        if (value is IObjectCreationOperation creation && SideEffectsSymbols.Is(creation.Type, _uri))
        {
            value = OperationValues.Argument(creation.Arguments, "uriString");
        }

        if (value is null || value.Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        var text = ValueResolver.Resolve(value);
        if (text.Segments.IsEmpty || text.Segments[0].Kind != SegmentKind.Text)
        {
            return false;
        }

        // The visible start decides: "/api/…" or "api/…" is relative; "https://…" or "{host}/…" is not known to be.
        var start = text.Segments[0].Text;
        var firstSlash = start.IndexOf('/');
        var scheme = start.IndexOf(':');
        return start.Length > 0 && (scheme < 0 || (firstSlash >= 0 && firstSlash < scheme)) && (firstSlash >= 0 || text.Segments.Length == 1);
    }
}
