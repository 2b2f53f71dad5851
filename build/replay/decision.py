#!/usr/bin/env python3
"""One replay cell from an `automode check --format json` report: decision, risk, deciding rule ids (tab-separated).

   decision.py REPORT.json EXIT_CODE
The deciding findings are those at the change's risk in the files whose decision is the change's decision
(what a reviewer reads first). An unreadable report is `error` (exit code 3 or a crash)."""
import json
import sys


def cell(path, code):
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError):
        return f"error\t-\texit {code}"
    decision, risk = report["decision"], report["risk"]
    rules = []
    for file in report["files"]:
        if file["decision"] != decision or file["risk"] != risk:
            continue
        for finding in file["findings"]:
            if finding["risk"] == risk and finding["ruleId"] not in rules:
                rules.append(finding["ruleId"])
    return f"{decision}\t{risk}\t{','.join(rules) or '-'}"


if __name__ == "__main__":
    print(cell(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "?"))
