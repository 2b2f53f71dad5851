using AutoMode.Gate.Hooks;
using AutoMode.Gate.Hooks.Agents;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// Codex's apply_patch format (openai/codex codex-rs/apply-patch: the grammar in parser.rs, applying in lib.rs
/// compute_replacements), parsed into per-file edits and applied in memory — minimized reproductions of the format's
/// cases: add, delete, update with context, several chunks, end of file, move, heredoc wrapping, whitespace.
/// </summary>
public class CodexPatchUnitTests
{
    private static string Patch(params string[] lines) => "*** Begin Patch\n" + string.Join('\n', lines) + "\n*** End Patch";

    [Test]
    public void AddDeleteAndUpdateAreEditsInOrder()
    {
        var edits = CodexPatch.Parse(Patch("*** Add File: docs/a.md", "+# A", "+", "+text", "*** Delete File: old.txt", "*** Update File: src/b.cs", "@@", "-x", "+y"));

        Assert.That(edits.Select(e => (e.Path, e.Kind)), Is.EqualTo(new[] { ("docs/a.md", FileEditKind.Write), ("old.txt", FileEditKind.Delete), ("src/b.cs", FileEditKind.Modify) }));
        Assert.That(edits[0].Transform!(null), Is.EqualTo("# A\n\ntext\n"));
        Assert.That(edits[2].Transform!("w\nx\nz\n"), Is.EqualTo("w\ny\nz\n"));
    }

    [Test]
    public void ChunksApplyInOrder_FromTheirContextLine()
    {
        var edit = CodexPatch.Parse(Patch("*** Update File: f.cs", "@@ class B", " a", "-b", "+B", "@@", " c", "-d", "+D"))[0];

        Assert.That(edit.Transform!("class A\na\nb\nclass B\na\nb\nc\nd\n"), Is.EqualTo("class A\na\nb\nclass B\na\nB\nc\nD\n"), "the first chunk applies after its context line, not at the first 'a b'");
    }

    [Test]
    public void EndOfFileChunk_MatchesAtTheEnd_AndPureAdditionsAppend()
    {
        var eof = CodexPatch.Parse(Patch("*** Update File: f.txt", "@@", " x", "-y", "+Y", "*** End of File"))[0];
        var append = CodexPatch.Parse(Patch("*** Update File: f.txt", "@@", "+last"))[0];

        Assert.That(eof.Transform!("x\ny\nx\ny\n"), Is.EqualTo("x\ny\nx\nY\n"));
        Assert.That(append.Transform!("a\nb\n"), Is.EqualTo("a\nb\nlast\n"));
    }

    [Test]
    public void OldLinesMatchIgnoringTrailingThenSurroundingWhitespace()
    {
        var edit = CodexPatch.Parse(Patch("*** Update File: f.cs", "@@", "-return 1;", "+return 2;"))[0];

        Assert.That(edit.Transform!("    return 1;   \r\n"), Is.EqualTo("return 2;\n"));
    }

    [Test]
    public void MoveKeepsTheSourceAndNamesTheTarget()
    {
        var edit = CodexPatch.Parse(Patch("*** Update File: a.cs", "*** Move to: b/c.cs", "@@", "-1", "+2"))[0];

        Assert.That((edit.Path, edit.MoveTo), Is.EqualTo(("a.cs", "b/c.cs")));
    }

    [Test]
    public void HeredocWrappedPatchesAndPaddedMarkersParse()
    {
        var edits = CodexPatch.Parse("<<'EOF'\n  *** Begin Patch \n*** Add File: a.txt\n+a\n *** End Patch\nEOF\n");

        Assert.That(edits.Single().Path, Is.EqualTo("a.txt"));
    }

    [TestCase("*** Update File: a.cs\n@@\n-x\n+y", "the first line is not '*** Begin Patch'")]
    [TestCase("*** Begin Patch\n*** Add File: a.txt\n+a", "the last line is not '*** End Patch'")]
    [TestCase("*** Begin Patch\n*** End Patch", "it changes no file")]
    [TestCase("*** Begin Patch\n*** Update File: a.cs\n*** End Patch", "has no chunks")]
    [TestCase("*** Begin Patch\n*** Frobnicate File: a.cs\n*** End Patch", "is not a file header")]
    [TestCase("*** Begin Patch\n*** Update File: a.cs\n@@\n-x\n+y\nnot a diff line\n*** End Patch", "does not start with @@")]
    public void InvalidPatchesAreHookInputErrors(string patch, string expected)
    {
        Assert.That(() => CodexPatch.Parse(patch), Throws.TypeOf<HookInputException>().With.Message.Contain(expected));
    }

    [Test]
    public void AnUpdateThatDoesNotMatchTheFileIsAnError()
    {
        var edit = CodexPatch.Parse(Patch("*** Update File: a.cs", "@@ missing context", "-x", "+y"))[0];

        Assert.That(() => edit.Transform!("x\n"), Throws.TypeOf<HookInputException>().With.Message.Contain("does not occur"));
        Assert.That(() => CodexPatch.Parse(Patch("*** Update File: a.cs", "@@", "-q", "+y"))[0].Transform!("x\n"), Throws.TypeOf<HookInputException>().With.Message.Contain("do not occur"));
        Assert.That(() => edit.Transform!(null), Throws.TypeOf<HookInputException>().With.Message.Contain("does not exist"));
    }
}
