using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoMode.Benchmarks;

/// <summary>
/// A deterministic, realistic-shaped codebase: services with LINQ, string building, file IO (some of it risky),
/// HTTP-free business logic and records. About 120 lines a file.
/// </summary>
public static class CodebaseGenerator
{
    public static IReadOnlyList<SyntaxTree> Generate(int files)
    {
        var trees = new List<SyntaxTree>(files);
        for (var i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(File(i), new CSharpParseOptions(LanguageVersion.Latest), path: $"/gen/Service{i}.cs"));
        }

        return trees;
    }

    private static string File(int i)
    {
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace Generated.Area{{i % 17}};

            public sealed record Order{{i}}(int Id, string Customer, decimal Amount, DateTime CreatedUtc);

            public sealed class Service{{i}}
            {
                private readonly List<Order{{i}}> _orders = new();
                private readonly string _root;

                public Service{{i}}(string root) => _root = root;

            """);
        for (var m = 0; m < 6; m++)
        {
            text.Append($$"""
                    public decimal Total{{m}}(string customer)
                    {
                        var matching = _orders.Where(o => o.Customer == customer && o.Amount > {{m}}).OrderBy(o => o.CreatedUtc).ToList();
                        var builder = new StringBuilder();
                        foreach (var order in matching)
                        {
                            builder.Append(order.Id).Append(';').Append(order.Amount.ToString("F2"));
                        }

                        return matching.Sum(o => o.Amount) + builder.Length;
                    }

                """);
        }

        text.Append($$"""
                public async Task ExportAsync(string name)
                {
                    var path = Path.Combine(_root, name + ".csv");
                    await File.WriteAllTextAsync(path, string.Join(Environment.NewLine, _orders.Select(o => o.ToString())));
                }

                public void Cleanup()
                {
                    var scratch = Path.Combine(Path.GetTempPath(), "svc{{i}}");
                    if (Directory.Exists(scratch)) Directory.Delete(scratch, true);
                    {{(i % 10 == 0 ? "File.Delete(Path.Combine(_root, \"orders.db\"));" : "_ = File.Exists(_root);")}}
                }
            }
            """);
        return text.ToString();
    }
}
