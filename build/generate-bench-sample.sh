#!/usr/bin/env bash
# Generates the benchmark's sample repository: one net10.0 project with N C# files (default 1000) in 20 folders,
# classes that call each other, LINQ, records, async methods and a little file IO, committed to a fresh git
# repository and restored. Usage: build/generate-bench-sample.sh DIR [FILES]
set -euo pipefail
dir=${1:?usage: generate-bench-sample.sh DIR [FILES]}
files=${2:-1000}
rm -rf "$dir"
mkdir -p "$dir/src/Shop"
cd "$dir"
git init -q -b main
git config user.email bench@example.com
git config user.name bench
git config commit.gpgsign false
printf 'root = true\n\n[*]\nautomode.auto_approve_max_risk = low\nautomode.deny_min_risk = critical\n' > .editorconfig
cat > src/Shop/Shop.csproj <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
XML
for ((i = 0; i < files; i++)); do
  m=$((i % 20))
  next=$(((i + 1) % files))
  mkdir -p "src/Shop/Module$m"
  cat > "src/Shop/Module$m/Service$i.cs" <<CS
namespace Shop.Module$m;

/// <summary>Generated service $i of the benchmark sample.</summary>
public sealed record Item$i(string Name, decimal Price, int Quantity)
{
    public decimal Total => Price * Quantity;
}

public sealed class Service$i
{
    private readonly List<Item$i> _items = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public void Add(string name, decimal price, int quantity)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A name is required.", nameof(name));
        }

        _items.Add(new Item$i(name, price, quantity));
        _counts[name] = _counts.TryGetValue(name, out var count) ? count + 1 : 1;
    }

    public decimal Total() => _items.Sum(item => item.Total);

    public IReadOnlyList<string> TopNames(int take) =>
        _items.OrderByDescending(item => item.Total).ThenBy(item => item.Name, StringComparer.Ordinal).Take(take).Select(item => item.Name).ToList();

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return \$"{_items.Count} items, total {Total():0.00}";
    }

    public string Report(string folder)
    {
        var path = Path.Combine(folder, "service-$i.txt");
        File.WriteAllText(path, string.Join(Environment.NewLine, TopNames(10)));
        return path;
    }

    public decimal Combined(Shop.Module$((next % 20)).Service$next other) => Total() + other.Total();

    private static int Score(Item$i item) => item.Quantity switch
    {
        0 => 0,
        < 10 => 1,
        < 100 => 2,
        _ => 3,
    };

    public int Scores() => _items.Select(Score).Sum();
}
CS
done
printf "bin/\nobj/\n" > .gitignore
git add -A
git commit -q -m "benchmark sample: $files files"
dotnet restore src/Shop/Shop.csproj -v q --nologo >/dev/null
echo "$dir: $(find src -name '*.cs' | wc -l) C# files"
