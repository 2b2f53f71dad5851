#!/usr/bin/env bash
# Runs the labeled change corpus through the gate and prints the report (also in artifacts/evaluation/report.md,
# with a fresh baseline.json beside it). Includes the explicit 2% target test.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/AutoMode.Evaluation.Tests --filter "TestCategory=Evaluation" --logger "console;verbosity=detailed" "$@"
