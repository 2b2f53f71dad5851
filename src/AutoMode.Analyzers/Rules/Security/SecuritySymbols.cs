using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Security;

/// <summary>
/// The framework and package types the security-boundary rules match, by metadata name, resolved once per compilation.
/// A rule whose package is not referenced has a null anchor and stays silent.
/// </summary>
internal sealed class SecuritySymbols
{
    public SecuritySymbols(Compilation compilation)
    {
        var types = WellKnownTypes.For(compilation);
        SslPolicyErrors = types.Get("System.Net.Security.SslPolicyErrors");
        HttpClientHandler = types.Get("System.Net.Http.HttpClientHandler");
        ServicePointManager = types.Get("System.Net.ServicePointManager");
        SslClientOptions = types.Get("System.Net.Security.SslClientAuthenticationOptions");
        SslServerOptions = types.Get("System.Net.Security.SslServerAuthenticationOptions");
        MailService = types.Get("MailKit.MailService");
        TokenValidationParameters = types.Get("Microsoft.IdentityModel.Tokens.TokenValidationParameters");
        SecurityToken = types.Get("Microsoft.IdentityModel.Tokens.SecurityToken");
        SymmetricSecurityKey = types.Get("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
        IdentityModelEventSource = types.Get("Microsoft.IdentityModel.Logging.IdentityModelEventSource");
        AllowAnonymousAttribute = types.Get("Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute");
        AuthorizationEndpointExtensions = types.Get("Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions");
        CorsPolicyBuilder = types.Get("Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder");
        DbContextOptionsBuilder = types.Get("Microsoft.EntityFrameworkCore.DbContextOptionsBuilder");
        JwtBearerOptions = types.Get("Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions");
        SslProtocols = types.Get("System.Security.Authentication.SslProtocols");
        SecurityProtocolType = types.Get("System.Net.SecurityProtocolType");
        CookieOptions = types.Get("Microsoft.AspNetCore.Http.CookieOptions");
        CookieBuilder = types.Get("Microsoft.AspNetCore.Http.CookieBuilder");
    }

    // Fields, not properties: each getter would be one more method to JIT-compile in every build without the compiler server.
    public readonly INamedTypeSymbol? SslPolicyErrors;
    public readonly INamedTypeSymbol? HttpClientHandler;
    public readonly INamedTypeSymbol? ServicePointManager;
    public readonly INamedTypeSymbol? SslClientOptions;
    public readonly INamedTypeSymbol? SslServerOptions;
    public readonly INamedTypeSymbol? MailService;
    public readonly INamedTypeSymbol? TokenValidationParameters;
    public readonly INamedTypeSymbol? SecurityToken;
    public readonly INamedTypeSymbol? SymmetricSecurityKey;
    public readonly INamedTypeSymbol? IdentityModelEventSource;
    public readonly INamedTypeSymbol? AllowAnonymousAttribute;
    public readonly INamedTypeSymbol? AuthorizationEndpointExtensions;
    public readonly INamedTypeSymbol? CorsPolicyBuilder;
    public readonly INamedTypeSymbol? DbContextOptionsBuilder;
    public readonly INamedTypeSymbol? JwtBearerOptions;
    public readonly INamedTypeSymbol? SslProtocols;
    public readonly INamedTypeSymbol? SecurityProtocolType;
    public readonly INamedTypeSymbol? CookieOptions;
    public readonly INamedTypeSymbol? CookieBuilder;

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
}
