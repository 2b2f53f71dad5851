using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Migrations;

/// <summary>
/// The calls between the compilation's own methods and the <c>Migrate</c> calls, collected during the compilation
/// (thread-safe) and joined at its end: a <c>Migrate</c> in a method that start-up code reaches through at most
/// <see cref="MaxDepth"/> calls (or constructors) runs at start-up too. Calls through interfaces, virtual dispatch,
/// delegates and other compilations are not followed.
/// </summary>
internal sealed class StartupMigrationCollector
{
    /// <summary>How many calls deep from start-up code a Migrate is still followed.</summary>
    public const int MaxDepth = 4;

    private readonly IAssemblySymbol _assembly;
    private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentQueue<Call>> _calls = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentQueue<Call>> _migrates = new(SymbolEqualityComparer.Default);

    public StartupMigrationCollector(IAssemblySymbol assembly) => _assembly = assembly;

    /// <summary>A call: in <see cref="Caller"/>, of <see cref="Target"/>, at <see cref="Location"/>.</summary>
    public readonly struct Call
    {
        public Call(IMethodSymbol caller, IMethodSymbol target, Location location)
        {
            Caller = caller;
            Target = target;
            Location = location;
        }

        public IMethodSymbol Caller { get; }
        public IMethodSymbol Target { get; }
        public Location Location { get; }
    }

    /// <summary>A Migrate reached from start-up code: the Migrate call, the start-up method and the call in it that leads there.</summary>
    public readonly struct Finding
    {
        public Finding(Call migrate, IMethodSymbol startup, Call entry)
        {
            Migrate = migrate;
            Startup = startup;
            Entry = entry;
        }

        public Call Migrate { get; }
        public IMethodSymbol Startup { get; }
        public Call Entry { get; }
    }

    /// <summary>The method whose body holds the operation: lambdas and local functions belong to their enclosing method.</summary>
    public static IMethodSymbol? Owner(ISymbol? symbol)
    {
        var method = symbol as IMethodSymbol;
        while (method is { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && method.ContainingSymbol is IMethodSymbol outer)
        {
            method = outer;
        }

        return method?.OriginalDefinition;
    }

    public void OnMigrate(IInvocationOperation invocation, ISymbol? containingSymbol)
    {
        if (Owner(containingSymbol) is { } owner)
        {
            _migrates.GetOrAdd(owner, _ => new ConcurrentQueue<Call>()).Enqueue(new Call(owner, invocation.TargetMethod, invocation.Syntax.GetLocation()));
        }
    }

    /// <summary>Records a call (a method, or a constructor through <c>new</c>) to a method with a body in this compilation.</summary>
    public void OnCall(IOperation operation, ISymbol? containingSymbol)
    {
        var called = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (called is null)
        {
            return;
        }

        var target = (called.ReducedFrom ?? called).OriginalDefinition;
        if (target.IsAbstract || target.IsExtern || !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, _assembly) ||
            target.DeclaringSyntaxReferences.Length == 0 || Owner(containingSymbol) is not { } caller ||
            SymbolEqualityComparer.Default.Equals(caller, target))
        {
            return;
        }

        _calls.GetOrAdd(caller, _ => new ConcurrentQueue<Call>()).Enqueue(new Call(caller, target, operation.Syntax.GetLocation()));
    }

    /// <summary>Every Migrate directly in a method that <paramref name="isStartup"/> accepts.</summary>
    public IEnumerable<Call> DirectMigrates(System.Func<IMethodSymbol, bool> isStartup)
        => _migrates.Where(pair => isStartup(pair.Key)).SelectMany(pair => pair.Value);

    /// <summary>
    /// Every Migrate in a method that is not start-up code itself but that a start-up method reaches through 1 to
    /// <see cref="MaxDepth"/> calls; once per Migrate and start-up call.
    /// </summary>
    public IEnumerable<Finding> ReachedMigrates(System.Func<IMethodSymbol, bool> isStartup)
    {
        if (_migrates.IsEmpty)
        {
            yield break;
        }

        foreach (var pair in _calls)
        {
            if (!isStartup(pair.Key))
            {
                continue;
            }

            foreach (var entry in pair.Value)
            {
                if (isStartup(entry.Target))
                {
                    continue; // reported as start-up code of its own
                }

                var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { pair.Key };
                var level = new List<IMethodSymbol> { entry.Target };
                for (var depth = 1; depth <= MaxDepth && level.Count > 0; depth++)
                {
                    var next = new List<IMethodSymbol>();
                    foreach (var method in level)
                    {
                        if (!visited.Add(method) || isStartup(method))
                        {
                            continue;
                        }

                        if (_migrates.TryGetValue(method, out var migrates))
                        {
                            foreach (var migrate in migrates)
                            {
                                yield return new Finding(migrate, pair.Key, entry);
                            }
                        }

                        if (_calls.TryGetValue(method, out var calls))
                        {
                            next.AddRange(calls.Select(c => c.Target));
                        }
                    }

                    level = next;
                }
            }
        }
    }
}
