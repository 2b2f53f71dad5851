using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace AutoMode.Analyzers.Tests.Infrastructure;

/// <summary>
/// Real reference assemblies for test compilations: the .NET 10 reference pack, plus real NuGet packages
/// (EF Core, FluentMigrator, Azure SDK…) where a rule family needs them. Never hand-written stubs.
/// </summary>
public static class TestReferences
{
    public static readonly ReferenceAssemblies Net10 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    /// <summary>.NET 10 plus the given packages, e.g. <c>WithPackages(("Microsoft.EntityFrameworkCore.Relational", "10.0.15"))</c>.</summary>
    public static ReferenceAssemblies WithPackages(params (string Id, string Version)[] packages)
        => Net10.AddPackages(packages.Select(p => new PackageIdentity(p.Id, p.Version)).ToImmutableArray());
}
