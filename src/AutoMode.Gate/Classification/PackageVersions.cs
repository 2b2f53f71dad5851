using System.Text.Json;
using System.Xml.Linq;

namespace AutoMode.Gate.Classification;

/// <summary>The package versions an MSBuild file (PackageReference, PackageVersion, GlobalPackageReference) or a packages.lock.json declares.</summary>
public static class PackageVersions
{
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

    /// <summary>The file with its package elements removed, for telling "only versions changed" from "build settings changed".</summary>
    public static string? WithoutPackages(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        try
        {
            var document = XDocument.Parse(text);
            document.Descendants().Where(e => PackageElements.Contains(e.Name.LocalName)).ToList().ForEach(e => e.Remove());
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
}
