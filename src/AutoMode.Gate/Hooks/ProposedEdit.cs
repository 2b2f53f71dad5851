namespace AutoMode.Gate.Hooks;

/// <summary>
/// Applies an Edit, MultiEdit or Write to the current text of a file in memory, as Claude Code would apply it:
/// each <c>old_string</c> must occur in the text (exactly once unless <c>replace_all</c>); MultiEdit applies its edits
/// in order, each to the result of the previous one; an empty <c>old_string</c> on a missing file creates it.
/// </summary>
public static class ProposedEdit
{
    /// <param name="current">The file's text now; null when it does not exist.</param>
    /// <returns>The text after the edit.</returns>
    public static string Apply(ClaudeHookInput input, string? current) =>
        input.Content ?? Apply(input.Edits, current, input.ToolName);

    /// <summary>Applies string replacements in order, each to the result of the previous one (<paramref name="tool"/> names them in errors).</summary>
    public static string Apply(IReadOnlyList<TextEdit> edits, string? current, string tool)
    {
        var text = current;
        for (var i = 0; i < edits.Count; i++)
        {
            var where = edits.Count == 1 ? tool : $"{tool} edit {i + 1} of {edits.Count}";
            text = Apply(edits[i], text, where);
        }

        return text ?? string.Empty;
    }

    private static string Apply(TextEdit edit, string? text, string where)
    {
        if (edit.OldString.Length == 0)
        {
            if (string.IsNullOrEmpty(text))
            {
                return edit.NewString;
            }

            throw new HookInputException($"{where}: old_string is empty but the file exists and is not empty");
        }

        if (text is null)
        {
            throw new HookInputException($"{where}: the file does not exist, so old_string cannot be found");
        }

        var (oldString, newString) = (edit.OldString, edit.NewString);
        var count = Count(text, oldString);
        if (count == 0 && text.Contains("\r\n", StringComparison.Ordinal) && !oldString.Contains('\r', StringComparison.Ordinal))
        {
            // The agent sees CRLF files with LF line ends; the tool writes them back with CRLF.
            (oldString, newString) = (oldString.Replace("\n", "\r\n", StringComparison.Ordinal), newString.Replace("\n", "\r\n", StringComparison.Ordinal));
            count = Count(text, oldString);
        }

        if (count == 0)
        {
            throw new HookInputException($"{where}: old_string does not occur in the file, so what the edit changes is unknown");
        }

        if (count > 1 && !edit.ReplaceAll)
        {
            throw new HookInputException($"{where}: old_string occurs {count} times and replace_all is not set, so which one the edit changes is unknown");
        }

        if (edit.ReplaceAll)
        {
            return text.Replace(oldString, newString, StringComparison.Ordinal);
        }

        var index = text.IndexOf(oldString, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), newString, text.AsSpan(index + oldString.Length));
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
