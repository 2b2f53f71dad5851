using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Infrastructure.InfrastructureAnalyzer>;

namespace AutoMode.Analyzers.Tests.InfrastructureAsCode;

/// <summary>
/// AM5101–AM5104 on Pulumi code. Pulumi is not served by the package source here: the SDK types are DECLARED in
/// <see cref="PulumiTypes"/> (exact real names), compiled into their own assembly and referenced as metadata.
/// </summary>
public class PulumiTests
{
    private static async Task Run(string body)
    {
        var pulumi = await LibraryCompiler.CompileAsync("Pulumi.Aws", PulumiTypes.Source);
        var test = Verify.Create($$"""
            using Pulumi;
            using Pulumi.Aws.Ec2;
            using Pulumi.Aws.Ec2.Inputs;

            class Infra
            {
                void Define()
                {
                    {{body}}
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(pulumi);
        await test.RunAsync();
    }

    [Test]
    public Task SecurityGroup_HighAndWorldOpenIngress() =>
        Run("""
            {|AM5101:new SecurityGroup("web", new SecurityGroupArgs
            {
                Ingress =
                {
                    new SecurityGroupIngressArgs { Protocol = "tcp", FromPort = 443, ToPort = 443, CidrBlocks = { {|AM5102:"0.0.0.0/0"|} } },
                    new SecurityGroupIngressArgs { Protocol = "tcp", FromPort = 22, ToPort = 22, Ipv6CidrBlocks = new[] { {|AM5102:"::/0"|} } },
                    new SecurityGroupIngressArgs { Protocol = "tcp", FromPort = 5432, ToPort = 5432, CidrBlocks = { "10.0.0.0/16" } },
                },
                Egress = { new SecurityGroupEgressArgs { CidrBlocks = { "0.0.0.0/0" } } },
            })|};
            """);

    [Test]
    public Task Database_DeletionSettings() =>
        Run("""
            {|AM5101:new Pulumi.Aws.Rds.Instance("db", new Pulumi.Aws.Rds.InstanceArgs
            {
                InstanceClass = "db.t3.micro",
                {|AM5104:DeletionProtection = false|},
                {|AM5104:SkipFinalSnapshot = true|},
            })|};
            new Pulumi.Aws.S3.BucketV2("logs", new Pulumi.Aws.S3.BucketV2Args { {|AM5104:ForceDestroy = true|} });
            new Pulumi.Aws.Rds.InstanceArgs { DeletionProtection = true, SkipFinalSnapshot = false };
            """);

    [Test]
    public Task IamPolicy_JsonWildcard() =>
        Run("""
            {|AM5101:new Pulumi.Aws.Iam.Policy("admin", new Pulumi.Aws.Iam.PolicyArgs
            {
                Policy = {|AM5103:@"{ ""Version"": ""2012-10-17"", ""Statement"": [{ ""Effect"": ""Allow"", ""Action"": ""*"", ""Resource"": ""*"" }] }"|},
            })|};
            {|AM5101:new Pulumi.Aws.Iam.Policy("reader", new Pulumi.Aws.Iam.PolicyArgs
            {
                Policy = @"{ ""Statement"": [{ ""Effect"": ""Allow"", ""Action"": [""s3:GetObject""], ""Resource"": [""arn:aws:s3:::assets/*""] }] }",
            })|};
            """);

    [Test]
    public async Task Messages_SayWhatAndWhy()
    {
        var pulumi = await LibraryCompiler.CompileAsync("Pulumi.Aws", PulumiTypes.Source);
        var test = Verify.Create("""
            class Infra
            {
                void Define()
                {
                    new Pulumi.Aws.Rds.InstanceArgs { SkipFinalSnapshot = true };
                    new Pulumi.Aws.Ec2.Inputs.SecurityGroupIngressArgs { CidrBlocks = { "0.0.0.0/0" } };
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(pulumi);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM5104").WithSpan(5, 43, 5, 67)
            .WithMessage("InstanceArgs.SkipFinalSnapshot = true skips the final snapshot; deleting or replacing the resource then deletes its data with no way back. Keep RemovalPolicy.RETAIN or SNAPSHOT, deletion protection on and a final snapshot."));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("AM5102").WithSpan(6, 77, 6, 88)
            .WithMessage("SecurityGroupIngressArgs.CidrBlocks lets anyone on the internet in (source '0.0.0.0/0'); exposed ports are found and attacked within minutes. Allow only known address ranges or another security group."));
        await test.RunAsync();
    }
}
