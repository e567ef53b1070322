#!/usr/bin/env bash
# Runs the webhook subscriber (trigger ZoomWebhookEventTrigger on Zoom_Webhook_Event__e) as the Zoom Integration user:
# writes the PlatformEventSubscriberConfig (trigger, batch size, running user) and deploys it with the sf CLI.
#   scripts/webhook-subscriber.sh <integration-username> [target-org] [--namespace <prefix>] [--dry-run <dir>]
# A PlatformEventSubscriberConfig names an org user, so it cannot ship in the package: run this once per org, after
# the package is installed and the user holds the Zoom Integration permission set (docs/webhook-setup.md, "Run the
# webhook subscriber as Zoom Integration"). The trigger, the config name and the batch size come from
# config/platform-event-subscribers.json (the persona-access check reads the same file). The trigger's full name
# carries the package namespace (zoomsf__ZoomWebhookEventTrigger); --namespace '' for an unnamespaced org.
# target-org: an alias or username known to the sf CLI (default: the CLI's default org).
# --dry-run <dir>: writes the deployable metadata (package.xml, platformEventSubscriberConfigs/) into <dir> and
# deploys nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

usage='usage: scripts/webhook-subscriber.sh <integration-username> [target-org] [--namespace <prefix>] [--dry-run <dir>]'
username=""
target=""
namespace="zoomsf"
dry_run=""
while [ $# -gt 0 ]; do
    case "$1" in
        --namespace)
            namespace="${2?$usage}"
            shift 2
            ;;
        --dry-run)
            dry_run="${2:?$usage}"
            shift 2
            ;;
        -*)
            echo "$usage" >&2
            exit 2
            ;;
        *)
            if [ -z "$username" ]; then
                username="$1"
            elif [ -z "$target" ]; then
                target="$1"
            else
                echo "$usage" >&2
                exit 2
            fi
            shift
            ;;
    esac
done
if [ -z "$username" ]; then
    echo "$usage" >&2
    exit 2
fi
# A Salesforce username has the form of an email address; nothing else may reach the XML.
if ! [[ "$username" =~ ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+$ ]]; then
    echo "webhook-subscriber: '$username' is not a Salesforce username (name@domain)" >&2
    exit 2
fi
if ! [[ "$namespace" =~ ^[A-Za-z0-9]*$ ]]; then
    echo "webhook-subscriber: '$namespace' is not a namespace prefix" >&2
    exit 2
fi

# trigger, config name and batch size of the webhook subscriber, from the declaration.
read -r trigger config_name batch_size < <(node -e '
const s = require("./config/platform-event-subscribers.json").subscribers.find((x) => x.trigger === "ZoomWebhookEventTrigger");
if (!s) process.exit(1);
process.stdout.write([s.trigger, s.configName, s.batchSize].join(" ") + "\n");
')
consumer="${namespace:+${namespace}__}$trigger"

out="${dry_run:-$(mktemp -d)}"
mkdir -p "$out/platformEventSubscriberConfigs"
cat >"$out/platformEventSubscriberConfigs/$config_name.platformEventSubscriberConfig" <<XML
<?xml version="1.0" encoding="UTF-8" ?>
<PlatformEventSubscriberConfig xmlns="http://soap.sforce.com/2006/04/metadata">
    <batchSize>$batch_size</batchSize>
    <masterLabel>$config_name</masterLabel>
    <platformEventConsumer>$consumer</platformEventConsumer>
    <user>$username</user>
</PlatformEventSubscriberConfig>
XML
api_version=$(node -p 'require("./sfdx-project.json").sourceApiVersion')
cat >"$out/package.xml" <<XML
<?xml version="1.0" encoding="UTF-8" ?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
    <types>
        <members>$config_name</members>
        <name>PlatformEventSubscriberConfig</name>
    </types>
    <version>$api_version</version>
</Package>
XML

if [ -n "$dry_run" ]; then
    echo "webhook-subscriber: wrote $out/platformEventSubscriberConfigs/$config_name.platformEventSubscriberConfig ($consumer runs as $username, batch size $batch_size); nothing deployed"
    exit 0
fi
trap 'rm -rf "$out"' EXIT
npx sf project deploy start --metadata-dir "$out" ${target:+--target-org "$target"} --wait 10
echo "webhook-subscriber: $consumer now runs as $username (batch size $batch_size). Salesforce applies it within a few minutes."
