using System.Collections.Generic;
using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// Collects what a process is started with: the file name and arguments from a constructor, an object
/// initializer (<c>FileName</c>, <c>Arguments</c>, <c>ArgumentList = { … }</c>) and later assignments in the
/// same body (<c>psi.Arguments = …</c>, <c>psi.ArgumentList.Add(…)</c>, <c>p.StartInfo.FileName = …</c>).
/// </summary>
internal sealed class StartInfoReader
{
    private SymbolicString? _fileName;
    private readonly List<string> _arguments = new();

    /// <param name="hook">How the values are resolved: at a call of a helper, its parameters are the caller's arguments.</param>
    public StartInfoReader(ValueResolver.Hook? hook = null) => _hook = hook;

    private readonly ValueResolver.Hook? _hook;

    public CommandLine Result => CommandLine.From(_fileName ?? SymbolicString.Unknown, _arguments);

    /// <summary>The operation the program's name was last set from, or null.</summary>
    public IOperation? FileNameValue { get; private set; }

    public void SetFileName(IOperation? value)
    {
        if (value is not null)
        {
            FileNameValue = value;
            _fileName = Resolve(value);
        }
    }

    private SymbolicString Resolve(IOperation value) => ValueResolver.Resolve(value, _hook);

    /// <summary>A string of arguments (tokenized) or a sequence of them (one token each).</summary>
    public void AddArguments(IOperation? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Type?.SpecialType == SpecialType.System_String || OperationValues.Unwrap(value)?.Type?.SpecialType == SpecialType.System_String)
        {
            _arguments.AddRange(CommandLine.Tokenize(Resolve(value).Render()));
            return;
        }

        _arguments.AddRange(Elements(value));
    }

    public void ReadInitializer(IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var member in initializer.Initializers)
        {
            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    Assign(property.Property.Name, assignment.Value);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "ArgumentList" }, Initializer: { } list }:
                    foreach (var add in list.Initializers.OfType<IInvocationOperation>())
                    {
                        _arguments.AddRange(add.Arguments.Select(a => Resolve(a.Value).Render()));
                    }

                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "StartInfo" }, Initializer: { } nested }:
                    ReadInitializer(nested);
                    break;
            }
        }
    }

    /// <summary>Assignments and <c>ArgumentList.Add</c> calls in the body on the instance <paramref name="isStartInfo"/> accepts.</summary>
    public void ReadBody(IOperation root, System.Func<IOperation?, bool> isStartInfo)
    {
        foreach (var node in root.Descendants())
        {
            switch (node)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when isStartInfo(property.Instance):
                    Assign(property.Property.Name, assignment.Value);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Instance: IPropertyReferenceOperation { Property.Name: "ArgumentList" } list } add
                    when isStartInfo(list.Instance):
                    _arguments.AddRange(add.Arguments.Select(a => Resolve(a.Value).Render()));
                    break;
            }
        }
    }

    private void Assign(string property, IOperation value)
    {
        switch (property)
        {
            case "FileName":
                SetFileName(value);
                break;
            case "Arguments":
                AddArguments(value);
                break;
        }
    }

    private IEnumerable<string> Elements(IOperation value)
    {
        switch (OperationValues.Follow(value))
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Select(e => Resolve(e).Render());
            case IObjectCreationOperation { Initializer: { } initializer }:
                return initializer.Initializers.OfType<IInvocationOperation>()
                    .SelectMany(add => add.Arguments.Select(a => Resolve(a.Value).Render()));
            default:
                return new[] { SymbolicString.UnknownMarker.ToString() };
        }
    }
}
