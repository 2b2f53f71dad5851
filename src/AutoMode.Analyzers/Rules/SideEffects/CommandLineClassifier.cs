using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Commands;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Decides whether a visible command line deploys or destroys (AM5003), with the command risk table the gate uses for
/// an agent's shell commands (<see cref="CommandTable"/>): cluster, cloud and infrastructure tools with a mutating
/// verb, <c>git push</c>, <c>docker push/rm</c>, <c>dotnet ef database update/drop</c>, recursive deletes, disk
/// formats, shutdowns and SQL clients given DDL. Looks through shells (<c>bash -c</c>, <c>cmd /c</c>,
/// <c>pwsh -Command</c>), <c>sudo</c> and <c>env</c>, and each command of a chain (<see cref="CommandWalker"/>).
/// Returns the command as shown to the user ("kubectl delete") with what it does; never arguments that may hold secrets.
/// </summary>
internal static class CommandLineClassifier
{
    private static readonly HashSet<string> Separators = new(System.StringComparer.Ordinal) { "&&", "||", ";", "|", "&" };

    /// <summary>"kubectl delete (changes a Kubernetes cluster)", or null when nothing visible deploys or destroys.</summary>
    public static string? Classify(CommandLine commandLine)
    {
        var script = new ShellScript(ShellKind.Bash);
        var pipeline = new ShellPipeline();
        var command = new SimpleCommand();
        foreach (var token in commandLine.Tokens.Concat(new[] { ";" }))
        {
            if (!Separators.Contains(token))
            {
                command.Words.Add(new ShellWord(token, quoted: false, expanded: token.IndexOf(Values.SymbolicString.UnknownMarker) >= 0));
                continue;
            }

            if (command.Words.Count > 0)
            {
                pipeline.Commands.Add(command);
            }

            command = new SimpleCommand();
            if (token != "|" && pipeline.Commands.Count > 0)
            {
                script.Pipelines.Add(pipeline);
                pipeline = new ShellPipeline();
            }
        }

        foreach (var invocation in CommandWalker.Walk(script, elevated: false, depth: 0))
        {
            if (CommandTable.Judge(invocation).FirstOrDefault(f => f.Deploys) is { } deploys)
            {
                return Shown(deploys);
            }
        }

        return null;
    }

    /// <summary>The description without the path or SQL it names (an argument may hold a secret).</summary>
    private static string Shown(CommandFinding finding)
    {
        var what = finding.What;
        if (finding.Target is { } target && what.EndsWith(" " + target.Text, System.StringComparison.Ordinal))
        {
            what = what.Substring(0, what.Length - target.Text.Length - 1);
        }

        return finding.Effect switch
        {
            CommandEffect.Delete => what + " (deletes a tree of files)",
            CommandEffect.Database when what.IndexOf(" with SQL ", System.StringComparison.Ordinal) is var at and > 0 => what.Substring(0, at) + " with DDL (changes or drops database objects)",
            _ => what,
        };
    }
}
