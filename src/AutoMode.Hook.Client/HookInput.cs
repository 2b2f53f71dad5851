using System.Text;
using System.Text.Json;

namespace AutoMode.Hook.Client;

/// <summary>Reading a hook's input: standard input within the size limit, and its top-level fields as far as they can be read.</summary>
public static class HookInput
{
    /// <summary>
    /// Reads <paramref name="stdin"/> keeping at most <see cref="HookWire.MaxInputBytes"/> + 1 bytes (to tell that there
    /// was more). With <paramref name="stopAtLimit"/> it stops there and leaves the rest unread (the light client hands
    /// it on); otherwise it reads the rest and drops it, so the writer is never left blocked. Returns the bytes kept
    /// and the size read.
    /// </summary>
    public static (byte[] Kept, long Size) Read(Stream stdin, bool stopAtLimit)
    {
        var kept = new MemoryStream();
        var buffer = new byte[81920];
        long size = 0;
        int count;
        while ((count = stdin.Read(buffer, 0, buffer.Length)) > 0)
        {
            var room = (int)Math.Min(count, HookWire.MaxInputBytes + 1L - kept.Length);
            if (room > 0)
            {
                kept.Write(buffer, 0, room);
            }

            size += count;
            if (stopAtLimit && kept.Length > HookWire.MaxInputBytes)
            {
                break;
            }
        }

        return (kept.ToArray(), size);
    }

    /// <summary>Input bytes as the hook reads them: UTF-8, without a byte order mark.</summary>
    public static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    /// <summary>The folder a hook input names: <c>cwd</c>, the field every agent the hook serves uses (each adapter's <c>Header</c>).</summary>
    public static string? Cwd(string json) => TopLevelStrings(json, new[] { "cwd" }).GetValueOrDefault("cwd");

    /// <summary>
    /// The top-level string properties <paramref name="names"/> of hook input as far as they can be read — from input
    /// that is not valid JSON, or cut off at the size limit, too (those before the point where it breaks) — so that an
    /// answer given without classifying is still audited in the session's repository.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TopLevelStrings(string json, IReadOnlyCollection<string> names)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), isFinalBlock: false, state: default);
        try
        {
            string? property = null;
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType != JsonTokenType.StartObject && reader.TokenType != JsonTokenType.EndObject)
                {
                    break; // not an object
                }

                if (reader.CurrentDepth != 1)
                {
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.String && property is not null && names.Contains(property))
                {
                    found[property] = reader.GetString()!;
                }

                property = null;
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return found;
    }
}
