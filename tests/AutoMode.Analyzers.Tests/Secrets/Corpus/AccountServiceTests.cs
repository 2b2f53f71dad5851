using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using NUnit.Framework;

namespace Shop.Tests;

[TestFixture]
public class AccountServiceTests
{
    private const string ValidEmail = "jane.doe@example.com";
    private const string WeakPassword = "123456";
    private const string TestPassword = "C0rrect-Horse-Battery!"; // secret
    private const string InvalidToken = "not-a-real-token";
    private const string ExpiredJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private IConfiguration _configuration = null!;

    [SetUp]
    public void SetUp()
    {
        _configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Jwt:Issuer"] = "https://test.local",
                ["Jwt:Audience"] = "tests",
                ["Jwt:Key"] = "integration-tests-signing-key-0123456789abcdef",
                ["ConnectionStrings:Shop"] = "Data Source=:memory:",
                ["Smtp:Password"] = "dummy",
                ["Stripe:ApiKey"] = "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                ["Payments:WebhookSecret"] = "whsec_test_secret",
            })
            .Build();
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("short")]
    [TestCase("password")]
    public void Register_RejectsWeakPasswords(string password)
    {
        Assert.That(password.Length, Is.LessThan(12), "Password should be rejected");
    }

    [Test]
    public void Register_AcceptsStrongPassword()
    {
        var request = new { email = ValidEmail, password = TestPassword, confirmPassword = TestPassword };
        Assert.That(request.password, Is.EqualTo(TestPassword));
    }

    [Test]
    public void Login_WithExpiredToken_Fails()
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ExpiredJwt);
        client.DefaultRequestHeaders.Add("X-Correlation-Id", Guid.NewGuid().ToString());
        Assert.That(client.DefaultRequestHeaders.Authorization!.Scheme, Is.EqualTo("Bearer"));
    }

    [Test]
    public void Login_WithInvalidToken_Fails()
    {
        var header = new AuthenticationHeaderValue("Bearer", InvalidToken);
        Assert.That(header.Parameter, Is.EqualTo(InvalidToken));
    }

    [Test]
    public void ApiKey_FromConfiguration_IsUsed()
    {
        var apiKey = _configuration["Stripe:ApiKey"];
        Assert.That(apiKey, Does.StartWith("sk_test_"));
    }

    [Test]
    public void ResetPassword_SendsMail()
    {
        var resetToken = "reset-token";
        var newPassword = "N3w!Passw0rd#Reset"; // secret
        Assert.That(resetToken, Is.Not.Empty);
        Assert.That(newPassword, Is.Not.Empty);
        Assert.That(WeakPassword, Has.Length.EqualTo(6));
    }

    [Test]
    public void Webhook_SignatureIsChecked()
    {
        const string webhookSecret = "whsec_9Xq2LmT7vR4kZ8pN3wY6bH1c"; // secret
        const string payload = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
        Assert.That(webhookSecret, Is.Not.EqualTo(payload));
    }

    [Test]
    public void ConnectionString_FromFixture()
    {
        var connectionString = "Host=localhost;Port=5432;Database=shop_tests;Username=postgres;Password=postgres";
        Assert.That(connectionString, Does.Contain("shop_tests"));
    }
}
