#!/usr/bin/env bash
# Creates a scratch org with the package deployed, permission sets assigned, sample data loaded and Apex tests run.
#   scripts/scratch-org.sh [alias] [days]
# Needs: a Dev Hub authorised with `npx sf org login web --set-default-dev-hub`. By default the scratch org has no
# namespace and gets the unnamespaced copy of the source (scripts/lib/namespace.mjs), so data/ files use plain API
# names; NAMESPACED=1 creates it with the zoomsf namespace (the Dev Hub must have it linked) and deploys the source
# as is (the sample data, written with plain names, is then not loaded).
# Order (scripts/lib/org.sh): build, deploy without tests, assign permission sets, load data, run Apex tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/org.sh
source scripts/lib/org.sh

alias="${1:-zoomsf-dev}"
days="${2:-7}"

ns_flag=(--no-namespace)
[ "${NAMESPACED:-0}" = "1" ] && ns_flag=()

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Building LWC JavaScript from TypeScript…"
npm run --silent build

echo "Creating scratch org '$alias' for $days days…"
"${SF[@]}" org create scratch --definition-file config/project-scratch-def.json --alias "$alias" \
    --duration-days "$days" --set-default --wait 15 "${ns_flag[@]}"

project=$(org_source_project "$alias" "$work")
org_deploy "$alias" "$project"
org_assign_permsets "$alias" Zoom_Admin Zoom_User

if [ "${NAMESPACED:-0}" = "1" ]; then
    echo "Sample data not loaded: data/ uses unnamespaced API names."
else
    echo "Loading sample data…"
    "${SF[@]}" data import tree --plan data/sample-data-plan.json --target-org "$alias"
fi

org_run_tests "$alias" "$work/results" RunLocalTests

"${SF[@]}" org open --target-org "$alias"
