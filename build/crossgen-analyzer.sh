#!/usr/bin/env bash
# Compiles the analyzer assembly ahead of time (ReadyToRun) for this machine's runtime, for an experiment: how much of
# the analyzers' cost in a build without the compiler server is the JIT. The package ships IL only (one assembly for
# every host, .NET Framework in Visual Studio included); this is not what users get.
#
#   build/crossgen-analyzer.sh [out-dir]      (default artifacts/r2r)
#   AUTOMODE_ANALYZER=artifacts/r2r/AutoMode.Analyzers.dll build/measure-build-overhead.sh <project.csproj> 21
#
# crossgen2 comes from the Microsoft.NETCore.App.Crossgen2.<rid> package of the running runtime's version, restored
# into the NuGet cache by a throw-away project when it is not there yet.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-$repo/artifacts/r2r}" && cd "${1:-$repo/artifacts/r2r}" && pwd)
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" {v=$2; d=$3} END {print v}')
runtime_dir=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" {v=$2; d=$3} END {gsub(/[\[\]]/, "", d); print d "/" v}')
sdk_dir=$(dotnet --list-sdks | awk -v want="$(dotnet --version)" '$1 == want {d=$2; gsub(/[\[\]]/, "", d); print d "/" want}')
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
crossgen="$packages/microsoft.netcore.app.crossgen2.$rid/$runtime/tools/crossgen2"
if [ ! -x "$crossgen" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  cat > "$tmp/Download.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Crossgen2.$rid" Version="[$runtime]" /></ItemGroup>
</Project>
XML
  dotnet restore "$tmp/Download.csproj" -v q -nologo >/dev/null
fi

dotnet build "$repo/src/AutoMode.Analyzers/AutoMode.Analyzers.csproj" -c Release -v q -nologo >/dev/null
case "$rid" in
  linux-*) os=linux ;; osx-*) os=osx ;; win-*) os=windows ;; *) echo "unknown RID $rid" >&2; exit 1 ;;
esac
"$crossgen" "$repo/src/AutoMode.Analyzers/bin/Release/netstandard2.0/AutoMode.Analyzers.dll" -o "$out/AutoMode.Analyzers.dll" \
  --targetos "$os" --targetarch "${rid##*-}" -O -r "$runtime_dir/*.dll" -r "$sdk_dir/Roslyn/bincore/*.dll" >/dev/null
echo "$out/AutoMode.Analyzers.dll (ReadyToRun for $rid, runtime $runtime, the compiler of SDK $(dotnet --version))"
