using System.Collections.Immutable;
using System.Text;

namespace AutoMode.Analyzers.Values;

/// <summary>A well-known folder a value can start from, as far as the compiler can tell.</summary>
internal enum WellKnownRoot
{
    None,
    Temp,
    Home,
    CurrentDirectory,
    AppDirectory,
    SystemFolder,
    UserFolder,

    /// <summary>A name generated at run time (<c>Path.GetRandomFileName()</c>, <c>Guid.NewGuid()</c>): whatever it names, the program made.</summary>
    RandomName,
}

internal enum SegmentKind
{
    Text,
    Root,
    Unknown,
}

internal readonly struct Segment
{
    public Segment(SegmentKind kind, string text, WellKnownRoot root)
    {
        Kind = kind;
        Text = text;
        Root = root;
    }

    public SegmentKind Kind { get; }

    public string Text { get; }

    public WellKnownRoot Root { get; }
}

/// <summary>
/// What the compiler can see of a string value: known text, well-known roots and unknown holes, in order.
/// <c>$"{dir}/backup/{name}.bak"</c> becomes [Unknown, "/backup/", Unknown, ".bak"].
/// </summary>
internal sealed class SymbolicString
{
    public const char UnknownMarker = '\0';

    public static readonly SymbolicString Unknown = new(ImmutableArray.Create(new Segment(SegmentKind.Unknown, string.Empty, WellKnownRoot.None)));
    public static readonly SymbolicString Empty = new(ImmutableArray<Segment>.Empty);

    private SymbolicString(ImmutableArray<Segment> segments) => Segments = segments;

    public ImmutableArray<Segment> Segments { get; }

    public bool IsFullyUnknown => Segments.Length == 1 && Segments[0].Kind == SegmentKind.Unknown;

    public bool HasUnknown
    {
        get
        {
            foreach (var segment in Segments)
            {
                if (segment.Kind == SegmentKind.Unknown)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The whole text, when every part of it is known text.</summary>
    public string? KnownText
    {
        get
        {
            foreach (var segment in Segments)
            {
                if (segment.Kind != SegmentKind.Text)
                {
                    return null;
                }
            }

            return Render();
        }
    }

    /// <summary>Whether any part of the value is <paramref name="root"/>, not only its start.</summary>
    public bool Contains(WellKnownRoot root)
    {
        foreach (var segment in Segments)
        {
            if (segment.Kind == SegmentKind.Root && segment.Root == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The root the value starts with, if any.</summary>
    public WellKnownRoot LeadingRoot => Segments.Length > 0 && Segments[0].Kind == SegmentKind.Root ? Segments[0].Root : WellKnownRoot.None;

    public static SymbolicString FromText(string text) => text.Length == 0 ? Empty : new(ImmutableArray.Create(new Segment(SegmentKind.Text, text, WellKnownRoot.None)));

    public static SymbolicString FromRoot(WellKnownRoot root) => new(ImmutableArray.Create(new Segment(SegmentKind.Root, string.Empty, root)));

    public static SymbolicString Concat(params SymbolicString[] parts)
    {
        var builder = ImmutableArray.CreateBuilder<Segment>();
        foreach (var part in parts)
        {
            foreach (var segment in part.Segments)
            {
                if (builder.Count > 0)
                {
                    var last = builder[builder.Count - 1];
                    if (last.Kind == SegmentKind.Text && segment.Kind == SegmentKind.Text)
                    {
                        builder[builder.Count - 1] = new Segment(SegmentKind.Text, last.Text + segment.Text, WellKnownRoot.None);
                        continue;
                    }

                    if (last.Kind == SegmentKind.Unknown && segment.Kind == SegmentKind.Unknown)
                    {
                        continue;
                    }
                }

                builder.Add(segment);
            }
        }

        return new SymbolicString(builder.ToImmutable());
    }

    /// <summary>Text with unknown parts as <see cref="UnknownMarker"/> and roots as <c>{temp}</c>, <c>~</c>, ….</summary>
    public string Render(bool forDisplay = false)
    {
        if (Segments.Length == 1 && Segments[0].Kind == SegmentKind.Text)
        {
            return Segments[0].Text;
        }

        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            switch (segment.Kind)
            {
                case SegmentKind.Text:
                    text.Append(segment.Text);
                    break;
                case SegmentKind.Unknown:
                    text.Append(forDisplay ? "…" : UnknownMarker.ToString());
                    break;
                default:
                    text.Append(RootName(segment.Root));
                    break;
            }
        }

        return text.ToString();
    }

    public override string ToString() => Render(forDisplay: true);

    public static string RootName(WellKnownRoot root) => root switch
    {
        WellKnownRoot.Temp => "{temp}",
        WellKnownRoot.Home => "~",
        WellKnownRoot.CurrentDirectory => "{current directory}",
        WellKnownRoot.AppDirectory => "{application directory}",
        WellKnownRoot.SystemFolder => "{system folder}",
        WellKnownRoot.UserFolder => "{user folder}",
        WellKnownRoot.RandomName => "{random name}",
        _ => string.Empty,
    };
}
