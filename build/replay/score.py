#!/usr/bin/env python3
"""Scores a replay (replay.sh output) against reviewers' labels, as markdown for docs/accuracy.md.

   python3 build/replay/score.py REPLAY.tsv [REPLAY2.tsv ...] [--labels build/replay/labels.tsv]

Joins on (repo, commit). A commit needs approval or not by its label; the gate allowed it or stopped it (ask, deny;
an error stops too, as `automode check` exiting 3 fails a CI step). Tables:
- per repository and per category: commits, need approval, false approvals (needs approval, allowed), needless stops
  (needs none, stopped), and the share of commits that need none which were allowed (auto-approval);
- the issue's bars: Critical false approvals (needs approval, allowed although the gate rated it Critical),
  false approvals <= 2% of the commits that need approval, needless stops <= 5% of all commits, auto-approval per safe
  category at or above the seed's figures (patch bumps: dependency-bump labels whose why says patch).
Replayed commits without a label are counted apart (not scored)."""
import argparse
import csv
import sys
from collections import OrderedDict

SEED = OrderedDict([("refactor", 76), ("tests", 88), ("docs", 92), ("patch bump", 89), ("formatting", 98)])


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def pct(n, d):
    return "–" if d == 0 else f"{100.0 * n / d:.1f}%"


def safe_kind(label):
    category = label["category"]
    if category == "dependency-bump":
        return "patch bump" if "patch" in label.get("why", "").lower() else None
    return category if category in SEED else None


class Tally:
    def __init__(self):
        self.commits = self.need = self.false_approvals = self.needless = self.safe = self.safe_allowed = 0
        self.critical_false = self.errors = 0

    def add(self, label, row):
        needs = label["needs_approval"].strip().lower() == "yes"
        allowed = row["decision"] == "allow"
        self.commits += 1
        self.errors += row["decision"] == "error"
        if needs:
            self.need += 1
            if allowed:
                self.false_approvals += 1
                self.critical_false += row["risk"] == "critical"
        else:
            self.safe += 1
            self.safe_allowed += allowed
            self.needless += not allowed

    def cells(self):
        return [str(self.commits), str(self.need), f"{self.false_approvals} ({pct(self.false_approvals, self.need)})",
                f"{self.needless} ({pct(self.needless, self.commits)})", pct(self.safe_allowed, self.safe), str(self.errors)]


HEADER = "| {} | commits | need approval | false approvals (of need) | needless stops (of all) | auto-approved (of need none) | errors |"


def table(title, tallies):
    lines = [HEADER.format(title), "|---|---:|---:|---:|---:|---:|---:|"]
    total = Tally()
    for key, tally in tallies.items():
        lines.append("| " + " | ".join([key] + tally.cells()) + " |")
        for field in vars(total):
            setattr(total, field, getattr(total, field) + getattr(tally, field))
    lines.append("| **all** | " + " | ".join(total.cells()) + " |")
    return lines, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("replays", nargs="+")
    parser.add_argument("--labels", default="build/replay/labels.tsv")
    args = parser.parse_args()
    labels = {(r["repo"], r["commit"]): r for r in read(args.labels)}
    rows, unlabeled = [], 0
    for path in args.replays:
        for row in read(path):
            label = labels.get((row["repo"], row["commit"]))
            if label is None:
                unlabeled += 1
            else:
                rows.append((label, row))

    by_repo, by_category, by_safe = OrderedDict(), OrderedDict(), OrderedDict((k, Tally()) for k in SEED)
    for label, row in sorted(rows, key=lambda x: (x[0]["repo"], x[0]["category"])):
        by_repo.setdefault(label["repo"], Tally()).add(label, row)
        by_category.setdefault(label["category"], Tally()).add(label, row)
        kind = safe_kind(label)
        if kind:
            by_safe[kind].add(label, row)

    out = []
    repo_lines, total = table("repository", by_repo)
    out += repo_lines + [""]
    out += table("category", by_category)[0] + [""]
    out += ["| safe category | need none | auto-approved | seed | bar met |", "|---|---:|---:|---:|---|"]
    for kind, tally in by_safe.items():
        rate = None if tally.safe == 0 else 100.0 * tally.safe_allowed / tally.safe
        out.append(f"| {kind} | {tally.safe} | {pct(tally.safe_allowed, tally.safe)} | {SEED[kind]}% | "
                   f"{'–' if rate is None else ('yes' if rate >= SEED[kind] else 'no')} |")
    out += ["", "| bar | measured | met |", "|---|---:|---|",
            f"| Critical false approvals = 0 | {total.critical_false} | {'yes' if total.critical_false == 0 else 'no'} |",
            f"| false approvals ≤ 2% of need approval | {pct(total.false_approvals, total.need)} | "
            f"{'yes' if total.false_approvals <= 0.02 * total.need else 'no'} |",
            f"| needless stops ≤ 5% of all | {pct(total.needless, total.commits)} | "
            f"{'yes' if total.needless <= 0.05 * total.commits else 'no'} |"]
    if unlabeled:
        out.append(f"\n{unlabeled} replayed commit(s) have no label and are not scored.")
    print("\n".join(out))
    details = [f"| {l['repo']} | {r['commit'][:10]} | {l['category']} | {l['needs_approval']} | {r['decision']} {r['risk']} | {r['deciding']} | {l['why']} |"
               for l, r in rows if (l["needs_approval"].strip().lower() == "yes") == (r["decision"] == "allow")]
    if details:
        print("\nMisjudged commits:\n\n| repo | commit | category | needs approval | gate | deciding | label's why |\n|---|---|---|---|---|---|---|")
        print("\n".join(details))


if __name__ == "__main__":
    sys.exit(main())
