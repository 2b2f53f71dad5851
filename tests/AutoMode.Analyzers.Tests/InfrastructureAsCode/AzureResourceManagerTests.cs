using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Infrastructure.InfrastructureAnalyzer>;

namespace AutoMode.Analyzers.Tests.InfrastructureAsCode;

/// <summary>
/// AM5101, AM5102 and AM5104 on Azure.ResourceManager code, against the real Azure.ResourceManager 1.7.0.
/// Azure.ResourceManager.Network is not served by the package source here: its types are DECLARED below (exact real
/// namespaces and names, deriving from the real ArmCollection/ArmResource), compiled into their own assembly.
/// </summary>
public class AzureResourceManagerTests
{
    private static readonly Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Azure =
        TestReferences.WithPackages(("Azure.ResourceManager", "1.7.0"), ("Azure.Core", "1.64.0"));

    private const string NetworkTypes = """
        using System.Threading;
        using System.Threading.Tasks;
        using Azure;
        using Azure.ResourceManager;
        using Azure.ResourceManager.Network.Models;

        namespace Azure.ResourceManager.Network.Models
        {
            public readonly struct SecurityRuleDirection
            {
                public static SecurityRuleDirection Inbound { get; } = default;
                public static SecurityRuleDirection Outbound { get; } = default;
            }

            public readonly struct SecurityRuleAccess
            {
                public static SecurityRuleAccess Allow { get; } = default;
                public static SecurityRuleAccess Deny { get; } = default;
            }
        }

        namespace Azure.ResourceManager.Network
        {
            public class SecurityRuleData
            {
                public string? SourceAddressPrefix { get; set; }
                public string? DestinationPortRange { get; set; }
                public SecurityRuleDirection? Direction { get; set; }
                public SecurityRuleAccess? Access { get; set; }
                public int? Priority { get; set; }
            }

            public class SecurityRuleResource : ArmResource { protected SecurityRuleResource() { } }

            public class SecurityRuleCollection : ArmCollection
            {
                protected SecurityRuleCollection() { }
                public virtual Task<ArmOperation<SecurityRuleResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string securityRuleName, SecurityRuleData data, CancellationToken cancellationToken = default) => throw null!;
                public virtual Task<Response<SecurityRuleResource>> GetAsync(string securityRuleName, CancellationToken cancellationToken = default) => throw null!;
            }
        }
        """;

    [Test]
    public async Task NetworkRules_WorldOpenSource_AndResourceGroupDeletion()
    {
        var network = await LibraryCompiler.CompileAsync("Azure.ResourceManager.Network", NetworkTypes, Azure);
        var test = Verify.Create("""
            using System.Threading.Tasks;
            using Azure;
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;
            using Azure.ResourceManager.Resources;

            class Provisioner
            {
                async Task Run(SecurityRuleCollection rules, ResourceGroupResource group)
                {
                    await {|AM5101:rules.CreateOrUpdateAsync(WaitUntil.Completed, "rdp", new SecurityRuleData
                    {
                        SourceAddressPrefix = {|AM5102:"Internet"|},
                        DestinationPortRange = "3389",
                        Direction = SecurityRuleDirection.Inbound,
                        Access = SecurityRuleAccess.Allow,
                    })|};
                    await {|AM5101:rules.CreateOrUpdateAsync(WaitUntil.Completed, "out", new SecurityRuleData { SourceAddressPrefix = "*", Direction = SecurityRuleDirection.Outbound })|};
                    await {|AM5101:rules.CreateOrUpdateAsync(WaitUntil.Completed, "block", new SecurityRuleData { SourceAddressPrefix = "*", Access = SecurityRuleAccess.Deny })|};
                    await {|AM5101:rules.CreateOrUpdateAsync(WaitUntil.Completed, "office", new SecurityRuleData { SourceAddressPrefix = "203.0.113.0/24" })|};
                    await rules.GetAsync("rdp");
                    await {|AM5104:group.DeleteAsync(WaitUntil.Completed)|};
                    await group.GetAsync();
                }
            }
            """);
        test.ReferenceAssemblies = Azure;
        test.TestState.AdditionalReferences.Add(network);
        await test.RunAsync();
    }
}
