#!/usr/bin/env python3
"""Precision of the High and Critical findings on the real-code evaluation set.

Reads the scan reports written by build/realcode/scan.sh (artifacts/realcode/<owner>+<name>.json) and the verdicts in
build/realcode/labels.tsv, and prints precision per rule, per level and overall (debatable counts as wrong). A label
matches a finding by repository, path, line, rule and risk: a finding whose level changed needs a new verdict.

  python3 build/realcode/precision.py                    the tables (with a rule-weighted estimate per level: the High
                                                         sample is stratified by rule), and how many have no label yet
  python3 build/realcode/precision.py --unlabeled        also list every unlabeled High/Critical finding
  python3 build/realcode/precision.py --sample 8 --seed 1  per rule, a seeded random sample of unlabeled Highs
  python3 build/realcode/precision.py --stale            labels that match no current finding (fixed or moved)
  python3 build/realcode/precision.py --reports artifacts/realcode-before   the same labels against other reports
  python3 build/realcode/precision.py --markdown         the tables in Markdown, as docs/accuracy.md shows them
"""
import argparse, collections, csv, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
LEVELS = ("critical", "high")


def load_repos():
    with open(os.path.join(HERE, "repos.tsv"), newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def load_labels():
    path = os.path.join(HERE, "labels.tsv")
    labels = {}
    if not os.path.exists(path):
        return labels
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (row["repo"], row["path"], int(row["line"]), row["rule"], row["risk"].lower())
            if key in labels:
                sys.exit(f"labels.tsv: duplicate label {key}")
            if row["verdict"] not in ("TP", "FP", "debatable"):
                sys.exit(f"labels.tsv: verdict must be TP, FP or debatable: {row}")
            labels[key] = row
    return labels


def load_findings(repos, reports):
    findings = []
    for repo in repos:
        path = os.path.join(reports, repo["repo"].replace("/", "+") + ".json")
        if not os.path.exists(path):
            print(f"no report for {repo['repo']} ({path}): run build/realcode/scan.sh", file=sys.stderr)
            continue
        with open(path) as f:
            report = json.load(f)
        for x in report.get("findings", []):
            if x["risk"] in LEVELS and not x.get("inRemovedCode"):
                findings.append((repo["repo"], x["path"], x["line"], x["ruleId"], x["risk"], x["message"]))
    return findings


def pct(tp, n):
    return f"{100.0 * tp / n:5.1f}%" if n else "    –"


MARKDOWN = False


def table(title, groups):
    if MARKDOWN:
        print(f"\n| {title} | findings | labeled | TP | FP | debatable | precision |\n|---|--:|--:|--:|--:|--:|--:|")
    else:
        print(f"\n{title:<10} {'findings':>8} {'labeled':>8} {'TP':>5} {'FP':>5} {'deb.':>5} {'precision':>9}")
    for name in sorted(groups):
        g = groups[name]
        n = g["TP"] + g["FP"] + g["debatable"]
        if MARKDOWN:
            print(f"| {name} | {g['all']} | {n} | {g['TP']} | {g['FP']} | {g['debatable']} | {pct(g['TP'], n).strip()} |")
        else:
            print(f"{name:<10} {g['all']:>8} {n:>8} {g['TP']:>5} {g['FP']:>5} {g['debatable']:>5} {pct(g['TP'], n):>9}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", default=os.path.join(TOP, "artifacts", "realcode"))
    ap.add_argument("--unlabeled", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stale", action="store_true")
    ap.add_argument("--markdown", action="store_true", help="tables as Markdown (for docs/accuracy.md)")
    args = ap.parse_args()
    global MARKDOWN
    MARKDOWN = args.markdown

    repos = load_repos()
    labels = load_labels()
    findings = load_findings(repos, args.reports)
    blank = lambda: {"all": 0, "TP": 0, "FP": 0, "debatable": 0}
    by_rule, by_level, by_repo, overall = collections.defaultdict(blank), collections.defaultdict(blank), collections.defaultdict(blank), collections.defaultdict(blank)
    unlabeled, matched = [], set()
    for f in findings:
        key = f[:5]
        label = labels.get(key)
        groups = (by_rule[f"{f[3]} {f[4][0].upper()}"], by_level[f[4]], by_repo[f[0].split("/")[1][:10]], overall["all"])
        for g in groups:
            g["all"] += 1
            if label:
                g[label["verdict"]] += 1
        if label:
            matched.add(key)
        else:
            unlabeled.append(f)

    print(f"{len(findings)} High/Critical findings in {len({f[0] for f in findings})} repositories; "
          f"{len(findings) - len(unlabeled)} labeled, {len(unlabeled)} without a label.")
    table("level", by_level)
    for level in LEVELS:
        # The High sample is stratified by rule: weight each rule's labeled precision by its number of findings.
        rules = [g for name, g in by_rule.items() if name.endswith(" " + level[0].upper())]
        sized = [g for g in rules if g["TP"] + g["FP"] + g["debatable"] > 0]
        total = sum(g["all"] for g in sized)
        if total:
            estimate = sum(g["all"] * g["TP"] / (g["TP"] + g["FP"] + g["debatable"]) for g in sized) / total
            print(f"{level}: rule-weighted estimate {100 * estimate:.1f}% over the {total} findings of rules with labels"
                  f" ({sum(g['all'] for g in rules) - total} in rules without any)")
    table("overall", overall)
    table("repo", by_repo)
    table("rule", by_rule)

    if args.unlabeled:
        print("\nUnlabeled:")
        for f in sorted(unlabeled):
            print("\t".join(map(str, f[:5])) + "\t" + f[5][:160])
    if args.sample:
        rng = random.Random(args.seed)
        per_rule = collections.defaultdict(list)
        for f in sorted(unlabeled):
            if f[4] == "high":
                per_rule[f[3]].append(f)
        print(f"\nSample of unlabeled Highs (seed {args.seed}, up to {args.sample} a rule):")
        for rule in sorted(per_rule):
            items = per_rule[rule]
            for f in rng.sample(items, min(args.sample, len(items))):
                print("\t".join(map(str, f[:5])) + "\t" + f[5][:160])
    if args.stale:
        print("\nLabels that match no current finding:")
        for key in sorted(set(labels) - matched):
            print("\t".join(map(str, key)))


if __name__ == "__main__":
    main()
