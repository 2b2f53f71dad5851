namespace AutoMode.Gate.Model;

/// <summary>The shell a command line is written for: it decides quoting, escapes and what a backslash is.</summary>
public enum CommandShell
{
    /// <summary>POSIX shells (bash, sh, zsh): Claude Code's <c>Bash</c> tool, Codex's shell, Gemini's <c>run_shell_command</c>.</summary>
    Bash,

    /// <summary>PowerShell (pwsh, Windows PowerShell): Claude Code's <c>PowerShell</c> tool; backslashes are path separators.</summary>
    PowerShell,

    /// <summary>cmd.exe (<c>cmd /c …</c>).</summary>
    Cmd,
}

/// <summary>A command an agent is about to run: the command line as the agent wrote it, its shell and the folder it runs in.</summary>
public sealed record ProposedCommand(string CommandLine, CommandShell Shell, string WorkingDirectory);
