using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// CI definitions judged by what they can do (issues 20/21, the Dapper, RestSharp and GitVersion replay): each safe
/// edit of a build-and-test workflow, minimized from a replayed commit, beside the look-alikes that must still stop.
/// </summary>
public class CiWorkflowTests
{
    /// <summary>Dapper's main.yml, minimized: build, test and pack, no secret, no permissions block, no publish step.</summary>
    private const string BuildAndTest = """
        name: Main Build
        on:
          pull_request:
          push:
            branches:
            - main
        jobs:
          vm-job:
            runs-on: ubuntu-latest
            steps:
            - name: Checkout code
              uses: actions/checkout@v4
            - name: Setup dotnet
              uses: actions/setup-dotnet@v4
            - name: .NET Build
              run: dotnet build Build.csproj -c Release /p:CI=true
            - name: Dapper Tests
              run: dotnet test tests/Dapper.Tests/Dapper.Tests.csproj -c Release /p:CI=true
            - name: .NET Lib Pack
              run: dotnet pack Build.csproj --no-build -c Release
        """;

    private const string Publish = """
            - name: Push
              run: dotnet nuget push .nupkgs/*.nupkg --api-key ${{ secrets.NUGET_API_KEY }}
        """;

    /// <summary>Dapper 4e57602271: the setup step gains an SDK version.</summary>
    [Test]
    public void SdkVersionAddedToABuildAndTestWorkflowIsLow() =>
        Assert.That(Judge(BuildAndTest, BuildAndTest.Replace("uses: actions/setup-dotnet@v4\n", "uses: actions/setup-dotnet@v4\n      with:\n        dotnet-version: '9.0.x'\n")),
            Is.EqualTo(("AMG504", RiskLevel.Low)));

    /// <summary>Dapper cfc2fdd4da: a setup step is added.</summary>
    [Test]
    public void SetupStepAddedIsLow() =>
        Assert.That(Judge(BuildAndTest.Replace("    - name: Setup dotnet\n      uses: actions/setup-dotnet@v4\n", string.Empty), BuildAndTest), Is.EqualTo(("AMG504", RiskLevel.Low)));

    /// <summary>Dapper 5c7143f2e3: the test command gains a flag.</summary>
    [Test]
    public void TestFlagAddedIsLow() =>
        Assert.That(Judge(BuildAndTest, BuildAndTest.Replace("-c Release /p:CI=true\n    - name: .NET Lib", "-c Release -p:CI=true -p:TestTfmsInParallel=false\n    - name: .NET Lib")), Is.EqualTo(("AMG504", RiskLevel.Low)));

    [TestCase("    - name: Dapper Tests\n      run: dotnet test tests/Dapper.Tests/Dapper.Tests.csproj -c Release /p:CI=true\n", "", TestName = "TestStepRemovedIsMedium")]
    [TestCase("      run: dotnet test tests/Dapper.Tests/Dapper.Tests.csproj -c Release /p:CI=true\n", "      run: dotnet test tests/Dapper.Tests/Dapper.Tests.csproj -c Release /p:CI=true\n      continue-on-error: true\n", TestName = "ContinueOnErrorIsMedium")]
    [TestCase("    - name: Dapper Tests\n", "    - name: Dapper Tests\n      if: false\n", TestName = "IfFalseIsMedium")]
    [TestCase("-c Release /p:CI=true\n    - name: .NET Lib", "-c Release /p:CI=true --filter Category!=Integration\n    - name: .NET Lib", TestName = "TestFilterIsMedium")]
    [TestCase("dotnet test tests/Dapper.Tests/Dapper.Tests.csproj -c Release /p:CI=true", "dotnet test tests/Dapper.Tests/Dapper.Tests.csproj -c Release /p:CI=true || true", TestName = "FailureSwallowedIsMedium")]
    public void WeakenedChecksStayMedium(string from, string to)
    {
        Assert.That(BuildAndTest, Does.Contain(from));
        Assert.That(Judge(BuildAndTest, BuildAndTest.Replace(from, to)), Is.EqualTo(("AMG501", RiskLevel.Medium)));
    }

    /// <summary>duplicati 12e99c6b7c (minimized, without its secrets): a test filter's names corrected is not a new filter.</summary>
    [Test]
    public void ExistingTestFilterChangedIsLow()
    {
        var filtered = BuildAndTest.Replace("-c Release /p:CI=true\n    - name: .NET Lib", "-c Release /p:CI=true --filter FullyQualifiedName~Backend\n    - name: .NET Lib");
        Assert.That(Judge(filtered, filtered.Replace("~Backend", "~BackendTests")), Is.EqualTo(("AMG504", RiskLevel.Low)));
    }

    /// <summary>RestSharp b034cdab86 (a matrix entry added; the workflow's only write scope reports checks) beside a dropped entry.</summary>
    [Test]
    public void MatrixEntryAddedIsLowAndDroppedIsMedium()
    {
        const string matrix = "name: PR\non: pull_request\npermissions:\n  contents: read\n  checks: write\njobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        dotnet: ['net8.0', 'net9.0']\n    steps:\n      - run: dotnet test -f ${{ matrix.dotnet }}\n";
        Assert.Multiple(() =>
        {
            Assert.That(Judge(matrix, matrix.Replace("'net9.0']", "'net9.0', 'net10.0']")), Is.EqualTo(("AMG504", RiskLevel.Low)));
            Assert.That(Judge(matrix, matrix.Replace("['net8.0', 'net9.0']", "['net9.0']")), Is.EqualTo(("AMG501", RiskLevel.Medium)));
        });
    }

    /// <summary>RestSharp 991130b00a: one bare `dotnet test` becomes one per test project.</summary>
    [Test]
    public void CommandSplitIntoSeveralIsLow()
    {
        const string before = "on: pull_request\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Run tests\n        run: dotnet test -c Debug\n";
        var after = before.Replace("run: dotnet test -c Debug\n", "run: |\n          dotnet test test/A.Tests -c Debug\n          dotnet test test/B.Tests -c Debug\n");
        Assert.That(Judge(before, after), Is.EqualTo(("AMG504", RiskLevel.Low)));
    }

    /// <summary>GitVersion 35b3f22d75 / 279d8eb261 and corpus ci/001, ci/007: a patch pin bump is Low in a build-and-test workflow, Medium where the token can write.</summary>
    [Test]
    public void ActionPinBumpByWhatTheWorkflowCanDo()
    {
        const string lint = "on: push\npermissions:\n  contents: read\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: reviewdog/action-actionlint@0d5aca84f9c8e0b7ddc4ab0e2ee8fa7b1d3df5d1 # v1.73.1\n";
        var bumped = lint.Replace("0d5aca84f9c8e0b7ddc4ab0e2ee8fa7b1d3df5d1 # v1.73.1", "dbe5299849118fd6f099ba563d263d770955a64a # v1.73.2");
        var writes = lint.Replace("  contents: read\n", "  contents: read\n  security-events: write\n");
        var writesBumped = bumped.Replace("  contents: read\n", "  contents: read\n  security-events: write\n");
        var major = writes.Replace("0d5aca84f9c8e0b7ddc4ab0e2ee8fa7b1d3df5d1 # v1.73.1", "dbe5299849118fd6f099ba563d263d770955a64a # v2.0.0");
        var unreadable = lint.Replace("0d5aca84f9c8e0b7ddc4ab0e2ee8fa7b1d3df5d1 # v1.73.1", "dbe5299849118fd6f099ba563d263d770955a64a");
        Assert.Multiple(() =>
        {
            Assert.That(Judge(lint, bumped), Is.EqualTo(("AMG504", RiskLevel.Low)));
            Assert.That(Judge(writes, writesBumped), Is.EqualTo(("AMG501", RiskLevel.Medium)), "the action runs with a token that can write");
            Assert.That(Judge(writes, major), Is.EqualTo(("AMG501", RiskLevel.High)), "a new major with write credentials");
            Assert.That(Judge(lint, unreadable), Is.EqualTo(("AMG501", RiskLevel.Medium)), "a commit pin without its version comment");
            Assert.That(Judge(lint, lint.Replace("@0d5aca84f9c8e0b7ddc4ab0e2ee8fa7b1d3df5d1 # v1.73.1", "@v2")), Is.EqualTo(("AMG501", RiskLevel.Medium)), "a major in a build-and-test workflow");
        });
    }

    /// <summary>Edits of a workflow that publishes: the steps run with the key (Medium); touching the publish step or the permissions is High.</summary>
    [Test]
    public void WorkflowThatPublishes()
    {
        var publishing = BuildAndTest + "\n" + Publish;
        Assert.Multiple(() =>
        {
            Assert.That(Judge(publishing, publishing.Replace("uses: actions/setup-dotnet@v4\n", "uses: actions/setup-dotnet@v4\n      with:\n        dotnet-version: '9.0.x'\n")), Is.EqualTo(("AMG501", RiskLevel.Medium)));
            Assert.That(Judge(BuildAndTest, publishing), Is.EqualTo(("AMG501", RiskLevel.High)), "a publish step is added");
            Assert.That(Judge(publishing, BuildAndTest), Is.EqualTo(("AMG501", RiskLevel.High)), "the publish step goes");
            Assert.That(Judge(BuildAndTest, BuildAndTest.Replace("jobs:\n", "permissions:\n  contents: write\njobs:\n")), Is.EqualTo(("AMG501", RiskLevel.High)), "write permission added");
            Assert.That(Judge(BuildAndTest, BuildAndTest.Replace("  pull_request:\n", "  pull_request_target:\n")), Is.EqualTo(("AMG501", RiskLevel.High)));
            Assert.That(Judge(BuildAndTest, BuildAndTest.Replace("runs-on: ubuntu-latest", "runs-on: [self-hosted, linux]")), Is.EqualTo(("AMG501", RiskLevel.High)));
            Assert.That(Judge(BuildAndTest, BuildAndTest.Replace("/p:CI=true\n    - name: .NET Lib", "/p:CI=true\n      env:\n        KEY: ${{ secrets.TEST_KEY }}\n    - name: .NET Lib")), Is.EqualTo(("AMG501", RiskLevel.High)), "a secret is handed to a step");
        });
    }

    /// <summary>GitVersion b80bb9cedf: a new read-only PR check is Low; the same without a permissions block, or one that pushes, is not.</summary>
    [Test]
    public void NewWorkflowByItsTokenScope()
    {
        const string check = "name: PR History\non:\n  pull_request:\npermissions:\n  contents: read\njobs:\n  linear:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: test -z \"$(git rev-list --merges HEAD~5..HEAD)\"\n";
        Assert.Multiple(() =>
        {
            Assert.That(Judge(null, check), Is.EqualTo(("AMG504", RiskLevel.Low)));
            Assert.That(Judge(null, check.Replace("permissions:\n  contents: read\n", string.Empty)), Is.EqualTo(("AMG501", RiskLevel.Medium)));
            Assert.That(Judge(null, check + "      - run: git push origin HEAD:main\n"), Is.EqualTo(("AMG501", RiskLevel.High)));
            Assert.That(Judge(check, null), Is.EqualTo(("AMG501", RiskLevel.Medium)), "its checks stop running");
        });
    }

    /// <summary>Dapper 6434c694b2 / 9f4f783a41: appveyor.yml deploys to MyGet with secure keys; a test-service edit runs with them (Medium), a deploy edit is High.</summary>
    [Test]
    public void AppVeyorThatDeploys()
    {
        const string appveyor = "image: Visual Studio 2022\nenvironment:\n  POSTGRES_PATH: C:\\Program Files\\PostgreSQL\\15\nservices:\n  - postgresql15\nbuild_script:\n  - ps: .\\build.ps1\ntest: off\ndeploy:\n- provider: NuGet\n  server: https://www.myget.org/F/dapper/api/v2\n  api_key:\n    secure: PV7ERAltWWLhy7AT2h+Vb5c1BM9\n";
        var testOnly = "image: Visual Studio 2022\nenvironment:\n  POSTGRES_PATH: C:\\Program Files\\PostgreSQL\\15\nservices:\n  - postgresql15\nbuild_script:\n  - ps: .\\build.ps1\n";
        Assert.Multiple(() =>
        {
            Assert.That(Judge(appveyor, appveyor.Replace("PostgreSQL\\15", "PostgreSQL\\16"), "appveyor.yml"), Is.EqualTo(("AMG501", RiskLevel.Medium)));
            Assert.That(Judge(appveyor, appveyor.Replace("dapper/api", "other/api"), "appveyor.yml"), Is.EqualTo(("AMG501", RiskLevel.Medium)), "the feed changes: a removed and added server line (the provider block stays)");
            Assert.That(Judge(appveyor, appveyor.Replace("PV7ERAltWWLhy7AT2h+Vb5c1BM9", "Zm9vYmFy"), "appveyor.yml"), Is.EqualTo(("AMG501", RiskLevel.High)));
            Assert.That(Judge(testOnly, testOnly.Replace("PostgreSQL\\15", "PostgreSQL\\16"), "appveyor.yml"), Is.EqualTo(("AMG504", RiskLevel.Low)));
            Assert.That(Judge(testOnly, testOnly.Replace("services:\n  - postgresql15\n", string.Empty), "appveyor.yml"), Is.EqualTo(("AMG501", RiskLevel.Medium)), "a service removed");
            Assert.That(Judge(testOnly, testOnly + "test: off\n", "appveyor.yml"), Is.EqualTo(("AMG501", RiskLevel.Medium)), "tests switched off");
        });
    }

    [Test]
    public void OnlyCiDefinitionsAreJudgedByCapability()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CiWorkflows.IsCiDefinition(".github/workflows/ci.yml"), Is.True);
            Assert.That(CiWorkflows.IsCiDefinition("appveyor.yml"), Is.True);
            Assert.That(CiWorkflows.IsCiDefinition("azure-pipelines.yml"), Is.True);
            Assert.That(CiWorkflows.IsCiDefinition(".github/actions/setup/action.yml"), Is.False, "a composite action runs in whatever workflow uses it");
            Assert.That(CiWorkflows.IsCiDefinition("Dockerfile"), Is.False);
            Assert.That(CiWorkflows.IsCiDefinition("deploy/app.yaml"), Is.False);
        });
    }

    private static (string, RiskLevel) Judge(string? before, string? after, string path = ".github/workflows/main.yml")
    {
        var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Deleted : ChangeKind.Modified;
        var finding = CiWorkflows.Classify(new ChangedFile(path, kind, null, before, after, false), LineChanges.Compute(before, after));
        return (finding.RuleId, finding.Risk);
    }
}
