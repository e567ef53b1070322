#!/usr/bin/env bash
# Deploys the package source to an existing org (sandbox or production) and runs the package's Apex tests.
#   scripts/deploy.sh <target-org-alias> [--dry-run]
# Log in first: npx sf org login web --alias <alias> [--instance-url https://test.salesforce.com]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/deploy.sh <target-org-alias> [--dry-run]}"
shift || true
extra=()
[ "${1:-}" = "--dry-run" ] && extra=(--dry-run)

echo "Building LWC JavaScript from TypeScript…"
npm run --silent build

tests=$(find force-app -name '*Test.cls' -printf '%f\n' | sed 's/\.cls$//' | sort | paste -sd' ' -)
echo "Deploying to '$target' and running: $tests"
# shellcheck disable=SC2086
npx --no-install sf project deploy start --source-dir force-app --target-org "$target" --wait 60 \
    --test-level RunSpecifiedTests $(printf -- '--tests %s ' $tests) "${extra[@]}"

echo "Done. Assign permission sets: npx sf org assign permset --name Zoom_Admin --target-org $target"
