using NuGet.Frameworks;

namespace AutoMode.Gate.Projects;

/// <summary>The preprocessor symbols the SDK defines for a target framework (NET, NET10_0, NET8_0_OR_GREATER…).</summary>
public static class FrameworkSymbols
{
    public static IEnumerable<string> For(string? tfm)
    {
        if (string.IsNullOrEmpty(tfm))
        {
            yield break;
        }

        var framework = NuGetFramework.Parse(tfm);
        var version = framework.Version;
        if (framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetCoreApp)
        {
            yield return "NETCOREAPP";
            if (version.Major >= 5)
            {
                yield return "NET";
                yield return $"NET{version.Major}_{version.Minor}";
                for (var major = 5; major <= version.Major; major++)
                {
                    yield return $"NET{major}_0_OR_GREATER";
                }
            }
            else
            {
                yield return $"NETCOREAPP{version.Major}_{version.Minor}";
            }

            foreach (var v in new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" })
            {
                var parts = v.Split('_');
                if (new Version(int.Parse(parts[0]), int.Parse(parts[1])) <= new Version(version.Major, version.Minor))
                {
                    yield return $"NETCOREAPP{v}_OR_GREATER";
                }
            }
        }
        else if (framework.Framework == FrameworkConstants.FrameworkIdentifiers.NetStandard)
        {
            yield return "NETSTANDARD";
            yield return $"NETSTANDARD{version.Major}_{version.Minor}";
        }
        else if (framework.Framework == FrameworkConstants.FrameworkIdentifiers.Net)
        {
            yield return "NETFRAMEWORK";
            yield return $"NET{version.Major}{version.Minor}{(version.Build > 0 ? version.Build.ToString() : string.Empty)}";
        }
    }
}
