using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using AutoMode.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoMode.Analyzers.Rules.Infrastructure;

/// <summary>
/// AM5101–AM5104: infrastructure as code in C# (AWS CDK, Pulumi, Azure.ResourceManager) that creates or changes
/// network rules, IAM permissions or databases (High), opens ingress to the world, grants "*" or lets data be
/// destroyed with the resource (Critical).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InfrastructureAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor ChangeRule = DescriptorFactory.Create(
        RuleIdentifiers.InfrastructureChange,
        "Infrastructure change to network, IAM or database",
        "'{0}' creates or changes {1}; deployed, it changes who can reach what in production. Review it with the owners of the infrastructure.",
        RuleCategory.Infrastructure,
        RiskLevel.High,
        "Security groups, network ACLs, VPCs and subnets, IAM roles and policies, and database instances defined in code with AWS CDK, Pulumi or Azure.ResourceManager.");

    internal static readonly DiagnosticDescriptor WorldOpenRule = DescriptorFactory.Create(
        RuleIdentifiers.WorldOpenIngress,
        "Ingress open to the world",
        "{0} lets anyone on the internet in ({1}); exposed ports are found and attacked within minutes. Allow only known address ranges or another security group.",
        RuleCategory.Infrastructure,
        RiskLevel.Critical,
        "Inbound rules from 0.0.0.0/0, ::/0, Peer.AnyIpv4()/AnyIpv6(), or an Azure source of '*', 'Internet' or 'Any'.");

    internal static readonly DiagnosticDescriptor WildcardIamRule = DescriptorFactory.Create(
        RuleIdentifiers.WildcardIamStatement,
        "IAM statement with a wildcard",
        "{0} grants '*' {1}; a wildcard gives every permission or every resource, now and in future. Name the actions and resources the code needs.",
        RuleCategory.Infrastructure,
        RiskLevel.Critical,
        "IAM policy statements whose actions or resources are \"*\", in CDK PolicyStatement props, AddActions/AddResources/AddAllResources, Pulumi arguments or inline JSON policy documents.");

    internal static readonly DiagnosticDescriptor DestroyableRule = DescriptorFactory.Create(
        RuleIdentifiers.DestroyableInfrastructure,
        "Infrastructure that can be destroyed with its data",
        "{0}; deleting or replacing the resource then deletes its data with no way back. Keep RemovalPolicy.RETAIN or SNAPSHOT, deletion protection on and a final snapshot.",
        RuleCategory.Infrastructure,
        RiskLevel.Critical,
        "RemovalPolicy.DESTROY, DeletionProtection = false, SkipFinalSnapshot = true, ForceDestroy/AutoDeleteObjects = true, and deleting Azure resource groups or databases.");

    private static readonly string[] WorldCidrs = { "0.0.0.0/0", "::/0" };
    private static readonly string[] AzureWorldSources = { "*", "internet", "any" };
    private static readonly string[] IamListProperties = { "actions", "action", "resources", "resource", "notactions", "notresources" };
    private static readonly Regex JsonWildcard = new(@"""(Action|Resource|NotAction)""\s*:\s*(\[\s*)?""\*""", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ChangeRule, WorldOpenRule, WildcardIamRule, DestroyableRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        AcceptedRisks.Enable(context);
        context.RegisterCompilationStartAction(start =>
        {
            if (InfrastructureSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(AnalyzeLiteral, OperationKind.Literal);
            start.RegisterOperationAction(c => AnalyzeFieldReference(c, symbols), OperationKind.FieldReference);
            start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, InfrastructureSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is { } type && symbols.IsDeclaredResource(type) && ResourceKinds.Classify(type) is var kind and not ResourceKind.None)
        {
            Report(context, ChangeRule, "new " + type.Name, ResourceKinds.Describe(kind));
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, InfrastructureSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null || !ResourceKinds.IsInfrastructure(type))
        {
            return;
        }

        var api = type.Name.TrimEnd('_') + "." + method.Name;
        var name = method.Name;
        if (symbols.IsArmClient(type))
        {
            AnalyzeArmCall(context, symbols, type, api, name);
            return;
        }

        if (name.Contains("Ingress") || name.StartsWith("AllowFrom", StringComparison.Ordinal) || name.StartsWith("AllowDefaultPortFrom", StringComparison.Ordinal))
        {
            if (name.EndsWith("AnyIpv4", StringComparison.Ordinal) || name.EndsWith("AnyIpv6", StringComparison.Ordinal))
            {
                Report(context, WorldOpenRule, "'" + api + "'", "any IP address");
            }
            else if (invocation.Arguments.Select(a => WorldPeer(a.Value, symbols)).FirstOrDefault(p => p is not null) is { } peer)
            {
                Report(context, WorldOpenRule, "'" + api + "'", peer);
            }
            else
            {
                Report(context, ChangeRule, api, "network rules");
            }

            return;
        }

        if (name.Contains("Egress") || name.StartsWith("AllowTo", StringComparison.Ordinal) || name == "AllowInternally")
        {
            Report(context, ChangeRule, api, "network rules");
        }
        else if (name == "AddAllResources" && ResourceKinds.IsIam(type))
        {
            Report(context, WildcardIamRule, "'" + api + "'", "resources");
        }
        else if (name is "AddToPolicy" or "AddToPrincipalPolicy" or "AddManagedPolicy" or "AttachInlinePolicy" or "AddStatements" ||
                 (name.StartsWith("Grant", StringComparison.Ordinal) && TypeHierarchy.NamespaceOf(type).StartsWith("Amazon.CDK", StringComparison.Ordinal)))
        {
            Report(context, ChangeRule, api, "IAM permissions");
        }
    }

    private static void AnalyzeArmCall(OperationAnalysisContext context, InfrastructureSymbols symbols, INamedTypeSymbol type, string api, string name)
    {
        var isDelete = name.StartsWith("Delete", StringComparison.Ordinal);
        if (!isDelete && !name.StartsWith("CreateOrUpdate", StringComparison.Ordinal) && !name.StartsWith("Update", StringComparison.Ordinal))
        {
            return;
        }

        var kind = ResourceKinds.Classify(type);
        if (isDelete && (TypeHierarchy.IsOrInherits(type, symbols.ResourceGroup) || kind == ResourceKind.Database))
        {
            Report(context, DestroyableRule, "'" + api + "' deletes " + (kind == ResourceKind.Database ? "a database" : "a resource group and everything in it"));
        }
        else if (kind != ResourceKind.None)
        {
            Report(context, ChangeRule, api, ResourceKinds.Describe(kind));
        }
    }

    /// <summary>"Peer.AnyIpv4()" when the argument is (through a local) a world-open CDK peer, else null.</summary>
    private static string? WorldPeer(IOperation argument, InfrastructureSymbols symbols)
    {
        if (OperationValues.Follow(argument) is not IInvocationOperation call || !TypeHierarchy.IsOrInherits(call.TargetMethod.ContainingType, symbols.Peer))
        {
            return null;
        }

        var name = call.TargetMethod.Name;
        if (name is "AnyIpv4" or "AnyIpv6")
        {
            return "Peer." + name + "()";
        }

        return (name is "Ipv4" or "Ipv6") && call.Arguments.Length > 0 && OperationValues.Constant(call.Arguments[0].Value) is string cidr && WorldCidrs.Contains(cidr.Trim())
            ? "Peer." + name + "(\"" + cidr.Trim() + "\")"
            : null;
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context)
    {
        if (context.Operation.ConstantValue.Value is not string text || text.Length == 0 || ValueTarget.Find(context.Operation) is not { } target ||
            target.Owner is not { } owner || !ResourceKinds.IsInfrastructure(owner))
        {
            return;
        }

        var value = text.Trim();
        var member = target.Member.Name;
        var ownerName = owner is IMethodSymbol method ? method.ContainingType.Name.TrimEnd('_') + "." + method.Name : owner.Name;

        // Parameters of AddActions/AddResources-style methods name the list by the method ("AddResources(params string[] arns)").
        var memberLower = owner is IMethodSymbol { Name: var methodName } && methodName.StartsWith("Add", StringComparison.Ordinal)
            ? methodName.Substring(3).ToLowerInvariant()
            : member.ToLowerInvariant();

        if (target.Member is IPropertySymbol && IsIngressSource(memberLower, ownerName, value) && !IsOutboundOrDeny(target))
        {
            Report(context, WorldOpenRule, ownerName + "." + member, "source '" + value + "'");
            return;
        }

        if (ResourceKinds.IsIam(owner) &&
            ((value == "*" && IamListProperties.Contains(memberLower)) || JsonWildcard.IsMatch(text)))
        {
            var what = value == "*" ? (memberLower.Contains("action") ? "actions" : "resources") : "in a JSON policy document";
            Report(context, WildcardIamRule, owner is IMethodSymbol ? "'" + ownerName + "'" : ownerName + "." + member, what);
        }
    }

    private static bool IsIngressSource(string member, string owner, string value)
    {
        if (owner.IndexOf("Egress", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        if (member.Contains("sourceaddressprefix"))
        {
            return WorldCidrs.Contains(value) || AzureWorldSources.Contains(value.ToLowerInvariant());
        }

        return (member.Contains("cidr") || member.Contains("sourcerange")) && WorldCidrs.Contains(value);
    }

    /// <summary>An Azure-style rule whose visible direction is outbound, or whose access is deny.</summary>
    private static bool IsOutboundOrDeny(ValueTarget target)
        => Mentions(target.Sibling("Direction"), "outbound") || Mentions(target.Sibling("Access"), "deny");

    private static bool Mentions(IOperation? value, string word)
    {
        var unwrapped = OperationValues.Unwrap(value);
        var text = unwrapped switch
        {
            IPropertyReferenceOperation property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            _ => OperationValues.Constant(unwrapped) as string,
        };
        return text is not null && text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private static void AnalyzeFieldReference(OperationAnalysisContext context, InfrastructureSymbols symbols)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (reference.Field.Name == "DESTROY" && symbols.RemovalPolicy is not null &&
            SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, symbols.RemovalPolicy))
        {
            Report(context, DestroyableRule, "RemovalPolicy.DESTROY deletes the resource and its data when it leaves the stack");
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || !ResourceKinds.IsInfrastructure(property) ||
            OperationValues.Constant(assignment.Value) is not bool value)
        {
            return;
        }

        var what = (property.Name, value) switch
        {
            ("DeletionProtection", false) => "turns deletion protection off",
            ("SkipFinalSnapshot", true) => "skips the final snapshot",
            ("ForceDestroy", true) => "lets the resource be deleted with everything in it",
            ("AutoDeleteObjects", true) => "deletes every object when the bucket is removed",
            _ => null,
        };
        if (what is not null)
        {
            Report(context, DestroyableRule, property.ContainingType.Name + "." + property.Name + " = " + (value ? "true" : "false") + " " + what);
        }
    }

    private static void Report(OperationAnalysisContext context, DiagnosticDescriptor rule, params object[] arguments)
        => context.ReportDiagnostic(RiskDiagnostic.Create(rule, context.Operation.Syntax.GetLocation(), arguments));
}
