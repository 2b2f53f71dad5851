using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoMode.Analyzers;

/// <summary>Reads <c>automode.*</c> keys from .editorconfig / .globalconfig for a syntax tree.</summary>
internal static class AutoModeOptions
{
    private static readonly char[] ListSeparators = { ',', ';' };

    public static string? GetString(AnalyzerOptions options, SyntaxTree tree, string key)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var value) ||
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(key, out value))
        {
            return value;
        }

        return null;
    }

    /// <summary>A comma- or semicolon-separated list; empty when the key is absent.</summary>
    public static ImmutableArray<string> GetList(AnalyzerOptions options, SyntaxTree tree, string key)
    {
        var value = GetString(options, tree, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in value!.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }
}
