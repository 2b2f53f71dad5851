using System.Text.Json;
using System.Xml.Linq;

namespace AutoMode.Gate.Classification;

/// <summary>The package versions an MSBuild file (PackageReference, PackageVersion, GlobalPackageReference) or a packages.lock.json declares.</summary>
public static class PackageVersions
{
    /// <summary>The id global.json's SDK version is compared under.</summary>
    public const string DotNetSdk = "the .NET SDK";

    private static readonly string[] NpmSections = { "dependencies", "devDependencies", "peerDependencies", "optionalDependencies" };

    private static readonly string[] PackageElements = { "PackageReference", "PackageVersion", "GlobalPackageReference" };

    /// <summary>Package id → version text (case-insensitive ids); null when the text is not well-formed.</summary>
    public static Dictionary<string, string>? FromMsBuild(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        foreach (var element in document.Descendants().Where(e => PackageElements.Contains(e.Name.LocalName)))
        {
            var id = (string?)element.Attribute("Include") ?? (string?)element.Attribute("Update");
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            var version = (string?)element.Attribute("Version") ?? (string?)element.Attribute("VersionOverride") ??
                element.Elements().FirstOrDefault(e => e.Name.LocalName is "Version" or "VersionOverride")?.Value ?? string.Empty;
            result[id.Trim()] = version.Trim();
        }

        return result;
    }

    /// <summary>The ids an MSBuild file only gives a central version (<c>PackageVersion</c>), none of its projects referencing them there.</summary>
    public static HashSet<string> CentralVersionsOnly(string? text)
    {
        var central = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return central;
        }

        try
        {
            var elements = XDocument.Parse(text).Descendants().Where(e => PackageElements.Contains(e.Name.LocalName))
                .Select(e => (e.Name.LocalName, Id: ((string?)e.Attribute("Include") ?? (string?)e.Attribute("Update"))?.Trim()))
                .Where(e => !string.IsNullOrEmpty(e.Id))
                .ToList();
            central.UnionWith(elements.Where(e => e.LocalName == "PackageVersion").Select(e => e.Id!));
            central.ExceptWith(elements.Where(e => e.LocalName != "PackageVersion").Select(e => e.Id!));
        }
        catch (System.Xml.XmlException)
        {
        }

        return central;
    }

    /// <summary>The file with its package elements removed, for telling "only versions changed" from "build settings changed".</summary>
    public static string? WithoutPackages(string? text) => Without(text, PackageElements);

    /// <summary>The file without its package and project references: equal on both sides when only references changed.</summary>
    public static string? WithoutReferences(string? text) => Without(text, PackageElements.Append("ProjectReference").ToArray());

    private static string? Without(string? text, string[] elements)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        try
        {
            var document = XDocument.Parse(text);
            document.Descendants().Where(e => elements.Contains(e.Name.LocalName)).ToList().ForEach(e => e.Remove());
            foreach (var group in document.Descendants().Where(e => e.Name.LocalName == "ItemGroup" && !e.HasElements).ToList())
            {
                group.Remove();
            }

            foreach (var comment in document.DescendantNodes().OfType<XComment>().ToList())
            {
                comment.Remove();
            }

            return document.ToString(SaveOptions.DisableFormatting);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>Resolved versions per package (all target frameworks) of a packages.lock.json; null when not JSON.</summary>
    public static Dictionary<string, string>? FromLockFile(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!document.RootElement.TryGetProperty("dependencies", out var frameworks) || frameworks.ValueKind != JsonValueKind.Object)
            {
                return result;
            }

            foreach (var framework in frameworks.EnumerateObject())
            {
                foreach (var package in framework.Value.EnumerateObject())
                {
                    if (package.Value.ValueKind == JsonValueKind.Object && package.Value.TryGetProperty("resolved", out var resolved) && resolved.ValueKind == JsonValueKind.String)
                    {
                        result[package.Name] = resolved.GetString()!;
                    }
                }
            }

            return result;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// package.json: package → version (its range's lowest version: <c>^1.2.3</c> → 1.2.3) over all dependency
    /// sections, and the scripts; null when not JSON.
    /// </summary>
    public static (Dictionary<string, string> Packages, Dictionary<string, string> Scripts)? FromPackageJson(string? text)
    {
        var packages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (packages, scripts);
        }

        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (NpmSections.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var package in property.Value.EnumerateObject())
                    {
                        packages[package.Name] = package.Value.ValueKind == JsonValueKind.String ? package.Value.GetString()!.Trim().TrimStart('^', '~', '=', 'v', '>', ' ') : package.Value.GetRawText();
                    }
                }
                else if (property.Name == "scripts" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var script in property.Value.EnumerateObject())
                    {
                        scripts[script.Name] = script.Value.ValueKind == JsonValueKind.String ? script.Value.GetString()! : script.Value.GetRawText();
                    }
                }
            }

            return (packages, scripts);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>global.json (the SDK, and MSBuild SDKs) and .config/dotnet-tools.json (tools): id → version; null when not JSON.</summary>
    public static Dictionary<string, string>? FromSdkPins(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("sdk", out var sdk) && sdk.ValueKind == JsonValueKind.Object && sdk.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String)
            {
                result[DotNetSdk] = version.GetString()!;
            }

            foreach (var section in new[] { "msbuild-sdks", "tools" })
            {
                if (root.TryGetProperty(section, out var items) && items.ValueKind == JsonValueKind.Object)
                {
                    foreach (var item in items.EnumerateObject())
                    {
                        var value = item.Value.ValueKind == JsonValueKind.String ? item.Value.GetString() :
                            item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                        if (value is not null)
                        {
                            result[item.Name] = value;
                        }
                    }
                }
            }

            return result;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
}
