using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>A process start: the API and what of its command line is visible.</summary>
internal readonly struct ProcessLaunch
{
    public ProcessLaunch(string api, CommandLine commandLine)
    {
        Api = api;
        CommandLine = commandLine;
    }

    public string Api { get; }

    public CommandLine CommandLine { get; }
}

/// <summary>
/// Process starts: <c>new ProcessStartInfo</c>, <c>Process.Start</c> and CliWrap's <c>Cli.Wrap</c>. One launch is
/// reported once: where a body builds a <c>ProcessStartInfo</c>, that creation is the finding (it holds the
/// command line) and the <c>Process.Start(psi)</c>/<c>process.Start()</c> that runs it is not reported again.
/// </summary>
internal sealed class ProcessLaunches
{
    private readonly SideEffectsSymbols _s;

    public ProcessLaunches(SideEffectsSymbols symbols) => _s = symbols;

    public ProcessLaunch? Match(IObjectCreationOperation creation)
    {
        if (!SideEffectsSymbols.Is(creation.Type, _s.ProcessStartInfo))
        {
            return null;
        }

        var reader = new StartInfoReader();
        reader.SetFileName(OperationValues.Argument(creation.Arguments, "fileName"));
        reader.AddArguments(OperationValues.Argument(creation.Arguments, "arguments"));
        reader.ReadInitializer(creation.Initializer);
        if (DeclaredLocal(creation) is { } local)
        {
            reader.ReadBody(OperationValues.Root(creation), instance => IsLocal(instance, local));
        }

        return new ProcessLaunch("new ProcessStartInfo", reader.Result);
    }

    public ProcessLaunch? Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Wrap" && SideEffectsSymbols.Is(method.ContainingType, _s.CliWrapCli))
        {
            return new ProcessLaunch("Cli.Wrap", CliWrapCommandLine(invocation));
        }

        if (method.Name != "Start" || !SideEffectsSymbols.Is(method.ContainingType, _s.Process))
        {
            return null;
        }

        var reader = new StartInfoReader();
        if (method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
        {
            reader.SetFileName(OperationValues.Argument(invocation.Arguments, "fileName"));
            reader.AddArguments(OperationValues.Argument(invocation.Arguments, "arguments"));
            return new ProcessLaunch("Process.Start", reader.Result);
        }

        if (BuildsStartInfo(invocation))
        {
            return null; // Reported at the ProcessStartInfo creation.
        }

        if (!method.IsStatic && OperationValues.Unwrap(invocation.Instance) is ILocalReferenceOperation process)
        {
            if (ValueResolver.FindSingleDefinition(process) is { } definition && OperationValues.Unwrap(definition) is IObjectCreationOperation created)
            {
                reader.ReadInitializer(created.Initializer);
            }

            reader.ReadBody(OperationValues.Root(invocation), instance =>
                instance is IPropertyReferenceOperation { Property.Name: "StartInfo" } startInfo && IsLocal(startInfo.Instance, process.Local));
        }

        return new ProcessLaunch("Process.Start", reader.Result);
    }

    private bool BuildsStartInfo(IOperation operation)
        => OperationValues.Root(operation).Descendants().Any(o => o is IObjectCreationOperation c && SideEffectsSymbols.Is(c.Type, _s.ProcessStartInfo));

    /// <summary><c>Cli.Wrap("kubectl").WithArguments("apply -f app.yaml")…</c>: the target and the arguments of the fluent chain.</summary>
    private static CommandLine CliWrapCommandLine(IInvocationOperation wrap)
    {
        var reader = new StartInfoReader();
        reader.SetFileName(wrap.Arguments.FirstOrDefault()?.Value);
        IOperation current = wrap;
        while (current.Parent is IInvocationOperation next && next.Instance == current)
        {
            if (next.TargetMethod.Name == "WithArguments" && next.Arguments.Length > 0)
            {
                var value = next.Arguments[0].Value;
                if (value.Type is INamedTypeSymbol { DelegateInvokeMethod: not null })
                {
                    reader.AddArguments(null);
                }
                else
                {
                    reader.AddArguments(value);
                }
            }

            current = next;
        }

        return reader.Result;
    }

    private static ILocalSymbol? DeclaredLocal(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            _ => null,
        };
    }

    private static bool IsLocal(IOperation? operation, ILocalSymbol local)
        => OperationValues.Unwrap(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
}
