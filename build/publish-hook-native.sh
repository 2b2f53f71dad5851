#!/usr/bin/env bash
# Publishes the light hook client (src/AutoMode.Hook) as Native AOT for this machine's platform and puts it where the
# tool finds it: artifacts/hook-native/automode-hook-<rid>, which `dotnet pack src/AutoMode.Cli` ships next to
# automode.dll, and (with INTO_BUILD=1) the AutoMode.Cli build output, for the benchmark and local use.
# Native AOT compiles for the platform it runs on: a release builds each platform on its own runner (docs/performance.md).
# Usage: build/publish-hook-native.sh   (env: CONFIGURATION=Release, INTO_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${CONFIGURATION:-Release}
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) os=win ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;; esac
rid=$os-$arch
out=artifacts/hook-native
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dotnet publish src/AutoMode.Hook -c "$configuration" -r "$rid" -p:PublishAot=true -o "$staging" -m:1 -v q --nologo
mkdir -p "$out"
cp "$staging/automode-hook" "$out/automode-hook-$rid"
echo "$out/automode-hook-$rid"
if [ -n "${INTO_BUILD:-}" ]; then
  cp "$staging/automode-hook" "src/AutoMode.Cli/bin/$configuration/net10.0/automode-hook-$rid"
  echo "src/AutoMode.Cli/bin/$configuration/net10.0/automode-hook-$rid"
fi
