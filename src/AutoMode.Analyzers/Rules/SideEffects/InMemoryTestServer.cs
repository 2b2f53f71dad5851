using System;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Requests that stay inside the test process: in a project that hosts the application in memory
/// (<c>Microsoft.AspNetCore.TestHost</c>, which <c>WebApplicationFactory</c> brings along), an integration test's
/// client comes from the test server, whose base address is <c>http://localhost/</c>, and its requests are relative
/// paths. Such a request changes nothing outside the test. A client visibly created with <c>new HttpClient</c>, or
/// a request to an absolute URI, is not the test server's and stays reported.
/// </summary>
internal sealed class InMemoryTestServer
{
    private readonly INamedTypeSymbol? _testServer;
    private readonly INamedTypeSymbol? _uri;

    public InMemoryTestServer(WellKnownTypes types)
    {
        _testServer = types.Get("Microsoft.AspNetCore.TestHost.TestServer");
        _uri = types.Get("System.Uri");
    }

    /// <summary>True when the request goes to the in-memory server; <paramref name="requestUri"/> is what names the target.</summary>
    public bool Receives(IInvocationOperation invocation, IOperation? requestUri)
    {
        if (_testServer is null || !IsRelative(requestUri))
        {
            return false;
        }

        var client = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        return client is not null && !IsCreatedHere(client);
    }

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

    /// <summary>The client is a <c>new HttpClient(…)</c> in this body, or a field initialized with one.</summary>
    private static bool IsCreatedHere(IOperation client)
    {
        switch (OperationValues.Follow(client))
        {
            case IObjectCreationOperation:
                return true;
            case IFieldReferenceOperation field:
                return field.Field.DeclaringSyntaxReferences.Any(r =>
                    r.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax });
            case IPropertyReferenceOperation property:
                return property.Property.DeclaringSyntaxReferences.Any(r =>
                    r.GetSyntax() is PropertyDeclarationSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax });
            default:
                return false;
        }
    }
}
