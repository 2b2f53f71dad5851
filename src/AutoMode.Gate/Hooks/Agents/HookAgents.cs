namespace AutoMode.Gate.Hooks.Agents;

/// <summary>The agents <c>automode hook</c> has an adapter for, by command line name.</summary>
public static class HookAgents
{
    public static readonly IReadOnlyList<IHookAgent> All = new IHookAgent[]
    {
        ClaudeAgent.Instance, CodexAgent.Instance, CopilotAgent.Instance, GeminiAgent.Instance, CursorAgent.Instance,
    };

    public static IHookAgent? ByName(string? name) => All.FirstOrDefault(a => a.Name == name);
}
