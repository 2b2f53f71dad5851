using AutoMode.Analyzers.Secrets;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>The literal-secret core shared with the CLI: formats, credential strings, names, filters, options.</summary>
public class SecretDetectorTests
{
    public static IEnumerable<TestCaseData> KnownFormats() => new (string Name, string Value)[]
    {
        ("aws", Fake.Aws), ("github", Fake.GitHub), ("github-fine-grained", Fake.GitHubFineGrained), ("gitlab", Fake.GitLab),
        ("slack", Fake.Slack), ("slack-webhook", Fake.SlackWebhook), ("stripe", Fake.Stripe), ("azure-ad", Fake.AzureAdSecret),
        ("google", Fake.Google), ("openai", Fake.OpenAi), ("anthropic", Fake.Anthropic), ("sendgrid", Fake.SendGrid), ("npm", Fake.Npm),
        ("twilio", Fake.Twilio), ("jwt", Fake.Jwt), ("pem", Fake.PemPrivateKey), ("storage", Fake.StorageConnectionString),
        ("servicebus", Fake.ServiceBusConnectionString), ("bearer-header", "Bearer " + Fake.GitHub),
    }.Select(x => new TestCaseData(x.Value).SetArgDisplayNames(x.Name));

    /// <summary>False positives from the jellyfin scan: a naming token and a video filter "pass".</summary>
    [TestCase("-behindthescenes", "token", TestName = "lowercase word under a token name")]
    [TestCase("vpp_rkrga=format=bgra:afbc=1", "hwScaleFilterFirstPass", TestName = "a first pass is not a password")]
    [TestCase("render-target-alpha", "shaderRenderPass", TestName = "a render pass is not a password")]
    public void NotASecret_LookAlikesFromRealCode(string value, string name)
        => Assert.That(SecretDetector.TryDetect(value, name, out _), Is.False);

    [TestCase("3f9a2c7e1b8d4f60a5c2", "apiToken", TestName = "hex token")]
    [TestCase("Zq8rT2xLw9PmV4sK", "clientSecret", TestName = "mixed-case secret")]
    [TestCase("hunter2hunter", "dbPass", TestName = "a db pass is a password")]
    public void StillASecret_WhenTheValueLooksGenerated(string value, string name)
        => Assert.That(SecretDetector.TryDetect(value, name, out _), Is.True);

    [TestCaseSource(nameof(KnownFormats))]
    public void KnownFormat_IsASecret_WhateverTheName(string value)
    {
        Assert.That(SecretDetector.TryDetect(value, null, out var match), Is.True);
        Assert.That(match.Kind, Is.EqualTo(SecretKind.KnownFormat));
        Assert.That(match.Masked.Length, Is.LessThanOrEqualTo(17), "the mask shows a public prefix at most");
        Assert.That(match.Masked, Does.Not.Contain(value.Substring(value.Length - 8)), "the mask never shows the secret part");
    }

    [TestCase("AKIAIOSFODNN7EXAMPLE", TestName = "AWS documentation key")]
    [TestCase("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;", TestName = "Azurite development key")]
    [TestCase("UseDevelopmentStorage=true", TestName = "development storage")]
    [TestCase("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", TestName = "Slack documentation webhook")]
    [TestCase("-----BEGIN PRIVATE KEY-----", TestName = "PEM header alone")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0\n-----END PUBLIC KEY-----", TestName = "PEM public key")]
    [TestCase("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", TestName = "masked GitHub token")]
    [TestCase("sk_test_4eC39HqLyjWDarjtT1zdp7dc", TestName = "Stripe test key (documentation)")]
    [TestCase("AKIA", TestName = "prefix alone")]
    [TestCase("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", TestName = "jwt.io sample token")]
    [TestCase("Server=(localdb)\\mssqllocaldb;Database=Blogging;Trusted_Connection=True;", TestName = "trusted connection")]
    [TestCase("Server=db;Database=app;User Id=sa;Password=;", TestName = "empty password")]
    [TestCase("Server=db;Database=app;User Id=sa;Password={0};", TestName = "format placeholder")]
    [TestCase("Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD};", TestName = "shell variable")]
    [TestCase("Server=db;Database=app;User Id=sa;Password=<your-password>;", TestName = "angle placeholder")]
    [TestCase("Server=db;Database=app;User Id=sa;Password=yourStrong(!)Password;", TestName = "documentation password")]
    [TestCase("Host=localhost;Username=postgres;Password=postgres", TestName = "password equal to a dummy word")]
    [TestCase("Server=db;User Id=sa;Password=%DB_PASSWORD%;", TestName = "Windows variable")]
    [TestCase("https://api.example.com/v1/items", TestName = "URL without credentials")]
    [TestCase("https://user@example.com/repo.git", TestName = "URL with user only")]
    [TestCase("amqp://guest:guest@localhost:5672", TestName = "RabbitMQ default guest")]
    [TestCase("redis://:${REDIS_PASSWORD}@cache:6379", TestName = "URI password variable")]
    public void NotASecret_WithoutName(string value)
        => Assert.That(SecretDetector.TryDetect(value, null, out _), Is.False);

    [TestCase("Server=db.internal;Database=orders;User Id=app;Password=K7#vq2!Lm9;")]
    [TestCase("Host=pg;Username=app;Pwd='s3cr3t-Pa55';")]
    [TestCase("postgres://app:Zq8!rT2w@db.internal:5432/orders")]
    [TestCase("amqp://orders:N0tGuest-91@mq.internal:5672")]
    public void CredentialStrings_AreSecrets(string value)
    {
        Assert.That(SecretDetector.TryDetect(value, null, out var match), Is.True);
        Assert.That(match.Kind, Is.EqualTo(SecretKind.CredentialString));
        Assert.That(match.Masked, Is.EqualTo(SecretMask.Hidden), "a password is never shown, not even a prefix");
    }

    [TestCase("password", "hunter2!x")]
    [TestCase("dbPassword", "Pa$$w0rd-2024")]
    [TestCase("DB_PASSWORD", "k8Zq!2mW")]
    [TestCase("smtpPwd", "mailer-7731")]
    [TestCase("api_key", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")]
    [TestCase("ClientSecret", "3fJ9-kQ2_zX8.vB7~nM4pL6")]
    [TestCase("GITHUB_TOKEN", "a81bc9d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1")]
    [TestCase("Jwt:Key", "ThisIsMySuperSecretKeyForJwtTokens1234567890")]
    [TestCase("accessToken", "Bearer 7Hq2xL9pW4mZ8vN3kR6tY1")]
    [TestCase("SigningKey", "xT9#mQ2$vL7@pR4!")]
    [TestCase("secretKey", "00d7e4f2-91a3-4c55-b8e0-6f2a9c1d3e7b")]
    [TestCase("webhookSecret", "whsec_9Xq2LmT7vR4kZ8pN3wY6bH1c")]
    [TestCase("SigningKeyFallback", "k9Vt2#Lq8!Zm4@Rx7$Wp3^Hn6&")]
    public void SecretNames_WithSecretLookingValues_AreSecrets(string name, string value)
    {
        Assert.That(SecretDetector.TryDetect(value, name, out var match), Is.True);
        Assert.That(match.Kind, Is.EqualTo(SecretKind.NamedSecret));
    }

    [TestCase("password", "")]
    [TestCase("password", "   ")]
    [TestCase("password", "changeme")]
    [TestCase("password", "Password123!")]
    [TestCase("password", "your-password-here")]
    [TestCase("password", "<password>")]
    [TestCase("password", "{0}")]
    [TestCase("password", "${DB_PASSWORD}")]
    [TestCase("password", "%DB_PASSWORD%")]
    [TestCase("password", "@password")]
    [TestCase("password", ":password")]
    [TestCase("password", "?")]
    [TestCase("password", "********")]
    [TestCase("password", "123456")]
    [TestCase("password", "Password")]
    [TestCase("passwordKey", "DB_PASSWORD")]
    [TestCase("PasswordSettingKey", "Smtp:Password")]
    [TestCase("PasswordSecretName", "db-password")]
    [TestCase("password", "Enter your password")]
    [TestCase("password", "/run/secrets/db_password")]
    [TestCase("password", "dummy")]
    [TestCase("PasswordHint", "Your first pet")]
    [TestCase("PasswordResetUrl", "https://example.com/reset")]
    [TestCase("MinPasswordLength", "12")]
    [TestCase("TokenEndpoint", "https://login.example.com/oauth2/token")]
    [TestCase("TokenType", "Bearer")]
    [TestCase("SecretName", "orders-db-connection")]
    [TestCase("ApiKeyHeaderName", "X-Api-Key")]
    [TestCase("PublicKey", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")]
    [TestCase("token", "abc")]
    [TestCase("token", "not-a-real-token")]
    [TestCase("apiKey", "test-api-key")]
    [TestCase("apiKey", "API_KEY")]
    [TestCase("clientSecret", "00000000-0000-0000-0000-000000000000")]
    [TestCase("secret", "abcdefghijkl")]
    [TestCase("secret", "xxxxxxxxxxxxxxxx")]
    [TestCase("ClientId", "7d3b1c2a-9e8f-4a6b-b5c4-d3e2f1a0b9c8")]
    [TestCase("TenantId", "contoso.onmicrosoft.com")]
    [TestCase("UserSecretsId", "aspnet-WebApp-53bc9b9d-9d6a-45d4-8429-2a2761773502")]
    [TestCase("CertificateThumbprint", "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678")]
    [TestCase("username", "Tr0ub4dor&3xyz")]
    [TestCase("PasswordLabel", "Password:")]
    [TestCase("PasswordRegex", "^(?=.*[A-Z])(?=.*\\d).{8,}$")]
    public void NotASecret_ForName(string name, string value)
        => Assert.That(SecretDetector.TryDetect(value, name, out _), Is.False);

    [TestCase("DbPassword", ExpectedResult = "Password")]
    [TestCase("db_password", ExpectedResult = "Password")]
    [TestCase("dbpassword", ExpectedResult = "Password")]
    [TestCase("OPENAI_API_KEY", ExpectedResult = "Secret")]
    [TestCase("AWS_SECRET_ACCESS_KEY", ExpectedResult = "Secret")]
    [TestCase("ConnectionStrings:Orders", ExpectedResult = "ConnectionString")]
    [TestCase("Smtp:Password", ExpectedResult = "Password")]
    [TestCase("Jwt:Key", ExpectedResult = "Secret")]
    [TestCase("StorageAccountKey", ExpectedResult = "Secret")]
    [TestCase("x-api-key", ExpectedResult = "Secret")]
    [TestCase("CancellationToken", ExpectedResult = "None")]
    [TestCase("PasswordHash", ExpectedResult = "None")]
    [TestCase("TokenUrl", ExpectedResult = "None")]
    [TestCase("SecretName", ExpectedResult = "None")]
    [TestCase("PublicKey", ExpectedResult = "None")]
    [TestCase("Tokenizer", ExpectedResult = "None")]
    [TestCase("Secretary", ExpectedResult = "None")]
    [TestCase("PassCount", ExpectedResult = "None")]
    [TestCase("UserSecretsId", ExpectedResult = "None")]
    [TestCase("ASPNETCORE_ENVIRONMENT", ExpectedResult = "None")]
    [TestCase("PWD", ExpectedResult = "None")]
    [TestCase("Logging:LogLevel:Default", ExpectedResult = "None")]
    public string SecretNames_Classify(string name) => SecretNames.Classify(name, null).ToString();

    [Test]
    public void Split_CamelSnakeKebabAndSections()
    {
        Assert.That(SecretNames.Split("DBPasswordValue2"), Is.EqualTo(new[] { "db", "password", "value", "2" }));
        Assert.That(SecretNames.Split("aws_secret-access.key"), Is.EqualTo(new[] { "aws", "secret", "access", "key" }));
        Assert.That(SecretNames.Split("APIKey"), Is.EqualTo(new[] { "api", "key" }));
    }

    [Test]
    public void Options_ExtraWords_MakeNamesSecret()
    {
        var options = SecretDetectorOptions.Parse("pin, mfa_seed", null, null, null, null);
        Assert.That(SecretDetector.TryDetect("4831", "pin", out _), Is.False, "a secret-class value still needs to look random");
        Assert.That(SecretDetector.TryDetect("JBSWY3DPEHPK3PXP7Q", "mfaSeed", options, out _), Is.True);
        Assert.That(SecretDetector.TryDetect("JBSWY3DPEHPK3PXP7Q", "mfaSeed", out _), Is.False);
    }

    [Test]
    public void Options_ExtraFormat_IsAKnownFormat()
    {
        var options = SecretDetectorOptions.Parse(null, @"\bacme_(?<secret>[a-z0-9]{24})\b", null, null, null);
        var value = "acme_" + "q7w8e9r0t1y2u3i4o5p6a7s8";
        Assert.That(SecretDetector.TryDetect(value, null, options, out var match), Is.True);
        Assert.That(match.Kind, Is.EqualTo(SecretKind.KnownFormat));
        Assert.That(SecretDetector.TryDetect(value, null, out _), Is.False);
    }

    [Test]
    public void Options_InvalidRegexAndNumbers_AreIgnored()
    {
        var options = SecretDetectorOptions.Parse(null, "([", "lots", null, "(?<");
        Assert.That(options.ExtraFormat, Is.Null);
        Assert.That(options.AllowedPattern, Is.Null);
        Assert.That(options.EntropyThreshold, Is.EqualTo(SecretDetectorOptions.DefaultEntropyThreshold));
    }

    [Test]
    public void Options_EntropyThreshold_RaisesTheBar()
    {
        var strict = SecretDetectorOptions.Parse(null, null, "4.5", null, null);
        Assert.That(SecretDetector.TryDetect("k8Orders#Signing2024", "secretKey", out _), Is.True);
        Assert.That(SecretDetector.TryDetect("k8Orders#Signing2024", "secretKey", strict, out _), Is.False);
    }

    [Test]
    public void Options_AllowedValuesAndPatterns()
    {
        var options = SecretDetectorOptions.Parse(null, null, null, "LocalDevP@ss1", "^sk_live_fixture_");
        Assert.That(SecretDetector.TryDetect("LocalDevP@ss1", "password", out _), Is.True);
        Assert.That(SecretDetector.TryDetect("LocalDevP@ss1", "password", options, out _), Is.False);
        Assert.That(SecretDetector.TryDetect("Server=x;Password=LocalDevP@ss1", null, options, out _), Is.False);
        Assert.That(SecretDetector.TryDetect("sk_live_fixture_" + "abcdef123456abcdef", null, options, out _), Is.False);
    }

    [Test]
    public void Mask_NeverShowsMoreThanFourCharacters()
    {
        Assert.That(SecretMask.Mask("short-secret"), Is.EqualTo("…"));
        Assert.That(SecretMask.Mask(Fake.ApiKey), Is.EqualTo(Fake.ApiKey.Substring(0, 4) + "…"));
    }

    [Test]
    public void UnknownMarker_IsTheAnalyzersOne()
        => Assert.That(CredentialStrings.UnknownMarker, Is.EqualTo(AutoMode.Analyzers.Values.SymbolicString.UnknownMarker));

    [Test]
    public void ConnectionStringHole_IsNotAPassword()
        => Assert.That(SecretDetector.TryDetect("Server=db;User Id=app;Password=" + CredentialStrings.UnknownMarker + ";", null, out _), Is.False);
}
