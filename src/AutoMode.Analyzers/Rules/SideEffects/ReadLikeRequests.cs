using System;
using System.Text.RegularExpressions;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Why a POST may only read, as the code shows it: many APIs use POST for queries, signed-URL requests and token
/// exchanges (a search body, <c>GetDownloadUrlAsync</c> posting file ids, <c>auth/refresh</c>, an OAuth token endpoint).
/// The rule cannot tell such a POST from one that writes, so it reports it one level lower with this reason. PUT, PATCH
/// and DELETE are never read-like.
/// </summary>
internal static class ReadLikeRequests
{
    /// <summary>A path segment of the URI's visible text naming a search, a query, a token exchange or a sign-in.</summary>
    private static readonly LazyRegex ReadSegment = new(
        @"(^|[/?&._-])(search|query|lookup|token|tokens|issuetoken|issue-token|login|signin|sign-in|refresh|introspect|userinfo|presign|presigned|sign-part-urls|signed-url|signed-urls)([/?&._-]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// An AI model's inference endpoint: OpenAI-style <c>/v1/chat/completions</c>, <c>/v1/completions</c>,
    /// <c>/v1/responses</c>, <c>/v1/embeddings</c>, <c>/v1/moderations</c>, Gemini's <c>models/{m}:generateContent</c>.
    /// The POST asks for an answer; nothing is changed on the other side (issue #14: ShareX's AI providers).
    /// </summary>
    private static readonly LazyRegex InferenceEndpoint = new(
        @"(/v\d+(beta\d*|alpha\d*)?/(chat/completions|completions|responses|embeddings|moderations)([/?]|$))|(:(generateContent|streamGenerateContent|countTokens|embedContent)([/?]|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    /// <summary>A method named as a read or a sign-in (<c>GetDownloadUrlAsync</c>, <c>ListFilesAsync</c>, <c>LoginWithPasswordAsync</c>, <c>RefreshTokenAsync</c>).</summary>
    private static readonly LazyRegex ReadName = new(
        @"^(Get|List|Search|Find|Query|Fetch|Lookup|Count|Login|LogIn|SignIn|Authenticate)([A-Z_]|$)|Token(s)?(Async)?$",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    /// <summary>Words that make a read-named method a write (<c>GetOrCreateFolder</c>, <c>FindAndDelete</c>).</summary>
    private static readonly LazyRegex WriteWord = new(
        @"(Create|Add|Insert|Update|Upsert|Delete|Remove|Save|Set|Upload|Send|Post|Put|Patch|Write|Move|Rename|Revoke)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    /// <summary>The reason a POST sent by <paramref name="sink"/> to <paramref name="requestUri"/> may only read, or null.</summary>
    public static string? Why(string? verb, IOperation sink, IOperation? requestUri)
    {
        if (verb != "POST")
        {
            return null;
        }

        try
        {
            return FromUri(requestUri) ?? FromMethodName(sink.Syntax);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? FromUri(IOperation? requestUri)
    {
        if (UriText(requestUri) is { } text && ValueResolver.Resolve(text) is { IsFullyUnknown: false } uri)
        {
            foreach (var segment in uri.Segments)
            {
                if (segment.Kind != SegmentKind.Text)
                {
                    continue;
                }

                if (ReadSegment.Value.Match(segment.Text) is { Success: true } match)
                {
                    return "its URI names a " + match.Groups[2].Value.ToLowerInvariant() + " endpoint ('" + uri.Render(forDisplay: true) + "'), which usually only reads or exchanges a token";
                }

                if (InferenceEndpoint.Value.IsMatch(segment.Text))
                {
                    return "its URI names an AI model's inference endpoint ('" + uri.Render(forDisplay: true) + "'), which generates an answer and changes nothing";
                }
            }
        }

        return null;
    }

    /// <summary>The text of a URI: the string given to <c>new Uri(text)</c> (or the relative part of <c>new Uri(base, relative)</c>), or the value itself.</summary>
    private static IOperation? UriText(IOperation? requestUri)
    {
        if (OperationValues.Follow(requestUri) is IObjectCreationOperation { Type.Name: "Uri" } creation && creation.Arguments.Length > 0)
        {
            for (var i = creation.Arguments.Length - 1; i >= 0; i--)
            {
                if (creation.Arguments[i].Value.Type?.SpecialType == SpecialType.System_String)
                {
                    return creation.Arguments[i].Value;
                }
            }
        }

        return requestUri;
    }

    private static string? FromMethodName(SyntaxNode sink)
    {
        var method = EnclosingMethodName(sink);
        if (method is not null && ReadName.Value.IsMatch(method) && !WriteWord.Value.IsMatch(method))
        {
            return "the method around it, '" + method + "', is named as a read or a sign-in, and POST is often used for queries";
        }

        return null;
    }

    private static string? EnclosingMethodName(SyntaxNode syntax)
    {
        foreach (var node in syntax.Ancestors())
        {
            switch (node)
            {
                case LocalFunctionStatementSyntax local:
                    return local.Identifier.ValueText;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }
}
