using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Values;

/// <summary>
/// Every value an expression can have, as far as one compilation shows: constants and concatenations (as
/// <see cref="ValueResolver"/>), every definition of a local in any branch, a parameter's arguments at every call site of
/// its method (or of a method it overrides or implements), what a method in the compilation returns (each override's
/// for a virtual call), what is assigned to a field or property anywhere in the compilation, the elements written into
/// an array or collection (initializers, <c>a[i] = v</c>, <c>Add</c>), and casts. Flow- and instance-insensitive: a
/// value is in the set when some assignment in the code can make it so. Bounded (depth, number of values, work per
/// question); what is cut off or cannot be seen is <see cref="ResolvedValue.Unknown"/>. One instance per compilation,
/// made on first use; never throws.
/// </summary>
internal sealed class ValueSetResolver
{
    private const int MaxDepth = 40;
    private const int MaxValues = 16;
    private const int MaxSteps = 600;

    /// <summary>A rule's own knowledge of an operation's values (an encoding, a decoding); null when it does not know the operation.</summary>
    public delegate IReadOnlyList<ResolvedValue>? Hook(IOperation operation, Func<IOperation?, IReadOnlyList<ResolvedValue>> next);

    private static readonly IReadOnlyList<ResolvedValue> UnknownSet = new[] { ResolvedValue.Unknown };

    private readonly CompilationReferences _references;

    public ValueSetResolver(Compilation compilation, CancellationToken cancellation)
        => _references = new CompilationReferences(compilation, cancellation);

    /// <summary>The semantic model of a file of the compilation, shared with the resolver.</summary>
    public SemanticModel? ModelFor(SyntaxTree tree) => _references.ModelFor(tree);

    public IReadOnlyList<ResolvedValue> Resolve(IOperation? operation, Hook? hook = null)
    {
        try
        {
            return new Walk(this, hook).Values(operation, null, 0);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            return UnknownSet; // odd or half-typed code
        }
    }

    /// <summary>The arguments of one call, while the body of the method it calls is being read.</summary>
    private sealed class CallFrame
    {
        public CallFrame(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, CallFrame? outer)
        {
            Method = method;
            Arguments = arguments;
            Outer = outer;
        }

        public IMethodSymbol Method { get; }

        public ImmutableArray<IArgumentOperation> Arguments { get; }

        public CallFrame? Outer { get; }
    }

    private sealed class Walk
    {
        private readonly ValueSetResolver _owner;
        private readonly Hook? _hook;
        private readonly HashSet<(ISymbol, CallFrame?)> _active = new();
        private int _steps;

        public Walk(ValueSetResolver owner, Hook? hook)
        {
            _owner = owner;
            _hook = hook;
        }

        private CompilationReferences References => _owner._references;

        public IReadOnlyList<ResolvedValue> Values(IOperation? operation, CallFrame? frame, int depth)
        {
            if (operation is null || depth > MaxDepth || ++_steps > MaxSteps)
            {
                return UnknownSet;
            }

            if (operation.ConstantValue.HasValue)
            {
                return new[] { Constant(operation) };
            }

            IReadOnlyList<ResolvedValue> Next(IOperation? child) => Values(child, frame, depth + 1);

            if (_hook?.Invoke(operation, Next) is { } hooked)
            {
                return hooked;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return Next(conversion.Operand);
                case IParenthesizedOperation parenthesized:
                    return Next(parenthesized.Operand);
                case IInterpolatedStringOperation interpolated:
                    return Product(interpolated.Parts.Select(part => part switch
                    {
                        IInterpolatedStringTextOperation text => Next(text.Text),
                        IInterpolationOperation { Alignment: null, FormatString: null } interpolation => Next(interpolation.Expression),
                        _ => UnknownSet,
                    }));
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    return Product(new[] { Next(binary.LeftOperand), Next(binary.RightOperand) });
                case IInvocationOperation invocation
                    when invocation.TargetMethod.Name == "Concat" && invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    return Product(invocation.Arguments.SelectMany(ValueResolver.ExpandParams).Select(Next));
                case ICoalesceOperation coalesce:
                    return Union(Next(coalesce.Value).Where(v => !IsNull(v)), Next(coalesce.WhenNull));
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return Union(Next(conditional.WhenTrue), Next(whenFalse));
                case ILocalReferenceOperation local:
                    return Variable(local.Local, local, frame, depth);
                case IParameterReferenceOperation parameter:
                    return Parameter(parameter, frame, depth);
                case IFieldReferenceOperation field:
                    return Member(field.Field, depth);
                case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                    return Property(property, frame, depth);
                case IInvocationOperation invocation:
                    return Returned(invocation.TargetMethod, invocation.Arguments, frame, depth) ?? ElementRead(invocation, frame, depth) ?? UnknownSet;
                case IArrayElementReferenceOperation element:
                    return Contents(element.ArrayReference, element.Indices.Length == 1 ? element.Indices[0] : null, frame, depth);
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection } indexer:
                    return Contents(collection, indexer.Arguments.Length == 1 ? indexer.Arguments[0].Value : null, frame, depth);
                default:
                    return UnknownSet;
            }
        }

        private static ResolvedValue Constant(IOperation operation)
        {
            var origin = ValueResolver.ConstantOrigin(operation);
            return operation.ConstantValue.Value switch
            {
                null => new ResolvedValue(SymbolicString.Empty, ImmutableArray<SyntaxNode>.Empty),
                string text => ResolvedValue.Text(text, origin),
                char c => ResolvedValue.Text(c.ToString(), origin),
                var other => ResolvedValue.Text(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, origin),
            };
        }

        private static bool IsNull(ResolvedValue value) => value.Value.Segments.Length == 0 && value.Origins.IsEmpty;

        /// <summary>Every definition of a local or parameter in its body.</summary>
        private IReadOnlyList<ResolvedValue> Variable(ISymbol variable, IOperation reference, CallFrame? frame, int depth)
        {
            if (!_active.Add((variable, frame)))
            {
                return Array.Empty<ResolvedValue>(); // a cycle: the other definitions say what it holds
            }

            try
            {
                var definitions = BodyDefinitions.Of(reference).Definitions(variable);
                if (definitions.Count == 0)
                {
                    return variable is IParameterSymbol ? Array.Empty<ResolvedValue>() : UnknownSet;
                }

                return Union(definitions.Select(d => d is null ? UnknownSet : Values(d, frame, depth + 1)).ToArray());
            }
            finally
            {
                _active.Remove((variable, frame));
            }
        }

        /// <summary>A parameter: what its body assigns it, and what the call being followed passes, or else every call site.</summary>
        private IReadOnlyList<ResolvedValue> Parameter(IParameterReferenceOperation reference, CallFrame? frame, int depth)
        {
            var parameter = reference.Parameter;
            var assigned = Variable(parameter, reference, frame, depth);
            return Union(assigned, Passed(parameter, frame, depth));
        }

        private IReadOnlyList<ResolvedValue> Passed(IParameterSymbol parameter, CallFrame? frame, int depth)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method ||
                method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction or MethodKind.LambdaMethod)
            {
                return UnknownSet;
            }

            for (var current = frame; current is not null; current = current.Outer)
            {
                if (SymbolEqualityComparer.Default.Equals(current.Method.OriginalDefinition, method.OriginalDefinition))
                {
                    return Argument(current.Arguments, parameter, current.Outer, depth);
                }
            }

            if (!_active.Add((method, null)))
            {
                return Array.Empty<ResolvedValue>();
            }

            try
            {
                var sets = new List<IReadOnlyList<ResolvedValue>>();
                if (method.DeclaredAccessibility != Accessibility.Private || method.IsVirtual || method.IsOverride || method.IsAbstract)
                {
                    sets.Add(UnknownSet); // callers outside the compilation, or through a base the compilation does not show
                }

                foreach (var use in References.UsesOf(method))
                {
                    var arguments = use switch
                    {
                        IInvocationOperation invocation => invocation.Arguments,
                        IObjectCreationOperation creation => creation.Arguments,
                        _ => ImmutableArray<IArgumentOperation>.Empty,
                    };
                    sets.Add(Argument(arguments, parameter, null, depth));
                }

                return sets.Count == 0 ? UnknownSet : Union(sets.ToArray());
            }
            finally
            {
                _active.Remove((method, null));
            }
        }

        private IReadOnlyList<ResolvedValue> Argument(ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter, CallFrame? frame, int depth)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal)
                {
                    return argument.ArgumentKind == ArgumentKind.ParamArray ? UnknownSet : Values(argument.Value, frame, depth + 1);
                }
            }

            return UnknownSet;
        }

        /// <summary>What a method of the compilation returns, for this call: each override's for a virtual call.</summary>
        private IReadOnlyList<ResolvedValue>? Returned(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, CallFrame? frame, int depth)
        {
            method = method.ReducedFrom ?? method;
            if (method.DeclaringSyntaxReferences.Length == 0)
            {
                return null; // from metadata
            }

            var implementations = References.Implementations(method);
            if (implementations.Length == 0)
            {
                return null;
            }

            var sets = new List<IReadOnlyList<ResolvedValue>>();
            foreach (var implementation in implementations)
            {
                var inner = new CallFrame(implementation, arguments, frame);
                if (!_active.Add((implementation, inner)) || !_active.Add((implementation, null)))
                {
                    _active.Remove((implementation, inner));
                    continue; // recursion
                }

                try
                {
                    foreach (var declaration in implementation.DeclaringSyntaxReferences)
                    {
                        if (References.OperationOf(declaration.GetSyntax()) is not { } body)
                        {
                            sets.Add(UnknownSet);
                            continue;
                        }

                        foreach (var value in ReturnedValues(body))
                        {
                            sets.Add(Values(value, inner, depth + 1));
                        }
                    }
                }
                finally
                {
                    _active.Remove((implementation, inner));
                    _active.Remove((implementation, null));
                }
            }

            return sets.Count == 0 ? null : Union(sets.ToArray());
        }

        private static IEnumerable<IOperation> ReturnedValues(IOperation body)
        {
            foreach (var node in body.Descendants())
            {
                if (node is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value } && !InNestedFunction(node, body))
                {
                    yield return value;
                }
            }
        }

        private static bool InNestedFunction(IOperation node, IOperation body)
        {
            for (var current = node.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A property: its getter's return values, or (an auto-property) what is assigned to it anywhere.</summary>
        private IReadOnlyList<ResolvedValue> Property(IPropertyReferenceOperation reference, CallFrame? frame, int depth)
        {
            var property = reference.Property.OriginalDefinition;
            if (property.DeclaringSyntaxReferences.Length == 0)
            {
                // First/Last of a linked list, Value of its node
                return reference.Property.Name == "Value" && reference.Instance is IPropertyReferenceOperation { Property.Name: "First" or "Last", Instance: { } list }
                    ? Contents(list, null, frame, depth)
                    : UnknownSet;
            }

            if (property.GetMethod is { } getter && HasBody(property))
            {
                return Returned(getter, ImmutableArray<IArgumentOperation>.Empty, frame, depth) ?? UnknownSet;
            }

            return Member(property, depth);
        }

        /// <summary>A property whose getter is written out (<c>=&gt; x</c>, <c>get { return x; }</c>): not an auto-property.</summary>
        private static bool HasBody(IPropertySymbol property)
            => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax declaration &&
                                                            (declaration.ExpressionBody is not null ||
                                                             declaration.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true));

        /// <summary>A field or auto-property: its initializer and every value assigned to it in the compilation.</summary>
        private IReadOnlyList<ResolvedValue> Member(ISymbol member, int depth)
        {
            member = member.OriginalDefinition;
            if (member is IFieldSymbol { HasConstantValue: true } constant)
            {
                return constant.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } written }
                    ? new[] { ResolvedValue.Text(Convert.ToString(constant.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, written) }
                    : UnknownSet;
            }

            if (member.DeclaringSyntaxReferences.Length == 0 || !_active.Add((member, null)))
            {
                return member.DeclaringSyntaxReferences.Length == 0 ? UnknownSet : Array.Empty<ResolvedValue>();
            }

            try
            {
                var sets = new List<IReadOnlyList<ResolvedValue>>();
                foreach (var value in Written(member))
                {
                    sets.Add(value is null ? UnknownSet : Values(value, null, depth + 1));
                }

                if (member.DeclaredAccessibility != Accessibility.Private && !(member is IFieldSymbol { IsReadOnly: true }))
                {
                    sets.Add(UnknownSet); // other assemblies may set it
                }

                return sets.Count == 0 ? UnknownSet : Union(sets.ToArray());
            }
            finally
            {
                _active.Remove((member, null));
            }
        }

        /// <summary>The values written to a field or property: its initializer and assignments (null: written some other way).</summary>
        private IEnumerable<IOperation?> Written(ISymbol member)
        {
            foreach (var declaration in member.DeclaringSyntaxReferences)
            {
                var initializer = declaration.GetSyntax() switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } v } => v,
                    Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Initializer.Value: { } v } => v,
                    _ => null,
                };
                if (initializer is not null)
                {
                    yield return References.OperationOf(initializer);
                }
            }

            foreach (var use in References.UsesOf(member))
            {
                switch (use.Parent)
                {
                    case ISimpleAssignmentOperation assignment when assignment.Target == use:
                        yield return assignment.Value;
                        break;
                    case ICompoundAssignmentOperation compound when compound.Target == use:
                    case ICoalesceAssignmentOperation coalesce when coalesce.Target == use:
                    case IIncrementOrDecrementOperation:
                    case IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In }:
                    case ITupleOperation:
                        yield return null;
                        break;
                }
            }
        }

        /// <summary><c>list.First()</c>, <c>stack.Peek()</c>, <c>map.GetValueOrDefault(k)</c>: an element of the collection.</summary>
        private IReadOnlyList<ResolvedValue>? ElementRead(IInvocationOperation invocation, CallFrame? frame, int depth)
        {
            var method = invocation.TargetMethod;
            var collection = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            if (collection is null)
            {
                return null;
            }

            switch (method.Name)
            {
                case "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault" or "ElementAt" or "ElementAtOrDefault"
                    or "Peek" or "Pop" or "Dequeue":
                    return Contents(collection, null, frame, depth);
                case "GetValueOrDefault" when invocation.Arguments.Length >= 2:
                    return Contents(collection, invocation.Arguments[invocation.Instance is null ? 1 : 0].Value, frame, depth);
                default:
                    return null;
            }
        }

        /// <summary>The elements of the collection an expression holds, with the key or index <paramref name="key"/> when both are constants.</summary>
        private IReadOnlyList<ResolvedValue> Contents(IOperation collection, IOperation? key, CallFrame? frame, int depth)
        {
            if (depth > MaxDepth || ++_steps > MaxSteps)
            {
                return UnknownSet;
            }

            collection = OperationValues.Unwrap(collection)!;
            var sets = new List<IReadOnlyList<ResolvedValue>>();
            void AddWrites(IEnumerable<(object? Key, IOperation? Value)> writes, CallFrame? writesFrame)
            {
                foreach (var (writtenKey, value) in writes)
                {
                    if (SameKey(writtenKey, key))
                    {
                        sets.Add(value is null ? UnknownSet : Values(value, writesFrame, depth + 1));
                    }
                }
            }

            switch (collection)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    AddWrites(initializer.ElementValues.Select((e, i) => ((object?)i, (IOperation?)e)), frame);
                    break;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.Initializers)
                    {
                        switch (element)
                        {
                            case IInvocationOperation add when add.Arguments.Length > 0:
                                AddWrites(new[] { (add.Arguments.Length == 2 ? OperationValues.Constant(add.Arguments[0].Value) : null, (IOperation?)add.Arguments[add.Arguments.Length - 1].Value) }, frame);
                                break;
                            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } target } set:
                                AddWrites(new[] { (target.Arguments.Length == 1 ? OperationValues.Constant(target.Arguments[0].Value) : null, (IOperation?)set.Value) }, frame);
                                break;
                        }
                    }

                    break;
                case IArrayCreationOperation or IObjectCreationOperation:
                    break; // created empty: what is written into it is found through the variable that holds it
                case ILocalReferenceOperation or IParameterReferenceOperation:
                    var variable = collection is ILocalReferenceOperation l ? (ISymbol)l.Local : ((IParameterReferenceOperation)collection).Parameter;
                    if (!_active.Add((variable, null)))
                    {
                        return Array.Empty<ResolvedValue>();
                    }

                    try
                    {
                        var body = BodyDefinitions.Of(collection);
                        AddWrites(body.Contents(variable), frame);
                        foreach (var definition in body.Definitions(variable))
                        {
                            sets.Add(definition is null ? UnknownSet : Contents(definition, key, frame, depth + 1));
                        }

                        if (variable is IParameterSymbol parameter)
                        {
                            sets.Add(PassedContents(parameter, key, frame, depth));
                        }
                    }
                    finally
                    {
                        _active.Remove((variable, null));
                    }

                    break;
                case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                    var member = (collection is IFieldReferenceOperation f ? (ISymbol)f.Field : ((IPropertyReferenceOperation)collection).Property).OriginalDefinition;
                    if (member.DeclaringSyntaxReferences.Length == 0 || !_active.Add((member, null)))
                    {
                        return UnknownSet;
                    }

                    try
                    {
                        foreach (var use in References.UsesOf(member))
                        {
                            if (BodyDefinitions.ContentWrite(use) is { } write)
                            {
                                AddWrites(new[] { write }, null);
                            }
                        }

                        foreach (var value in Written(member))
                        {
                            sets.Add(value is null ? UnknownSet : Contents(value, key, null, depth + 1));
                        }
                    }
                    finally
                    {
                        _active.Remove((member, null));
                    }

                    break;
                default:
                    sets.Add(UnknownSet);
                    break;
            }

            return sets.Count == 0 ? Array.Empty<ResolvedValue>() : Union(sets.ToArray());
        }

        private IReadOnlyList<ResolvedValue> PassedContents(IParameterSymbol parameter, IOperation? key, CallFrame? frame, int depth)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method || method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
            {
                return UnknownSet;
            }

            for (var current = frame; current is not null; current = current.Outer)
            {
                if (SymbolEqualityComparer.Default.Equals(current.Method.OriginalDefinition, method.OriginalDefinition))
                {
                    var argument = current.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
                    return argument is null ? UnknownSet : Contents(argument.Value, key, current.Outer, depth + 1);
                }
            }

            var sets = new List<IReadOnlyList<ResolvedValue>>();
            foreach (var use in References.UsesOf(method))
            {
                var arguments = use is IInvocationOperation invocation ? invocation.Arguments : use is IObjectCreationOperation creation ? creation.Arguments : default;
                var argument = arguments.IsDefault ? null : arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
                sets.Add(argument is null ? UnknownSet : Contents(argument.Value, key, null, depth + 1));
            }

            return sets.Count == 0 ? UnknownSet : Union(sets.ToArray());
        }

        /// <summary>Whether a written element can be the one read: unless both keys are constants that differ.</summary>
        private static bool SameKey(object? written, IOperation? read)
            => written is null || OperationValues.Constant(read) is not { } readKey || Equals(written, readKey);
    }

    private static IReadOnlyList<ResolvedValue> Union(params IReadOnlyList<ResolvedValue>[] sets) => Union((IEnumerable<IReadOnlyList<ResolvedValue>>)sets);

    private static IReadOnlyList<ResolvedValue> Union(IEnumerable<ResolvedValue> first, IReadOnlyList<ResolvedValue> second)
        => Union(new[] { first.ToArray(), second });

    private static IReadOnlyList<ResolvedValue> Union(IEnumerable<IReadOnlyList<ResolvedValue>> sets)
    {
        var result = new List<ResolvedValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = false;
        foreach (var set in sets)
        {
            foreach (var value in set)
            {
                if (value.Value.IsFullyUnknown)
                {
                    unknown = true;
                }
                else if (result.Count >= MaxValues)
                {
                    unknown = true;
                }
                else if (seen.Add(value.Value.Render() + "\u0001" + string.Join(",", value.Origins.Select(o => o.SyntaxTree.FilePath + ":" + o.SpanStart))))
                {
                    result.Add(value);
                }
            }
        }

        if (unknown)
        {
            result.Add(ResolvedValue.Unknown);
        }

        return result;
    }

    /// <summary>Every combination of the parts' values, in order (bounded: past the bound, unknown).</summary>
    private static IReadOnlyList<ResolvedValue> Product(IEnumerable<IReadOnlyList<ResolvedValue>> parts)
    {
        IReadOnlyList<ResolvedValue> result = new[] { new ResolvedValue(SymbolicString.Empty, ImmutableArray<SyntaxNode>.Empty) };
        foreach (var part in parts)
        {
            var next = new List<ResolvedValue>();
            foreach (var left in result)
            {
                foreach (var right in part.Count == 0 ? UnknownSet : part)
                {
                    if (next.Count >= MaxValues)
                    {
                        break;
                    }

                    next.Add(ResolvedValue.Concat(left, right));
                }
            }

            result = next;
        }

        return result;
    }
}
