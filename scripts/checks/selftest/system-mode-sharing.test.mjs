// Self-tests: "system mode under sharing" passes on the real project and names file, line and caller chain of a
// system-mode read of shared records that runs in a `with sharing` class or an `inherited sharing` one reached from
// it (the softphone's owner guard as it was first merged); a trigger or a `without sharing` class on the way is
// fine; records without sharing (custom settings, public objects) are not reported; stale ACCEPTED entries fail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as check from '../system-mode-sharing.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const OWNERS = 'force-app/main/phone/classes/CallOwnerSelector.cls';
const PROBE = 'force-app/main/phone/classes/ProbeTaskSelector.cls';
const META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

function probeSelector(sharing, object = 'Task') {
    return (
        `public ${sharing} class ProbeTaskSelector {\n` +
        '    public Integer countAll() {\n' +
        `        return [SELECT COUNT() FROM ${object} WITH SYSTEM_MODE];\n` +
        '    }\n' +
        '}\n'
    );
}

describe('System mode under sharing (issue #16)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await check.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ system-mode operations on shared records/);
    });

    it('reports the softphone owner guard in an inherited sharing selector reached from a with sharing service', () =>
        withSandbox(async (box) => {
            box.replace(
                OWNERS,
                'public without sharing class CallOwnerSelector',
                'public inherited sharing class CallOwnerSelector'
            );
            const { problems } = await check.run({ root: box.root });
            const hit = expectAt(
                problems,
                OWNERS,
                lineOf(box.read(OWNERS), 'for (Zoom_Call__c call : ['),
                'system-mode-under-sharing'
            );
            assert.match(
                hit.message,
                /query of Zoom_Call__c in CallOwnerSelector\.selectOwnersByCallIds runs with sharing/
            );
            assert.match(
                hit.message,
                /SoftphoneService\.logCall \(with\) → CallOwnerSelector\.selectOwnersByCallIds \(inherited\)/
            );
            assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
        }));

    it('reports a with sharing class', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probeSelector('with sharing'));
            box.write(`${PROBE}-meta.xml`, META);
            const { problems } = await check.run({ root: box.root });
            const hit = expectAt(problems, PROBE, 3, 'system-mode-under-sharing');
            assert.match(hit.message, /\(ProbeTaskSelector\.countAll \(with\)\)/);
        }));

    it('reports an inherited sharing class that is its own entry point', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probeSelector('inherited sharing'));
            box.write(`${PROBE}-meta.xml`, META);
            const { problems } = await check.run({ root: box.root });
            const hit = expectAt(problems, PROBE, 3, 'system-mode-under-sharing');
            assert.match(hit.message, /\(ProbeTaskSelector\.countAll \(inherited\)\)/);
        }));

    it('does not report an inherited sharing class reached only from a trigger', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probeSelector('inherited sharing'));
            box.write(`${PROBE}-meta.xml`, META);
            box.write(
                'force-app/main/phone/triggers/ProbeCallTrigger.trigger',
                'trigger ProbeCallTrigger on Zoom_Call__c(after insert) {\n    new ProbeTaskSelector().countAll();\n}\n'
            );
            box.write(
                'force-app/main/phone/triggers/ProbeCallTrigger.trigger-meta.xml',
                '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexTrigger xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexTrigger>\n'
            );
            const { problems } = await check.run({ root: box.root });
            assert.deepEqual(problems, [], 'reached only from a trigger: runs without sharing');
        }));

    it('does not report a custom setting', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probeSelector('with sharing', 'Zoom_Settings__c'));
            box.write(`${PROBE}-meta.xml`, META);
            const { problems } = await check.run({ root: box.root });
            assert.deepEqual(problems, []);
        }));

    it('does not report a Public Read/Write object', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probeSelector('with sharing', 'Zoom_Person__c'));
            box.write(`${PROBE}-meta.xml`, META);
            const { problems } = await check.run({ root: box.root });
            assert.deepEqual(problems, [], 'Zoom_Person__c is Public Read/Write');
        }));

    it('fails an ACCEPTED entry that no longer matches', async () => {
        const accepted = new Map([...check.ACCEPTED, ['NoSuchSelector.selectAll', 'probe']]);
        const { problems } = await check.run({ accepted });
        assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
        assert.equal(problems[0].rule, 'stale-entry');
        assert.match(problems[0].message, /NoSuchSelector\.selectAll/);
    });
});
