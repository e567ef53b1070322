#!/usr/bin/env bash
# Installs what `npm test` and `npm run test:e2e` need beyond Node and npm, when it is missing:
#   - Java 17 (openjdk-17-jre-headless) for the two Java-based Apex checks (apex-ls and PMD);
#   - Debian's chromium for the browser tests (CHROMIUM_PATH points elsewhere to use another binary).
# Debian/Ubuntu with apt-get; needs root (or sudo) only when something is missing. Safe to run again.
#   scripts/setup.sh            Java and Chromium
#   scripts/setup.sh --no-browser   Java only
set -euo pipefail

want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

apt_updated=0
apt_install() {
    local sudo=()
    if [ "$(id -u)" != "0" ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "setup: '$*' is missing and this user cannot apt-get install it; install it and re-run." >&2
            exit 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "setup: '$*' is missing and there is no apt-get here; install it with your package manager." >&2
        exit 1
    fi
    if [ "$apt_updated" = 0 ]; then
        "${sudo[@]}" apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}

node -e 'const [maj]=process.versions.node.split(".").map(Number); if (maj<20) { console.error("setup: Node 20 or newer is required (found " + process.version + ")"); process.exit(1); }'
echo "== Node $(node --version), npm $(npm --version 2>/dev/null)"

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
    echo "== Java 17 missing: installing openjdk-17-jre-headless"
    apt_install openjdk-17-jre-headless
fi
echo "== $(java -version 2>&1 | head -1)"

if [ "$want_browser" = 1 ]; then
    if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
        echo "== Chromium missing: installing Debian's chromium"
        apt_install chromium
    fi
    echo "== $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null || echo chromium)"
fi
