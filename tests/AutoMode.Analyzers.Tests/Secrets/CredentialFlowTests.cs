using AutoMode.Analyzers.Rules.Secrets;
using AutoMode.Analyzers.Tests.Infrastructure;

namespace AutoMode.Analyzers.Tests.Secrets;

/// <summary>
/// AM3003 (and AM3002 for connection strings) through real data flow: a constant reaches a credential API through
/// locals with several definitions, parameters, return values, fields of other classes, arrays, collections, casts and
/// virtual calls (the flow variants of NIST Juliet's CWE-259/CWE-321). Each shape has a look-alike whose value comes from
/// configuration, the environment or the user, and stays silent. The finding is where the constant is written.
/// </summary>
public class CredentialFlowTests
{
    private static readonly string[] Hardcoded = { "AM3001", "AM3002", "AM3003", "AM3004" };

    private static Task Verify(string source) => SecretsVerify.VerifyOnlyAsync(source, Hardcoded);

    /// <summary>Several files in one compilation.</summary>
    private static Task VerifyFiles(params string[] sources)
    {
        var test = AnalyzerVerifier<SecretsAnalyzer>.Create(sources[0]);
        for (var i = 1; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Other{i}.cs", sources[i]));
        }

        test.ReferenceAssemblies = SecretsVerify.Packages;
        foreach (var id in new[] { "AM3005", "AM3010", "AM3011", "AM3020", "AM3021", "AM3022", "AM3023", "AM3024", "AM3025", "AM3026", "AM3027", "AM3030" })
        {
            test.DisabledDiagnostics.Add(id);
        }

        return test.RunAsync();
    }

    [Test]
    public Task LocalWithSeveralDefinitions_DeadBranchesAndNulls() => Verify("""
        using System;
        using System.Net;
        class Mail
        {
            static readonly bool Configured = true;

            NetworkCredential Credential()
            {
                string data;
                if (Configured)
                {
                    data = {|AM3003:"7e5tc4s3"|};
                }
                else
                {
                    data = null;
                }

                return new NetworkCredential("user", data, "domain");
            }

            NetworkCredential FromConsole()
            {
                string data;
                if (Configured)
                {
                    data = "";
                    data = Console.ReadLine();
                }
                else
                {
                    data = null;
                }

                return new NetworkCredential("user", data, "domain");
            }
        }
        """);

    // bitwarden WebhookIntegrationHandlerTests: `const string _token = "AUTH_TOKEN"` reaching AuthenticationHeaderValue is
    // a placeholder that names a variable, not a credential (it was AM3003 → AM3005 in the test project); a configuration
    // key likewise. A real constant through the same field still is one.
    [Test]
    public Task PlaceholderNamingAVariable_ReachingACredentialApi_IsNotAHardcodedSecret_ARealConstantIs() => Verify("""
        using System.Net;
        using System.Net.Http.Headers;
        class Webhook
        {
            private const string _scheme = "Bearer";
            private const string _token = "AUTH_TOKEN";
            private const string _configured = "Webhook:Token";
            private const string _real = {|AM3003:"q8Zt2LmX9vB4nR7kW3pY"|};

            AuthenticationHeaderValue Placeholder() => new AuthenticationHeaderValue(_scheme, _token);

            AuthenticationHeaderValue ConfigurationKey() => new AuthenticationHeaderValue(_scheme, _configured);

            AuthenticationHeaderValue Real() => new AuthenticationHeaderValue(_scheme, _real);

            NetworkCredential Password() => new NetworkCredential("user", {|AM3003:"7e5tc4s3"|});

            NetworkCredential PasswordPlaceholder() => new NetworkCredential("user", "SMTP_PASSWORD");
        }
        """);

    [Test]
    public Task DeadAssignmentOverwrittenBeforeUse_IsSilent() => Verify("""
        using System;
        using System.Net;
        class Mail
        {
            NetworkCredential Credential()
            {
                var value = "Wq3-zX81Lp";
                value = Environment.GetEnvironmentVariable("SMTP_PASSWORD");
                return new NetworkCredential("user", value);
            }

            NetworkCredential Fallback(bool useEnvironment)
            {
                var value = {|AM3003:"Wq3-zX81Lq"|};
                if (useEnvironment)
                {
                    value = Environment.GetEnvironmentVariable("SMTP_PASSWORD");
                }

                return new NetworkCredential("user", value);
            }
        }
        """);

    [Test]
    public Task KeyOfAnyShape_SpacesAndPunctuation() => Verify("""
        using System.Security.Cryptography;
        using System.Text;
        class Cipher
        {
            byte[] Encrypt(byte[] iv)
            {
                string key = {|AM3003:"23 ~j;asn!@#/>as"|};
                using var aes = Aes.Create();
                using var encryptor = aes.CreateEncryptor(Encoding.UTF8.GetBytes(key), iv);
                return iv;
            }

            byte[] FromUser(byte[] iv)
            {
                string key = System.Console.ReadLine() ?? "";
                using var aes = Aes.Create();
                using var encryptor = aes.CreateEncryptor(Encoding.UTF8.GetBytes(key), iv);
                return iv;
            }
        }
        """);

    [Test]
    public Task ParameterFromEveryCallSite_AcrossFiles() => VerifyFiles(
        """
        class Job
        {
            void Bad() => Sinks.Connect({|AM3003:"7e5tc4s3"|});
            void Good() => Sinks.Connect(System.Environment.GetEnvironmentVariable("PASSWORD"));
            void Other() => Sinks.Login(System.Console.ReadLine());
        }
        """,
        """
        using System.Net;
        static class Sinks
        {
            public static NetworkCredential Connect(string data) => Forward(data);
            private static NetworkCredential Forward(string secret) => new NetworkCredential("user", secret, "domain");
            public static NetworkCredential Login(string password) => new NetworkCredential("user", password);
        }
        """);

    [Test]
    public Task ReturnValues_OfMethodsInOtherClasses() => VerifyFiles(
        """
        using System.Net;
        class Job
        {
            NetworkCredential Bad() => new NetworkCredential("user", Secrets.Password(), "domain");
            NetworkCredential Good() => new NetworkCredential("user", Secrets.FromEnvironment(), "domain");
            NetworkCredential Identity() => new NetworkCredential("user", Secrets.Same(System.Console.ReadLine()), "domain");
        }
        """,
        """
        static class Secrets
        {
            public static string Password()
            {
                string data = {|AM3003:"7e5tc4s3"|};
                return data;
            }

            public static string FromEnvironment() => System.Environment.GetEnvironmentVariable("PASSWORD") ?? "";
            public static string Same(string value) => value;
            static string Unrelated() => Same("Xk29-qq7Lw");
        }
        """);

    /// <summary>
    /// A constant declared in a referenced project of the same solution (its symbols come with their source, as in the
    /// IDE and the gate): the finding stays at the sink, because a diagnostic cannot point into another compilation
    /// (pointing there threw AD0001 on dotnet-architecture/eShopOnWeb's JWT key constant).
    /// </summary>
    [Test]
    public Task ConstantOfAProjectReference_ReportedAtTheSink()
    {
        var test = AnalyzerVerifier<SecretsAnalyzer>.Create("""
            using System.Net;
            class Sink
            {
                NetworkCredential Credential() => new NetworkCredential("user", {|#0:Contracts.Keys.Password|}, "domain");
            }
            """);
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/Contracts/Keys.cs", """
            namespace Contracts;

            public static class Keys
            {
                public const string Password = "7e5tc4s3";
            }
            """));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        test.ReferenceAssemblies = SecretsVerify.Packages;
        test.DisabledDiagnostics.AddRange(new[] { "AM3005", "AM3030" });
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<SecretsAnalyzer>.Diagnostic("AM3003").WithLocation(0).WithArguments("credential", "the password of NetworkCredential"));
        // The constant itself is reported in its own project, by its name.
        test.ExpectedDiagnostics.Add(AnalyzerVerifier<SecretsAnalyzer>.Diagnostic("AM3004").WithSpan("/Contracts/Keys.cs", 5, 36, 5, 46).WithArguments("Password", "password"));
        return test.RunAsync();
    }

    [Test]
    public Task FieldsOfOtherClasses_AssignedAnywhere() => VerifyFiles(
        """
        using System.Net;
        class Sink
        {
            NetworkCredential FromStatic() => new NetworkCredential("user", Settings.Data, "domain");
            NetworkCredential FromContainer(Container container) => new NetworkCredential("user", container.Value, "domain");
            NetworkCredential FromOptions(Options options) => new NetworkCredential("user", options.Password, "domain");
        }
        """,
        """
        class Settings { public static string Data; }
        class Container { public string Value; }
        class Options { public string Password { get; set; } = ""; }
        class Setup
        {
            void Bad()
            {
                Settings.Data = {|AM3003:"7e5tc4s3"|};
                var container = new Container();
                container.Value = System.Console.ReadLine();
                var options = new Options { Password = System.Environment.GetEnvironmentVariable("PASSWORD") };
            }
        }
        """);

    [Test]
    public Task ArraysAndCollections_ByIndexAndKey() => Verify("""
        using System.Collections;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net;
        class Sink
        {
            void Run(string user)
            {
                string[] array = new string[5];
                array[2] = {|AM3003:"7e5tc4s3"|};
                array[1] = user;
                Use(array);

                var map = new Dictionary<string, string> { ["user"] = "admin", ["password"] = System.Console.ReadLine() };
                var credential = new NetworkCredential(map["user"], map["password"]);

                var table = new Hashtable();
                table.Add(0, "svc-account");
                table.Add(1, {|AM3003:"K7-vq2!Lm9"|});
                var fromTable = new NetworkCredential((string)table[0], (string)table[1]);

                var list = new LinkedList<string>();
                list.AddLast({|AM3003:"Pq9-rT2wY"|});
                var fromList = new NetworkCredential("user", list.Last.Value);

                var passwords = new List<string> { System.Environment.GetEnvironmentVariable("PASSWORD") };
                var fromConfiguredList = new NetworkCredential("user", passwords.First());
            }

            static NetworkCredential Use(string[] values) => new NetworkCredential(values[1], values[2]);
        }
        """);

    [Test]
    public Task CastsThroughObject() => VerifyFiles(
        """
        class Job
        {
            void Bad() => Sinks.Connect((object){|AM3003:"7e5tc4s3"|});
            void Good() => Sinks.Other((object)System.Console.ReadLine());
        }
        """,
        """
        using System.Net;
        static class Sinks
        {
            public static NetworkCredential Connect(object value) => new NetworkCredential("user", (string)value);
            public static NetworkCredential Other(object value) => new NetworkCredential("user", (string)value);
        }
        """);

    [Test]
    public Task VirtualCalls_ResolvedToOverrides() => VerifyFiles(
        """
        abstract class Connector
        {
            public abstract System.Net.NetworkCredential Connect(string data);
            public abstract string Data();
        }

        class Job
        {
            void Bad(Connector connector) => connector.Connect({|AM3003:"7e5tc4s3"|});
            System.Net.NetworkCredential FromOverride(Connector connector) => new System.Net.NetworkCredential("user", connector.Data());
        }
        """,
        """
        using System.Net;
        class SmtpConnector : Connector
        {
            public override NetworkCredential Connect(string data) => new NetworkCredential("user", data);
            public override string Data() => System.Environment.GetEnvironmentVariable("PASSWORD") ?? "";
        }

        class FileConnector : Connector
        {
            public override NetworkCredential Connect(string data) => null;
            public override string Data() => {|AM3003:"Zq8!rT2wX"|};
        }
        """);

    [Test]
    public Task ConnectionStrings_BuiltFromAPasswordElsewhere() => Verify("""
        using Microsoft.Data.SqlClient;
        class Db
        {
            private string _data;

            void Init() => _data = {|AM3002:"7e5tc4s3"|};

            SqlConnection Open() => new SqlConnection("Data Source=(local);User ID=sa;Password=" + _data);

            SqlConnection FromUser(string password) => new SqlConnection("Data Source=(local);User ID=sa;Password=" + password);

            void Caller() => FromUser(System.Console.ReadLine());
        }
        """);

    [Test]
    public Task HalfTypedCode_IsSilent() => SecretsVerify.VerifyOnlyAsync("""
        using System.Net;
        class Broken
        {
            NetworkCredential Run() => new NetworkCredential("user", {|CS0103:Missing|}.Password());
            NetworkCredential Other(string password) => new NetworkCredential("user", password);
            void Call() => Other({|CS0103:Unknown|}(1));
        }
        """, Hardcoded);
}
