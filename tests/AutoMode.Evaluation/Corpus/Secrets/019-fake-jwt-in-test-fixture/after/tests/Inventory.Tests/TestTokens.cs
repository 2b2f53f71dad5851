namespace Inventory.Tests;

internal static class TestTokens
{
    // {"alg":"none","typ":"JWT"} . {"sub":"test-user","exp":1577836800}
    public const string ExpiredUnsigned =
        "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJleHAiOjE1Nzc4MzY4MDB9.";

    public static string SubjectOf(string token)
    {
        var payload = token.Split('.')[1];
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')));
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("sub").GetString()!;
    }
}

[TestFixture]
public class TestTokenTests
{
    [Test]
    public void Fake_token_names_the_test_user() =>
        Assert.That(TestTokens.SubjectOf(TestTokens.ExpiredUnsigned), Is.EqualTo("test-user"));
}
