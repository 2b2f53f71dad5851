using System.Linq;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>A process start: the API and what of its command line is visible.</summary>
internal readonly struct ProcessLaunch
{
    public ProcessLaunch(string api, CommandLine commandLine, IParameterSymbol? forwarded = null)
    {
        Api = api;
        CommandLine = commandLine;
        Forwarded = forwarded;
    }

    public string Api { get; }

    public CommandLine CommandLine { get; }

    /// <summary>The parameter of the method around the launch that the program's name is, passed on unchanged; or null.</summary>
    public IParameterSymbol? Forwarded { get; }

    public ProcessLaunch WithForwarded(IParameterSymbol? parameter) => new(Api, CommandLine, parameter);
}

/// <summary>
/// Process starts: <c>new ProcessStartInfo</c>, <c>Process.Start</c> and CliWrap's <c>Cli.Wrap</c>. One launch is
/// reported once: where a body builds a <c>ProcessStartInfo</c>, that creation is the finding (it holds the
/// command line) and the <c>Process.Start(psi)</c>/<c>process.Start()</c> that runs it is not reported again.
/// </summary>
internal sealed class ProcessLaunches
{
    private readonly SideEffectsSymbols _s;
    private readonly SourceWrappers _wrappers;
    private readonly bool _helpersForward;

    /// <param name="isTestProject">
    /// In a test project a private helper is not a wrapper: its launch stays where it is. Test helpers pass fixed commands
    /// on test-owned resources (duplicati's disk-image helper runs <c>parted</c> on a loop device it made); judged at each
    /// call they would become many findings, some Critical, for what is context.
    /// </param>
    public ProcessLaunches(SideEffectsSymbols symbols, SourceWrappers wrappers, bool isTestProject)
    {
        _s = symbols;
        _wrappers = wrappers;
        _helpersForward = !isTestProject;
    }

    /// <summary>
    /// A call of the compilation's own private or internal helper whose launch runs the program it is given (reported Low
    /// in the helper): the launch as this call makes it, the helper's parameters read as the caller's arguments. A caller
    /// that only passes on its own parameter is Forwarded in turn; its callers are not followed further.
    /// </summary>
    public ProcessLaunch? MatchWrapperCall(IInvocationOperation call)
    {
        if (_wrappers.Find(call, FindForwardedLaunch) is not { } sink)
        {
            return null;
        }

        var callee = (call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition;
        ValueResolver.Hook hook = (operation, resolve) =>
            operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol.OriginalDefinition, callee)
                ? resolve(SourceWrappers.ArgumentFor(call, reference.Parameter))
                : null;
        var launch = sink switch
        {
            IObjectCreationOperation creation => Match(creation, hook),
            IInvocationOperation invocation => Match(invocation, hook),
            _ => null,
        };
        if (launch is not { } found || found.Forwarded is not { } parameter)
        {
            return null;
        }

        var program = SourceWrappers.ArgumentFor(call, parameter);
        var api = callee.ContainingType.Name + "." + callee.Name + " → " + found.Api;
        return new ProcessLaunch(api, found.CommandLine, ForwardedParameters.Of(program, IsLaunch, helpersToo: _helpersForward));
    }

    private IOperation? FindForwardedLaunch(IOperation body)
    {
        foreach (var node in body.Descendants())
        {
            var launch = node switch
            {
                IObjectCreationOperation creation => Match(creation),
                IInvocationOperation invocation => Match(invocation),
                _ => null,
            };
            if (launch?.Forwarded is not null)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a command line is given, whatever it is (for counting a method's launches): a <c>ProcessStartInfo</c>, a
    /// <c>Process.Start(fileName, …)</c>, a <c>Cli.Wrap</c>. The <c>Start()</c> that runs a start info is not one more.
    /// </summary>
    private bool IsLaunch(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => SideEffectsSymbols.Is(creation.Type, _s.ProcessStartInfo),
        IInvocationOperation { TargetMethod: var method } =>
            (method.Name == "Start" && SideEffectsSymbols.Is(method.ContainingType, _s.Process) && method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == SpecialType.System_String) ||
            (method.Name == "Wrap" && SideEffectsSymbols.Is(method.ContainingType, _s.CliWrapCli)),
        _ => false,
    };

    /// <summary>The launch, Forwarded when the program's name is a parameter of the method around it, passed on unchanged.</summary>
    private ProcessLaunch Forwarding(ProcessLaunch launch, StartInfoReader reader)
        => launch.WithForwarded(ForwardedParameters.Of(reader.FileNameValue, IsLaunch, helpersToo: _helpersForward));

    public ProcessLaunch? Match(IObjectCreationOperation creation, ValueResolver.Hook? hook = null)
    {
        if (!SideEffectsSymbols.Is(creation.Type, _s.ProcessStartInfo))
        {
            return null;
        }

        var reader = new StartInfoReader(hook);
        reader.SetFileName(OperationValues.Argument(creation.Arguments, "fileName"));
        reader.AddArguments(OperationValues.Argument(creation.Arguments, "arguments"));
        reader.ReadInitializer(creation.Initializer);
        if (DeclaredLocal(creation) is { } local)
        {
            reader.ReadBody(OperationValues.Root(creation), instance => IsLocal(instance, local));
        }

        return Forwarding(new ProcessLaunch("new ProcessStartInfo", reader.Result), reader);
    }

    public ProcessLaunch? Match(IInvocationOperation invocation, ValueResolver.Hook? hook = null)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "Wrap" && SideEffectsSymbols.Is(method.ContainingType, _s.CliWrapCli))
        {
            return new ProcessLaunch("Cli.Wrap", CliWrapCommandLine(invocation, hook));
        }

        if (method.Name != "Start" || !SideEffectsSymbols.Is(method.ContainingType, _s.Process))
        {
            return null;
        }

        var reader = new StartInfoReader(hook);
        if (method.Parameters.Length > 0 && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
        {
            reader.SetFileName(OperationValues.Argument(invocation.Arguments, "fileName"));
            reader.AddArguments(OperationValues.Argument(invocation.Arguments, "arguments"));
            return Forwarding(new ProcessLaunch("Process.Start", reader.Result), reader);
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

        return Forwarding(new ProcessLaunch("Process.Start", reader.Result), reader);
    }

    private bool BuildsStartInfo(IOperation operation)
        => OperationValues.Root(operation).Descendants().Any(o => o is IObjectCreationOperation c && SideEffectsSymbols.Is(c.Type, _s.ProcessStartInfo));

    /// <summary><c>Cli.Wrap("kubectl").WithArguments("apply -f app.yaml")…</c>: the target and the arguments of the fluent chain.</summary>
    private static CommandLine CliWrapCommandLine(IInvocationOperation wrap, ValueResolver.Hook? hook)
    {
        var reader = new StartInfoReader(hook);
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
