using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>The real packages the security rules match: the ASP.NET Core shared framework, the authentication handlers, EF Core, MailKit, Microsoft.IdentityModel and NUnit (a test project).</summary>
internal static class SecurityReferences
{
    public static readonly ReferenceAssemblies AspNetCore = TestReferences.WithPackages(("Microsoft.AspNetCore.App.Ref", "10.0.12"));

    public static readonly ReferenceAssemblies Authentication = TestReferences.WithPackages(
        ("Microsoft.AspNetCore.App.Ref", "10.0.12"),
        ("Microsoft.AspNetCore.Authentication.JwtBearer", "10.0.15"),
        ("Microsoft.AspNetCore.Authentication.OpenIdConnect", "10.0.15"));

    public static readonly ReferenceAssemblies AuthenticationInTests = TestReferences.WithPackages(
        ("Microsoft.AspNetCore.App.Ref", "10.0.12"),
        ("Microsoft.AspNetCore.Authentication.JwtBearer", "10.0.15"),
        ("NUnit", "4.4.0"));

    public static readonly ReferenceAssemblies IdentityModelTokens = TestReferences.WithPackages(
        ("Microsoft.IdentityModel.Tokens", "8.23.0"), ("Microsoft.IdentityModel.Logging", "8.23.0"));

    public static readonly ReferenceAssemblies JwtTokens = TestReferences.WithPackages(("System.IdentityModel.Tokens.Jwt", "8.16.0"));

    public static readonly ReferenceAssemblies EfCore = TestReferences.WithPackages(
        ("Microsoft.AspNetCore.App.Ref", "10.0.12"),
        ("Microsoft.EntityFrameworkCore", "10.0.15"));

    public static readonly ReferenceAssemblies MailKit = TestReferences.WithPackages(("MailKit", "4.18.2"));

    public static readonly ReferenceAssemblies NUnit = TestReferences.WithPackages(("NUnit", "4.4.0"));

    public static readonly ReferenceAssemblies AspNetCoreInTests = TestReferences.WithPackages(("Microsoft.AspNetCore.App.Ref", "10.0.12"), ("NUnit", "4.4.0"));
}
