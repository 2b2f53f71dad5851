namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>
/// HAND-DECLARED API SURFACE, NOT REAL PACKAGES. The AWS Secrets Manager SDK (AWSSDK.SecretsManager) and the Google
/// Secret Manager SDK (Google.Cloud.SecretManager.V1) are not served by this machine's package source, so — for these
/// two SDKs alone, as the secrets issue allows — the test compilations declare the exact namespaces, type names and
/// method signatures of their public APIs (copied from the SDKs' public reference documentation), with no bodies of
/// interest. AWSSDK.Core (Amazon.Runtime) IS served and is referenced as the real package. Every other type in the
/// secrets tests comes from a real reference assembly or NuGet package.
/// </summary>
public static class CloudSecretManagerApis
{
    /// <summary>Amazon.SecretsManager (AWSSDK.SecretsManager 4.x): IAmazonSecretsManager, AmazonSecretsManagerClient and the request/response models used here.</summary>
    public const string Aws = """
        namespace Amazon.SecretsManager.Model
        {
            public class GetSecretValueRequest { public string SecretId { get; set; } public string VersionId { get; set; } public string VersionStage { get; set; } }
            public class GetSecretValueResponse : Amazon.Runtime.AmazonWebServiceResponse { public string ARN { get; set; } public string Name { get; set; } public string SecretString { get; set; } public System.IO.MemoryStream SecretBinary { get; set; } public string VersionId { get; set; } }
            public class PutSecretValueRequest { public string SecretId { get; set; } public string SecretString { get; set; } }
            public class PutSecretValueResponse : Amazon.Runtime.AmazonWebServiceResponse { }
            public class RotateSecretRequest { public string SecretId { get; set; } public bool? RotateImmediately { get; set; } }
            public class RotateSecretResponse : Amazon.Runtime.AmazonWebServiceResponse { }
            public class DeleteSecretRequest { public string SecretId { get; set; } public bool? ForceDeleteWithoutRecovery { get; set; } public long? RecoveryWindowInDays { get; set; } }
            public class DeleteSecretResponse : Amazon.Runtime.AmazonWebServiceResponse { }
        }

        namespace Amazon.SecretsManager
        {
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Runtime;
            using Amazon.SecretsManager.Model;

            public partial interface IAmazonSecretsManager : Amazon.Runtime.IAmazonService, System.IDisposable
            {
                Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken = default);
                Task<PutSecretValueResponse> PutSecretValueAsync(PutSecretValueRequest request, CancellationToken cancellationToken = default);
                Task<RotateSecretResponse> RotateSecretAsync(RotateSecretRequest request, CancellationToken cancellationToken = default);
                Task<DeleteSecretResponse> DeleteSecretAsync(DeleteSecretRequest request, CancellationToken cancellationToken = default);
            }

            public abstract partial class AmazonSecretsManagerClient : IAmazonSecretsManager
            {
                public virtual Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken = default) => null;
                public virtual Task<PutSecretValueResponse> PutSecretValueAsync(PutSecretValueRequest request, CancellationToken cancellationToken = default) => null;
                public virtual Task<RotateSecretResponse> RotateSecretAsync(RotateSecretRequest request, CancellationToken cancellationToken = default) => null;
                public virtual Task<DeleteSecretResponse> DeleteSecretAsync(DeleteSecretRequest request, CancellationToken cancellationToken = default) => null;
                public abstract Amazon.Runtime.IClientConfig Config { get; }
                public static Amazon.Runtime.ClientConfig CreateDefaultClientConfig() => null;
                public static IAmazonService CreateDefaultServiceClient(Amazon.Runtime.AWSCredentials awsCredentials, Amazon.Runtime.ClientConfig clientConfig) => null;
                public abstract void Dispose();
            }
        }
        """;

    /// <summary>Google.Cloud.SecretManager.V1 (Google.Cloud.SecretManager.V1 2.x): SecretManagerServiceClient and the types used here, with Gax's CallSettings and Protobuf's ByteString.</summary>
    public const string Gcp = """
        namespace Google.Api.Gax.Grpc { public sealed class CallSettings { } }
        namespace Google.Protobuf { public sealed class ByteString { public string ToStringUtf8() => null; public static ByteString CopyFromUtf8(string text) => null; } }
        namespace Google.Cloud.SecretManager.V1
        {
            using System.Threading.Tasks;
            using Google.Api.Gax.Grpc;

            public sealed partial class SecretName { public static SecretName FromProjectSecret(string projectId, string secretId) => null; }
            public sealed partial class SecretVersionName { public static SecretVersionName FromProjectSecretSecretVersion(string projectId, string secretId, string secretVersionId) => null; }
            public sealed partial class SecretPayload { public Google.Protobuf.ByteString Data { get; set; } }
            public sealed partial class SecretVersion { public string Name { get; set; } }
            public sealed partial class AccessSecretVersionResponse { public string Name { get; set; } public SecretPayload Payload { get; set; } }

            public abstract partial class SecretManagerServiceClient
            {
                public static SecretManagerServiceClient Create() => null;
                public virtual AccessSecretVersionResponse AccessSecretVersion(SecretVersionName name, CallSettings callSettings = null) => null;
                public virtual Task<AccessSecretVersionResponse> AccessSecretVersionAsync(SecretVersionName name, CallSettings callSettings = null) => null;
                public virtual SecretVersion AddSecretVersion(SecretName parent, SecretPayload payload, CallSettings callSettings = null) => null;
                public virtual void DeleteSecret(SecretName name, CallSettings callSettings = null) { }
                public virtual SecretVersion DestroySecretVersion(SecretVersionName name, CallSettings callSettings = null) => null;
            }
        }
        """;
}
