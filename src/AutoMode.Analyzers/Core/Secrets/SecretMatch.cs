namespace AutoMode.Analyzers.Secrets;

/// <summary>Why a value was taken for a secret.</summary>
internal enum SecretKind
{
    /// <summary>A token of a known format (AWS, GitHub, Slack, JWT, PEM private key, Azure account key…).</summary>
    KnownFormat,

    /// <summary>A connection string or URI carrying a password (<c>Password=…</c>, <c>user:pass@host</c>).</summary>
    CredentialString,

    /// <summary>A value assigned to a name that says secret, and that looks like one.</summary>
    NamedSecret,

    /// <summary>A value handed to an API parameter that takes a credential (password, key, client secret…).</summary>
    CredentialArgument,
}

/// <summary>A detected secret: what it is, and a display that never shows the secret.</summary>
internal readonly struct SecretMatch
{
    public SecretMatch(SecretKind kind, string description, string masked)
    {
        Kind = kind;
        Description = description;
        Masked = masked;
    }

    public SecretKind Kind { get; }

    /// <summary>What was found, e.g. "a GitHub token", "a password in a connection string"; for <see cref="SecretKind.NamedSecret"/> "password" or "secret".</summary>
    public string Description { get; }

    /// <summary>A masked form safe to print: a short known prefix at most, e.g. <c>ghp_…</c>, or <c>…</c>.</summary>
    public string Masked { get; }
}
