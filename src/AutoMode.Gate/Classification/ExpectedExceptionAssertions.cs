using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoMode.Gate.Classification;

/// <summary>
/// The assertions of a test file that expect an exception, and those that expect none, per method, read on syntax:
/// <list type="bullet">
/// <item>expect one: NUnit <c>Assert.Throws/ThrowsAsync/Catch/CatchAsync</c> and the <c>Throws.*</c> constraints
/// (<c>Throws.TypeOf&lt;T&gt;()</c>, <c>Throws.InstanceOf&lt;T&gt;()</c>, <c>Throws.Exception</c>, <c>Throws.ArgumentException</c>…);
/// xUnit <c>Assert.Throws/ThrowsAsync/ThrowsAny/ThrowsAnyAsync</c>; MSTest <c>Assert.ThrowsException/ThrowsExactly…</c>
/// and <c>[ExpectedException]</c>; FluentAssertions <c>.Should().Throw/ThrowAsync/ThrowExactly…</c>; Shouldly
/// <c>Should.Throw…</c>, <c>.ShouldThrow…</c>;</item>
/// <item>expect none: <c>Throws.Nothing</c>, <c>Assert.DoesNotThrow/DoesNotThrowAsync</c>, <c>.Should().NotThrow…</c>,
/// <c>Should.NotThrow…</c>, <c>.ShouldNotThrow…</c>.</item>
/// </list>
/// Only these receivers count (<c>Assert</c>, <c>Throws</c>, <c>Should</c>, a <c>Should()</c> call): a helper of the
/// test's own named <c>Throws</c>, comments and strings do not.
/// </summary>
public static class ExpectedExceptionAssertions
{
    public sealed record Counts(string Name, int Expects, int NoThrow, int Line);

    private static readonly HashSet<string> AssertExpects = new(StringComparer.Ordinal)
    {
        "Throws", "ThrowsAsync", "Catch", "CatchAsync", "ThrowsAny", "ThrowsAnyAsync", "ThrowsException", "ThrowsExceptionAsync", "ThrowsExactly", "ThrowsExactlyAsync",
    };

    private static readonly HashSet<string> AssertNoThrow = new(StringComparer.Ordinal) { "DoesNotThrow", "DoesNotThrowAsync" };

    private static readonly HashSet<string> ShouldExpects = new(StringComparer.Ordinal) { "Throw", "ThrowAsync", "ThrowExactly", "ThrowExactlyAsync" };

    private static readonly HashSet<string> ShouldNoThrow = new(StringComparer.Ordinal) { "NotThrow", "NotThrowAsync", "NotThrowAfter" };

    /// <summary>Per method (keyed by its containing types, name and parameter types) the two counts.</summary>
    public static IReadOnlyDictionary<string, Counts> Collect(string? text)
    {
        var result = new Dictionary<string, Counts>(StringComparer.Ordinal);
        if (text is null)
        {
            return result;
        }

        var root = CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot();
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var expects = method.AttributeLists.SelectMany(l => l.Attributes).Count(a => SyntaxNames.Rightmost(a.Name) is "ExpectedException" or "ExpectedExceptionAttribute");
            var noThrow = 0;
            foreach (var access in method.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
            {
                switch (Classify(access))
                {
                    case true:
                        expects++;
                        break;
                    case false:
                        noThrow++;
                        break;
                }
            }

            var key = string.Join(".", method.Ancestors().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text).Reverse()) + "." + method.Identifier.Text +
                      "(" + string.Join(",", method.ParameterList.Parameters.Select(p => string.Concat((p.Type?.ToString() ?? "?").Where(c => !char.IsWhiteSpace(c))))) + ")";
            result.TryAdd(key, new Counts(method.Identifier.Text, expects, noThrow, method.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1));
        }

        return result;
    }

    /// <summary>true: expects an exception; false: expects none; null: neither.</summary>
    private static bool? Classify(MemberAccessExpressionSyntax access)
    {
        var name = access.Name.Identifier.Text;
        var receiver = access.Expression;
        if (receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Should" } } || IsType(receiver, "Should"))
        {
            return ShouldExpects.Contains(name) ? true : ShouldNoThrow.Contains(name) ? false : null;
        }

        if (IsType(receiver, "Assert"))
        {
            return AssertExpects.Contains(name) ? true : AssertNoThrow.Contains(name) ? false : null;
        }

        if (IsType(receiver, "Throws"))
        {
            return name != "Nothing";
        }

        // Shouldly's extensions: action.ShouldThrow<T>(), action.ShouldNotThrow().
        return name is "ShouldThrow" or "ShouldThrowAsync" ? true : name is "ShouldNotThrow" or "ShouldNotThrowAsync" ? false : null;
    }

    /// <summary>A type named <paramref name="name"/>, bare or qualified (<c>Throws</c>, <c>NUnit.Framework.Throws</c>, <c>global::Xunit.Assert</c>).</summary>
    private static bool IsType(ExpressionSyntax receiver, string name) => receiver switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.Text == name,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text == name,
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax or AliasQualifiedNameSyntax } member => member.Name.Identifier.Text == name && IsNamespaceLike(member.Expression),
        _ => false,
    };

    private static bool IsNamespaceLike(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or AliasQualifiedNameSyntax => true,
        MemberAccessExpressionSyntax member => member.Name is IdentifierNameSyntax && IsNamespaceLike(member.Expression),
        _ => false,
    };
}
