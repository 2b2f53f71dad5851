using AutoMode.Gate.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Cli.Tests.Engine;

/// <summary>
/// When the gate needs the whole-project analysis behind AM2023 (a migration applied at start-up): only for a changed
/// file that can hold the Migrate call or the start-up call leading to it. Any other edit in an EF Core project skips it.
/// </summary>
public class StartupMigrationsUnitTests
{
    /// <summary>The real .NET and ASP.NET Core assemblies the test runs on (the SDK installs both shared frameworks).</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNetCore = Directory.GetDirectories(Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App")).Max(StringComparer.Ordinal)!;
        return Directory.GetFiles(runtime, "*.dll").Concat(Directory.GetFiles(aspNetCore, "*.dll"))
            .Where(f => !Path.GetFileName(f).Contains("Native", StringComparison.Ordinal))
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToArray();
    });

    private static bool MayReport(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create("App", new[] { tree }, References.Value);
        return StartupMigrations.MayReportIn(tree, compilation);
    }

    [TestCase("class Seeder { void Run(Db db) => db.Database.MigrateAsync(); }", TestName = "a Migrate call")]
    [TestCase("var app = Build(); app.Run();", TestName = "top-level statements")]
    [TestCase("static class Entry { static void Main() { } }", TestName = "Main")]
    [TestCase("partial class Program { }", TestName = "a Program type")]
    [TestCase("class Startup { public void Configure() { } }", TestName = "a Startup type")]
    [TestCase("using Microsoft.Extensions.Hosting; class Warmup : BackgroundService { }", TestName = "a hosted service through its base class")]
    [TestCase("static class Hosting { public static void UseDatabase(this Microsoft.AspNetCore.Builder.WebApplication app) { } }", TestName = "a host start-up extension")]
    [TestCase("namespace Shop { class Worker : Microsoft.Extensions.Hosting.IHostedService { } }", TestName = "a hosted service in a namespace")]
    public void Files_that_can_hold_a_startup_migration(string source)
        => Assert.That(MayReport(source), Is.True);

    [TestCase("class OrderService { public int Total(int[] lines) => lines.Sum(); }", TestName = "a service")]
    [TestCase("class Order : Entity { public string Sku { get; set; } = \"\"; } class Entity { }", TestName = "an entity with a base class")]
    [TestCase("class Tests { void Setup(IServiceCollection services) { } }", TestName = "a method taking services")]
    public void Other_files_cannot(string source)
        => Assert.That(MayReport(source), Is.False);
}
