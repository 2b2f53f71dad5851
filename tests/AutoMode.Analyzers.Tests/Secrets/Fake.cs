namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>
/// Fake but well-formed tokens, built at run time from a fixed seed so that no token-shaped string is committed
/// (secret scanners and push protection stay quiet on this repository). None of them is or was ever a real credential.
/// </summary>
public static class Fake
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string UpperDigits = Upper + "0123456789";
    private const string Alnum = "abcdefghijklmnopqrstuvwxyz" + UpperDigits;
    private const string Base64 = Alnum + "+/";
    private const string UrlSafe = Alnum + "-_";
    private const string Hex = "0123456789abcdef";

    public static readonly string Aws = "AK" + "IA" + R(16, UpperDigits, 1);
    public static readonly string AwsExample = "AK" + "IAIOSFODNN7" + "EXAMPLE";
    public static readonly string GitHub = "gh" + "p_" + R(36, Alnum, 2);
    public static readonly string GitHubFineGrained = "github" + "_pat_" + R(22, Alnum, 3) + "_" + R(59, Alnum, 4);
    public static readonly string GitLab = "gl" + "pat-" + R(20, UrlSafe, 5);
    public static readonly string Slack = "xo" + "xb-" + R(12, "0123456789", 6) + "-" + R(12, "0123456789", 7) + "-" + R(24, Alnum, 8);
    public static readonly string SlackWebhook = "https://hooks.slack.com/services/T" + R(8, UpperDigits, 9) + "/B" + R(8, UpperDigits, 10) + "/" + R(24, Alnum, 11);
    public static readonly string Stripe = "sk" + "_live_" + R(24, Alnum, 12);
    public static readonly string AzureAdSecret = R(3, Alnum, 13) + "8Q~" + R(34, Alnum, 14);
    public static readonly string Google = "AI" + "za" + R(35, UrlSafe, 15);
    public static readonly string OpenAi = "sk-" + "proj-" + R(64, UrlSafe, 16);
    public static readonly string Anthropic = "sk-" + "ant-api03-" + R(93, UrlSafe, 17) + "AA";
    public static readonly string SendGrid = "S" + "G." + R(22, UrlSafe, 18) + "." + R(43, UrlSafe, 19);
    public static readonly string Npm = "np" + "m_" + R(36, Alnum, 20);
    public static readonly string Twilio = "S" + "K" + R(32, Hex, 21);
    public static readonly string Jwt = "ey" + "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "ey" + "J" + R(40, UrlSafe, 22) + "." + R(43, UrlSafe, 23);
    public static readonly string PemPrivateKey = "-----BEGIN " + "RSA PRIVATE KEY-----\n" + R(64, Base64, 24) + "\n" + R(64, Base64, 25) + "\n-----END RSA PRIVATE KEY-----";
    /// <summary>The PEM key as it is written inside a regular C# string literal (with <c>\n</c> escapes).</summary>
    public static readonly string PemPrivateKeyLiteral = PemPrivateKey.Replace("\n", "\\n", StringComparison.Ordinal);
    public static readonly string StorageKey = R(86, Base64, 26) + "==";
    public static readonly string StorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=contosodata;Account" + "Key=" + StorageKey + ";EndpointSuffix=core.windows.net";
    public static readonly string ServiceBusConnectionString = "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;Shared" + "AccessKey=" + R(43, Base64, 27) + "=";
    public static readonly string ApiKey = R(32, Alnum, 28);
    public static readonly string Password = "Tr0ub4dor&" + R(4, Alnum, 29);

    private static string R(int length, string alphabet, int seed)
    {
        var random = new Random(seed * 7919);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Replaces <c>{{FAKE:Name}}</c> markers with the fake token of that name (used by the corpus).</summary>
    public static string Expand(string text)
    {
        foreach (var field in typeof(Fake).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            text = text.Replace("{{FAKE:" + field.Name + "}}", (string)field.GetValue(null)!, StringComparison.Ordinal);
        }

        return text;
    }
}
