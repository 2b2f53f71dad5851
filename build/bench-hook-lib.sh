# Shared by build/bench-hook.sh and build/bench-command-hook.sh (source it): a private hook server for the run and
# one timed `automode hook claude` call. Needs: configuration, sample, input (the hook JSON) set by the caller.
tool=(dotnet "$PWD/src/AutoMode.Cli/bin/$configuration/net10.0/automode.dll")
sockets=$(mktemp -d)
export AUTOMODE_HOOK_SOCKET_DIR=$sockets # a private server for this run
trap '(cd "$sample" && "${tool[@]}" hook server --stop >/dev/null 2>&1) || true; rm -rf "$sockets" ${cleanup:-}' EXIT

# The light clients (src/AutoMode.Hook) in the same build: framework-dependent, and Native AOT when
# build/publish-hook-native.sh put one there (INTO_BUILD=1).
light_managed=(dotnet "$PWD/src/AutoMode.Cli/bin/$configuration/net10.0/automode-hook.dll")
light_native=$(ls "$PWD/src/AutoMode.Cli/bin/$configuration/net10.0/"automode-hook-*-* 2>/dev/null | head -1 || true)

# One timed call of a hook command (the command line's words as arguments), the input on stdin, in the sample:
# prints "<milliseconds> <decision>".
timed() {
  local start end out
  start=$(date +%s%N)
  out=$(cd "$sample" && printf '%s' "$input" | "$@")
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(printf '%s' "$out" | grep -o '"permissionDecision":"[a-z]*"' | cut -d'"' -f4)"
}

# One `automode hook claude` call (extra arguments after it).
hook() { timed "${tool[@]}" hook claude --audit-log "$sockets/audit.jsonl" "$@"; }

# One call of the light client: light managed|native.
light() {
  if [ "$1" = native ]; then
    timed "$light_native" claude --audit-log "$sockets/audit.jsonl"
  else
    timed "${light_managed[@]}" claude --audit-log "$sockets/audit.jsonl"
  fi
}

# min / median / max of the numbers on stdin.
summary() { sort -n | awk '{ a[NR] = $1 } END { printf "min %5d ms   median %5d ms   max %5d ms   (n=%d)", a[1], a[int((NR + 1) / 2)], a[NR], NR }'; }
