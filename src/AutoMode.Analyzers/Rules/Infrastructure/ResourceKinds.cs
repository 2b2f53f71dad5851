using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoMode.Analyzers.Rules.Infrastructure;

internal enum ResourceKind
{
    None,
    Network,
    Iam,
    Database,
}

/// <summary>
/// Sorts infrastructure types into network, IAM and database resources by their namespace and name, the same way
/// across SDKs: <c>Amazon.CDK.AWS.EC2.SecurityGroup</c>, <c>Pulumi.Aws.Ec2.SecurityGroup</c>,
/// <c>Azure.ResourceManager.Network.NetworkSecurityGroupCollection</c> are all network resources.
/// </summary>
internal static class ResourceKinds
{
    private static readonly string[] Roots = { "Amazon.CDK", "Pulumi", "Azure.ResourceManager" };
    private static readonly string[] NetworkNamespaces = { "ec2", "network", "networking", "compute", "vpc" };
    private static readonly string[] IamNamespaces = { "iam", "authorization" };
    private static readonly string[] DatabaseNamespaces = { "rds", "docdb", "neptune", "redshift", "sql", "postgresql", "mysql", "mariadb", "cosmosdb", "dynamodb" };
    private static readonly string[] NetworkNames = { "securitygroup", "networkacl", "vpc", "subnet", "securityrule", "virtualnetwork", "firewall", "routetable", "internetgateway", "natgateway" };
    private static readonly string[] DatabaseNames = { "instance", "cluster", "database", "server", "table" };

    /// <summary>Whether the symbol belongs to one of the infrastructure SDKs.</summary>
    public static bool IsInfrastructure(ISymbol symbol)
    {
        var ns = TypeHierarchy.NamespaceOf(symbol);
        return Roots.Any(root => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));
    }

    public static ResourceKind Classify(ITypeSymbol type)
    {
        if (!IsInfrastructure(type))
        {
            return ResourceKind.None;
        }

        var segments = TypeHierarchy.NamespaceOf(type).ToLowerInvariant().Split('.');
        var name = (type.ContainingType?.Name + type.Name).ToLowerInvariant();
        if (segments.Any(s => IamNamespaces.Contains(s)))
        {
            return ResourceKind.Iam;
        }

        if (segments.Any(s => NetworkNamespaces.Contains(s)) && NetworkNames.Any(name.Contains))
        {
            return ResourceKind.Network;
        }

        if (segments.Any(s => DatabaseNamespaces.Contains(s)) && DatabaseNames.Any(name.Contains))
        {
            return ResourceKind.Database;
        }

        return ResourceKind.None;
    }

    /// <summary>Whether the symbol is in an IAM namespace of an infrastructure SDK.</summary>
    public static bool IsIam(ISymbol symbol)
        => IsInfrastructure(symbol) && TypeHierarchy.NamespaceOf(symbol).ToLowerInvariant().Split('.').Any(s => IamNamespaces.Contains(s));

    public static string Describe(ResourceKind kind) => kind switch
    {
        ResourceKind.Network => "network rules",
        ResourceKind.Iam => "IAM permissions",
        _ => "a database",
    };
}
