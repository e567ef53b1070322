// Self-tests: the field documentation / data-access inventory check fails on undocumented fields and stale docs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fieldDocs from '../field-docs.mjs';
import { withSandbox } from './sandbox.mjs';

const TOPIC = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields/Topic__c.field-meta.xml';
const EVENT_FIELD = 'force-app/main/core/objects/Zoom_Log_Event__e/fields/Operation__c.field-meta.xml';

describe('field documentation check', () => {
    it('passes on the real project', async () => {
        assert.deepEqual((await fieldDocs.run({})).problems, []);
    });

    it('names a field without help text or classification', () =>
        withSandbox(async (box) => {
            box.replace(TOPIC, /<inlineHelpText>[^<]*<\/inlineHelpText>/, '');
            box.replace(TOPIC, '<securityClassification>Internal</securityClassification>', '');
            const { problems } = await fieldDocs.run({ root: box.root });
            const hit = problems.find((p) => p.file === TOPIC);
            assert.equal(hit?.rule, 'field-docs');
            assert.match(hit.message, /Zoom_Meeting__c\.Topic__c lacks inlineHelpText, securityClassification/);
        }));

    it('asks no help text of a platform event field, and rejects one it has', () =>
        withSandbox(async (box) => {
            assert.doesNotMatch(box.read(EVENT_FIELD), /inlineHelpText/);
            box.replace(
                EVENT_FIELD,
                '<securityClassification>',
                '<inlineHelpText>Shown nowhere.</inlineHelpText>\n    <securityClassification>'
            );
            const { problems } = await fieldDocs.run({ root: box.root });
            const hit = problems.find((p) => p.file === EVENT_FIELD);
            assert.equal(hit?.rule, 'field-docs');
            assert.match(hit.message, /Zoom_Log_Event__e\.Operation__c has inlineHelpText/);
        }));

    it('still asks a platform event field for its description and classification', () =>
        withSandbox(async (box) => {
            box.replace(EVENT_FIELD, /<description>[^<]*<\/description>/, '');
            box.replace(EVENT_FIELD, '<securityClassification>Internal</securityClassification>', '');
            const { problems } = await fieldDocs.run({ root: box.root });
            const hit = problems.find((p) => p.file === EVENT_FIELD);
            assert.match(hit?.message ?? '', /Operation__c lacks description, securityClassification\.$/);
        }));

    it('reports a stale inventory when a field description changes', () =>
        withSandbox(async (box) => {
            box.replace(TOPIC, 'Meeting topic as shown in Zoom.', 'The topic.');
            const { problems } = await fieldDocs.run({ root: box.root });
            assert.deepEqual(
                problems.map((p) => [p.file, p.rule]),
                [['docs/data-access.md', 'inventory']]
            );
        }));

    it('reports a new field missing from the inventory', () =>
        withSandbox(async (box) => {
            box.write(
                'force-app/main/meetings/objects/Zoom_Meeting__c/fields/Dial_In_Numbers__c.field-meta.xml',
                box.read(TOPIC).replaceAll('Topic__c', 'Dial_In_Numbers__c')
            );
            const { problems } = await fieldDocs.run({ root: box.root });
            assert.ok(problems.some((p) => p.rule === 'inventory'));
        }));
});
