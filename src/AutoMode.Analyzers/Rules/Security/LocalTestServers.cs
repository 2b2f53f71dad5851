using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// A server a test starts itself, on this machine, in the method around a finding: WireMock.Net's
/// <c>WireMockServer.Start(…)</c> (RestSharp's cookie-redirect test trusts its self-signed HTTPS certificate), an
/// ASP.NET Core <c>WebApplication</c> or generic host started with <c>Start</c>/<c>StartAsync</c>, a <c>TestServer</c> or
/// <c>WebApplicationFactory</c>. Relaxing a check against such a server reaches nothing outside the test run.
/// </summary>
internal static class LocalTestServers
{
    /// <summary>The call or creation that starts a local server in the method around <paramref name="operation"/>, as written; or null.</summary>
    public static string? StartedAround(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case IInvocationOperation invocation when StartsServer(invocation.TargetMethod):
                    return Snippet.Of(invocation.Syntax);
                case IObjectCreationOperation { Type: INamedTypeSymbol created } creation when IsInProcessServer(created):
                    return Snippet.Of(creation.Syntax);
            }
        }

        return null;
    }

    private static bool StartsServer(IMethodSymbol method)
    {
        var type = (method.ReducedFrom ?? method).ContainingType;
        var name = type?.ToDisplayString();
        return method.Name switch
        {
            "Start" or "StartWithAdminInterface" => name == "WireMock.Server.WireMockServer" || IsHost(name) || IsHostExtensions(name),
            "StartAsync" or "RunAsync" => IsHost(name) || IsHostExtensions(name),
            _ => false,
        };
    }

    private static bool IsHost(string? name)
        => name is "Microsoft.AspNetCore.Builder.WebApplication" or "Microsoft.Extensions.Hosting.IHost";

    private static bool IsHostExtensions(string? name)
        => name is "Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions" or "Microsoft.AspNetCore.Builder.WebApplication";

    private static bool IsInProcessServer(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var name = current.OriginalDefinition.ToDisplayString();
            if (name is "Microsoft.AspNetCore.TestHost.TestServer" or "Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<TEntryPoint>" ||
                name == "WireMock.Server.WireMockServer")
            {
                return true;
            }
        }

        return false;
    }
}
