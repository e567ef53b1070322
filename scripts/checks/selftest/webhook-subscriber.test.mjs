// Self-tests of scripts/webhook-subscriber.sh: the PlatformEventSubscriberConfig it writes (--dry-run) passes the
// metadata-schema check (elements of the Metadata API type PlatformEventSubscriberConfig: batchSize, masterLabel,
// platformEventConsumer, user), takes trigger and batch size from config/platform-event-subscribers.json, and the
// script refuses what is not a username.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkDocument, parseXml } from '../metadata-schema.mjs';
import { readSubscribers } from '../persona-access.mjs';
import { ROOT } from '../../lib/project.mjs';

const SCRIPT = path.join(ROOT, 'scripts/webhook-subscriber.sh');
const dirs = [];
const run = (...args) => spawnSync('bash', [SCRIPT, ...args], { encoding: 'utf8' });
const dryRun = (...args) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'webhook-subscriber-'));
    dirs.push(dir);
    const r = run(...args, '--dry-run', dir);
    assert.equal(r.status, 0, r.stderr);
    const [declared] = readSubscribers(ROOT).filter((s) => s.trigger === 'ZoomWebhookEventTrigger');
    const file = path.join(
        dir,
        'platformEventSubscriberConfigs',
        `${declared.configName}.platformEventSubscriberConfig`
    );
    return {
        dir,
        declared,
        text: readFileSync(file, 'utf8'),
        pkg: readFileSync(path.join(dir, 'package.xml'), 'utf8')
    };
};
const element = (text, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1];

describe('scripts/webhook-subscriber.sh', () => {
    after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

    it('writes a PlatformEventSubscriberConfig the metadata-schema check accepts', () => {
        const { text, pkg } = dryRun('integration@acme.example.com');
        const { doc, errors } = parseXml(text);
        assert.deepEqual(errors, []);
        const { problems, elements } = checkDocument(doc, 'PlatformEventSubscriberConfig', 'generated');
        assert.deepEqual(problems, []);
        assert.equal(elements, 4, 'its four elements');
        const pkgDoc = parseXml(pkg);
        assert.deepEqual(checkDocument(pkgDoc.doc, 'Package', 'package.xml').problems, []);
        assert.match(pkg, /<name>PlatformEventSubscriberConfig<\/name>/);
    });

    it('runs the namespaced trigger as the given user with the declared batch size', () => {
        const { text, declared } = dryRun('integration@acme.example.com', 'my-org');
        assert.equal(element(text, 'platformEventConsumer'), 'zoomsf__ZoomWebhookEventTrigger');
        assert.equal(element(text, 'user'), 'integration@acme.example.com');
        assert.equal(element(text, 'batchSize'), String(declared.batchSize));
        assert.equal(declared.permissionSet, 'Zoom_Integration', 'the persona the trigger is checked as');
        const bare = dryRun('integration@acme.example.com', '--namespace', '');
        assert.equal(element(bare.text, 'platformEventConsumer'), 'ZoomWebhookEventTrigger', 'unnamespaced org');
    });

    it('refuses a missing or malformed username and a bad namespace', () => {
        assert.equal(run().status, 2);
        const bad = run('a<b>@example.com', '--dry-run', os.tmpdir());
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /is not a Salesforce username/);
        assert.equal(run('x@example.com', '--namespace', 'zoom sf', '--dry-run', os.tmpdir()).status, 2);
    });
});
