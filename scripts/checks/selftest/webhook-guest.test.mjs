// Self-tests of the webhook-guest check: it passes on the real project, and names file and line when the guest set
// grants more than the endpoint class, when the endpoint queries, writes, calls out, logs, publishes twice or in a
// loop, answers another verb, or computes a signature (or reads the secret) outside WebhookSignature.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as check from '../webhook-guest.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const SET = check.GUEST_SET;
const RESOURCE = 'force-app/main/webhooks/classes/ZoomWebhookResource.cls';
const PUBLISH = 'Database.SaveResult result = EventBus.publish(published);';
const VERIFY =
    'if (!WebhookSignature.isValid(header(request, TIMESTAMP_HEADER), rawBody, header(request, HMAC_HEADER))) {';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('webhook-guest (issue #14)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await check.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /grants ZoomWebhookResource alone; its POST reaches \d+ method\(s\)/);
    });

    it('fails an object permission, a tab and a second class in the guest set', () =>
        withSandbox(async (box) => {
            box.replace(
                SET,
                '    <classAccesses>',
                '    <classAccesses>\n        <apexClass>ZoomSetupController</apexClass>\n        <enabled>true</enabled>\n    </classAccesses>\n    <classAccesses>'
            );
            box.replace(
                SET,
                '    <label>',
                '    <objectPermissions>\n        <allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Zoom_User__c</object>\n        <viewAllRecords>false</viewAllRecords>\n    </objectPermissions>\n    <tabSettings>\n        <tab>Zoom_Setup</tab>\n        <visibility>Visible</visibility>\n    </tabSettings>\n    <label>'
            );
            const text = box.read(SET);
            const { problems } = await check.run({ root: box.root });
            expectAt(problems, SET, lineOf(text, '<objectPermissions>'), 'guest-grant');
            expectAt(problems, SET, lineOf(text, '<tabSettings>'), 'guest-grant');
            const second = text.split('\n').findLastIndex((l) => l.includes('<classAccesses>')) + 1;
            expectAt(problems, SET, second, 'guest-class');
        }));

    it('fails a guest class that is not a REST resource', () =>
        withSandbox(async (box) => {
            box.replace(
                SET,
                '<apexClass>ZoomWebhookResource</apexClass>',
                '<apexClass>ZoomSetupController</apexClass>'
            );
            const { problems } = await check.run({ root: box.root });
            expectAt(problems, SET, lineOf(box.read(SET), '<classAccesses>'), 'guest-class');
        }));

    it('fails a query, a debug line, a second publish in a loop and a GET on the endpoint', () =>
        withSandbox(async (box) => {
            box.replace(
                RESOURCE,
                PUBLISH,
                `Integer known = [SELECT COUNT() FROM Zoom_User__c WITH USER_MODE];\n        System.debug(rawBody);\n        for (Integer i = 0; i < known; i++) {\n            EventBus.publish(published);\n        }\n        ${PUBLISH}`
            );
            box.replace(
                RESOURCE,
                '    @HttpPost',
                '    @HttpGet\n    global static void peek() {\n        RestContext.response.statusCode = 200;\n    }\n\n    @HttpPost'
            );
            const text = box.read(RESOURCE);
            const { problems } = await check.run({ root: box.root });
            expectAt(problems, RESOURCE, lineOf(text, '[SELECT COUNT() FROM Zoom_User__c'), 'reach');
            expectAt(problems, RESOURCE, lineOf(text, 'System.debug(rawBody);'), 'reach');
            expectAt(problems, RESOURCE, lineOf(text, '            EventBus.publish(published);'), 'publish');
            assert.ok(problems.some((p) => p.rule === 'publish' && /reaches 2 EventBus\.publish/.test(p.message)));
            expectAt(problems, RESOURCE, lineOf(text, '@HttpGet'), 'resource-verb');
        }));

    it('fails a signature computed in the resource instead of WebhookSignature', () =>
        withSandbox(async (box) => {
            box.replace(
                RESOURCE,
                VERIFY,
                "Blob mac = Crypto.generateMac('hmacSHA256', Blob.valueOf(rawBody), Blob.valueOf(Zoom_Webhook_Secret__c.getOrgDefaults().Secret_Token__c));\n        if (EncodingUtil.convertToHex(mac) != header(request, HMAC_HEADER)) {"
            );
            const text = box.read(RESOURCE);
            const { problems } = await check.run({ root: box.root });
            const line = lineOf(text, 'Blob mac = Crypto.generateMac(');
            expectAt(problems, RESOURCE, line, 'signature-home');
            assert.ok(
                problems.some(
                    (p) => p.rule === 'signature-home' && /never calls WebhookSignature\.isValid/.test(p.message)
                )
            );
            assert.ok(problems.some((p) => p.line === line && /Zoom_Webhook_Secret__c/.test(p.message)));
        }));
});
