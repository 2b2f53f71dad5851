using System;
using System.Text.RegularExpressions;
using System.Threading;

namespace AutoMode.Analyzers;

/// <summary>
/// A regex built on its first use, then kept. Building one costs far more than a typical match (parsing, and the JIT
/// of the matcher in a build without the compiler server); most of our patterns sit behind a cheap pre-check that
/// nearly every string fails, so most builds never need them.
/// </summary>
internal sealed class LazyRegex
{
    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private Regex? _regex;

    public LazyRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _pattern = pattern;
        _options = options;
        _timeout = timeout;
    }

    public Regex Value => _regex ?? Build();

    private Regex Build()
    {
        Interlocked.CompareExchange(ref _regex, new Regex(_pattern, _options, _timeout), null);
        return _regex!;
    }
}
