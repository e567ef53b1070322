// Self-tests of the zoom-enums check: each breaks the Presence picklist (or the mirror) in a sandbox copy and asserts
// the file, line and rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as zoomEnums from '../zoom-enums.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const FIELD = 'force-app/main/core/objects/Zoom_User__c/fields/Presence_Status__c.field-meta.xml';

describe('zoom-enums check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await zoomEnums.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /1 picklist\(s\) compared with 10 Zoom value\(s\)/);
    });

    it('reads the object-level union, not the one of app', () => {
        const declarations =
            'type UserPresenceStatusUpdatedEvent = Event<"x"> & {\n    presence_status: "Available" | "Busy";\n' +
            '    app?: { presence_status: "Available" };\n};\ntype Other = { presence_status: "Away" };\n';
        assert.deepEqual(zoomEnums.unionOf(declarations, 'UserPresenceStatusUpdatedEvent', 'presence_status'), [
            'Available',
            'Busy'
        ]);
        assert.equal(zoomEnums.unionOf(declarations, 'Missing', 'presence_status'), null);
    });

    it('reports a value Zoom sends that the picklist lacks', () =>
        withSandbox(async (box) => {
            box.replace(FIELD, '<fullName>Busy</fullName>', '<fullName>Occupied</fullName>');
            const { problems } = await zoomEnums.run({ root: box.root });
            const missing = problems.find((p) => p.rule === 'zoom-value-missing');
            assert.ok(missing, JSON.stringify(problems));
            assert.equal(missing.file, FIELD);
            assert.equal(missing.line, lineOf(box.read(FIELD), '<valueSetDefinition>'));
            assert.match(missing.message, /Zoom sends Busy/);
            const unknown = problems.find((p) => p.rule === 'zoom-value-unknown');
            assert.ok(unknown, JSON.stringify(problems));
            assert.equal(unknown.line, lineOf(box.read(FIELD), '<fullName>Occupied</fullName>'));
        }));

    it('reports a mirror whose rivet type is gone', async () => {
        const [mirror] = zoomEnums.MIRRORS;
        const { problems } = await zoomEnums.run({ mirrors: [{ ...mirror, type: 'UserPresenceRenamedEvent' }] });
        assert.equal(problems.length, 1);
        assert.equal(problems[0].rule, 'zoom-type-missing');
    });
});
