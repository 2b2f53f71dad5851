#!/usr/bin/env bash
# Finds the NuGet packages that the analyzer tests' compilations fetch through the testing library
# (TestReferences.WithPackages -> ReferenceAssemblies.AddPackages) and records them as PackageDownload items in
# tests/AutoMode.Analyzers.Tests/TestPackages.props, so that `dotnet restore`/`dotnet test` fetches them up front.
#
# Why: Microsoft.CodeAnalysis.Testing 1.1.4 resolves a package that it has only just downloaded to no assemblies
# within that test process (CS0246 in the test compilation); the same tests pass from the second run on. On a
# fresh machine - a newcomer's or CI's - the first run is the one that counts.
#
# It runs the tests once in a scratch NuGet cache and temp folder (their result does not matter here), then lists
# what the testing library downloaded. Run it after adding a package to a test's WithPackages.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
props="$repo/tests/AutoMode.Analyzers.Tests/TestPackages.props"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/tmp" "$scratch/packages"

echo "running the analyzer tests in a scratch package cache ($scratch)..."
NUGET_PACKAGES="$scratch/packages" TMPDIR="$scratch/tmp" \
  dotnet test "$repo/tests/AutoMode.Analyzers.Tests" -nologo -v q > "$scratch/test.log" 2>&1 || true

downloads="$scratch/tmp/test-packages"
[ -d "$downloads" ] || { echo "the tests downloaded nothing: $props is complete"; exit 0; }

existing=$(grep -oE 'Include="[^"]+" Version="[^"]+"' "$props" 2>/dev/null | tr 'A-Z' 'a-z' || true)
new_items=""
for dir in "$downloads"/*/; do
  id=$(basename "$dir")
  [[ "$id" =~ [A-Z] ]] && continue               # download folders; the extracted layout is <lower id>/<version>
  [ "$id" = "microsoft.netcore.app.ref" ] && continue # the reference pack resolves fine on first download
  for vdir in "$dir"*/; do
    [ -d "$vdir" ] || continue
    version=$(basename "$vdir")
    if ! grep -qE "include=\"$id\" version=\"[^\"]*\[$version\]" <<<"$existing"; then
      new_items+="    <PackageDownload Include=\"$id\" Version=\"[$version]\" />"$'\n'
    fi
  done
done

if [ -z "$new_items" ]; then
  echo "no new packages: $props is complete"
  exit 0
fi

python3 - "$props" "$new_items" <<'PY'
import sys, re
path, items = sys.argv[1], sys.argv[2]
text = open(path).read()
begin, end = "    <!-- generated entries begin -->", "    <!-- generated entries end -->"
head, rest = text.split(begin + "\n", 1)
body, tail = rest.split(end, 1)
versions = {}
for line in (body + items).splitlines():
    m = re.search(r'Include="([^"]+)" Version="([^"]+)"', line)
    if m:
        versions.setdefault(m.group(1).lower(), set()).update(v for v in m.group(2).split(";") if v)
lines = [f'    <PackageDownload Include="{i}" Version="{";".join(sorted(vs))}" />' for i, vs in sorted(versions.items())]
open(path, "w").write(head + begin + "\n" + "\n".join(lines) + "\n" + end + tail)
PY
echo "added:"; printf '%s' "$new_items"
