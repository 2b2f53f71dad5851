using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using AutoMode.Analyzers.Values;

namespace AutoMode.Analyzers.Rules.SideEffects;

/// <summary>
/// AM5001–AM5009: calls that change state outside the codebase — HTTP requests that are not reads (Low when the method
/// only forwards its parameter, Medium in a test project when the client's origin is not visible, Medium when the
/// request may only read: its method is not visible, or a POST is named as a query or sign-in), processes (Critical
/// when the visible command line deploys or destroys), messages and mail (Low in a transport wrapper that sends what its
/// caller passes in), and payments.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SideEffectsAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor HttpRule = DescriptorFactory.Create(
        RuleIdentifiers.StateChangingHttpRequest,
        "State-changing HTTP request",
        "'{0}' sends {1}; it changes state on another system, and reverting the code does not undo it. Make the call idempotent and review it, or keep it behind a dry-run switch.",
        RuleCategory.SideEffects,
        RiskLevel.High,
        "POST, PUT, PATCH and DELETE requests (and requests whose method cannot be seen) act on another system. GET, HEAD, OPTIONS and TRACE are not reported.");

    internal static readonly DiagnosticDescriptor ProcessRule = DescriptorFactory.Create(
        RuleIdentifiers.ProcessLaunch,
        "Process launch",
        "'{0}' starts {1}; a child process can do anything the user can, out of sight of the compiler. Prefer a library call, or keep the command fixed and reviewed.",
        RuleCategory.SideEffects,
        RiskLevel.High,
        "Starting a process runs code the analyzers cannot see. It is escalated to AM5003 when the visible command line deploys or destroys.");

    internal static readonly DiagnosticDescriptor DeployingCommandRule = DescriptorFactory.Create(
        RuleIdentifiers.DeployingCommandLine,
        "Command line that deploys or destroys",
        "'{0}' runs '{1}'; this acts on live systems and cannot be undone by reverting the change. Run it from a reviewed pipeline, not from application code an agent can edit.",
        RuleCategory.SideEffects,
        RiskLevel.Critical,
        "kubectl/helm/terraform/pulumi and cloud CLIs with mutating verbs, git push, docker push/rm, dotnet ef database update/drop, recursive deletes, formats, shutdowns and SQL clients given DDL.");

    internal static readonly DiagnosticDescriptor MessageRule = DescriptorFactory.Create(
        RuleIdentifiers.MessageSend,
        "Message or mail sent",
        "'{0}' {1}; once sent it cannot be recalled, and other systems or people act on it. Review who receives it, or send through an outbox that can be held back.",
        RuleCategory.SideEffects,
        RiskLevel.High,
        "Sending e-mail (System.Net.Mail, MailKit) or publishing to a message bus (Azure Service Bus, RabbitMQ, Kafka, Amazon SQS).");

    internal static readonly DiagnosticDescriptor MoneyRule = DescriptorFactory.Create(
        RuleIdentifiers.MoneyMovement,
        "Money movement",
        "'{0}' {1}; real money moves and a wrong amount or a repeated call is costly to reverse. Keep payment code under human review and use idempotency keys.",
        RuleCategory.SideEffects,
        RiskLevel.Critical,
        "Stripe refunds, charges, payment intents (create, confirm, capture), payouts and transfers.");

    internal static readonly DiagnosticDescriptor ReadOnlyCommandRule = DescriptorFactory.Create(
        RuleIdentifiers.ReadOnlyCommand,
        "Read-only command launched",
        "'{0}' runs '{1}', a fixed command that only reads; recorded so that a change to its command line is seen",
        RuleCategory.SideEffects,
        RiskLevel.Low,
        "A fully visible command line that only prints information (--version, --help, --info) or reads a git repository (git rev-parse, status, log, describe, show, diff). Any other or partly unknown command is AM5002.");

    internal static readonly DiagnosticDescriptor ForwardedHttpRule = DescriptorFactory.Create(
        RuleIdentifiers.HttpRequestForwarded,
        "HTTP request forwarded from a parameter",
        "'{0}' sends {1}; its {2} is the parameter '{3}' of '{4}', passed on unchanged: the method is a wrapper whose callers decide the request, so the risk is reported where it is visible, at its callers (calls in this project of a private or internal wrapper are reported as AM5001). Recorded at Low; declare a public method with [Risk] if calls to it from other projects should be reported.",
        RuleCategory.SideEffects,
        RiskLevel.Low,
        "A method that hands its own HttpRequestMessage, URI or HTTP method parameter to HttpClient unchanged (a SendAsync(request) wrapper, a client library's own request pipeline) does not choose the request: its callers do. A private or internal wrapper's calls in the same project are reported with the caller's value (AM5001, or nothing for a GET). A request the method builds or changes itself stays AM5001.");

    internal static readonly DiagnosticDescriptor TestClientHttpRule = DescriptorFactory.Create(
        RuleIdentifiers.HttpRequestFromTestClient,
        "HTTP request in a test project through a client of unseen origin",
        "'{0}' sends {1} in a test project through a client whose origin cannot be seen here ({2}); an integration test's client usually comes from the in-memory test server (WebApplicationFactory or TestServer.CreateClient) and changes nothing outside the test. Reported at Medium rather than High (AM5001): create the client visibly from the test server, or check where it points.",
        RuleCategory.SideEffects,
        RiskLevel.Medium,
        "In a test project, a state-changing request through an HttpClient that comes from a parameter, a member set in another file or a call whose result is not visible. A client visibly created from WebApplicationFactory/TestServer is not reported; one visibly created with new HttpClient stays AM5001.");

    internal static readonly DiagnosticDescriptor MayOnlyReadHttpRule = DescriptorFactory.Create(
        RuleIdentifiers.HttpRequestMayOnlyRead,
        "HTTP request that may only read",
        "'{0}' sends {1}, but {2}. Reported at Medium rather than High (AM5001): the code does not show that it changes state; make the method visible, or check what the endpoint does.",
        RuleCategory.SideEffects,
        RiskLevel.Medium,
        "A request AM5001 would report whose HTTP method cannot be seen (a request handed over by another method), or a POST whose visible URI names a search, query, token or sign-in endpoint, or which is sent by a method named as a read or a sign-in (GetDownloadUrlAsync, ListFilesAsync, LoginAsync) without a write word in its name. PUT, PATCH and DELETE stay AM5001.");

    internal static readonly DiagnosticDescriptor ForwardedProcessRule = DescriptorFactory.Create(
        RuleIdentifiers.ProcessLaunchForwarded,
        "Process launch forwarded from a parameter",
        "'{0}' starts the program given by the parameter '{1}' of '{2}', passed on unchanged: the method is a wrapper whose callers choose the program, so the risk is reported where it is visible, at its callers (calls in this project of a private or internal wrapper are reported as AM5002 or AM5003). Recorded at Low; declare a public method with [Risk] if calls to it from other projects should be reported.",
        RuleCategory.SideEffects,
        RiskLevel.Low,
        "A method that hands its own program-name parameter to ProcessStartInfo, Process.Start or Cli.Wrap unchanged (a RunProcess(fileName, arguments) helper) does not choose what runs: its callers do. A private or internal wrapper's calls in the same project are judged with the caller's values.");

    internal static readonly DiagnosticDescriptor UnseenProgramThroughWrapperRule = DescriptorFactory.Create(
        RuleIdentifiers.ProcessLaunchThroughWrapperUnseen,
        "Process launch through a wrapper, program not shown",
        "'{0}' starts a program this call does not show either (its program argument is not a constant); Medium, not High: which program runs is set elsewhere (configuration, a field), most often the tool the program is built around. Pass a fixed program here, or review where it is set.",
        RuleCategory.SideEffects,
        RiskLevel.Medium,
        "A call of the project's own launch wrapper (AM5010) is judged with the caller's command line: a visible program is AM5002, AM5003 or AM5006. When the caller passes a value that does not show the program either (jellyfin's GetProcessOutput(_encoderPath, \"-version\") probes, one finding a call), the rule cannot tell a configured tool from an arbitrary one and reports one level lower.");

    internal static readonly DiagnosticDescriptor WrappedMessageRule = DescriptorFactory.Create(
        RuleIdentifiers.MessageSendWrapped,
        "Message or mail sent by a transport wrapper",
        "'{0}' {1}, but its {2} come from the parameter '{3}' of '{4}': the method is a transport wrapper (an event bus's publish, a mail service's send) whose callers decide what is sent and to whom, so the risk is theirs. Recorded at Low rather than High (AM5004); declare the method with [Risk] if calls to it should be reported.",
        RuleCategory.SideEffects,
        RiskLevel.Low,
        "A publish whose payload, or a mail whose every recipient, is built only from the parameters of the method around it (IEventBus.PublishAsync(event) serializing the caller's event, IMailDeliveryService.SendEmailAsync(message) copying the caller's addresses into a MimeMessage). A send whose payload or any recipient is chosen in the method (a constant, a field, the configuration) stays AM5004.");

    internal static readonly DiagnosticDescriptor UploadOfCallersContentRule = DescriptorFactory.Create(
        RuleIdentifiers.HttpUploadOfCallersContent,
        "HTTP upload of the caller's content",
        "'{0}' sends {1} that uploads the data of the parameter '{2}' of '{3}': the method is the transport of a storage contract (a backend's PutAsync(remotename, stream)) whose callers decide what is written. Reported at Medium rather than High (AM5001): review what the callers upload, and where.",
        RuleCategory.SideEffects,
        RiskLevel.Medium,
        "A POST, PUT or PATCH in a method whose body streams one of its own parameters into the request (new StreamContent(stream), a stream wrapped around it, File.OpenRead(path) of a path parameter): duplicati's storage backends upload the caller's file under the caller's name. A request whose body the method builds itself, and any DELETE, stay AM5001.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        HttpRule, ProcessRule, DeployingCommandRule, MessageRule, MoneyRule, ReadOnlyCommandRule, ForwardedHttpRule, TestClientHttpRule, MayOnlyReadHttpRule, ForwardedProcessRule, UnseenProgramThroughWrapperRule,
        WrappedMessageRule, UploadOfCallersContentRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = new SideEffectsSymbols(start.Compilation);
            if (symbols.IsEmpty)
            {
                return;
            }

            var http = new HttpRequests(symbols, new SourceWrappers(start.Compilation, start.CancellationToken));
            var isTestProject = TestCode.IsTestProject(start.Compilation, start.Options);
            var processes = new ProcessLaunches(symbols, new SourceWrappers(start.Compilation, start.CancellationToken), isTestProject);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, (IInvocationOperation)c.Operation, symbols, http, processes, isTestProject), OperationKind.Invocation);
            start.RegisterOperationAction(c => ReportLaunch(c, processes.Match((IObjectCreationOperation)c.Operation)), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => ReportHttp(c, http.Match((ISimpleAssignmentOperation)c.Operation), isTestProject), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, IInvocationOperation invocation, SideEffectsSymbols symbols, HttpRequests http, ProcessLaunches processes, bool isTestProject)
    {
        if (symbols.Catalog.Match(invocation.TargetMethod) is { } call)
        {
            var api = invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name;
            if (TransportWrappers.Of(invocation, call.Kind) is { } wrapped)
            {
                context.ReportDiagnostic(RiskDiagnostic.Create(WrappedMessageRule, invocation.Syntax.GetLocation(), api, call.What, wrapped.Part, wrapped.Parameter.Name, wrapped.Parameter.ContainingSymbol.Name));
                return;
            }

            var rule = call.Kind == ServiceCallKind.Money ? MoneyRule : MessageRule;
            context.ReportDiagnostic(RiskDiagnostic.Create(rule, invocation.Syntax.GetLocation(), api, call.What));
            return;
        }

        if ((http.Match(invocation) ?? http.MatchWrapperCall(invocation)) is { } request)
        {
            ReportHttp(context, request, isTestProject);
            return;
        }

        if (processes.Match(invocation) is { } direct)
        {
            ReportLaunch(context, direct);
        }
        else if (processes.MatchWrapperCall(invocation) is { } throughWrapper)
        {
            ReportLaunch(context, throughWrapper, throughWrapper: true);
        }
    }

    private static void ReportHttp(OperationAnalysisContext context, HttpRequest? request, bool isTestProject)
    {
        if (request is not { } r)
        {
            return;
        }

        var location = context.Operation.Syntax.GetLocation();
        var what = r.Method is null ? "an HTTP request whose method cannot be seen here" : "an HTTP " + r.Method + " request";
        if (r.Context == HttpRequestContext.Forwarded && r.Forwarded is { } parameter)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(ForwardedHttpRule, location, r.Api, what, r.ForwardedPart, parameter.Name, parameter.ContainingSymbol.Name));
        }
        else if (r.Context == HttpRequestContext.UploadsCallerContent && r.Forwarded is { } uploaded)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(UploadOfCallersContentRule, location, r.Api, what, uploaded.Name, uploaded.ContainingSymbol.Name));
        }
        else if (r.Context == HttpRequestContext.UnseenClient && isTestProject)
        {
            var why = InMemoryTestServer.WhyUnseen(context.Operation is IInvocationOperation invocation ? InMemoryTestServer.ClientOf(invocation) : null);
            context.ReportDiagnostic(RiskDiagnostic.Create(TestClientHttpRule, location, r.Api, what, why));
        }
        else if (r.Why is { } mayOnlyRead)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(MayOnlyReadHttpRule, location, r.Api, what, mayOnlyRead));
        }
        else
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(HttpRule, location, r.Api, what));
        }
    }

    private static void ReportLaunch(OperationAnalysisContext context, ProcessLaunch? launch, bool throughWrapper = false)
    {
        if (launch is not { } l)
        {
            return;
        }

        var location = context.Operation.Syntax.GetLocation();
        if (l.Forwarded is { } parameter)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(ForwardedProcessRule, location, l.Api, parameter.Name, parameter.ContainingSymbol.Name));
            return;
        }

        if (CommandLineClassifier.Classify(l.CommandLine) is { } dangerous)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(DeployingCommandRule, location, l.Api, dangerous));
            return;
        }

        if (ReadOnlyCommands.Describe(l.CommandLine) is { } readOnly)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(ReadOnlyCommandRule, location, l.Api, readOnly));
            return;
        }

        var program = l.CommandLine.Program;
        if (program is null && throughWrapper)
        {
            context.ReportDiagnostic(RiskDiagnostic.Create(UnseenProgramThroughWrapperRule, location, l.Api));
            return;
        }

        context.ReportDiagnostic(RiskDiagnostic.Create(ProcessRule, location, l.Api, program is null ? "a program chosen at run time" : "'" + program + "'"));
    }
}
