#!/usr/bin/env bash
# Deploys the package source to an existing sandbox, Developer Edition or trial org and runs the package's Apex tests.
#   scripts/deploy.sh <target-org-alias> [--dry-run]
# Log in first: npx sf org login web --alias <alias> --instance-url https://test.salesforce.com
# Order (scripts/lib/org.sh): build the LWC JavaScript; pause the package's scheduled jobs (an active scheduled job
# blocks deploys of its class); deploy without tests; schedule the jobs again; assign Zoom_Admin to the deploying
# user (deployed fields give nobody access, not even admins); run the package's Apex tests. An unnamespaced org gets
# the unnamespaced copy of the source (scripts/lib/namespace.mjs). Production orgs install the package version
# (scripts/package.sh) instead: a source deploy there must run tests before any permission set exists.
# --dry-run: check-only deploy (nothing changes, no jobs paused, no tests).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/org.sh
source scripts/lib/org.sh

target="${1:?usage: scripts/deploy.sh <target-org-alias> [--dry-run]}"
dry_run=0
[ "${2:-}" = "--dry-run" ] && dry_run=1

work=$(mktemp -d)
jobs_state="$work/paused-jobs.json"
paused=0
finish() {
    local status=$?
    if [ "$paused" = 1 ]; then org_resume_jobs "$target" "$jobs_state"; fi
    rm -rf "$work"
    exit "$status"
}
trap finish EXIT

# Tests may be left out of a deploy only in development orgs: sandboxes, Developer Edition and trial orgs.
if [ "$(org_field "$target" IsSandbox)" != "true" ] && [ -z "$(org_field "$target" TrialExpirationDate)" ] &&
    [ "$(org_field "$target" OrganizationType)" != "Developer Edition" ]; then
    org_fail "'$target' is a production org: install a package version there (scripts/package.sh), or deploy to a sandbox."
fi

echo "Building LWC JavaScript from TypeScript…"
npm run --silent build

project=$(org_source_project "$target" "$work")

if [ "$dry_run" = 1 ]; then
    org_deploy "$target" "$project" --dry-run
    echo "Dry run passed: '$target' accepts the metadata. Nothing was deployed."
    exit 0
fi

org_pause_jobs "$target" "$jobs_state"
paused=1
org_deploy "$target" "$project"
org_resume_jobs "$target" "$jobs_state"
paused=0

org_assign_permsets "$target" Zoom_Admin

mapfile -t tests < <(find force-app -name '*Test.cls' -exec basename {} .cls \; | sort)
org_run_tests "$target" "$work/results" RunSpecifiedTests "${tests[@]}"
echo "Done: deployed to '$target', Apex tests passed. Assign Zoom Admin, Zoom User and Zoom Integration to your users."
