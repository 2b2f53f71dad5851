using System;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>A request that may change state: the API and the HTTP method, null when the method is not visible.</summary>
internal readonly struct HttpRequest
{
    public HttpRequest(string api, string? method)
    {
        Api = api;
        Method = method;
    }

    public string Api { get; }

    public string? Method { get; }
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

    public HttpRequests(SideEffectsSymbols symbols) => _s = symbols;

    public HttpRequest? Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (TypeHierarchy.IsOrInherits(type, _s.HttpClient) || SideEffectsSymbols.Is(type, _s.HttpClientJsonExtensions))
        {
            var verb = method.Name switch
            {
                "PostAsync" or "PostAsJsonAsync" => "POST",
                "PutAsync" or "PutAsJsonAsync" => "PUT",
                "PatchAsync" or "PatchAsJsonAsync" => "PATCH",
                "DeleteAsync" or "DeleteFromJsonAsync" => "DELETE",
                _ => null,
            };
            if (verb is not null)
            {
                return _s.TestServer.Receives(invocation, OperationValues.Argument(invocation.Arguments, "requestUri"))
                    ? null
                    : new HttpRequest(Api(method), verb);
            }
        }

        if ((method.Name == "Send" || method.Name == "SendAsync") && TypeHierarchy.IsOrInherits(type, _s.HttpMessageInvoker))
        {
            var request = OperationValues.Argument(invocation.Arguments, "request");
            var verb = RequestMethod(request);
            return IsSafe(verb) || _s.TestServer.Receives(invocation, InMemoryTestServer.RequestUriOf(request))
                ? null
                : new HttpRequest(Api(method), verb);
        }

        if (method.Name.StartsWith("Upload", StringComparison.Ordinal) && TypeHierarchy.IsOrInherits(type, _s.WebClient))
        {
            var verb = Known(OperationValues.Argument(invocation.Arguments, "method")) ?? "POST";
            return IsSafe(verb) ? null : new HttpRequest(Api(method), verb);
        }

        return null;
    }

    /// <summary><c>request.Method = "POST"</c> on a <c>WebRequest</c>/<c>HttpWebRequest</c>.</summary>
    public HttpRequest? Match(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Method" } property &&
            TypeHierarchy.IsOrInherits(property.Property.ContainingType, _s.WebRequest))
        {
            var verb = Known(assignment.Value);
            return IsSafe(verb) ? null : new HttpRequest(property.Property.ContainingType.Name + ".Method", verb);
        }

        return null;
    }

    private static string Api(IMethodSymbol method) => method.ContainingType.Name + "." + method.Name;

    private static bool IsSafe(string? verb) => verb is "GET" or "HEAD" or "OPTIONS" or "TRACE";

    private static string? Known(IOperation? value)
        => value is null ? null : ValueResolver.Resolve(value).KnownText?.Trim().ToUpperInvariant();

    /// <summary>The method of an <c>HttpRequestMessage</c> built in the same body, or null when not visible.</summary>
    private string? RequestMethod(IOperation? request)
    {
        var unwrapped = OperationValues.Unwrap(request);
        string? assigned = null;
        var assignments = 0;
        if (unwrapped is ILocalReferenceOperation local)
        {
            foreach (var node in OperationValues.Root(local).Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (node.Target is IPropertyReferenceOperation { Property.Name: "Method", Instance: ILocalReferenceOperation target } &&
                    SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
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
