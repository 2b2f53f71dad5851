# Shared by build/bench-hook.sh and build/bench-command-hook.sh (source it): a private hook server for the run and
# one timed `automode hook claude` call. Needs: configuration, sample, input (the hook JSON) set by the caller.
tool=(dotnet "$PWD/src/AutoMode.Cli/bin/$configuration/net10.0/automode.dll")
sockets=$(mktemp -d)
export AUTOMODE_HOOK_SOCKET_DIR=$sockets # a private server for this run
trap '(cd "$sample" && "${tool[@]}" hook server --stop >/dev/null 2>&1) || true; rm -rf "$sockets" ${cleanup:-}' EXIT

# One hook call: prints "<milliseconds> <decision>".
hook() {
  local start end out
  start=$(date +%s%N)
  out=$(cd "$sample" && printf '%s' "$input" | "${tool[@]}" hook claude --audit-log "$sockets/audit.jsonl" "$@")
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(printf '%s' "$out" | grep -o '"permissionDecision":"[a-z]*"' | cut -d'"' -f4)"
}

# min / median / max of the numbers on stdin.
summary() { sort -n | awk '{ a[NR] = $1 } END { printf "min %5d ms   median %5d ms   max %5d ms   (n=%d)", a[1], a[int((NR + 1) / 2)], a[NR], NR }'; }
