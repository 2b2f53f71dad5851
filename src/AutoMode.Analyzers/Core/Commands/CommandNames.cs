using System;
using System.Collections.Generic;

namespace AutoMode.Analyzers.Commands;

/// <summary>A program's name as the command tables know it: <c>/usr/bin/git</c> → <c>git</c>, <c>C:\tools\kubectl.exe</c> → <c>kubectl</c>, PowerShell's <c>rm</c> → <c>remove-item</c>.</summary>
internal static class CommandNames
{
    private static readonly string[] Extensions = { ".exe", ".cmd", ".bat", ".com", ".ps1", ".sh" };

    /// <summary>PowerShell's built-in aliases of the cmdlets the tables judge.</summary>
    private static readonly Dictionary<string, string> PowerShellAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rm"] = "remove-item", ["del"] = "remove-item", ["erase"] = "remove-item", ["ri"] = "remove-item", ["rd"] = "remove-item", ["rmdir"] = "remove-item",
        ["cat"] = "get-content", ["gc"] = "get-content", ["type"] = "get-content",
        ["ls"] = "get-childitem", ["dir"] = "get-childitem", ["gci"] = "get-childitem",
        ["echo"] = "write-output", ["write"] = "write-output",
        ["cp"] = "copy-item", ["copy"] = "copy-item", ["cpi"] = "copy-item",
        ["mv"] = "move-item", ["move"] = "move-item", ["mi"] = "move-item",
        ["sc"] = "set-content", ["ac"] = "add-content", ["ni"] = "new-item", ["md"] = "mkdir",
        ["iwr"] = "invoke-webrequest", ["irm"] = "invoke-restmethod", ["wget"] = "invoke-webrequest",
        ["iex"] = "invoke-expression", ["saps"] = "start-process", ["start"] = "start-process",
        ["sls"] = "select-string", ["gl"] = "get-location", ["pwd"] = "get-location", ["cd"] = "set-location", ["sl"] = "set-location", ["chdir"] = "set-location",
        ["kill"] = "stop-process", ["spps"] = "stop-process", ["ps"] = "get-process", ["gps"] = "get-process",
        ["sort"] = "sort-object", ["select"] = "select-object", ["where"] = "where-object", ["?"] = "where-object", ["foreach"] = "foreach-object", ["%"] = "foreach-object",
        ["ft"] = "format-table", ["fl"] = "format-list", ["measure"] = "measure-object", ["tee"] = "tee-object", ["gcm"] = "get-command",
        ["gp"] = "get-itemproperty", ["sp"] = "set-itemproperty", ["ren"] = "rename-item", ["rni"] = "rename-item", ["ii"] = "invoke-item", ["icm"] = "invoke-command",
        ["clc"] = "clear-content", ["cls"] = "clear-host", ["clear"] = "clear-host", ["h"] = "get-history", ["history"] = "get-history", ["gi"] = "get-item",
    };

    public static string Normalize(string word, ShellKind shell)
    {
        if (word.Length == 0 || word.IndexOf('\0') >= 0)
        {
            return string.Empty;
        }

        var name = word.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1).ToLowerInvariant();
        foreach (var extension in Extensions)
        {
            if (name.EndsWith(extension, StringComparison.Ordinal) && name.Length > extension.Length)
            {
                name = name.Substring(0, name.Length - extension.Length);
                break;
            }
        }

        if (shell == ShellKind.PowerShell && word.IndexOfAny(new[] { '/', '\\' }) < 0 && PowerShellAliases.TryGetValue(name, out var cmdlet))
        {
            return cmdlet;
        }

        if (shell == ShellKind.Cmd && name is "rd" or "rmdir" or "erase")
        {
            return "del";
        }

        return name;
    }
}
