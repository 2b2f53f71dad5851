using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.Infrastructure.InfrastructureAnalyzer>;

namespace AutoMode.Analyzers.Tests.InfrastructureAsCode;

/// <summary>No infrastructure SDK referenced: user types with the same names are not infrastructure, and nothing is reported.</summary>
public class LookAlikeTests
{
    [Test]
    public Task UserTypesNamedLikeSdkTypes_AreNotFlagged() =>
        Verify.VerifyAsync("""
            namespace MyApp.Network
            {
                enum RemovalPolicy { DESTROY, RETAIN }
                class Peer { public static Peer AnyIpv4() => new Peer(); }
                class SecurityGroup { public void AddIngressRule(Peer peer, int port) { } }
                class DatabaseProps { public bool DeletionProtection { get; set; } public string[] Actions { get; set; } = new string[0]; }

                class Setup
                {
                    void Run()
                    {
                        var sg = new SecurityGroup();
                        sg.AddIngressRule(Peer.AnyIpv4(), 22);
                        var props = new DatabaseProps { DeletionProtection = false, Actions = new[] { "*" } };
                        var policy = RemovalPolicy.DESTROY;
                        var cidr = "0.0.0.0/0";
                    }
                }
            }
            """);
}
