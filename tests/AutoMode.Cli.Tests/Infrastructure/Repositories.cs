namespace AutoMode.Cli.Tests.Infrastructure;

/// <summary>Starting points for the end-to-end tests: a committed repository with a small C# project.</summary>
public static class Repositories
{
    public const string Orders = """
        namespace App;

        public sealed class OrderService
        {
            public decimal Total(IEnumerable<decimal> lines) => lines.Sum();
        }

        public static class Checkout
        {
            public static decimal Pay(OrderService orders, decimal[] lines) => orders.Total(lines);
        }
        """;

    public const string Maintenance = """
        namespace App;

        public static class Maintenance
        {
            public static void Reset(string path, bool confirmed)
            {
                if (!confirmed)
                {
                    return;
                }

                File.Delete(path);
            }

            public static string Describe(string path) => "maintenance of " + path;
        }
        """;

    /// <summary>A repository with src/App (a net10.0 project), a root .editorconfig with <paramref name="editorConfig"/>, committed.</summary>
    public static TempRepository WithApp(string editorConfig = "")
    {
        var repository = new TempRepository()
            .Write(".editorconfig", "root = true\n\n" + editorConfig)
            .Write("src/App/App.csproj", TempRepository.MinimalProject)
            .Write("src/App/Orders.cs", Orders)
            .Write("src/App/Maintenance.cs", Maintenance)
            .Write("README.md", "# App\n");
        return repository.Commit("initial");
    }
}
