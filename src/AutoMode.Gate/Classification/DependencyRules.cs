using AutoMode.Analyzers;
using NuGet.Versioning;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Which packages a version change of needs a person even when semantic versioning says it is compatible: the
/// security-sensitive packages (authentication, cryptography, serialization, database providers, the SDK and
/// compilers, logging frameworks, wrappers of native libraries), the releases known to break within a major version,
/// and the project's own packages (which are Low). The lists are documented in docs/gate.md; <c>.editorconfig</c>
/// extends them with <see cref="SensitiveKey"/> and <see cref="OwnKey"/> (comma-separated globs of package ids).
/// </summary>
public sealed class DependencyRules
{
    /// <summary><c>automode.dependencies.sensitive_packages = Contoso.Security.*, Acme.Payments</c>: more security-sensitive packages.</summary>
    public const string SensitiveKey = "automode.dependencies.sensitive_packages";

    /// <summary><c>automode.dependencies.own_packages = Contoso.*</c>: more packages the organisation produces itself.</summary>
    public const string OwnKey = "automode.dependencies.own_packages";

    /// <summary>Security-sensitive packages by what they do (NuGet and npm ids; globs).</summary>
    public static readonly IReadOnlyList<(string Why, string[] Packages)> Sensitive = new (string, string[])[]
    {
        ("authentication", new[]
        {
            "Microsoft.AspNetCore.Authentication*", "Microsoft.AspNetCore.Authorization*", "Microsoft.AspNetCore.Identity*", "Microsoft.Identity*",
            "Microsoft.IdentityModel*", "System.IdentityModel*", "IdentityServer*", "Duende.*", "OpenIddict*", "Auth0*", "Okta*", "AspNet.Security.*",
            "Azure.Identity", "Fido2*", "Sustainsys.Saml2*", "ITfoxtec.Identity*", "Microsoft.Owin.Security*", "Novell.Directory.Ldap*",
            "jsonwebtoken", "jose", "jwt-decode", "passport*", "next-auth", "@auth/*", "oidc-client*", "@azure/msal*", "keycloak-js", "@okta/*",
        }),
        ("cryptography", new[]
        {
            "BouncyCastle*", "Portable.BouncyCastle", "System.Security.Cryptography*", "NSec*", "libsodium*", "Sodium.Core", "BCrypt.Net*",
            "Konscious.Security.Cryptography*", "Isopoh.Cryptography*", "Microsoft.AspNetCore.DataProtection*", "Azure.Security.KeyVault*", "Otp.NET",
            "crypto-js", "bcrypt*", "node-forge", "tweetnacl*", "argon2",
        }),
        ("serialization", new[]
        {
            "Newtonsoft.Json*", "System.Text.Json", "MessagePack*", "protobuf-net*", "Google.Protobuf", "YamlDotNet", "SharpYaml", "System.Runtime.Serialization*",
            "ServiceStack.Text", "Utf8Json", "Jil", "Hyperion", "Microsoft.AspNetCore.Mvc.NewtonsoftJson", "serialize-javascript", "js-yaml",
        }),
        ("database provider", new[]
        {
            "Microsoft.EntityFrameworkCore*", "Npgsql*", "Microsoft.Data.SqlClient", "System.Data.SqlClient", "MySqlConnector", "MySql.Data*", "Pomelo.EntityFrameworkCore*",
            "Oracle.*", "MongoDB.Driver*", "Microsoft.Data.Sqlite*", "SQLitePCLRaw*", "System.Data.SQLite*", "Dapper*", "linq2db*", "StackExchange.Redis*",
            "Microsoft.Azure.Cosmos*", "CassandraCSharpDriver", "FluentMigrator*", "DbUp*",
        }),
        ("the SDK or compiler", new[]
        {
            "Microsoft.NET.Sdk*", "Microsoft.Build*", "Microsoft.CodeAnalysis*", "Microsoft.Net.Compilers*", "Microsoft.NETCore.App*", "Microsoft.AspNetCore.App*",
            "Microsoft.DotNet.*", "typescript", PackageVersions.DotNetSdk,
        }),
        ("logging framework", new[] { "Serilog", "NLog", "log4net" }),
        ("native library wrapper", new[] { "Confluent.Kafka", "librdkafka*", "SkiaSharp*", "Magick.NET*", "LibGit2Sharp*", "Grpc.Core", "HarfBuzzSharp*" }),
        ("HTML sanitizing", new[] { "HtmlSanitizer", "dompurify", "sanitize-html", "AntiXSS" }),
    };

    /// <summary>
    /// Releases known to break within a major version (crossing one upwards needs a person). Majors are High anyway;
    /// this list is for the few that broke under a minor or patch number.
    /// </summary>
    public static readonly IReadOnlyList<(string Package, string Version, string Why)> Breaking = new[]
    {
        ("Moq", "4.20.0", "Moq 4.20.0 shipped SponsorLink, which read the developer's git e-mail address during the build"),
    };

    private static readonly IReadOnlyList<(string Why, Glob[] Globs)> SensitiveGlobs =
        Sensitive.Select(s => (s.Why, s.Packages.Select(p => new Glob(p)).ToArray())).ToList();

    private readonly IReadOnlyList<Glob> _extraSensitive;
    private readonly IReadOnlyList<Glob> _own;

    public DependencyRules(IEnumerable<string> ownPackages, string? sensitiveOption = null, string? ownOption = null)
    {
        _extraSensitive = Globs(sensitiveOption);
        _own = ownPackages.Select(p => new Glob(p)).Concat(Globs(ownOption)).ToList();
    }

    /// <summary>No own packages, no extensions: the documented lists only.</summary>
    public static DependencyRules Default { get; } = new(Array.Empty<string>());

    /// <summary>Why a package is security-sensitive ("authentication", "listed in .editorconfig"…), or null.</summary>
    public string? SensitiveBecause(string id)
    {
        foreach (var (why, globs) in SensitiveGlobs)
        {
            if (globs.Any(g => g.IsMatch(id)))
            {
                return why;
            }
        }

        return _extraSensitive.Any(g => g.IsMatch(id)) ? $"listed in {SensitiveKey}" : null;
    }

    public bool IsOwn(string id) => _own.Any(g => g.IsMatch(id));

    /// <summary>The known breaking release a version change crosses upwards, or null.</summary>
    public static string? CrossesBreaking(string id, NuGetVersion old, NuGetVersion @new)
    {
        foreach (var (package, version, why) in Breaking)
        {
            if (string.Equals(package, id, StringComparison.OrdinalIgnoreCase) && NuGetVersion.Parse(version) is var at && old < at && @new >= at)
            {
                return why;
            }
        }

        return null;
    }

    /// <summary>
    /// The rules for a repository: its own packages are the names of its project files and the first part of those
    /// names (<c>Jellyfin.Api.csproj</c> → <c>Jellyfin.*</c>), except platform prefixes (Microsoft, System, Azure…).
    /// </summary>
    public static DependencyRules ForRepository(string root, string? sensitiveOption, string? ownOption)
    {
        var own = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in ProjectFiles(root))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            own.Add(name);
            var dot = name.IndexOf('.');
            if (dot > 0 && !PlatformPrefixes.Contains(name[..dot]))
            {
                own.Add(name[..dot] + ".*");
            }
        }

        return new DependencyRules(own, sensitiveOption, ownOption);
    }

    private static readonly HashSet<string> PlatformPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft", "System", "Azure", "AWSSDK", "Amazon", "Google", "NuGet", "NETStandard", "runtime", "Windows", "Xamarin", "Mono",
    };

    /// <summary>The *.csproj/*.fsproj/*.vbproj files of a repository (bounded: no bin/obj/node_modules/.git, at most 6 folders deep).</summary>
    private static IEnumerable<string> ProjectFiles(string root)
    {
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder, "*.*proj");
                folders = depth < 6 ? Directory.GetDirectories(folder) : Array.Empty<string>();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files.Where(f => f.EndsWith("proj", StringComparison.OrdinalIgnoreCase)))
            {
                yield return file;
            }

            foreach (var sub in folders)
            {
                var name = Path.GetFileName(sub);
                if (name is not ("bin" or "obj" or "node_modules" or "packages" or "artifacts") && !name.StartsWith('.'))
                {
                    pending.Push((sub, depth + 1));
                }
            }
        }
    }

    private static List<Glob> Globs(string? option) =>
        (option ?? string.Empty).Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(p => new Glob(p.Trim())).ToList();
}
