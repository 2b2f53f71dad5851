using System.Xml.Linq;

namespace AutoMode.Gate.Classification;

/// <summary>
/// Whether an MSBuild file changed only in settings that do not change what the code does or what checks it: XML
/// documentation output and its doc-comment warnings, package metadata shown on nuget.org, source-link settings and
/// the user-secrets store id. Anything else (another property, a condition, an item, a target, an import) is a build
/// settings change (AMG808, Medium). Package references are compared elsewhere; NoWarn of AutoMode ids is policy
/// tampering whatever this says.
/// </summary>
public static class MsBuildSettings
{
    /// <summary>Properties that only document, describe or locate the code.</summary>
    private static readonly HashSet<string> DocumentationProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "GenerateDocumentationFile", "DocumentationFile",
        "Description", "Authors", "Company", "Copyright", "Product", "Title", "AssemblyTitle", "NeutralLanguage",
        "PackageDescription", "PackageTags", "PackageProjectUrl", "PackageIcon", "PackageIconUrl", "PackageReadmeFile",
        "PackageReleaseNotes", "PackageLicenseExpression", "PackageLicenseFile", "PackageRequireLicenseAcceptance",
        "RepositoryUrl", "RepositoryType", "RepositoryBranch", "PublishRepositoryUrl", "EmbedUntrackedSources",
        "IncludeSymbols", "SymbolPackageFormat",
        // The key of a developer's local secret store (secrets.json under the user profile): not a secret, not deployed.
        "UserSecretsId",
    };

    /// <summary>The compiler's XML doc-comment warnings (CS1570–CS1592): silencing them hides no code problem.</summary>
    private static bool IsDocumentationWarning(string id)
        => id.Length == 6 && id.StartsWith("CS", StringComparison.OrdinalIgnoreCase) &&
           int.TryParse(id.AsSpan(2), out var number) && number is >= 1570 and <= 1592;

    /// <summary>
    /// True when the two texts (without package references) differ only in documentation properties, or in NoWarn by
    /// doc-comment warnings; <paramref name="changed"/> names them.
    /// </summary>
    public static bool IsDocumentationOnly(string? oldText, string? newText, out string changed)
    {
        changed = string.Empty;
        var before = Read(oldText);
        var after = Read(newText);
        if (before is null || after is null || before.Value.Others != after.Value.Others)
        {
            return false;
        }

        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in before.Value.Properties.Keys.Union(after.Value.Properties.Keys))
        {
            before.Value.Properties.TryGetValue(key, out var oldValue);
            after.Value.Properties.TryGetValue(key, out var newValue);
            if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                continue;
            }

            var name = key.Name;
            if (!DocumentationProperties.Contains(name) && !name.StartsWith(PackedPrefix, StringComparison.Ordinal) &&
                !(name.Equals("NoWarn", StringComparison.OrdinalIgnoreCase) && AddsOnlyDocumentationWarnings(oldValue, newValue)))
            {
                return false;
            }

            names.Add(name);
        }

        changed = string.Join(", ", names);
        return names.Count > 0;
    }

    private static bool AddsOnlyDocumentationWarnings(string? oldValue, string? newValue)
    {
        static HashSet<string> Ids(string? value) => new(
            (value ?? string.Empty).Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(id => !id.StartsWith("$(", StringComparison.Ordinal)),
            StringComparer.OrdinalIgnoreCase);

        var added = Ids(newValue);
        added.ExceptWith(Ids(oldValue));
        return added.All(IsDocumentationWarning);
    }

    /// <summary>One property as written: its name and the conditions on it and its group (the same name may be set per condition).</summary>
    private readonly record struct PropertyKey(string Name, string GroupCondition, string Condition);

    /// <summary>The properties by key, and everything else in the file as one normalized text; null when not XML.</summary>
    private static (Dictionary<PropertyKey, string> Properties, string Others)? Read(string? text)
    {
        var withoutPackages = PackageVersions.WithoutPackages(text);
        if (withoutPackages is null)
        {
            return null;
        }

        if (withoutPackages.Length == 0)
        {
            return (new Dictionary<PropertyKey, string>(), string.Empty);
        }

        var document = XDocument.Parse(withoutPackages);
        var properties = new Dictionary<PropertyKey, string>();
        foreach (var group in document.Descendants().Where(e => e.Name.LocalName == "PropertyGroup" && e.Parent?.Name.LocalName == "Project").ToList())
        {
            var groupCondition = Normalize((string?)group.Attribute("Condition"));
            foreach (var property in group.Elements().ToList())
            {
                if (property.HasElements)
                {
                    continue; // not a plain property: stays in the rest and must match exactly
                }

                var key = new PropertyKey(property.Name.LocalName, groupCondition, Normalize((string?)property.Attribute("Condition")));
                if (properties.ContainsKey(key))
                {
                    continue; // set twice under the same conditions: the order matters, so leave both in the rest
                }

                properties[key] = property.Value.Trim();
                property.Remove();
            }

            if (!group.HasElements)
            {
                group.Remove();
            }
        }

        // A document packed into the NuGet package beside the code (<None Include="README.md" Pack="true" PackagePath="\" />):
        // it describes the package, as PackageReadmeFile does; kept as a "property" so that adding one is documentation only.
        foreach (var group in document.Descendants().Where(e => e.Name.LocalName == "ItemGroup" && e.Parent?.Name.LocalName == "Project" && e.Attribute("Condition") is null).ToList())
        {
            foreach (var item in group.Elements().Where(IsPackedDocument).ToList())
            {
                var key = new PropertyKey(PackedPrefix + ((string?)item.Attribute("Include") ?? (string?)item.Attribute("Update")), string.Empty, string.Empty);
                properties[key] = string.Join(";", item.Attributes().Select(a => $"{a.Name.LocalName}={a.Value}").Concat(item.Elements().Select(e => $"{e.Name.LocalName}={e.Value.Trim()}")).Order(StringComparer.Ordinal));
                item.Remove();
            }

            if (!group.HasElements)
            {
                group.Remove();
            }
        }

        return (properties, document.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>A <c>None</c> item that packs a README, license, notice or icon file, with nothing but packing metadata.</summary>
    private static bool IsPackedDocument(XElement item)
    {
        if (item.Name.LocalName != "None" || ((string?)item.Attribute("Include") ?? (string?)item.Attribute("Update")) is not { } path)
        {
            return false;
        }

        var name = path.Replace('\\', '/')[(path.Replace('\\', '/').LastIndexOf('/') + 1)..].ToLowerInvariant();
        var document = name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".png", StringComparison.Ordinal) ||
            name is "license" or "notice";
        return document &&
            item.Attributes().All(a => PackingMetadata.Contains(a.Name.LocalName)) &&
            item.Elements().All(e => PackingMetadata.Contains(e.Name.LocalName) && !e.HasElements);
    }

    private const string PackedPrefix = "packed ";

    private static readonly HashSet<string> PackingMetadata = new(StringComparer.OrdinalIgnoreCase) { "Include", "Update", "Pack", "PackagePath", "Visible", "Link" };

    private static string Normalize(string? condition) => condition is null ? string.Empty : string.Join(" ", condition.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
