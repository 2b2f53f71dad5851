using System.Text.RegularExpressions;
using AutoMode.Gate.Git;

namespace AutoMode.Gate.Classification;

/// <summary>
/// What a changed line of front-end code (TypeScript/JavaScript, HTML, Razor, Vue, Svelte) touches that a person
/// should see: an authentication or session flow, the address of a service (an absolute URL that is not a link, an
/// API base URL setting), or a sink that runs text as markup or code (<c>innerHTML</c>, <c>eval</c>,
/// <c>@Html.Raw</c>…). Comment lines never count. Everything else is an ordinary front-end change.
/// </summary>
public static partial class FrontEndChanges
{
    /// <summary>
    /// The first sensitive thing the change adds or removes: (line, what), or null. A file named for sign-in,
    /// authentication, tokens or permissions is sensitive whatever changed in it; in other files a token that is on
    /// both sides of the change (<c>auth.User</c> passed on as before, a URL on a re-wrapped line) is context, not change.
    /// </summary>
    public static (int Line, string What)? Find(ChangedFile file, LineChanges lines)
    {
        if (SensitiveName().Match(file.Name) is { Success: true } name)
        {
            return (lines.AddedLines.Count > 0 ? lines.AddedLines.Min() : 0, $"the file is named for '{name.Value}': a change to it changes an authentication or permission flow");
        }

        var text = file.NewText?.Split('\n') ?? Array.Empty<string>();
        foreach (var number in lines.AddedLines.Order().Where(n => n - 1 < text.Length))
        {
            if (Enclosing(text, number - 1) is { } function && SensitiveName().IsMatch(function))
            {
                return (number, $"the change is inside '{function}', which belongs to an authentication or session flow");
            }
        }

        var added = lines.AddedLines.Order().Where(n => n - 1 < text.Length).Select(n => (Line: n, What: What(text[n - 1]))).Where(x => x.What is not null).ToList();
        var removed = lines.RemovedLines.Select(What).Where(w => w is not null).ToList();
        return added.FirstOrDefault(a => !removed.Contains(a.What)) is { What: not null } first ? (first.Line, first.What)
            : removed.FirstOrDefault(r => added.All(a => a.What != r)) is { } gone ? (0, gone + " (a removed line)")
            : null;
    }

    /// <summary>The name of the function or method a line is in (the nearest declaration above it, up to 40 lines), or null.</summary>
    private static string? Enclosing(string[] text, int index)
    {
        for (var i = index; i >= 0 && i > index - 40; i--)
        {
            if (Declaration().Match(text[i]) is { Success: true } declaration)
            {
                return declaration.Groups["name"].Value;
            }
        }

        return null;
    }

    /// <summary>What a line of front-end code touches, or null.</summary>
    public static string? What(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("/*", StringComparison.Ordinal) ||
            trimmed.StartsWith("*", StringComparison.Ordinal) || trimmed.StartsWith("<!--", StringComparison.Ordinal) || trimmed.StartsWith("@*", StringComparison.Ordinal))
        {
            return null;
        }

        if (Sink().Match(trimmed) is { Success: true } sink)
        {
            return $"'{sink.Value.Trim()}' renders text as markup or runs it as code";
        }

        if (Authorization().Match(trimmed) is { Success: true } authorize)
        {
            return $"'{authorize.Value.Trim()}' changes who may see the page";
        }

        if (Auth().Match(trimmed) is { Success: true } auth)
        {
            return $"'{auth.Value}' belongs to an authentication or session flow";
        }

        if (AddressSetting().Match(trimmed) is { Success: true } setting)
        {
            return $"'{setting.Value}' sets the address of a service";
        }

        foreach (Match url in Url().Matches(trimmed))
        {
            var before = trimmed[..url.Index];
            if (!Link().IsMatch(before) && !Harmless().IsMatch(url.Value))
            {
                return $"'{url.Value}' is the address of another service";
            }
        }

        return null;
    }

    /// <summary>A TypeScript/JavaScript/C# method or function declaration line: <c>login(model: …) {</c>, <c>async function logout() {</c>, <c>private void SignIn(…)</c>.</summary>
    [GeneratedRegex(@"^\s*(export\s+)?(public\s+|private\s+|protected\s+|static\s+|async\s+|override\s+|function\s+)*(\w+(<[^>]*>)?\s+)?(?<name>(?!(if|for|while|switch|catch|return|else|do|try|foreach|using|lock|constructor)\b)[A-Za-z_]\w*)\s*\([^)]*\)?\s*(:\s*[^{=]+)?\{?\s*$")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(log-?in|log-?out|sign-?in|sign-?out|auth(?!or)\w*|oidc|oauth|token|permission|guard|identity)", RegexOptions.IgnoreCase)]
    private static partial Regex SensitiveName();

    [GeneratedRegex(@"\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|bypassSecurityTrust\w*|document\.write|eval\s*\(|new\s+Function\s*\()|v-html|@html\b|@Html\.Raw|\[innerHTML\]|\{@html", RegexOptions.IgnoreCase)]
    private static partial Regex Sink();

    [GeneratedRegex(@"\[(Authorize|AllowAnonymous)\b[^\]]*\]?|<AuthorizeView\b|asp-antiforgery|IgnoreAntiforgeryToken|\bcanActivate\b|\bauthGuard\b", RegexOptions.IgnoreCase)]
    private static partial Regex Authorization();

    [GeneratedRegex(@"\b(auth(?!or)\w*|\w*(Auth(?!or)|Token|Password|Credential|Login|Logout|Session|Csrf|Xsrf|Jwt|OAuth|Oidc)\w*|log_?in|log_?out|sign_?in|sign_?out|passwords?|credentials?|access_?token|refresh_?token|id_?token|bearer|jwt|oauth\w*|oidc\w*|openid\w*|msal\w*|csrf\w*|xsrf\w*|antiforgery|withCredentials|document\.cookie|apiKey|api_key|x-api-key|isAdmin|is_admin|has\w*Role|Role\.\w+|roles|can(Edit|Manage|Delete|Access|Invoke)\w*|FeatureFlag\w*|FeatureService|IsFeatureEnabled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Auth();

    /// <summary>An API address setting given a literal (<c>apiUrl: 'https://…'</c>, <c>baseUrl = "/api/"</c>); reading it (<c>this.baseUrl + 'x'</c>) is not setting it.</summary>
    [GeneratedRegex(@"\b(base_?url|base_?uri|api_?url|api_?uri|api_?base\w*|api_?root|server_?url|service_?url|backend_?url|api_?endpoint|baseAddress|baseURL)\b['""]?\s*(:|=(?!=))\s*['""`]", RegexOptions.IgnoreCase)]
    private static partial Regex AddressSetting();

    [GeneratedRegex(@"\b(https?|wss?)://[^\s'""`<>)]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(href|xmlns(:\w+)?|itemtype|rel)\s*=\s*[""']?$|\(\s*$|\[[^\]]*\]\s*\(\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"^https?://(www\.)?(w3\.org|schema\.org|example\.(com|org|net)|json-schema\.org|github\.com|docs\.|developer\.mozilla\.org|stackoverflow\.com|learn\.microsoft\.com|fonts\.googleapis\.com)", RegexOptions.IgnoreCase)]
    private static partial Regex Harmless();
}
