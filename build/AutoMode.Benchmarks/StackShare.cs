using System.Text.Json;
using System.Text.RegularExpressions;

namespace AutoMode.Benchmarks;

/// <summary>
/// <c>--stack-share profile.speedscope.json PATTERN</c>: how much time a CPU profile of a compiler run spent with a frame
/// matching PATTERN on the stack, split by whether AutoMode's code was on the stack too; e.g. who built the compilation's
/// global namespace (<c>"GlobalNamespace|MergedNamespaceSymbol"</c>). Record the profile with
/// <c>dotnet-trace collect --format Speedscope -o t.nettrace -- dotnet exec csc.dll @build.rsp</c>.
/// </summary>
internal static class StackShare
{
    public static void Print(string speedscopePath, string pattern)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(speedscopePath));
        var root = document.RootElement;
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var frames = root.GetProperty("shared").GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("name").GetString() ?? string.Empty).ToArray();
        var matches = frames.Select(name => regex.IsMatch(name)).ToArray();
        var ours = frames.Select(name => name.Contains("AutoMode", StringComparison.Ordinal)).ToArray();
        double withAutoMode = 0, without = 0;
        foreach (var profile in root.GetProperty("profiles").EnumerateArray())
        {
            if (profile.GetProperty("type").GetString() != "evented")
            {
                continue;
            }

            var stack = new List<int>();
            var last = profile.GetProperty("startValue").GetDouble();
            foreach (var e in profile.GetProperty("events").EnumerateArray())
            {
                var at = e.GetProperty("at").GetDouble();
                if (at > last && stack.Any(i => matches[i]))
                {
                    if (stack.Any(i => ours[i]))
                    {
                        withAutoMode += at - last;
                    }
                    else
                    {
                        without += at - last;
                    }
                }

                last = at;
                if (e.GetProperty("type").GetString() == "O")
                {
                    stack.Add(e.GetProperty("frame").GetInt32());
                }
                else if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
        }

        Console.WriteLine($"{Path.GetFileName(speedscopePath)}: '{pattern}' on the stack {withAutoMode + without:F1} ms, of which under AutoMode's frames {withAutoMode:F1} ms, elsewhere {without:F1} ms");
    }
}
