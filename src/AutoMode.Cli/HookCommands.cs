using System.CommandLine;
using AutoMode.Gate.Analysis;
using AutoMode.Gate.Engine;
using AutoMode.Gate.Hooks;

namespace AutoMode.Cli;

/// <summary><c>automode hook claude</c>: the Claude Code PreToolUse hook (always exit 0, the decision is in the JSON).</summary>
internal static class HookCommands
{
    public static Command Hook(TextWriter stdout)
    {
        var command = new Command("hook", "Agent hooks: decide each proposed edit (allow / ask / deny) before the agent makes it, and record it in the audit log.");
        command.Subcommands.Add(Claude(stdout));
        return command;
    }

    private static Command Claude(TextWriter stdout)
    {
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to decide in; past that the hook answers ask (fail closed). Keep it under the hook's own timeout in .claude/settings.json.",
            DefaultValueFactory = _ => HookOptions.DefaultTimeout.TotalSeconds,
        };
        var auditLog = AuditCommands.AuditLogOption();
        var noAudit = new Option<bool>("--no-audit") { Description = "Do not append the decision to the audit log." };
        var command = new Command("claude", "Claude Code PreToolUse hook for Edit|MultiEdit|Write: reads the hook JSON on standard input, classifies the edit as `check` would, prints hookSpecificOutput with permissionDecision allow|ask|deny and the reason.")
        {
            timeout, auditLog, noAudit,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var seconds = result.GetValue(timeout);
            if (seconds <= 0 || seconds > 3600)
            {
                await stdout.WriteLineAsync(UsageError(new[] { "--timeout must be between 0 and 3600 seconds" })).ConfigureAwait(false);
                return 0;
            }

            var options = new HookOptions
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                AuditLogPath = result.GetValue(auditLog),
                Audit = !result.GetValue(noAudit),
            };
            var hook = new ClaudeHook(new CheckEngine(AnalyzerCatalog.Default), options);
            var answer = await hook.RunAsync(() => Console.In.ReadToEndAsync(cancellationToken)).ConfigureAwait(false);
            await stdout.WriteLineAsync(answer.ToJson()).ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    public static bool IsHook(string[] args) => args.Length > 0 && args[0] == "hook";

    /// <summary>The answer to a hook command line that does not parse: ask, with the errors (the hook is installed wrong).</summary>
    public static string UsageError(IEnumerable<string> errors) =>
        new HookResult(Gate.Model.Decision.Ask, HookReason.ForFailure("the hook's command line is wrong (" + string.Join("; ", errors) + "); see `automode hook claude --help`"), null).ToJson();
}
