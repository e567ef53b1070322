#!/usr/bin/env bash
# Creates a scratch org with the package deployed, permission sets assigned and sample data loaded.
#   scripts/scratch-org.sh [alias] [days]
# Needs: a Dev Hub authorised with `npx sf org login web --set-default-dev-hub`. By default the scratch org has no
# namespace (so data/ files use plain API names); pass NAMESPACED=1 to create it with the zoomsf namespace (the
# Dev Hub must have the namespace linked).
set -euo pipefail
cd "$(dirname "$0")/.."
alias="${1:-zoomsf-dev}"
days="${2:-7}"
sf=(npx --no-install sf)

ns_flag=(--no-namespace)
[ "${NAMESPACED:-0}" = "1" ] && ns_flag=()

echo "Building LWC JavaScript from TypeScript…"
npm run --silent build

echo "Creating scratch org '$alias' for $days days…"
"${sf[@]}" org create scratch --definition-file config/project-scratch-def.json --alias "$alias" \
    --duration-days "$days" --set-default --wait 15 "${ns_flag[@]}"

echo "Deploying force-app…"
"${sf[@]}" project deploy start --source-dir force-app --target-org "$alias" --wait 30

echo "Assigning permission sets…"
"${sf[@]}" org assign permset --name Zoom_Admin --name Zoom_User --target-org "$alias"

echo "Loading sample data…"
"${sf[@]}" data import tree --plan data/sample-data-plan.json --target-org "$alias"

echo "Running Apex tests…"
"${sf[@]}" apex run test --target-org "$alias" --test-level RunLocalTests --code-coverage --result-format human --wait 30

"${sf[@]}" org open --target-org "$alias"
