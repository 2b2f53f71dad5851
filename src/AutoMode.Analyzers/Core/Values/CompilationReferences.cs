using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Where a field, property or method is used anywhere in one compilation, for <see cref="ValueSetResolver"/>: the
/// values written to a member, the arguments of every call to a method (or to a method it overrides or implements),
/// the overrides of a virtual method. Built on first use (one walk over the identifiers of every file, then only the
/// identifiers of the name asked for are bound) and kept for the compilation; a compilation whose credential sinks
/// take only constants and locals never builds it. Never throws: a use it cannot bind is skipped.
/// </summary>
internal sealed class CompilationReferences
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellation;
    private Dictionary<string, List<(SyntaxTree Tree, int Position)>>? _byName;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> _uses = new(SymbolEqualityComparer.Default);

    public CompilationReferences(Compilation compilation, CancellationToken cancellation)
    {
        _compilation = compilation;
        _cancellation = cancellation;
    }

    /// <summary>The semantic model of a tree of the compilation (one per tree, shared by every question).</summary>
    public SemanticModel? ModelFor(SyntaxTree tree)
    {
        if (!_compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

#pragma warning disable RS1030 // Values cross files here: the operations of another file need that file's model, made once.
        return _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }

    /// <summary>The operation of a declaration's syntax (a method body, an initializer), bound in its own file.</summary>
    public IOperation? OperationOf(SyntaxNode syntax) => ModelFor(syntax.SyntaxTree)?.GetOperation(syntax, _cancellation);

    /// <summary>
    /// The operations that refer to <paramref name="symbol"/> by name in the compilation: field and property
    /// references, and for a method, its invocations and object creations (the method or any method it overrides or
    /// implements is the target).
    /// </summary>
    public ImmutableArray<IOperation> UsesOf(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        return _uses.TryGetValue(symbol, out var known) ? known : _uses.GetOrAdd(symbol, Find);
    }

    /// <summary>The methods of the compilation that override or implement <paramref name="method"/> (itself included when it has a body).</summary>
    public ImmutableArray<IMethodSymbol> Implementations(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        var builder = ImmutableArray.CreateBuilder<IMethodSymbol>();
        if (!method.IsAbstract && method.DeclaringSyntaxReferences.Length > 0)
        {
            builder.Add(method);
        }

        if (!(method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface))
        {
            return builder.ToImmutable();
        }

        foreach (var (tree, position) in Named(method.Name))
        {
            if (tree.GetRoot(_cancellation).FindToken(position).Parent is MethodDeclarationSyntax declaration &&
                ModelFor(tree)?.GetDeclaredSymbol(declaration, _cancellation) is { } candidate &&
                !SymbolEqualityComparer.Default.Equals(candidate, method) && Targets(candidate, method))
            {
                builder.Add(candidate);
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<IOperation> Find(ISymbol symbol)
    {
        var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor ? constructor.ContainingType.Name : symbol.Name;
        var uses = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var (tree, position) in Named(name))
        {
            if (ModelFor(tree) is not { } model || tree.GetRoot(_cancellation).FindToken(position).Parent is not { } node)
            {
                continue;
            }

            var syntax = node switch
            {
                IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } identifier when access.Name == identifier => access,
                IdentifierNameSyntax { Parent: MemberBindingExpressionSyntax binding } => binding,
                _ => node,
            };
            if (symbol is IMethodSymbol)
            {
                syntax = syntax.Parent switch
                {
                    InvocationExpressionSyntax invocation => invocation,
                    ObjectCreationExpressionSyntax creation => creation,
                    QualifiedNameSyntax { Parent: ObjectCreationExpressionSyntax creation } => creation,
                    _ => syntax,
                };
            }

            var operation = model.GetOperation(syntax, _cancellation);
            var target = operation switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation property => property.Property,
                IInvocationOperation invocation => invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (target is not null && operation is not null &&
                (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, symbol) ||
                 (symbol is IMethodSymbol method && target is IMethodSymbol called && Targets(method, called.OriginalDefinition))))
            {
                uses.Add(operation);
            }
        }

        return uses.ToImmutable();
    }

    /// <summary>Whether a call to <paramref name="called"/> can run <paramref name="method"/>: it overrides or implements it.</summary>
    private static bool Targets(IMethodSymbol method, IMethodSymbol called)
    {
        for (var current = method.OverriddenMethod; current is not null; current = current.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, called))
            {
                return true;
            }
        }

        if (called.ContainingType?.TypeKind == TypeKind.Interface && method.ContainingType is { } type)
        {
            return SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(called)?.OriginalDefinition, method) ||
                   method.ExplicitInterfaceImplementations.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, called));
        }

        return false;
    }

    private IEnumerable<(SyntaxTree Tree, int Position)> Named(string name)
    {
        var index = Index();
        return index.TryGetValue(name, out var positions) ? positions : Enumerable.Empty<(SyntaxTree, int)>();
    }

    private Dictionary<string, List<(SyntaxTree Tree, int Position)>> Index()
    {
        if (_byName is { } built)
        {
            return built;
        }

        lock (_gate)
        {
            if (_byName is not null)
            {
                return _byName;
            }

            var index = new Dictionary<string, List<(SyntaxTree, int)>>(System.StringComparer.Ordinal);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                foreach (var token in tree.GetRoot(_cancellation).DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        var text = token.ValueText;
                        if (!index.TryGetValue(text, out var list))
                        {
                            index[text] = list = new List<(SyntaxTree, int)>();
                        }

                        list.Add((tree, token.SpanStart));
                    }
                }
            }

            return _byName = index;
        }
    }
}
