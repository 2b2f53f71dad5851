#!/usr/bin/env python3
"""One row per scanned repository for docs/accuracy.md's "scan robustness" table, from what build/realcode/scan.sh
wrote: artifacts/realcode/<owner>+<name>.json (the report) and <owner>+<name>.scan.log (progress lines with each
project's load time, /usr/bin/time -v, the load average at start and end).

    python3 build/realcode/summary.py [NAME ...]     (default: every report in artifacts/realcode)
"""
import json
import pathlib
import re
import sys

out = pathlib.Path(__file__).resolve().parents[2] / "artifacts" / "realcode"
names = sys.argv[1:] or sorted(p.stem for p in out.glob("*.json"))
print("| repository | projects | C# files | notes (read from folder) | findings C / H / M / L | AD0001 | wall time (scan's own) | slowest load | slowest project | peak memory | load average start → end |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
for name in names:
    report = json.loads((out / f"{name}.json").read_text())
    log = (out / f"{name}.scan.log").read_text() if (out / f"{name}.scan.log").exists() else ""
    levels = {level: sum(s[level] for s in report["summary"]) for level in ("critical", "high", "medium", "low")}
    ad0001 = sum(1 for f in report["findings"] if f["ruleId"] == "AD0001")
    folder = sum(1 for n in report["notes"] if "compiled from its folder" in n)
    loads = [(float(m.group(3)), float(m.group(2)), m.group(1)) for m in re.finditer(r"\] (\S+): \d+ files in ([\d.]+)s \(loaded in ([\d.]+)s\)", log)]
    analyzed = {p for _, _, p in loads}
    unlisted = [p for p in report["projects"] if p not in analyzed and not any(n.startswith(p + ":") for n in report["notes"])]
    slowest_load = max(loads, default=(0, 0, "-"))
    slowest = max(loads, key=lambda l: l[1], default=(0, 0, "-"))
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", log)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", log)
    start = re.search(r"load average at start: (\S+)", log)
    end = re.search(r"load average at end: (\S+)", log)
    print(f"| {name.replace('+', '/')} | {len(report['projects'])} | {report['files']:,} | {len(report['notes'])} ({folder}) "
          f"| {levels['critical']:,} / {levels['high']:,} / {levels['medium']:,} / {levels['low']:,} | {ad0001} "
          f"| {wall.group(1) if wall else '?'} ({report['elapsedSeconds']:.0f} s) | {slowest_load[0]:.1f} s ({pathlib.Path(slowest_load[2]).stem}) "
          f"| {slowest[1]:.1f} s ({pathlib.Path(slowest[2]).stem}) | {int(rss.group(1)) // 1024 if rss else '?'} MB "
          f"| {start.group(1) if start else '?'} → {end.group(1) if end else '?'} |")
    if unlisted:
        print(f"  {name}: {len(unlisted)} projects neither analyzed nor named in a note: {', '.join(unlisted)}", file=sys.stderr)
