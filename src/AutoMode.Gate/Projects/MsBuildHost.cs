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
                        // A repository's global.json may ask for an SDK this machine does not have (dotnet/efcore: an
                        // 11.0 preview, with an errorMessage): the query there fails, and the newest installed SDK is used.
                        var instance = TryQuery(workingDirectory, out var pinnedProblem) ?? TryQuery(AppContext.BaseDirectory, out _);
                        if (instance is not null && pinnedProblem is not null)
                        {
                            Fallback = $"the .NET SDK that global.json asks for is not installed ({pinnedProblem}); projects are evaluated with SDK {instance.Version}";
                        }

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

    /// <summary>Set when the SDK used is not the one the repository's global.json asks for (a note for the scan).</summary>
    public static string? Fallback { get; private set; }

    private static VisualStudioInstance? TryQuery(string workingDirectory, out string? problem)
    {
        problem = null;
        try
        {
            return Query(workingDirectory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = e.Message.ReplaceLineEndings(" ").Trim();
            return null;
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
