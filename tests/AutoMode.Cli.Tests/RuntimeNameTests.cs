using AutoMode.Cli.Tests.Infrastructure;

namespace AutoMode.Cli.Tests;

/// <summary>AMG401: renaming a member that is serialized under its own name is High; adding one is not.</summary>
public class RuntimeNameTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n";

    private const string Message = """
        using System.Text.Json;

        namespace App;

        public sealed class Message
        {
            public string Sender { get; set; } = "";
            public string Body { get; set; } = "";
        }

        public static class Outbox
        {
            public static string Save(Message message) => JsonSerializer.Serialize(message);
        }
        """;

    [Test]
    public void RenamingASerializedPropertyIsHigh()
    {
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/Message.cs", Message).Commit();
        repo.Replace("src/App/Message.cs", "public string Sender", "public string From");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG401"), json.ToString());
        Assert.That(json.Risk, Is.EqualTo("high"));
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void AddingASerializedPropertyIsNotARename()
    {
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/Message.cs", Message).Commit();
        repo.Replace("src/App/Message.cs", "    public string Body { get; set; } = \"\";\n", "    public string Body { get; set; } = \"\";\n    public string? Subject { get; set; }\n");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AMG401"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("allow"));
    }

    [Test]
    public void RenamingAPropertyOfAPlainTypeIsAllowed()
    {
        using var repo = new TempRepository().Write("src/App/App.csproj", Project)
            .Write("src/App/Message.cs", Message.Replace("JsonSerializer.Serialize(message)", "message.Sender + message.Body")).Commit();
        repo.Replace("src/App/Message.cs", "Sender", "From");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AMG401"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("allow"));
    }

    [Test]
    public void AddingAMappedPositionalPropertyBesideUnmappedOnesIsNotARename()
    {
        const string Record = "using System.Text.Json;\n\nnamespace App;\n\npublic sealed record Placed(int Id, string Region, int Count);\n\npublic static class Bus\n{\n    public static string Send(Placed p) => JsonSerializer.Serialize(p);\n}\n";
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/Placed.cs", Record).Commit();
        repo.Replace("src/App/Placed.cs", "int Count)", "[property: System.Text.Json.Serialization.JsonPropertyName(\"Count\")] int Quantity)");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AMG401"), json.ToString());
    }
}

/// <summary>AMG401 on enum members: renaming a member of an enum written as text by name is High; of an enum only switched on, not.</summary>
public class EnumRenameTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n</Project>\n";

    private const string Status = "namespace App;\n\npublic enum OrderStatus\n{\n    Pending,\n    Shipped,\n    Cancelled,\n}\n";

    [Test]
    public void RenamingAMemberOfAnEnumWrittenToCsvIsHigh()
    {
        const string Export = "using System.Text;\n\nnamespace App;\n\npublic static class Export\n{\n    public static string Csv(IEnumerable<OrderStatus> statuses)\n    {\n        var csv = new StringBuilder();\n        foreach (var status in statuses)\n        {\n            csv.Append(status).AppendLine();\n        }\n\n        return csv.ToString();\n    }\n}\n";
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/OrderStatus.cs", Status).Write("src/App/Export.cs", Export).Commit();
        repo.Replace("src/App/OrderStatus.cs", "Shipped", "Dispatched");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Contain("AMG401"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("ask"));
    }

    [Test]
    public void RenamingAMemberOfAnEnumOnlySwitchedOnIsAllowed()
    {
        const string Labels = "namespace App;\n\npublic static class Labels\n{\n    public static string Of(OrderStatus status) => status switch\n    {\n        OrderStatus.Shipped => \"shipped\",\n        _ => \"other\",\n    };\n\n    public static void Fail(OrderStatus status) => throw new InvalidOperationException($\"Unexpected {status}\");\n}\n";
        using var repo = new TempRepository().Write("src/App/App.csproj", Project).Write("src/App/OrderStatus.cs", Status).Write("src/App/Labels.cs", Labels).Commit();
        repo.Replace("src/App/OrderStatus.cs", "Shipped", "Dispatched");
        repo.Replace("src/App/Labels.cs", "OrderStatus.Shipped", "OrderStatus.Dispatched");

        var json = CheckJson.Run(repo);

        Assert.That(json.RuleIds, Does.Not.Contain("AMG401"), json.ToString());
        Assert.That(json.Decision, Is.EqualTo("allow"));
    }
}
