using Microsoft.Build.Locator;

namespace AutoMode.Gate.Projects;

/// <summary>
/// Registers the .NET SDK's own MSBuild (through Microsoft.Build.Locator) once per process, so that projects are
/// evaluated exactly as <c>dotnet build</c> evaluates them. No Microsoft.Build type may be touched before this.
/// </summary>
public static class MsBuildHost
{
    private static readonly object Sync = new();
    private static bool _attempted;
    private static string? _error;

    /// <summary>The MSBuild that was registered, e.g. "10.0.401 (/usr/share/dotnet/sdk/10.0.401/)".</summary>
    public static string? Registered { get; private set; }

    /// <summary>The registered MSBuild's folder (the SDK's, with its <c>Sdks/</c>); null when none was registered by this process.</summary>
    public static string? MsBuildPath { get; private set; }

    public static bool TryRegister(string workingDirectory, out string? error)
    {
        lock (Sync)
        {
            if (!_attempted)
            {
                _attempted = true;
                try
                {
                    if (MSBuildLocator.IsRegistered)
                    {
                        Registered = "already registered";
                    }
                    else
                    {
                        var instance = Query(workingDirectory) ?? Query(AppContext.BaseDirectory);
                        if (instance is null)
                        {
                            _error = "no .NET SDK found: projects are compiled from their folder's .cs files against the running runtime's reference assemblies";
                        }
                        else
                        {
                            MSBuildLocator.RegisterInstance(instance);
                            MsBuildPath = instance.MSBuildPath;
                            Registered = $"{instance.Version} ({instance.MSBuildPath})";
                        }
                    }
                }
                catch (Exception e)
                {
                    _error = "MSBuild could not be loaded: " + e.Message;
                }
            }

            error = _error;
            return _error is null;
        }
    }

    private static VisualStudioInstance? Query(string workingDirectory)
    {
        var options = new VisualStudioInstanceQueryOptions
        {
            DiscoveryTypes = DiscoveryType.DotNetSdk,
            WorkingDirectory = Directory.Exists(workingDirectory) ? workingDirectory : AppContext.BaseDirectory,
        };
        return MSBuildLocator.QueryVisualStudioInstances(options).OrderByDescending(i => i.Version).FirstOrDefault();
    }
}
