#!/usr/bin/env bash
# Regenerates the rule table in README.md from the analyzers' descriptors.
set -euo pipefail
cd "$(dirname "$0")/.."
AUTOMODE_UPDATE_DOCS=1 dotnet test tests/AutoMode.Analyzers.Tests --filter "FullyQualifiedName~ReadmeRuleTableIsCurrent" --nologo -v q
