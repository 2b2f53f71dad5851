namespace AutoMode.Analyzers.Tests.InfrastructureAsCode;

/// <summary>
/// DECLARED TYPES, NOT THE REAL PACKAGE. The Pulumi packages (Pulumi, Pulumi.Aws) are not served by the package
/// source these tests can reach, so this file declares the exact namespaces, type names and member names of the
/// real Pulumi .NET SDK types the rules match (Pulumi.CustomResource, Input&lt;T&gt;, InputList&lt;T&gt;,
/// Pulumi.Aws.Ec2/Rds/Iam/S3 resources and their Args), with the same shapes where the rules look at them
/// (implicit conversions to Input&lt;T&gt;, collection initializers on InputList&lt;T&gt;). Bodies are empty. The tests
/// compile this source into its own assembly and reference it as metadata, as an app references the real SDK.
/// </summary>
public static class PulumiTypes
{
    public const string Source = """
        using System.Collections.Generic;

        namespace Pulumi
        {
            public class Input<T>
            {
                public static implicit operator Input<T>(T value) => new Input<T>();
            }

            public sealed class InputList<T> : Input<System.Collections.Immutable.ImmutableArray<T>>, IEnumerable<T>
            {
                public void Add(params Input<T>[] inputs) { }
                public static implicit operator InputList<T>(T[] values) => new InputList<T>();
                public IEnumerator<T> GetEnumerator() => throw null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!;
            }

            public abstract class ResourceArgs { }
            public class CustomResourceOptions { public bool? Protect { get; set; } }
            public class Resource { }
            public class CustomResource : Resource
            {
                protected CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null) { }
            }
        }

        namespace Pulumi.Aws.Ec2
        {
            public class SecurityGroup : Pulumi.CustomResource
            {
                public SecurityGroup(string name, SecurityGroupArgs? args = null, Pulumi.CustomResourceOptions? options = null) : base("aws:ec2/securityGroup:SecurityGroup", name, args, options) { }
            }

            public sealed class SecurityGroupArgs : Pulumi.ResourceArgs
            {
                public Pulumi.Input<string>? VpcId { get; set; }
                public Pulumi.InputList<Inputs.SecurityGroupIngressArgs> Ingress { get; set; } = new();
                public Pulumi.InputList<Inputs.SecurityGroupEgressArgs> Egress { get; set; } = new();
            }
        }

        namespace Pulumi.Aws.Ec2.Inputs
        {
            public sealed class SecurityGroupIngressArgs
            {
                public Pulumi.Input<int> FromPort { get; set; } = null!;
                public Pulumi.Input<int> ToPort { get; set; } = null!;
                public Pulumi.Input<string> Protocol { get; set; } = null!;
                public Pulumi.InputList<string> CidrBlocks { get; set; } = new();
                public Pulumi.InputList<string> Ipv6CidrBlocks { get; set; } = new();
            }

            public sealed class SecurityGroupEgressArgs
            {
                public Pulumi.InputList<string> CidrBlocks { get; set; } = new();
            }
        }

        namespace Pulumi.Aws.Rds
        {
            public class Instance : Pulumi.CustomResource
            {
                public Instance(string name, InstanceArgs args, Pulumi.CustomResourceOptions? options = null) : base("aws:rds/instance:Instance", name, args, options) { }
            }

            public sealed class InstanceArgs : Pulumi.ResourceArgs
            {
                public Pulumi.Input<string>? InstanceClass { get; set; }
                public Pulumi.Input<bool>? DeletionProtection { get; set; }
                public Pulumi.Input<bool>? SkipFinalSnapshot { get; set; }
            }
        }

        namespace Pulumi.Aws.Iam
        {
            public class Policy : Pulumi.CustomResource
            {
                public Policy(string name, PolicyArgs args, Pulumi.CustomResourceOptions? options = null) : base("aws:iam/policy:Policy", name, args, options) { }
            }

            public sealed class PolicyArgs : Pulumi.ResourceArgs
            {
                public Pulumi.Input<string> Policy { get; set; } = null!;
            }
        }

        namespace Pulumi.Aws.S3
        {
            public class BucketV2 : Pulumi.CustomResource
            {
                public BucketV2(string name, BucketV2Args? args = null, Pulumi.CustomResourceOptions? options = null) : base("aws:s3/bucketV2:BucketV2", name, args, options) { }
            }

            public sealed class BucketV2Args : Pulumi.ResourceArgs
            {
                public Pulumi.Input<bool>? ForceDestroy { get; set; }
            }
        }
        """;
}
