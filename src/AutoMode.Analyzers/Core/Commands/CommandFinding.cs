namespace AutoMode.Analyzers.Commands;

/// <summary>What a command does, as far as the risk table knows it.</summary>
internal enum CommandEffect
{
    /// <summary>Only reads or prints (<c>ls</c>, <c>git status</c>, <c>grep</c>), or builds and tests locally.</summary>
    ReadOnly,

    /// <summary>A program the table does not know, or a script whose content is not visible.</summary>
    Unknown,

    /// <summary>Changes local files in an ordinary way (<c>mkdir</c>, <c>git commit</c>, <c>dotnet new</c>).</summary>
    LocalChange,

    /// <summary>Deletes its target (<see cref="CommandFinding.Target"/>).</summary>
    Delete,

    /// <summary>Overwrites or appends to its target.</summary>
    Write,

    /// <summary>Reads its target: Critical when it is a secret.</summary>
    Read,

    /// <summary>Changes a database (SQL given to a client, <c>dotnet ef database</c>).</summary>
    Database,

    /// <summary>Publishes or rewrites version control history (<c>git push</c>, <c>git reset --hard</c>).</summary>
    VersionControl,

    /// <summary>Deploys, changes or destroys live infrastructure or publishes a package.</summary>
    Deployment,

    /// <summary>Sends data over the network or runs code from it.</summary>
    Network,

    /// <summary>Reads or sends secrets (environment, credential files, tokens).</summary>
    Secrets,

    /// <summary>Adds, removes or installs packages.</summary>
    Packages,

    /// <summary>Changes the machine itself (shutdown, disks, services, users).</summary>
    Machine,
}

/// <summary>One thing a command does: its effect, its risk, what it is ("kubectl delete (changes a Kubernetes cluster)").</summary>
internal sealed class CommandFinding
{
    public CommandFinding(CommandEffect effect, RiskLevel risk, string what, ShellWord? target = null, bool deploys = false, bool recursive = false)
    {
        Effect = effect;
        Risk = risk;
        What = what;
        Target = target;
        Deploys = deploys;
        Recursive = recursive;
    }

    public CommandEffect Effect { get; }

    public RiskLevel Risk { get; }

    public string What { get; }

    /// <summary>The file or folder deleted, written or read (for <see cref="CommandEffect.Delete"/>, <see cref="CommandEffect.Write"/>, <see cref="CommandEffect.Read"/>).</summary>
    public ShellWord? Target { get; }

    /// <summary>Deploys or destroys: what AM5003 reports in code that starts a process.</summary>
    public bool Deploys { get; }

    /// <summary>A delete of a whole tree (<c>rm -r</c>, <c>Remove-Item -Recurse</c>).</summary>
    public bool Recursive { get; }

    /// <summary>The same finding with a risk and description decided later (from the target path or the SQL text).</summary>
    public CommandFinding With(RiskLevel risk, string what) => new(Effect, risk, what, Target, Deploys, Recursive);

    public override string ToString() => $"{Effect} {Risk}: {What}";
}
