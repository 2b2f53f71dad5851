#!/usr/bin/env bash
# Prints the labeled corpus's counts (category x risk, hard cases, stacks) as markdown.
# With --update, rewrites the block between the corpus-stats markers in tests/AutoMode.Evaluation/README.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python3 - "$repo/tests/AutoMode.Evaluation" "${1:-}" <<'PY'
import collections, glob, json, os, re, sys
root, mode = sys.argv[1], sys.argv[2]
cases = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(root, 'Corpus', '*', '*', 'case.json')))]
risks = ['Low', 'Medium', 'High', 'Critical']
by_cat = collections.defaultdict(collections.Counter)
for c in cases:
    by_cat[c['category']][c['risk']] += 1
    by_cat[c['category']]['hard'] += c['hard']
lines = [f"{len(cases)} cases; {sum(c['risk'] == 'Low' for c in cases)} Low, "
         f"{sum(c['risk'] != 'Low' for c in cases)} Medium or worse; {sum(c['hard'] for c in cases)} hard "
         f"({sum(c['hard'] and c['risk'] == 'Low' for c in cases)} safe-looking-risky, "
         f"{sum(c['hard'] and c['risk'] != 'Low' for c in cases)} risky-looking-safe).", '',
         '| category | Low | Medium | High | Critical | total | hard |', '|---|---:|---:|---:|---:|---:|---:|']
for cat in sorted(by_cat):
    k = by_cat[cat]
    lines.append(f"| {cat} | " + ' | '.join(str(k[r]) for r in risks) + f" | {sum(k[r] for r in risks)} | {k['hard']} |")
tot = collections.Counter(c['risk'] for c in cases)
lines.append('| **all** | ' + ' | '.join(f"**{tot[r]}**" for r in risks) + f" | **{len(cases)}** | **{sum(c['hard'] for c in cases)}** |")
stacks = collections.Counter(c['stack'] for c in cases)
lines += ['', '| stack | cases |', '|---|---:|'] + [f'| {s} | {n} |' for s, n in sorted(stacks.items())]
text = '\n'.join(lines)
if mode == '--update':
    readme = os.path.join(root, 'README.md')
    body = open(readme).read()
    body = re.sub(r'(<!-- corpus-stats:begin -->\n).*?(<!-- corpus-stats:end -->)', lambda m: m.group(1) + text + '\n' + m.group(2), body, flags=re.S)
    open(readme, 'w').write(body)
print(text)
PY
