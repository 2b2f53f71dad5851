using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.SideEffects.SideEffectsAnalyzer>;

namespace AutoMode.Analyzers.Tests.SideEffects;

/// <summary>AM5002 (process launch, High) and AM5003 (a visible command line that deploys or destroys, Critical).</summary>
public class ProcessLaunchTests
{
    private static string Wrap(string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;

        class Ops
        {
            void Run(string tool, string args, ProcessStartInfo given, string ns)
            {
                {{body}}
            }
        }
        """;

    [Test]
    public Task AM5002_ProcessStart_AllForms() =>
        Verify.VerifyAsync(Wrap("""
            {|AM5002:Process.Start(tool)|};
            {|AM5002:Process.Start("notepad.exe", args)|};
            {|AM5002:Process.Start(given)|};
            {|AM5002:Process.Start("kubectl", new[] { "get", "pods" })|};
            """));

    [Test]
    public Task AM5002_ProcessStartInfo_ReportedOnceAtTheCreation() =>
        Verify.VerifyAsync(Wrap("""
            var psi = {|AM5002:new ProcessStartInfo("git", "pull")|};
            using var process = Process.Start(psi);
            """));

    [Test]
    public Task AM5002_MessageNamesTheProgramOnly() =>
        Verify.VerifyAsync(
            Wrap("""Process.Start("git", "commit --author=secret-token -m wip");"""),
            Verify.Diagnostic("AM5002").WithSpan(9, 9, 9, 68)
                .WithMessage("'Process.Start' starts 'git'; a child process can do anything the user can, out of sight of the compiler. Prefer a library call, or keep the command fixed and reviewed."));

    [Test]
    public Task AM5002_InstanceStart_WithoutVisibleStartInfo() =>
        Verify.VerifyAsync(Wrap("""
            var p = new Process();
            p.StartInfo = given;
            {|AM5002:p.Start()|};
            """));

    [Test]
    public Task AM5006_FixedReadOnlyCommands_AreLow() =>
        Verify.VerifyAsync(Wrap("""
            {|AM5006:Process.Start("dotnet", "--version")|};
            {|AM5006:new ProcessStartInfo("dotnet", "--list-sdks") { RedirectStandardOutput = true }|};
            {|AM5006:new ProcessStartInfo { FileName = "git", Arguments = "rev-parse HEAD" }|};
            {|AM5006:Process.Start("git", "log -1 --format=%H")|};
            {|AM5006:Process.Start("/usr/bin/git", "branch --show-current")|};
            {|AM5006:Process.Start("node", "-v")|};
            """));

    [Test]
    public Task AM5006_NotForWritingUnknownOrChainedCommands() =>
        Verify.VerifyAsync(Wrap("""
            {|AM5002:Process.Start("git", "checkout main")|};
            {|AM5002:Process.Start("git", "diff --output=patch.txt")|};
            {|AM5002:Process.Start("git", "-c core.pager=sh log")|};
            {|AM5002:Process.Start("git", "log " + args)|};
            {|AM5002:Process.Start(tool, "--version")|};
            {|AM5002:Process.Start("dotnet", "--version --verbose")|};
            {|AM5002:Process.Start("bash", "-c \"git status > out.txt\"")|};
            {|AM5003:Process.Start("git", "push origin main")|};
            """));

    [Test]
    public Task AM5003_DeployingCommandLines() =>
        Verify.VerifyAsync(Wrap("""
            {|AM5003:Process.Start("kubectl", "delete namespace " + ns)|};
            {|AM5003:Process.Start("helm", $"upgrade --install app ./chart -n {ns}")|};
            {|AM5003:Process.Start("/usr/local/bin/terraform", "apply -auto-approve")|};
            {|AM5003:Process.Start("tofu", "destroy")|};
            {|AM5003:Process.Start("pulumi", "up --yes")|};
            {|AM5003:Process.Start("az", "group delete --name rg --yes")|};
            {|AM5003:Process.Start("aws", "s3 rm s3://bucket --recursive")|};
            {|AM5003:Process.Start("aws", "ec2 terminate-instances --instance-ids i-1")|};
            {|AM5003:Process.Start("gcloud", "compute instances delete vm1")|};
            {|AM5003:Process.Start("docker", "push registry/app:1")|};
            {|AM5003:Process.Start("git", "push --force origin main")|};
            {|AM5003:Process.Start("dotnet", "ef database update")|};
            {|AM5003:Process.Start("rm", "-rf /var/data")|};
            {|AM5003:Process.Start("cmd.exe", "/c del /s /q C:\\data")|};
            {|AM5003:Process.Start("shutdown", "/s /t 0")|};
            {|AM5003:Process.Start("sqlcmd", "-S db -Q \"DROP TABLE Orders\"")|};
            {|AM5003:Process.Start("psql", new[] { "-c", "truncate orders" })|};
            """));

    [Test]
    public Task AM5003_ThroughShellsAndChains() =>
        Verify.VerifyAsync(Wrap("""
            {|AM5003:Process.Start("bash", "-c \"cd /srv && kubectl apply -f app.yaml\"")|};
            {|AM5003:Process.Start("sh", "-lc 'sudo rm -rf /tmp/x'")|};
            {|AM5003:Process.Start("pwsh", "-Command Remove-Item -Recurse C:\\data")|};
            {|AM5003:Process.Start("cmd", "/c \"rmdir /s /q build\"")|};
            """));

    [Test]
    public Task AM5003_StartInfoInitializerAndLaterAssignments() =>
        Verify.VerifyAsync(Wrap("""
            var a = {|AM5003:new ProcessStartInfo { FileName = "kubectl", ArgumentList = { "scale", "deploy/web", "--replicas=0" } }|};
            Process.Start(a);
            var b = {|AM5003:new ProcessStartInfo("git")|};
            b.Arguments = "push origin HEAD";
            Process.Start(b);
            """));

    [Test]
    public Task AM5003_ProcessInitializerWithNestedStartInfo() =>
        Verify.VerifyAsync(Wrap("""
            var p = new Process { StartInfo = { FileName = "docker", Arguments = "rm -f web" } };
            {|AM5003:p.Start()|};
            var q = new Process();
            q.StartInfo.FileName = "terraform";
            q.StartInfo.Arguments = "destroy -auto-approve";
            {|AM5003:q.Start()|};
            """));

    [Test]
    public Task AM5003_Message_NamesCommandNotArguments() =>
        Verify.VerifyAsync(
            Wrap("""Process.Start("kubectl", "delete secret db-password --token=abc");"""),
            Verify.Diagnostic("AM5003").WithSpan(9, 9, 9, 74)
                .WithMessage("'Process.Start' runs 'kubectl delete (changes a Kubernetes cluster)'; this acts on live systems and cannot be undone by reverting the change. Run it from a reviewed pipeline, not from application code an agent can edit."));

    [Test]
    public Task NotCritical_ReadOnlyAndNonDeployingCommandLines() =>
        Verify.VerifyAsync(Wrap("""
            {|AM5002:Process.Start("kubectl", "get pods -n prod")|};
            {|AM5002:Process.Start("helm", "list")|};
            {|AM5002:Process.Start("terraform", "plan")|};
            {|AM5002:Process.Start("az", "account set --subscription x")|};
            {|AM5002:Process.Start("aws", "ec2 describe-instances")|};
            {|AM5002:Process.Start("aws", "s3 ls s3://bucket-delete")|};
            {|AM5006:Process.Start("git", "status")|};
            {|AM5006:Process.Start("git", "log --format=push")|};
            {|AM5002:Process.Start("docker", "ps")|};
            {|AM5002:Process.Start("dotnet", "ef migrations list")|};
            {|AM5002:Process.Start("dotnet", "build")|};
            {|AM5002:Process.Start("rm", "file.txt")|};
            {|AM5002:Process.Start("psql", "-c \"select * from orders where note = 'drop table'\"")|};
            {|AM5002:Process.Start("echo", "kubectl delete everything")|};
            {|AM5002:Process.Start(tool, "delete namespace prod")|};
            """));

    [Test]
    public Task DoesNotFlag_UserTypesNamedProcess() =>
        Verify.VerifyAsync("""
            class Process { public static void Start(string name, string args) { } public void Start() { } }
            class ProcessStartInfo { public ProcessStartInfo(string f) { } }

            class C
            {
                void M()
                {
                    Process.Start("kubectl", "delete ns prod");
                    new Process().Start();
                    new ProcessStartInfo("rm");
                    // Process.Start("rm", "-rf /")
                }
            }
            """);

    [Test]
    public async Task CliWrap_HighAndCritical()
    {
        var test = Verify.Create("""
            using System.Threading.Tasks;
            using CliWrap;

            class Deploy
            {
                async Task Run(string image)
                {
                    await {|AM5003:Cli.Wrap("kubectl")|}.WithArguments(new[] { "rollout", "restart", "deploy/web" }).ExecuteAsync();
                    await {|AM5003:Cli.Wrap("git")|}.WithArguments("push origin main").ExecuteAsync();
                    await {|AM5006:Cli.Wrap("git")|}.WithArguments("status").WithWorkingDirectory("/src").ExecuteAsync();
                    await {|AM5002:Cli.Wrap("docker")|}.WithArguments(args => args.Add("push").Add(image)).ExecuteAsync();
                }
            }
            """);
        test.ReferenceAssemblies = TestReferences.WithPackages(("CliWrap", "3.10.5"));
        await test.RunAsync();
    }
    /// <summary>
    /// Real code (duplicati's private <c>RunProcessAndGetResult(filename, arguments)</c>, jellyfin's
    /// <c>GetProcessOutput(path, …)</c>, issue #14: labeled wrong at High): a helper that runs the program it is given is
    /// Low (AM5010); each call of it is judged with the caller's command line — a deploying command stays Critical, a
    /// version query is Low, any other program is High. A helper that picks its program itself stays AM5002.
    /// </summary>
    [Test]
    public Task PrivateWrapper_IsLow_ItsCallsAreJudgedWithTheCallersCommandLine() =>
        Verify.VerifyAsync("""
            using System.Diagnostics;

            public class Machine
            {
                private static string RunProcessAndGetResult(string filename, string arguments)
                {
                    var psi = {|#0:new ProcessStartInfo(filename, arguments) { RedirectStandardOutput = true }|};
                    using var process = Process.Start(psi)!;
                    return process.StandardOutput.ReadToEnd();
                }

                internal static void Launch(string program) => {|AM5010:Process.Start(program, "--quiet")|};

                private static void RunTool(string arguments) => {|AM5002:Process.Start("/usr/local/bin/tool", arguments)|};

                public string Version() => {|AM5006:RunProcessAndGetResult("git", "--version")|};
                public string Sleep() => {|#1:RunProcessAndGetResult("caffeinate", "-s")|};
                public string Drop() => {|AM5003:RunProcessAndGetResult("kubectl", "delete namespace prod")|};
                public void Forward(string program) => {|AM5010:Launch(program)|};
                public void Tool() => RunTool("--help");
            }
            """,
            Verify.Diagnostic("AM5010").WithLocation(0).WithMessage(
                "'new ProcessStartInfo' starts the program given by the parameter 'filename' of 'RunProcessAndGetResult', passed on unchanged: the method is a wrapper whose callers choose the program, so the risk is reported where it is visible, at its callers (calls in this project of a private or internal wrapper are reported as AM5002 or AM5003). Recorded at Low; declare a public method with [Risk] if calls to it from other projects should be reported."),
            Verify.Diagnostic("AM5002").WithLocation(1).WithArguments("Machine.RunProcessAndGetResult → new ProcessStartInfo", "'caffeinate'"));

    /// <summary>
    /// jellyfin's <c>GetProcessOutput(_encoderPath, "-version")</c> probes (11 calls, labeled wrong at High, issue #14): a
    /// call of the wrapper that does not show the program either is AM5011 (Medium), once per call; a call with a
    /// visible program keeps its rule, and a launch that picks a field itself (no wrapper) stays AM5002.
    /// </summary>
    [Test]
    public Task WrapperCall_WhoseProgramIsNotShownEither_IsMedium() =>
        Verify.VerifyAsync("""
            using System.Diagnostics;

            public class EncoderValidator
            {
                private readonly string _encoderPath;

                public EncoderValidator(string encoderPath) => _encoderPath = encoderPath;

                private string GetProcessOutput(string path, string arguments)
                {
                    using var process = Process.Start({|AM5010:new ProcessStartInfo(path, arguments) { RedirectStandardOutput = true }|})!;
                    return process.StandardOutput.ReadToEnd();
                }

                public string Version() => {|AM5011:GetProcessOutput(_encoderPath, "-version")|};
                public string Decoders() => {|AM5011:GetProcessOutput(_encoderPath, "-decoders")|};
                public string Git() => {|AM5006:GetProcessOutput("git", "--version")|};
                public string Sleep() => {|AM5002:GetProcessOutput("caffeinate", "-s")|};
                public void Direct() => {|AM5002:Process.Start(_encoderPath, "-version")|};
            }
            """);

    /// <summary>A public method's callers may be in other projects: the wrapper is Low and its calls here are not reported.</summary>
    [Test]
    public Task PublicWrapper_IsLow() =>
        Verify.VerifyAsync("""
            using System.Diagnostics;

            public static class ProcessRunner
            {
                public static Process? RunProcess(string command, string arguments) => Process.Start({|AM5010:new ProcessStartInfo(command, arguments)|});
            }
            """);
    /// <summary>
    /// duplicati's <c>RunProgramAndReadOutput("uname", "-a")</c>, <c>("sw_vers", …)</c>, <c>("scutil", "--get …")</c>: fixed
    /// programs that only print system information are AM5006 (Low), directly or through a helper. A fixed command that
    /// changes the machine (<c>renice</c>, <c>update-ca-certificates</c>) stays AM5002.
    /// </summary>
    [Test]
    public Task SystemInformationCommands_AreLow_OthersStayHigh() =>
        Verify.VerifyAsync("""
            using System.Diagnostics;

            public class OSInfo
            {
                private static string Run(string cmd, string args) => Process.Start({|AM5010:new ProcessStartInfo(cmd, args)|})!.StandardOutput.ReadToEnd();

                public string Kernel() => {|AM5006:Run("uname", "-a")|};
                public string Mac() => {|AM5006:Run("sw_vers", "-productVersion")|};
                public string Name() => {|AM5006:Run("scutil", "--get ComputerName")|};
                public string Rename() => {|AM5002:Run("scutil", "--set ComputerName box")|};
                public string Priority() => {|AM5002:Run("renice", "+10 -p 42")|};
                public void Trust() => {|AM5002:Process.Start("update-ca-certificates")|};
                public void Whoami() => {|AM5006:Process.Start("id", "-u")|};
            }
            """);

    /// <summary>
    /// Issue #14: duplicati's <c>Utility.Which(appname)</c> runs <c>which</c> with its caller's name, and
    /// <c>ExecuteCommand("wmic", "shadowcopy get ID, DeviceObject")</c> lists shadow copies: both only print (AM5006,
    /// Low), whatever the name. Beside them, <c>wmic shadowcopy call create</c>, a program that is not a system-information
    /// one with an unknown argument, and shell syntax stay AM5002.
    /// </summary>
    [Test]
    public Task SystemInformationWithUnknownArguments_AndWmicQueries_AreLow() =>
        Verify.VerifyAsync("""
            using System.Diagnostics;

            public static class Probes
            {
                private static string Execute(string cmd, string args) => Process.Start({|AM5010:new ProcessStartInfo(cmd, args)|})!.StandardOutput.ReadToEnd();

                public static bool Which(string appname) => {|AM5006:new ProcessStartInfo("which", appname)|} != null;
                public static string List() => {|AM5006:Execute("wmic", "shadowcopy get ID, DeviceObject")|};
                public static string Create(string drive) => {|AM5002:Execute("wmic", $"shadowcopy call create Volume='{drive}'")|};
                public static string Delete(string id) => {|AM5002:Execute("wmic", $"shadowcopy where ID='{id}' delete")|};
                public static void Tool(string name) => {|AM5002:Process.Start("renice", name)|};
                public static void Chained(string name) => {|AM5002:Process.Start("which", name + " | sh")|};
            }
            """);

    /// <summary>
    /// In a test project a helper is not a wrapper (duplicati's disk-image test helper runs <c>parted</c> on a loop device
    /// it made): its launch stays one AM5002 in the helper, and its calls are not judged one by one.
    /// </summary>
    [Test]
    public Task TestProjectHelper_StaysOneFinding() =>
        Verify.VerifyAsync(TestReferences.Net10.AddPackages(System.Collections.Immutable.ImmutableArray.Create(new Microsoft.CodeAnalysis.Testing.PackageIdentity("NUnit", "4.4.0"))), """
            using System.Diagnostics;
            using NUnit.Framework;

            public class DiskImageHelper
            {
                private static void RunProcess(string fileName, string arguments) => Process.Start({|AM5002:new ProcessStartInfo(fileName, arguments)|})!.WaitForExit();

                [Test]
                public void Partition() => RunProcess("parted", "-s /dev/loop7 mklabel gpt");
            }
            """);
}
