#!/usr/bin/env bash
# Scores the secret rules on Juliet C# 1.3's CWE-259 and CWE-321 test cases (see README.md).
#
#   build/juliet/juliet.sh [path to the suite, default /tmp/juliet] [--verbose]
#
# Prints, per CWE, the test cases found (a finding in a bad method) out of all, and every finding in a good method.
# Exits 1 when a good method has a finding or the analyzer threw, 2 when the suite is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
suite=${1:-/tmp/juliet}
shift || true
dotnet build "$here/JulietScore/JulietScore.csproj" -c Release -m:1 -v q -nologo -clp:ErrorsOnly >&2
exec dotnet "$here/JulietScore/bin/Release/net10.0/JulietScore.dll" "$suite" "$@"
