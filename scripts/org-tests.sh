#!/usr/bin/env bash
# Apex tests in a real org, for CI (.ci/run and .github/workflows/ci.yml): creates a zoomsf-namespaced scratch org,
# deploys the source, assigns the permission sets, runs every Apex test, prints pass/fail and coverage, and deletes
# the org whatever happened.
#   SF_DEVHUB_AUTH_URL='force://…' scripts/org-tests.sh
# SF_DEVHUB_AUTH_URL is the "Sfdx Auth Url" of a Dev Hub that has the zoomsf namespace linked
# (npx sf org display --target-org <devhub> --verbose). Without it the script prints one line and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SF_DEVHUB_AUTH_URL:-}" ]; then
    echo "org tests: skipped: no Dev Hub configured (set SF_DEVHUB_AUTH_URL to a Dev Hub sfdx auth URL to run every Apex test in a namespaced scratch org)."
    exit 0
fi

# shellcheck source=scripts/lib/org.sh
source scripts/lib/org.sh
export SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true

devhub="zoomsf-ci-devhub"
org="zoomsf-ci-$$"
work=$(mktemp -d)
created=0
cleanup() {
    local status=$?
    if [ "$created" = 1 ]; then
        echo "Deleting scratch org '$org'…"
        "${SF[@]}" org delete scratch --target-org "$org" --no-prompt >/dev/null 2>&1 ||
            echo "WARNING: could not delete scratch org '$org'; delete it from the Dev Hub." >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

(umask 077 && printf '%s' "$SF_DEVHUB_AUTH_URL" >"$work/devhub.url")
"${SF[@]}" org login sfdx-url --sfdx-url-file "$work/devhub.url" --alias "$devhub" >/dev/null ||
    org_fail "SF_DEVHUB_AUTH_URL was not accepted as a Dev Hub auth URL."
rm -f "$work/devhub.url"

echo "Building LWC JavaScript from TypeScript…"
npm run --silent build

echo "Creating a namespaced scratch org from config/project-scratch-def.json…"
created=1
"${SF[@]}" org create scratch --definition-file config/project-scratch-def.json --alias "$org" \
    --target-dev-hub "$devhub" --duration-days 1 --wait 30 >/dev/null ||
    org_fail "scratch org creation failed (is the zoomsf namespace linked to the Dev Hub?)."

project=$(org_source_project "$org" "$work")
org_deploy "$org" "$project"
org_assign_permsets "$org" Zoom_Admin Zoom_Integration
# The webhook subscriber runs as a user holding Zoom Integration (its writes are in user mode), as in a customer org;
# the scratch org's own user stands in for the integration user (docs/webhook-setup.md).
username=$("${SF[@]}" org display --target-org "$org" --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).result.username))')
bash scripts/webhook-subscriber.sh "$username" "$org"
org_run_tests "$org" "$work/results" RunLocalTests
