using System;
using System.Collections.Generic;
using System.Linq;

namespace AutoMode.Analyzers.Commands;

/// <summary>The dotnet CLI: builds and tests are Low, packages Medium, <c>dotnet ef database</c> and <c>nuget push</c> act on live systems.</summary>
internal static class DotNetCommands
{
    private static readonly HashSet<string> BuildCommands = CommandTable.Set(
        "build", "test", "restore", "clean", "format", "pack", "publish", "msbuild", "vstest", "--info", "--version", "--list-sdks",
        "--list-runtimes", "help", "--help", "-h", "sln", "list", "new", "build-server", "workload", "sdk", "dev-certs", "nuget", "tool", "user-secrets",
        "ef", "add", "remove", "run", "watch", "package", "reference");

    public static void Judge(CommandInvocation c, List<CommandFinding> f)
    {
        var words = c.Arguments.Select(a => a.Text).ToList();
        var positional = words.Where(a => !a.StartsWith("-", StringComparison.Ordinal)).Select(a => a.ToLowerInvariant()).ToList();
        var sub = words.FirstOrDefault()?.ToLowerInvariant();
        string? At(int i) => positional.Count > i ? positional[i] : null;

        switch (sub)
        {
            case null:
                f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, "dotnet (prints help)"));
                return;
            case "ef":
                EntityFramework(positional, f);
                return;
            case "add" or "remove" when positional.Contains("package"):
            case "package" when At(1) is "add" or "remove" or "update":
                f.Add(new CommandFinding(CommandEffect.Packages, RiskLevel.Medium, $"dotnet {sub} package {positional.SkipWhile(p => p != "package").Skip(1).FirstOrDefault()} (changes the project's dependencies)".Replace(" (", " (").Replace("  ", " ")));
                return;
            case "add" or "remove" or "sln" or "reference" or "new" or "format" or "build-server":
                f.Add(new CommandFinding(CommandEffect.LocalChange, At(1) is "install" or "uninstall" ? RiskLevel.Medium : RiskLevel.Low, $"dotnet {sub} {At(1)} (changes project files)".Replace("  ", " ")));
                return;
            case "tool" or "workload" when At(1) is "install" or "update" or "uninstall" or "repair" or "restore" && !(sub == "tool" && At(1) == "restore"):
                f.Add(new CommandFinding(CommandEffect.Packages, RiskLevel.Medium, $"dotnet {sub} {At(1)} (installs or removes tools)"));
                return;
            case "nuget" when At(1) is "push" or "delete":
                f.Add(new CommandFinding(CommandEffect.Deployment, RiskLevel.Critical, $"dotnet nuget {At(1)} (publishes or deletes a package on a feed; it cannot be taken back)"));
                return;
            case "nuget" when At(1) is "add" or "update" or "remove" or "enable" or "disable":
                f.Add(new CommandFinding(CommandEffect.Packages, RiskLevel.Medium, $"dotnet nuget {At(1)} source (changes where packages come from)"));
                return;
            case "user-secrets" when At(1) is "list":
                f.Add(new CommandFinding(CommandEffect.Secrets, RiskLevel.Critical, "dotnet user-secrets list (prints the project's secrets)"));
                return;
            case "user-secrets" when At(1) is "set" or "remove" or "clear" or "init":
                f.Add(new CommandFinding(CommandEffect.LocalChange, RiskLevel.Medium, $"dotnet user-secrets {At(1)} (changes the project's secret store)"));
                return;
            case "dev-certs" when words.Any(w => w is "--trust" or "--clean" or "-t"):
                f.Add(new CommandFinding(CommandEffect.Machine, RiskLevel.Medium, "dotnet dev-certs --trust/--clean (changes the machine's trusted certificates)"));
                return;
            case "run" or "watch":
                f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"dotnet {sub} (runs the project's program, which can do anything the code does)"));
                return;
        }

        if (BuildCommands.Contains(sub))
        {
            f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"dotnet {sub} (builds, tests or reads)"));
            return;
        }

        f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, sub.EndsWith(".dll", StringComparison.Ordinal) ? $"dotnet {sub} (runs a program the gate cannot see)" : $"dotnet {sub} is not a dotnet command the gate knows"));
    }

    private static void EntityFramework(List<string> positional, List<CommandFinding> f)
    {
        string? At(int i) => positional.Count > i ? positional[i] : null;
        switch (At(1), At(2))
        {
            case ("database", "drop"):
                f.Add(new CommandFinding(CommandEffect.Database, RiskLevel.Critical, "dotnet ef database drop (deletes the database and all its data)", deploys: true));
                return;
            case ("database", "update") when At(3) == "0":
                f.Add(new CommandFinding(CommandEffect.Database, RiskLevel.Critical, "dotnet ef database update 0 (reverts every migration: their Down() drops the tables and their data)", deploys: true));
                return;
            case ("database", "update") when At(3) is { } migration:
                f.Add(new CommandFinding(CommandEffect.Database, RiskLevel.High, $"dotnet ef database update {migration} (moves the database to that migration; going back runs Down(), which can drop columns and tables)", deploys: true));
                return;
            case ("database", "update"):
                f.Add(new CommandFinding(CommandEffect.Database, RiskLevel.High, "dotnet ef database update (applies pending migrations to the configured database)", deploys: true));
                return;
            case ("migrations", "add" or "remove"):
                f.Add(new CommandFinding(CommandEffect.LocalChange, RiskLevel.Medium, $"dotnet ef migrations {At(2)} (writes migration code the edit gate does not see; review it before it runs)"));
                return;
            case ("migrations", _) or ("dbcontext", _) or (null, _) or ("--version", _) or ("--help", _):
                f.Add(new CommandFinding(CommandEffect.ReadOnly, RiskLevel.Low, $"dotnet ef {At(1)} {At(2)} (reads the model or scaffolds code)".Replace("  ", " ")));
                return;
        }

        f.Add(new CommandFinding(CommandEffect.Unknown, RiskLevel.Medium, $"dotnet ef {At(1)} {At(2)} is not an EF Core command the gate knows"));
    }
}
