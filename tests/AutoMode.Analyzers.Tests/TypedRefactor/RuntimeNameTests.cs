using AutoMode.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = AutoMode.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoMode.Analyzers.Rules.TypedRefactor.RuntimeNameAnalyzer>;

namespace AutoMode.Analyzers.Tests.TypedRefactor;

/// <summary>AM4009 (serialized member names) and AM4010 (EF Core column names): Low facts for the gate, on the member.</summary>
public class RuntimeNameTests
{
    private static readonly ReferenceAssemblies Newtonsoft = TestReferences.WithPackages(("Newtonsoft.Json", "13.0.4"));
    private static readonly ReferenceAssemblies EfCore = TestReferences.WithPackages(
        ("Microsoft.EntityFrameworkCore", "10.0.15"), ("Microsoft.EntityFrameworkCore.Relational", "10.0.15"));

    private static Task VerifyWith(ReferenceAssemblies references, string source, params DiagnosticResult[] expected)
        => Verify.VerifyAsync(references, source, expected);

    /// <summary>
    /// A serialized type declared in a referenced project: the IDE passes project references as compilations with
    /// their own source trees, so the member's source location is not in this compilation and must not be reported
    /// here (reporting it threw AD0001 on eShop).
    /// </summary>
    [Test]
    public Task TypeFromAProjectReference_IsNotReportedInTheReferencingProject()
    {
        var test = Verify.Create("""
            using System.Text.Json;

            static class Publisher
            {
                public static string Publish(Contracts.OrderPlaced message) => JsonSerializer.Serialize(message);
            }
            """);
        test.TestState.AdditionalProjects["Contracts"].Sources.Add(("/Contracts/OrderPlaced.cs", """
            namespace Contracts;

            public sealed class OrderPlaced
            {
                public int OrderId { get; set; }
            }
            """));
        test.TestState.AdditionalProjectReferences.Add("Contracts");
        return test.RunAsync();
    }

    // ---- AM4009: System.Text.Json ----

    [Test]
    public Task SystemTextJson_TypePassedToSerializer_AndWhatItReaches() =>
        Verify.VerifyAsync("""
            #nullable enable
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization;

            public class Order
            {
                public int {|AM4009:Id|} { get; set; }
                [JsonPropertyName("total")] public decimal Total { get; set; }
                [JsonIgnore] public string Secret { get; set; } = "";
                public Customer {|AM4009:Customer|} { get; set; } = new();
                public List<Line> {|AM4009:Lines|} { get; set; } = new();
                [JsonInclude] internal int {|AM4009:Revision|} { get; set; }
                internal int Internal { get; set; }
                public static int Static { get; set; }
                public int Field;
                public const int Max = 3;
                public int this[int i] => i;
            }

            public class Customer { public string {|AM4009:Name|} { get; set; } = ""; }
            public record Line(int {|AM4009:Qty|}, [property: JsonPropertyName("sku")] string Sku);

            class Api
            {
                string Save(Order order) => JsonSerializer.Serialize(order);
            }
            """);

    /// <summary>
    /// Anonymous types of the same shape are one type written in several places: reported once, at the place written
    /// first (bitwarden's scans reported a different one from run to run), and named by its shape.
    /// </summary>
    [Test]
    public Task SystemTextJson_AnonymousTypes_OnceAtTheFirstPlace() =>
        Verify.VerifyAsync(
            """
            using System.Text.Json;

            class Api
            {
                string First() => JsonSerializer.Serialize(new { {|#0:config|} = "a" });
                string Second() => JsonSerializer.Serialize(new { config = "b" });
                string Third() => JsonSerializer.Serialize(new[] { new { config = "c" } });
            }
            """,
            Verify.Diagnostic("AM4009").WithLocation(0)
                .WithArguments("new { config }", "an anonymous type is passed to JsonSerializer.Serialize", "[JsonPropertyName(\"…\")]"));

    [Test]
    public Task SystemTextJson_Messages() =>
        Verify.VerifyAsync(
            """
            using System.Text.Json;

            public class Order { public int {|#0:Id|} { get; set; } public Customer? {|#1:Customer|} { get; set; } }
            public class Customer { public string {|#2:Name|} { get; set; } = ""; }

            class Api
            {
                Order? Load(string json) => JsonSerializer.Deserialize<Order>(json);
            }
            """,
            Verify.Diagnostic("AM4009").WithLocation(0)
                .WithMessage("'Order.Id' is serialized under its own name ('Order' is passed to JsonSerializer.Deserialize); renaming it changes the data that other programs and stored documents read, while everything still compiles. Give it an explicit name ([JsonPropertyName(\"…\")]) before renaming it."),
            Verify.Diagnostic("AM4009").WithLocation(1).WithArguments("Order.Customer", "'Order' is passed to JsonSerializer.Deserialize", "[JsonPropertyName(\"…\")]"),
            Verify.Diagnostic("AM4009").WithLocation(2).WithArguments("Customer.Name", "'Order' is passed to JsonSerializer.Deserialize, reachable through 'Order.Customer'", "[JsonPropertyName(\"…\")]"));

    [Test]
    public Task SystemTextJson_AttributesOnType_ContextAndCollections() =>
        Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization;

            [JsonPolymorphic]
            [JsonDerivedType(typeof(Circle), "circle")]
            public class Shape { public int {|AM4009:Id|} { get; set; } }
            public class Circle : Shape { public double {|AM4009:Radius|} { get; set; } }

            public class Partly { [JsonPropertyName("a")] public int A { get; set; } public int {|AM4009:B|} { get; set; } }

            public class Event { public string {|AM4009:Kind|} { get; set; } = ""; }
            public class Audit { public string {|AM4009:Who|} { get; set; } = ""; }

            [JsonSerializable(typeof(Event))]
            public abstract partial class EventContext : JsonSerializerContext
            {
                protected EventContext() : base(null) { }
            }

            class Api
            {
                void M(List<Audit> audits) => JsonSerializer.Serialize(audits);
            }
            """);

    [Test]
    public Task NotFlagged_NotSerializedConvertersAndLookAlikes() =>
        Verify.VerifyAsync("""
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;

            public class Plain { public int Id { get; set; } }
            public class Hidden { public int Id { get; set; } }

            [JsonConverter(typeof(MoneyConverter))]
            public class Money { public decimal Amount { get; set; } }
            public class MoneyConverter : JsonConverter<Money>
            {
                public override Money Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => new();
                public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) { }
            }

            static class MySerializer { public static string Serialize<T>(T value) => ""; }

            class Api
            {
                void M(Plain plain, Hidden hidden, Money money)
                {
                    MySerializer.Serialize(plain);                 // a user type's Serialize
                    JsonSerializer.Serialize((object)hidden);      // the static type is object: nothing visible
                    JsonSerializer.Serialize(money);               // a custom converter owns the names
                    JsonSerializer.Serialize(42);
                    var text = "JsonSerializer.Serialize(plain)";
                }
            }
            """);

    // ---- AM4009: Newtonsoft.Json (real package) ----

    [Test]
    public Task Newtonsoft_RealPackage() =>
        VerifyWith(Newtonsoft, """
            using Newtonsoft.Json;

            public class Invoice
            {
                public int {|AM4009:Number|} { get; set; }
                public string {|AM4009:Currency|} = "EUR";
                [JsonProperty("due")] public string Due { get; set; } = "";
                [JsonProperty(PropertyName = "paid")] public bool Paid { get; set; }
                [JsonProperty] private int {|AM4009:_version|};
                [JsonIgnore] public int Cache { get; set; }
            }

            [JsonObject(MemberSerialization.OptIn)]
            public class Settings
            {
                [JsonProperty] public int {|AM4009:Retries|} { get; set; }
                public int NotSerialized { get; set; }
            }

            class Api
            {
                string M(Invoice invoice) => JsonConvert.SerializeObject(invoice);
                Invoice? N(string json) => JsonConvert.DeserializeObject<Invoice>(json);
            }
            """);

    // ---- AM4009: DataContract and XmlSerializer ----

    [Test]
    public Task DataContract_OnlyDataMembers() =>
        Verify.VerifyAsync("""
            using System.Runtime.Serialization;

            [DataContract]
            public class Profile
            {
                [DataMember] public string {|AM4009:Email|} { get; set; } = "";
                [DataMember(Name = "nick")] public string Nickname { get; set; } = "";
                [DataMember] private int {|AM4009:_score|};
                public string NotAMember { get; set; } = "";
                [IgnoreDataMember] public int Ignored { get; set; }
            }
            """);

    [Test]
    public Task XmlSerializer_TypeofArgument_FieldsAndMappings() =>
        Verify.VerifyAsync("""
            using System.IO;
            using System.Xml.Serialization;

            public class Document
            {
                [XmlAttribute("id")] public int Id { get; set; }
                [XmlElement(ElementName = "title")] public string Title { get; set; } = "";
                public string {|AM4009:Author|} = "";
                [XmlIgnore] public int Cached { get; set; }
                [XmlText] public string Body { get; set; } = "";
            }

            class Store
            {
                void Save(Document doc, Stream stream) => new XmlSerializer(typeof(Document)).Serialize(stream, doc);
            }
            """);

    // ---- AM4010: EF Core (real packages) ----

    [Test]
    public Task EfCore_EntitiesFromDbSetsModelBuilderAndConfigurations() =>
        VerifyWith(EfCore, """
            #nullable enable
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations.Schema;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            public class Blog
            {
                public int {|AM4010:Id|} { get; set; }
                public string {|AM4010:Title|} { get; set; } = "";
                [Column("blog_url")] public string Url { get; set; } = "";
                [Column(TypeName = "money")] public decimal {|AM4010:Budget|} { get; set; }
                [NotMapped] public string Display { get; set; } = "";
                public string Summary => Title;
                public List<Post> {|AM4010:Posts|} { get; } = new();
            }

            public class Post
            {
                public int {|AM4010:Id|} { get; set; }
                public string Body { get; set; } = "";
                public Blog {|AM4010:Blog|} { get; set; } = null!;
                public int Cache { get; set; }
            }

            public class Tag { public int {|AM4010:Id|} { get; set; } }

            public class Author { public string {|AM4010:Email|} { get; set; } = ""; }

            public class AuthorConfiguration : IEntityTypeConfiguration<Author>
            {
                public void Configure(EntityTypeBuilder<Author> builder) => builder.HasKey(a => a.Email);
            }

            public class NotAnEntity { public int Id { get; set; } }

            public class ShopContext : DbContext
            {
                public DbSet<Blog> Blogs => Set<Blog>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Post>().Property(p => p.Body).IsRequired().HasColumnName("body");
                    modelBuilder.Entity<Post>().Ignore(p => p.Cache);
                    modelBuilder.Entity<Tag>();
                }
            }
            """);

    [Test]
    public Task EfCore_Message() =>
        VerifyWith(
            EfCore,
            """
            using Microsoft.EntityFrameworkCore;

            public class Blog { public int {|#0:Id|} { get; set; } }

            public class ShopContext : DbContext
            {
                public DbSet<Blog> Blogs { get; set; } = null!;
            }
            """,
            Verify.Diagnostic("AM4010").WithLocation(0)
                .WithMessage("'Blog.Id' is persisted under its own name ('Blog' is a DbSet of 'ShopContext'); renaming it renames a database column or relationship and needs a migration, while everything still compiles. Map the name explicitly ([Column(\"…\")] or HasColumnName) before renaming it."));

    [Test]
    public Task EfCore_NotFlagged_WithoutEntities() =>
        VerifyWith(EfCore, """
            using Microsoft.EntityFrameworkCore;

            public class Row { public int Id { get; set; } }

            public class EmptyContext : DbContext { }

            class Repo { void M(Row row) { } }
            """);
}
