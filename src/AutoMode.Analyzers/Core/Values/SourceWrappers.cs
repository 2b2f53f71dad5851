using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// The compilation's own private and internal helpers that hand a parameter unchanged to a sink (a private
/// <c>SendAsync(request)</c>, an internal <c>PublishAsync(this HttpClient, path, …)</c> extension): the rule reports the
/// helper's sink at Low (<see cref="ForwardedParameters"/> with <c>helpersToo</c>) and, through this class, each call of
/// the helper in the compilation at the level the caller's visible value deserves. What a rule finds in a helper's body
/// is worked out once per helper and kept for the compilation; a helper called through a chain of helpers is followed a
/// few calls deep. Calls from other assemblies (InternalsVisibleTo) are not seen.
/// </summary>
internal sealed class SourceWrappers
{
    private const int MaxDepth = 4;

    [ThreadStatic]
    private static int t_depth;

    private readonly Lazy<CompilationReferences> _references;
    private readonly ConcurrentDictionary<IMethodSymbol, object?> _found = new(SymbolEqualityComparer.Default);

    public SourceWrappers(Compilation compilation, CancellationToken cancellation)
        => _references = new Lazy<CompilationReferences>(() => new CompilationReferences(compilation, cancellation), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An ordinary private or internal method (or one in a non-public type) whose body is in source.</summary>
    public static bool IsHelper(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension, IsAbstract: false, IsExtern: false } &&
           !ForwardedParameters.IsVisibleOutsideAssembly(method) &&
           method.DeclaringSyntaxReferences.Length == 1;

    /// <summary>
    /// What <paramref name="find"/> reports for the body of the helper <paramref name="call"/> targets (kept per helper),
    /// or null when the target is not a helper with a body in this compilation.
    /// </summary>
    public T? Find<T>(IInvocationOperation call, Func<IOperation, T?> find)
        where T : class
    {
        var callee = (call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition;
        if (!IsHelper(callee))
        {
            return null;
        }

        if (_found.TryGetValue(callee, out var known))
        {
            return known as T;
        }

        if (t_depth >= MaxDepth)
        {
            return null;
        }

        t_depth++;
        try
        {
            var body = Body(callee);
            var result = body is null ? null : find(body);
            _found.TryAdd(callee, result);
            return result;
        }
        finally
        {
            t_depth--;
        }
    }

    /// <summary>The argument a call passes for <paramref name="parameter"/> of the method it calls (by position), or null.</summary>
    public static IOperation? ArgumentFor(IInvocationOperation call, IParameterSymbol parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Ordinal)
            {
                return argument.ArgumentKind == ArgumentKind.Explicit ? argument.Value : null;
            }
        }

        return null;
    }

    private IOperation? Body(IMethodSymbol method)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        return syntax is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null }
            ? _references.Value.OperationOf(syntax)
            : null;
    }
}
