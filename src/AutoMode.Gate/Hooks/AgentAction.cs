using AutoMode.Gate.Model;

namespace AutoMode.Gate.Hooks;

/// <summary>
/// What an agent is about to do, whichever agent it is: one or more file edits (Claude Code's Edit/MultiEdit/Write,
/// Gemini CLI's replace/write_file, Copilot's edit/create, a Codex <c>apply_patch</c> with several files), or a shell
/// command. The adapters (<see cref="IHookAgent"/>) turn each agent's hook input into this; <see cref="AgentHook"/>
/// judges it the same way for all of them. A command is judged by <see cref="Commands.CommandGate"/> as written for
/// <see cref="Shell"/>.
/// </summary>
public sealed record AgentAction(string? Session, string? Cwd, string Tool, IReadOnlyList<FileEdit> Edits, string? Command, CommandShell Shell = CommandShell.Bash)
{
    public static AgentAction ForEdits(string? session, string? cwd, string tool, params FileEdit[] edits) => new(session, cwd, tool, edits, null);

    public static AgentAction ForCommand(string? session, string? cwd, string tool, string command, CommandShell shell) =>
        string.IsNullOrWhiteSpace(command) ? throw new HookInputException($"{tool}: the command is empty") : new(session, cwd, tool, Array.Empty<FileEdit>(), command, shell);

    /// <summary>The shell of an agent whose shell tool runs <c>powershell</c> on Windows and <c>bash</c> elsewhere (Gemini CLI, Cursor).</summary>
    public static CommandShell PlatformShell => OperatingSystem.IsWindows() ? CommandShell.PowerShell : CommandShell.Bash;
}

/// <summary>
/// One file edit, not yet applied: the path as the agent gave it (absolute, or relative to the session's folder), and
/// how the file's text after the edit follows from its text now. <see cref="MoveTo"/> is the new path of a rename.
/// </summary>
public sealed record FileEdit(string Path, FileEditKind Kind, Func<string?, string>? Transform, string? MoveTo = null)
{
    /// <summary>The whole new content (a Write, an added file): the current text does not matter.</summary>
    public static FileEdit Write(string path, string content) => new(path, FileEditKind.Write, _ => content);

    /// <summary>String replacements applied in order to the current text (<see cref="ProposedEdit"/>).</summary>
    public static FileEdit Replace(string path, string tool, IReadOnlyList<TextEdit> edits) => new(path, FileEditKind.Modify, current => ProposedEdit.Apply(edits, current, tool));

    public static FileEdit Delete(string path) => new(path, FileEditKind.Delete, null);
}

public enum FileEditKind
{
    /// <summary>The file gets the given content, whether it exists or not.</summary>
    Write,

    /// <summary>The existing file's text is changed (and, with <see cref="FileEdit.MoveTo"/>, moved).</summary>
    Modify,

    /// <summary>The file is removed.</summary>
    Delete,
}
