# Shared steps of scripts/deploy.sh, scripts/scratch-org.sh and scripts/org-tests.sh (sourced, not run).
# Order that every script follows, because metadata deploys give no field access, even to admins, and the package's
# Apex tests run user-mode code:
#   1. build the LWC JavaScript (a build output of the TypeScript sources);
#   2. deploy without running tests (the source as is for a zoomsf-namespaced org, the unnamespaced copy otherwise);
#   3. assign the package's permission sets to the deploying user;
#   4. run the Apex tests, failing with a clear line.
# Needs: bash 4+, node, and the project's local Salesforce CLI (npx --no-install sf).

# shellcheck shell=bash

ORG_SH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SF=(npx --no-install sf)

org_fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Prints one field of the target org's Organization row: NamespacePrefix, IsSandbox, TrialExpirationDate…
org_field() {
    local org="$1" field="$2" json
    json=$("${SF[@]}" data query --query "SELECT NamespacePrefix, IsSandbox, TrialExpirationDate, OrganizationType FROM Organization" \
        --target-org "$org" --json 2>/dev/null) || org_fail "cannot query the Organization of '$org' (is it logged in?)"
    node -e 'const r=JSON.parse(process.argv[1]).result.records[0]; const v=r[process.argv[2]]; console.log(v==null?"":String(v));' \
        "$json" "$field"
}

# Prints the project folder to deploy from for the org: the repository when the org has the project's namespace,
# an unnamespaced copy of the source (scripts/lib/namespace.mjs) when it has none. Fails for any other namespace.
org_source_project() {
    local org="$1" work="$2" org_ns project_ns
    org_ns=$(org_field "$org" NamespacePrefix)
    project_ns=$(node -e 'console.log(require(process.argv[1]).namespace || "")' "$ORG_SH_ROOT/sfdx-project.json")
    if [ "$org_ns" = "$project_ns" ]; then
        echo "$ORG_SH_ROOT"
    elif [ -z "$org_ns" ]; then
        node "$ORG_SH_ROOT/scripts/lib/namespace.mjs" unnamespaced-copy "$work/unnamespaced"
    else
        org_fail "org '$org' has namespace '$org_ns'; the source can go to a '$project_ns' or an unnamespaced org."
    fi
}

# Deploys every package directory of the project folder without running tests (extra flags, e.g. --dry-run, follow).
org_deploy() {
    local org="$1" project="$2"
    shift 2
    echo "Deploying $(basename "$project") source to '$org' (tests run after the permission sets are assigned)…"
    (cd "$project" && "${SF[@]}" project deploy start --target-org "$org" --wait 60 --test-level NoTestRun "$@") ||
        org_fail "deploy to '$org' failed (see the component errors above); nothing was changed."
}

# Assigns permission sets (by name) to the org's default user, skipping those already assigned.
org_assign_permsets() {
    local org="$1"
    shift
    local names apex
    names=$(printf "'%s'," "$@")
    apex=$(mktemp)
    cat >"$apex" <<APEX
Set<String> wanted = new Set<String>{ ${names%,} };
Id me = UserInfo.getUserId();
for (PermissionSetAssignment a : [SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = :me]) {
    wanted.remove(a.PermissionSet.Name);
}
List<PermissionSetAssignment> rows = new List<PermissionSetAssignment>();
for (PermissionSet p : [SELECT Id FROM PermissionSet WHERE Name IN :wanted]) {
    rows.add(new PermissionSetAssignment(AssigneeId = me, PermissionSetId = p.Id));
}
insert rows;
APEX
    echo "Assigning permission sets $* to the deploying user of '$org'…"
    "${SF[@]}" apex run --target-org "$org" --file "$apex" >/dev/null ||
        org_fail "could not assign permission sets $* in '$org'."
    rm -f "$apex"
}

# Runs Apex tests and prints every failure, "apex: N passed, N failed" and the coverage; fails when any test failed.
#   org_run_tests <org> <results-dir> RunLocalTests
#   org_run_tests <org> <results-dir> RunSpecifiedTests ClassA ClassB…
org_run_tests() {
    local org="$1" out="$2" level="$3"
    shift 3
    local args=(--target-org "$org" --test-level "$level" --code-coverage --wait 120 --json)
    local cls
    for cls in "$@"; do args+=(--class-names "$cls"); done
    mkdir -p "$out"
    echo "Running Apex tests in '$org' ($level)…"
    "${SF[@]}" apex run test "${args[@]}" >"$out/apex-tests.json" 2>"$out/apex-tests.err" || true
    node "$ORG_SH_ROOT/scripts/lib/apex-results.mjs" "$out/apex-tests.json" ||
        org_fail "Apex tests failed in '$org' (details above; full results in $out/apex-tests.json)."
}

# Aborts the org's scheduled jobs whose class belongs to the package (they block deploys of their classes) and
# writes what it aborted to <state-file>, for org_resume_jobs.
org_pause_jobs() {
    local org="$1" state="$2" classes apex json
    classes=$(find "$ORG_SH_ROOT/force-app" -name '*.cls' -exec basename {} .cls \; | sed "s/.*/'&'/" | paste -sd, -)
    apex=$(mktemp)
    cat >"$apex" <<APEX
Set<String> classes = new Set<String>{ ${classes} };
List<Map<String, String>> paused = new List<Map<String, String>>();
Map<Id, AsyncApexJob> byTrigger = new Map<Id, AsyncApexJob>();
for (AsyncApexJob job : [
    SELECT CronTriggerId, ApexClass.Name, ApexClass.NamespacePrefix
    FROM AsyncApexJob
    WHERE JobType = 'ScheduledApex' AND Status IN ('Queued', 'Holding', 'Preparing', 'Processing')
        AND ApexClass.Name IN :classes
]) {
    byTrigger.put(job.CronTriggerId, job);
}
for (CronTrigger cron : [SELECT Id, CronExpression, CronJobDetail.Name FROM CronTrigger WHERE Id IN :byTrigger.keySet()]) {
    AsyncApexJob job = byTrigger.get(cron.Id);
    paused.add(new Map<String, String>{
        'name' => cron.CronJobDetail.Name, 'cron' => cron.CronExpression,
        'ns' => job.ApexClass.NamespacePrefix, 'cls' => job.ApexClass.Name });
    System.abortJob(cron.Id);
}
System.debug(LoggingLevel.ERROR, 'ZOOMSF_PAUSED=' + JSON.serialize(paused));
APEX
    json=$("${SF[@]}" apex run --target-org "$org" --file "$apex" --json 2>/dev/null) ||
        org_fail "could not list the package's scheduled jobs in '$org'."
    rm -f "$apex"
    node -e 'const r=JSON.parse(process.argv[1]); const m=/ZOOMSF_PAUSED=(\[.*\])/.exec(r.result.logs||""); process.stdout.write(m?m[1]:"[]");' \
        "$json" >"$state"
    echo "Paused the package's scheduled jobs in '$org': $(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).map(j=>j.name).join(", ")||"none")' "$state")"
}

# Schedules again what org_pause_jobs aborted (same name, same cron expression, same class).
org_resume_jobs() {
    local org="$1" state="$2" apex
    [ -s "$state" ] && [ "$(cat "$state")" != "[]" ] || return 0
    apex=$(mktemp)
    node -e '
const jobs = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const q = (s) => "\x27" + String(s ?? "").replace(/\\/g, "\\\\").replace(/\x27/g, "\\\x27") + "\x27";
for (const j of jobs) {
  console.log(`System.schedule(${q(j.name)}, ${q(j.cron)}, (Schedulable) Type.forName(${q(j.ns)}, ${q(j.cls)}).newInstance());`);
}' "$state" >"$apex"
    if "${SF[@]}" apex run --target-org "$org" --file "$apex" >/dev/null; then
        echo "Scheduled again in '$org': $(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).map(j=>j.name).join(", "))' "$state")"
    else
        echo "WARNING: could not schedule the paused jobs again in '$org'; switch them on from the Zoom Setup page:" >&2
        cat "$state" >&2
    fi
    rm -f "$apex"
}
