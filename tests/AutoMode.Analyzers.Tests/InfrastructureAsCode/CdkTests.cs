using AutoMode.Analyzers.Tests.Infrastructure;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Infrastructure.InfrastructureAnalyzer>;

namespace AutoMode.Analyzers.Tests.InfrastructureAsCode;

/// <summary>AM5101–AM5104 on AWS CDK code, compiled against the real Amazon.CDK.Lib 2.103.0.</summary>
public class CdkTests
{
    private static async Task Run(string body)
    {
        var test = Verify.Create($$"""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.RDS;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class AppStack : Stack
            {
                public AppStack(Construct scope, string id) : base(scope, id)
                {
                    var vpc = new Vpc(this, "Main");
                    {{body}}
                }
            }
            """.Replace("var vpc = new Vpc(this, \"Main\");", "var vpc = {|AM5101:new Vpc(this, \"Main\")|};"));
        test.TestState.AdditionalReferences.Add(GlobalPackages.Assembly("Amazon.CDK.Lib", "2.103.0", "lib/netcoreapp3.1/Amazon.CDK.Lib.dll"));
        test.TestState.AdditionalReferences.Add(GlobalPackages.Assembly("Constructs", "10.0.5", "lib/netcoreapp3.1/Constructs.dll"));
        test.TestState.AdditionalReferences.Add(GlobalPackages.Assembly("Amazon.JSII.Runtime", "1.91.0", "lib/netcoreapp3.1/Amazon.JSII.Runtime.dll"));
        await test.RunAsync();
    }

    [Test]
    public Task AM5101_NetworkResourcesAndRules() =>
        Run("""
            var sg = {|AM5101:new SecurityGroup(this, "Db", new SecurityGroupProps { Vpc = vpc })|};
            {|AM5101:sg.AddIngressRule(Peer.Ipv4("10.0.0.0/16"), Port.Tcp(5432))|};
            {|AM5101:sg.AddEgressRule(Peer.AnyIpv4(), Port.AllTraffic())|};
            {|AM5101:sg.Connections.AllowFrom(Peer.Ipv4("10.1.0.0/16"), Port.Tcp(443))|};
            """);

    [Test]
    public Task AM5101_IamAndDatabases() =>
        Run("""
            var role = {|AM5101:new Role(this, "App", new RoleProps { AssumedBy = new ServicePrincipal("lambda.amazonaws.com") })|};
            {|AM5101:role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:GetObject" }, Resources = new[] { "arn:aws:s3:::assets/*" } }))|};
            var bucket = new Bucket(this, "Assets");
            {|AM5101:bucket.GrantRead(role)|};
            var db = {|AM5101:new DatabaseInstance(this, "Db", new DatabaseInstanceProps { Vpc = vpc, DeletionProtection = true, RemovalPolicy = RemovalPolicy.SNAPSHOT })|};
            """);

    [Test]
    public Task AM5102_WorldOpenIngress() =>
        Run("""
            var sg = {|AM5101:new SecurityGroup(this, "Web", new SecurityGroupProps { Vpc = vpc })|};
            {|AM5102:sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443))|};
            var anyone = Peer.AnyIpv6();
            {|AM5102:sg.AddIngressRule(anyone, Port.Tcp(22))|};
            {|AM5102:sg.AddIngressRule(Peer.Ipv4("0.0.0.0/0"), Port.Tcp(3389))|};
            {|AM5102:sg.Connections.AllowFromAnyIpv4(Port.Tcp(80))|};
            {|AM5101:new CfnSecurityGroupIngress(this, "Ssh", new CfnSecurityGroupIngressProps { GroupId = sg.SecurityGroupId, IpProtocol = "tcp", CidrIp = {|AM5102:"0.0.0.0/0"|} })|};
            {|AM5101:new CfnSecurityGroupEgress(this, "Out", new CfnSecurityGroupEgressProps { GroupId = sg.SecurityGroupId, IpProtocol = "-1", CidrIp = "0.0.0.0/0" })|};
            """);

    [Test]
    public Task AM5103_WildcardStatements() =>
        Run("""
            var statement = new PolicyStatement(new PolicyStatementProps { Actions = new[] { {|AM5103:"*"|} }, Resources = new[] { "arn:aws:s3:::assets/*" } });
            var admin = new PolicyStatement();
            admin.AddActions("s3:GetObject");
            admin.AddResources({|AM5103:"*"|});
            {|AM5103:admin.AddAllResources()|};
            var scoped = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:*" }, Resources = new[] { "arn:aws:s3:::assets/*" } });
            """);

    [Test]
    public Task AM5104_DestroyableData() =>
        Run("""
            var db = {|AM5101:new DatabaseInstance(this, "Db", new DatabaseInstanceProps
            {
                Vpc = vpc,
                {|AM5104:DeletionProtection = false|},
                RemovalPolicy = {|AM5104:RemovalPolicy.DESTROY|},
            })|};
            var logs = new Bucket(this, "Logs", new BucketProps { {|AM5104:AutoDeleteObjects = true|}, RemovalPolicy = {|AM5104:RemovalPolicy.DESTROY|} });
            logs.ApplyRemovalPolicy(RemovalPolicy.RETAIN);
            """);

    [Test]
    public Task DoesNotFlag_OtherResourcesAndSafeSettings() =>
        Run("""
            var bucket = new Bucket(this, "Assets", new BucketProps { Versioned = true, RemovalPolicy = RemovalPolicy.RETAIN });
            var props = new DatabaseInstanceProps { Vpc = vpc, DeletionProtection = true };
            var description = "allow 0.0.0.0/0 on port * for everyone";
            """);
}
