using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Security.SecurityAnalyzer>;

namespace AutoMode.Analyzers.Tests.Security;

/// <summary>AM6011, AM6012: TokenValidationParameters (Microsoft.IdentityModel.Tokens) with checks turned off.</summary>
public class TokenValidationTests
{
    [Test]
    public Task ChecksTurnedOff_AreReported() =>
        Verify.VerifyAsync(SecurityReferences.IdentityModelTokens, """
            using Microsoft.IdentityModel.Tokens;

            class Tokens
            {
                TokenValidationParameters Parameters(SecurityKey key) => new TokenValidationParameters
                {
                    IssuerSigningKey = key,
                    {|AM6011:RequireSignedTokens = false|},
                    {|AM6012:ValidateIssuer = false|},
                    {|AM6012:ValidateAudience = false|},
                    {|AM6012:ValidateLifetime = false|},
                    {|AM6012:ValidateIssuerSigningKey = false|},
                    {|AM6012:RequireExpirationTime = false|},
                };

                void Later(TokenValidationParameters parameters)
                {
                    {|AM6012:parameters.ValidateAudience = false|};
                }
            }
            """);

    // Kavita and eShopOnWeb (issue #22): tokens signed with a symmetric key the application creates itself; issuer and
    // audience checks off were labeled debatable at High. The lifetime check off stays High, and so does a key from elsewhere.
    [Test]
    public Task IssuerAndAudienceOff_WithTheApplicationsOwnSymmetricKey_AreMedium() =>
        Verify.VerifyAsync(SecurityReferences.IdentityModelTokens, """
            using System.Text;
            using Microsoft.IdentityModel.Tokens;

            class Tokens
            {
                TokenValidationParameters Own(string tokenKey) => new TokenValidationParameters
                {
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(tokenKey)),
                    {|AM6014:ValidateIssuer = false|},
                    {|AM6014:ValidateAudience = false|},
                    {|AM6012:ValidateLifetime = false|},
                };

                TokenValidationParameters Given(SecurityKey key) => new TokenValidationParameters
                {
                    IssuerSigningKey = key,
                    {|AM6012:ValidateIssuer = false|},
                };
            }
            """);

    [Test]
    public Task ChecksLeftOnOrDoneByAValidator_AreSilent() =>
        Verify.VerifyAsync(SecurityReferences.IdentityModelTokens, """
            using System;
            using Microsoft.IdentityModel.Tokens;

            class Tokens
            {
                TokenValidationParameters MultiTenant(Func<string, bool> knownTenant, bool strict) => new TokenValidationParameters
                {
                    ValidateIssuer = false,
                    IssuerValidator = (issuer, token, parameters) => knownTenant(issuer) ? issuer : throw new SecurityTokenInvalidIssuerException(),
                    ValidateLifetime = false,
                    LifetimeValidator = (notBefore, expires, token, parameters) => expires > DateTime.UtcNow,
                    ValidateAudience = true,
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = strict,
                };
            }
            """);

    [Test]
    public Task SignatureValidatorThatOnlyParses_IsCritical() =>
        Verify.VerifyAsync(SecurityReferences.JwtTokens, """
            using System.IdentityModel.Tokens.Jwt;
            using Microsoft.IdentityModel.JsonWebTokens;
            using Microsoft.IdentityModel.Tokens;

            class Tokens
            {
                TokenValidationParameters Unsafe() => new TokenValidationParameters
                {
                    {|AM6011:SignatureValidator = (token, parameters) => new JsonWebToken(token)|},
                };

                TokenValidationParameters Classic() => new TokenValidationParameters
                {
                    {|AM6011:SignatureValidator = delegate (string token, TokenValidationParameters parameters)
                    {
                        var jwt = new JwtSecurityToken(token);
                        return jwt;
                    }|},
                };

                TokenValidationParameters Validating() => new TokenValidationParameters
                {
                    SignatureValidator = (token, parameters) => { var parsed = new JsonWebToken(token); Check(parsed); return parsed; },
                };

                static void Check(JsonWebToken token) { }
            }
            """);

    [Test]
    public Task UserTypeWithTheSameNames_IsSilent() =>
        Verify.VerifyAsync("""
            namespace MyAuth
            {
                class TokenValidationParameters
                {
                    public bool ValidateIssuer { get; set; }
                    public bool RequireSignedTokens { get; set; }
                }

                class Setup
                {
                    TokenValidationParameters Create() => new TokenValidationParameters { ValidateIssuer = false, RequireSignedTokens = false };
                }
            }
            """);

    [Test]
    public Task InATestProject_AreOneLevelLower() =>
        Verify.VerifyAsync(SecurityReferences.AuthenticationInTests, """
            using Microsoft.IdentityModel.Tokens;

            public class TokenTests
            {
                [NUnit.Framework.Test]
                public void AcceptsAnExpiredToken()
                {
                    var parameters = new TokenValidationParameters { {|AM6092:ValidateLifetime = false|}, {|AM6091:RequireSignedTokens = false|} };
                }
            }
            """);
}
