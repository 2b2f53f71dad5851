using System;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>Why a request is reported lower than AM5001's High.</summary>
internal enum HttpRequestContext
{
    /// <summary>Nothing lowers it.</summary>
    None,

    /// <summary>Its decisive value (the request, URI or method) is a parameter of the method around it, unchanged.</summary>
    Forwarded,

    /// <summary>The client's origin cannot be seen: in a test project, most likely the in-memory test server's.</summary>
    UnseenClient,

    /// <summary>A POST/PUT/PATCH whose body streams a parameter of the method around it (a storage backend's <c>PutAsync(name, stream)</c>).</summary>
    UploadsCallerContent,
}

/// <summary>A request that may change state: the API and the HTTP method, null when the method is not visible.</summary>
internal readonly struct HttpRequest
{
    public HttpRequest(string api, string? method, HttpRequestContext context = HttpRequestContext.None, IParameterSymbol? forwarded = null, string? forwardedPart = null, string? why = null)
    {
        Why = why;
        Api = api;
        Method = method;
        Context = context;
        Forwarded = forwarded;
        ForwardedPart = forwardedPart;
    }

    public string Api { get; }

    public string? Method { get; }

    public HttpRequestContext Context { get; }

    /// <summary>The parameter the decisive value comes from, when <see cref="Context"/> is Forwarded.</summary>
    public IParameterSymbol? Forwarded { get; }

    /// <summary>What the parameter gives: "request", "URI" or "method".</summary>
    public string? ForwardedPart { get; }

    /// <summary>Why the request may only read (its HTTP method cannot be seen, or a POST is named as a query, a token exchange or a sign-in), or null.</summary>
    public string? Why { get; }
}

/// <summary>
/// HTTP calls that may change state on another system: HttpClient's POST/PUT/PATCH/DELETE helpers and their
/// JSON extensions, <c>Send</c>/<c>SendAsync</c> with a request whose method is not safe (or not visible),
/// <c>WebClient.Upload*</c>, and <c>WebRequest.Method</c> set to an unsafe method. Safe methods
/// (GET, HEAD, OPTIONS, TRACE) are not matched.
/// </summary>
internal sealed class HttpRequests
{
    private readonly SideEffectsSymbols _s;
    private readonly SourceWrappers _wrappers;

    public HttpRequests(SideEffectsSymbols symbols, SourceWrappers wrappers)
    {
        _s = symbols;
        _wrappers = wrappers;
    }

    /// <summary>
    /// A call of the compilation's own private or internal helper that forwards its parameter to a request (reported Low
    /// in the helper): the request as this call makes it, with the caller's value — silent when the caller's request is a
    /// read or goes to the in-memory test server, Forwarded again when the caller only passes on its own parameter.
    /// </summary>
    public HttpRequest? MatchWrapperCall(IInvocationOperation call)
    {
        if (_wrappers.Find(call, FindForwardedRequest) is not { } wrapped ||
            SourceWrappers.ArgumentFor(call, wrapped.Parameter) is not { } argument)
        {
            return null;
        }

        var verb = wrapped.Part switch
        {
            "request" => RequestMethod(argument),
            "method" => Known(argument),
            _ => wrapped.Method,
        };
        if (IsSafe(verb))
        {
            return null;
        }

        var client = wrapped.Sink is IInvocationOperation sink ? InMemoryTestServer.ClientOf(sink) : null;
        if (OperationValues.Follow(client) is IParameterReferenceOperation clientParameter &&
            SymbolEqualityComparer.Default.Equals(clientParameter.Parameter.ContainingSymbol, wrapped.Parameter.ContainingSymbol))
        {
            client = SourceWrappers.ArgumentFor(call, clientParameter.Parameter); // this HttpClient http: the caller's client
        }

        var requestUri = wrapped.Part switch
        {
            "URI" => argument,
            "request" => InMemoryTestServer.RequestUriOf(argument),
            _ => null,
        };
        var origin = wrapped.Sink is IInvocationOperation ? _s.TestServer.OriginOf(client) : ClientOrigin.Unknown;
        if (wrapped.Sink is IInvocationOperation &&
            (origin == ClientOrigin.InMemory || (origin == ClientOrigin.Unknown && _s.TestServer.IsRelativeWithTestHost(requestUri))))
        {
            return null;
        }

        var callee = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
        var api = callee.ContainingType.Name + "." + callee.Name + " → " + wrapped.Api;
        var request = new HttpRequest(api, verb, origin == ClientOrigin.Unknown && wrapped.Sink is IInvocationOperation ? HttpRequestContext.UnseenClient : HttpRequestContext.None);
        return Forwarding(request, argument, wrapped.Part, call, requestUri);
    }

    /// <summary>The one request in a helper's body whose decisive value is a parameter of the helper, passed on unchanged.</summary>
    private WrappedRequest? FindForwardedRequest(IOperation body)
    {
        foreach (var node in body.Descendants())
        {
            var found = node switch
            {
                IInvocationOperation invocation => Match(invocation) ?? MatchWrapperCall(invocation),
                ISimpleAssignmentOperation assignment => Match(assignment),
                _ => null,
            };
            if (found is { Context: HttpRequestContext.Forwarded, Forwarded: { } parameter, ForwardedPart: { } part } request)
            {
                return new WrappedRequest(node, request.Api, request.Method, parameter, part);
            }
        }

        return null;
    }

    private sealed class WrappedRequest
    {
        public WrappedRequest(IOperation sink, string api, string? method, IParameterSymbol parameter, string part)
        {
            Sink = sink;
            Api = api;
            Method = method;
            Parameter = parameter;
            Part = part;
        }

        public IOperation Sink { get; }

        public string Api { get; }

        public string? Method { get; }

        public IParameterSymbol Parameter { get; }

        public string Part { get; }
    }

    public HttpRequest? Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (TypeHierarchy.IsOrInherits(type, _s.HttpClient) || SideEffectsSymbols.Is(type, _s.HttpClientJsonExtensions))
        {
            var verb = VerbOf(method.Name);
            if (verb is not null)
            {
                var uri = OperationValues.Argument(invocation.Arguments, "requestUri");
                return Sent(invocation, verb, uri, uri, "URI");
            }
        }

        if ((method.Name == "Send" || method.Name == "SendAsync") && TypeHierarchy.IsOrInherits(type, _s.HttpMessageInvoker))
        {
            var request = OperationValues.Argument(invocation.Arguments, "request");
            var verb = RequestMethod(request);
            return IsSafe(verb) ? null : Sent(invocation, verb, InMemoryTestServer.RequestUriOf(request), request, "request");
        }

        if (method.Name.StartsWith("Upload", StringComparison.Ordinal) && TypeHierarchy.IsOrInherits(type, _s.WebClient))
        {
            var verb = Known(OperationValues.Argument(invocation.Arguments, "method")) ?? "POST";
            var address = OperationValues.Argument(invocation.Arguments, "address");
            return IsSafe(verb) ? null : Forwarding(new HttpRequest(Api(method), verb), address, "URI", invocation, address);
        }

        return null;
    }

    /// <summary>
    /// A request through an HttpClient: silent when the client is the in-memory test server's (or, its origin unseen, the
    /// URI is relative in a project with the test host); Forwarded when the method around it only passes its parameter
    /// on; UnseenClient when the client's origin cannot be seen.
    /// </summary>
    private HttpRequest? Sent(IInvocationOperation invocation, string? verb, IOperation? requestUri, IOperation? decisive, string part)
    {
        var origin = _s.TestServer.OriginOf(InMemoryTestServer.ClientOf(invocation));
        if (origin == ClientOrigin.InMemory || (origin == ClientOrigin.Unknown && _s.TestServer.IsRelativeWithTestHost(requestUri)))
        {
            return null;
        }

        var request = new HttpRequest(Api(invocation.TargetMethod), verb, origin == ClientOrigin.Unknown ? HttpRequestContext.UnseenClient : HttpRequestContext.None);
        return Forwarding(request, decisive, part, invocation, requestUri);
    }

    /// <summary>
    /// Forwarded when the method around the sink only passes its parameter on (reported Low); otherwise, with the reason
    /// the request may only read (reported Medium unless a lower context applies): its method cannot be seen, or a POST
    /// is named as a read.
    /// </summary>
    private HttpRequest Forwarding(HttpRequest request, IOperation? decisive, string part, IOperation sink, IOperation? requestUri)
    {
        if (ForwardedParameters.Of(decisive, IsRequestApi, helpersToo: true) is { } parameter)
        {
            return new HttpRequest(request.Api, request.Method, HttpRequestContext.Forwarded, parameter, part);
        }

        if (request.Method is "POST" or "PUT" or "PATCH" && UploadedParameter(sink) is { } uploaded)
        {
            return new HttpRequest(request.Api, request.Method, HttpRequestContext.UploadsCallerContent, uploaded, "content");
        }

        var why = request.Method is null ? "it may be a GET or another read" : ReadLikeRequests.Why(request.Method, sink, requestUri);
        return why is null ? request : new HttpRequest(request.Api, request.Method, request.Context, why: why);
    }

    /// <summary>
    /// The parameter whose data a <c>new StreamContent(…)</c> in the same body streams (<c>input.ObserveReadTimeout(…)</c>,
    /// <c>File.OpenRead(localPath)</c>): the request uploads what its caller passes in. Null when there is none.
    /// </summary>
    private static IParameterSymbol? UploadedParameter(IOperation sink)
    {
        foreach (var node in OperationValues.Root(sink).Descendants())
        {
            if (node is IObjectCreationOperation { Type: { Name: "StreamContent" } type, Arguments.Length: > 0 } content &&
                type.ContainingNamespace?.ToDisplayString() == "System.Net.Http" &&
                CallerSuppliedValues.DataSource(content.Arguments[0].Value) is { } parameter)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>A call of an API that may send a state-changing request, whatever its arguments (for counting a method's sinks).</summary>
    private bool IsRequestApi(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                var type = method.ContainingType;
                return ((TypeHierarchy.IsOrInherits(type, _s.HttpClient) || SideEffectsSymbols.Is(type, _s.HttpClientJsonExtensions)) && VerbOf(method.Name) is not null) ||
                       (method.Name is "Send" or "SendAsync" && TypeHierarchy.IsOrInherits(type, _s.HttpMessageInvoker)) ||
                       (method.Name.StartsWith("Upload", StringComparison.Ordinal) && TypeHierarchy.IsOrInherits(type, _s.WebClient));
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Method" } property }:
                return TypeHierarchy.IsOrInherits(property.Property.ContainingType, _s.WebRequest);
            default:
                return false;
        }
    }

    /// <summary><c>request.Method = "POST"</c> on a <c>WebRequest</c>/<c>HttpWebRequest</c>.</summary>
    public HttpRequest? Match(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Method" } property &&
            TypeHierarchy.IsOrInherits(property.Property.ContainingType, _s.WebRequest))
        {
            var verb = Known(assignment.Value);
            return IsSafe(verb) ? null : Forwarding(new HttpRequest(property.Property.ContainingType.Name + ".Method", verb), assignment.Value, "method", assignment, null);
        }

        return null;
    }

    /// <summary>The verb of HttpClient's state-changing helpers and their JSON extensions.</summary>
    private static string? VerbOf(string name) => name switch
    {
        "PostAsync" or "PostAsJsonAsync" => "POST",
        "PutAsync" or "PutAsJsonAsync" => "PUT",
        "PatchAsync" or "PatchAsJsonAsync" => "PATCH",
        "DeleteAsync" or "DeleteFromJsonAsync" => "DELETE",
        _ => null,
    };

    private static string Api(IMethodSymbol method) => method.ContainingType.Name + "." + method.Name;

    /// <summary>Methods that only read: HTTP's safe methods, and WebDAV's PROPFIND (duplicati's WebDAV backend lists with it).</summary>
    private static bool IsSafe(string? verb) => verb is "GET" or "HEAD" or "OPTIONS" or "TRACE" or "PROPFIND";

    private static string? Known(IOperation? value)
        => value is null ? null : ValueResolver.Resolve(value).KnownText?.Trim().ToUpperInvariant();

    /// <summary>The method of an <c>HttpRequestMessage</c> built in the same body, or null when not visible.</summary>
    private string? RequestMethod(IOperation? request)
    {
        var unwrapped = OperationValues.Unwrap(request);
        string? assigned = null;
        var assignments = 0;
        var variable = unwrapped switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (variable is not null)
        {
            foreach (var node in OperationValues.Root(unwrapped!).Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (node.Target is IPropertyReferenceOperation { Property.Name: "Method", Instance: { } instance } &&
                    SymbolEqualityComparer.Default.Equals(VariableOf(instance), variable))
                {
                    assigned = HttpMethodName(node.Value);
                    assignments++;
                }
            }
        }

        if (assignments > 1)
        {
            return null;
        }

        if (assignments == 1)
        {
            return assigned;
        }

        if (OperationValues.Follow(request) is IInvocationOperation factory)
        {
            return FactoryMethod(factory);
        }

        if (OperationValues.Follow(request) is not IObjectCreationOperation creation ||
            !SideEffectsSymbols.Is(creation.Type, _s.HttpRequestMessage))
        {
            return null;
        }

        var fromInitializer = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Method" });
        if (fromInitializer is not null)
        {
            return HttpMethodName(fromInitializer.Value);
        }

        var argument = OperationValues.Argument(creation.Arguments, "method");
        return argument is null ? "GET" : HttpMethodName(argument); // new HttpRequestMessage() is a GET.
    }

    /// <summary>
    /// A request built by a factory method that is given its HTTP method (<c>CreateRequest(url, HttpMethod.Get)</c>): the
    /// one explicit <c>HttpMethod</c> argument is the request's method. Null when there is none, or several.
    /// </summary>
    private string? FactoryMethod(IInvocationOperation factory)
    {
        if (!SideEffectsSymbols.Is(factory.Type, _s.HttpRequestMessage))
        {
            return null;
        }

        IArgumentOperation? given = null;
        foreach (var argument in factory.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && SideEffectsSymbols.Is(argument.Parameter?.Type, _s.HttpMethod))
            {
                if (given is not null)
                {
                    return null;
                }

                given = argument;
            }
        }

        return given is null ? null : HttpMethodName(given.Value);
    }

    private static ISymbol? VariableOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary><c>HttpMethod.Post</c>, <c>new HttpMethod("POST")</c>, <c>HttpMethod.Parse("POST")</c>, through locals.</summary>
    private string? HttpMethodName(IOperation? value)
    {
        switch (OperationValues.Follow(value))
        {
            case IPropertyReferenceOperation { Instance: null } property when SideEffectsSymbols.Is(property.Property.ContainingType, _s.HttpMethod):
                return property.Property.Name.ToUpperInvariant();
            case IObjectCreationOperation creation when SideEffectsSymbols.Is(creation.Type, _s.HttpMethod) && creation.Arguments.Length == 1:
                return Known(creation.Arguments[0].Value);
            case IInvocationOperation { TargetMethod.Name: "Parse" } parse when SideEffectsSymbols.Is(parse.TargetMethod.ContainingType, _s.HttpMethod) && parse.Arguments.Length == 1:
                return Known(parse.Arguments[0].Value);
            default:
                return null;
        }
    }
}
