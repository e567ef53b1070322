#!/usr/bin/env bash
# Builds a managed package version (namespace zoomsf) from a clean checkout.
#   ZOOMSF_INSTALLATION_KEY=… scripts/package.sh [dev-hub-alias]
#   INSTALLATION_KEY_BYPASS=1 scripts/package.sh [dev-hub-alias]     (anyone with the install link may install it)
# 1. builds the LWC JavaScript (a build output of the TypeScript sources: without it the version would ship
#    components without JavaScript) and checks that every bundle has it;
# 2. creates the package on the Dev Hub when sfdx-project.json has no alias for it yet (commit the updated file);
# 3. `sf package version create` with the scratch definition (config/project-scratch-def.json: Shared Activities,
#    Platform Cache, Sites), code coverage (needed to promote), the installation key, and waits for the result.
# Promote a tested version with: npx sf package version promote --package "Zoom for Salesforce@x.y.z-n"
set -euo pipefail
cd "$(dirname "$0")/.."
sf=(npx --no-install sf)
package="Zoom for Salesforce"
devhub=()
[ -n "${1:-}" ] && devhub=(--target-dev-hub "$1")

key=()
if [ -n "${ZOOMSF_INSTALLATION_KEY:-}" ]; then
    key=(--installation-key "$ZOOMSF_INSTALLATION_KEY")
elif [ "${INSTALLATION_KEY_BYPASS:-0}" = "1" ]; then
    key=(--installation-key-bypass)
else
    echo "FAIL: set ZOOMSF_INSTALLATION_KEY (installers must enter it) or INSTALLATION_KEY_BYPASS=1." >&2
    exit 1
fi

echo "Building LWC JavaScript from TypeScript…"
npm run --silent build
missing=$(find force-app -path '*/lwc/*' -name '*.ts' ! -name '*.d.ts' ! -path '*/__tests__/*' | while read -r ts; do
    [ -f "${ts%.ts}.js" ] || echo "$ts"
done)
if [ -n "$missing" ]; then
    echo "FAIL: no JavaScript was built for: $missing" >&2
    exit 1
fi

echo "Checking the definition file and namespace (npm test steps org-shape, namespace)…"
node scripts/check.mjs --only org-shape,namespace

if ! node -e 'const p=require("./sfdx-project.json"); process.exit(p.packageAliases && p.packageAliases[process.argv[1]] ? 0 : 1)' "$package"; then
    echo "Creating package '$package' on the Dev Hub (its alias is written to sfdx-project.json: commit it)…"
    "${sf[@]}" package create --name "$package" --package-type Managed --path force-app "${devhub[@]}"
fi

echo "Creating a package version (this can take 20 minutes or more)…"
"${sf[@]}" package version create --package "$package" --definition-file config/project-scratch-def.json \
    --code-coverage --wait 120 "${key[@]}" "${devhub[@]}"
echo "Done. sfdx-project.json now has the version's alias; install it in a sandbox and run its tests before promoting."
