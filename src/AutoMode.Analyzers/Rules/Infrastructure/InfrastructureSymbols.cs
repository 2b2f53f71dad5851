using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Infrastructure;

/// <summary>
/// The infrastructure-as-code SDKs the rules know, by metadata name: AWS CDK (Constructs, Amazon.CDK.*), Pulumi and
/// Azure.ResourceManager. A compilation that references none of them costs nothing.
/// </summary>
internal sealed class InfrastructureSymbols
{
    private InfrastructureSymbols(WellKnownTypes types)
    {
        Construct = types.Get("Constructs.Construct");
        RemovalPolicy = types.Get("Amazon.CDK.RemovalPolicy");
        Peer = types.Get("Amazon.CDK.AWS.EC2.Peer");
        PulumiResource = types.Get("Pulumi.CustomResource");
        ArmCollection = types.Get("Azure.ResourceManager.ArmCollection");
        ArmResource = types.Get("Azure.ResourceManager.ArmResource");
        ResourceGroup = types.Get("Azure.ResourceManager.Resources.ResourceGroupResource");
    }

    // Fields, not properties: each getter would be one more method to JIT-compile in every build without the compiler server.
    public readonly INamedTypeSymbol? Construct;
    public readonly INamedTypeSymbol? RemovalPolicy;
    public readonly INamedTypeSymbol? Peer;
    public readonly INamedTypeSymbol? PulumiResource;
    public readonly INamedTypeSymbol? ArmCollection;
    public readonly INamedTypeSymbol? ArmResource;
    public readonly INamedTypeSymbol? ResourceGroup;

    public static InfrastructureSymbols? TryCreate(Compilation compilation)
    {
        var symbols = new InfrastructureSymbols(WellKnownTypes.For(compilation));
        return symbols.Construct is null && symbols.PulumiResource is null && symbols.ArmCollection is null && symbols.ArmResource is null
            ? null
            : symbols;
    }

    /// <summary>A resource type: a CDK construct or a Pulumi resource.</summary>
    public bool IsDeclaredResource(ITypeSymbol? type)
        => TypeHierarchy.IsOrInherits(type, Construct) || TypeHierarchy.IsOrInherits(type, PulumiResource);

    /// <summary>An Azure.ResourceManager collection or resource client, through which resources are created, changed and deleted.</summary>
    public bool IsArmClient(ITypeSymbol? type)
        => TypeHierarchy.IsOrInherits(type, ArmCollection) || TypeHierarchy.IsOrInherits(type, ArmResource);
}
