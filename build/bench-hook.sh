#!/usr/bin/env bash
# Benchmark (not a test): the latency of `automode hook claude` on one edit in a generated project of ~1,000 C#
# files (build/generate-bench-sample.sh), as Claude Code runs it — a new process per edit, hook JSON on stdin.
#   in-process : --no-server, every edit pays for the runtime, MSBuild evaluation, parsing and JIT (always cold)
#   cold       : the first edit of a session: it starts the repository's hook server and is answered by it
#   warm       : the next edits, answered by the running server (evaluations, parsed files, JIT-compiled code reused)
# Usage: build/bench-hook.sh [RUNS]   (env: FILES=1000, CONFIGURATION=Release, SAMPLE=<folder>, NO_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
files=${FILES:-1000}
configuration=${CONFIGURATION:-Release}
sample=${SAMPLE:-${TMPDIR:-/tmp}/automode-bench-$files}

if [ -z "${NO_BUILD:-}" ]; then
  dotnet build src/AutoMode.Cli -c "$configuration" -v q --nologo >/dev/null
fi
if [ ! -d "$sample/.git" ]; then
  build/generate-bench-sample.sh "$sample" "$files" >/dev/null
fi

file="$sample/src/Shop/Module7/Service7.cs"
input=$(printf '{"session_id":"bench","cwd":"%s","hook_event_name":"PreToolUse","tool_name":"Edit","tool_input":{"file_path":"%s","old_string":"public int Count => _items.Count;","new_string":"public int Count => _items.Count + 0;"}}' "$sample" "$file")
# shellcheck source=build/bench-hook-lib.sh
source build/bench-hook-lib.sh

echo "automode hook claude: one Edit in $(find "$sample/src" -name '*.cs' | wc -l) C# files ($configuration build)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(dotnet --version) SDK"

hook --no-server >/dev/null # page cache and NuGet cache warm for every mode alike
inprocess=$(for _ in $(seq "$runs"); do hook --no-server; done)
decision=$(echo "$inprocess" | head -1 | cut -d' ' -f2)
echo "in-process (--no-server): $(echo "$inprocess" | cut -d' ' -f1 | summary)   decision: $decision"

cold=$(for _ in $(seq 3); do
  (cd "$sample" && "${tool[@]}" hook server --stop >/dev/null 2>&1) || true
  hook
done)
echo "cold (starts the server): $(echo "$cold" | cut -d' ' -f1 | summary)"

warm=$(for _ in $(seq "$runs"); do hook; done)
echo "warm (server running)   : $(echo "$warm" | cut -d' ' -f1 | summary)"
managed=$(for _ in $(seq "$runs"); do light managed; done)
echo "warm, light client (dotnet automode-hook.dll): $(echo "$managed" | cut -d' ' -f1 | summary)   decision: $(echo "$managed" | head -1 | cut -d' ' -f2)"
if [ -n "$light_native" ]; then
  native=$(for _ in $(seq "$runs"); do light native; done)
  echo "warm, light client (Native AOT): $(echo "$native" | cut -d' ' -f1 | summary)   decision: $(echo "$native" | head -1 | cut -d' ' -f2)"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
