// Self-tests: the one-transaction-per-test-block check flags a callout after DML in one test transaction (and two
// service runs in one Test.startTest block), naming the file and line, and accepts the shapes the platform allows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as check from '../apex-transactions.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const DIR = 'force-app/main/meetings/classes';
const PROBE = `${DIR}/TransactionProbe.cls`;
const PROBE_TEST = `${DIR}/TransactionProbeTest.cls`;

// Production-side probe: one method writes, one calls out, one does both in the allowed order, one in the wrong one.
const probe = [
    'public with sharing class TransactionProbe implements Queueable {',
    '    public static void write() {',
    "        insert as user new Zoom_Meeting__c(Topic__c = 'probe');",
    '    }',
    '    public static HttpResponse callOut() {',
    '        return new System.Http().send(new HttpRequest());',
    '    }',
    '    public void run() {',
    '        callOut();',
    '        new Dml().insertRecords(new List<Zoom_Meeting__c>{ new Zoom_Meeting__c() });',
    '    }',
    '    public void saveThenCall() {',
    '        write();',
    '        callOut();',
    '    }',
    '    public void execute(QueueableContext context) {',
    '        callOut();',
    '    }',
    '}',
    ''
].join('\n');

/** A test class with one method whose body is `lines`. */
const testClass = (lines) =>
    [
        '@IsTest',
        'private class TransactionProbeTest {',
        '    @IsTest',
        '    static void probe() {',
        ...lines.map((l) => `        ${l}`),
        '    }',
        '}',
        ''
    ].join('\n');

async function runWith(box, lines) {
    box.write(PROBE, probe);
    box.write(PROBE_TEST, testClass(lines));
    const { problems } = await check.run({ root: box.root });
    return problems.filter((p) => p.file === PROBE_TEST);
}

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('One transaction per test block (apex-transactions)', () => {
    it('flags two service runs in one Test.startTest block (MeetingScheduleServiceTest.replayCreatesNothingNew shape)', () =>
        withSandbox(async (box) => {
            const file = `${DIR}/ReplayProbeTest.cls`;
            const second = 'new MeetingScheduleService().process(items); // second';
            box.write(
                file,
                [
                    '@IsTest',
                    'private class ReplayProbeTest {',
                    '    @IsTest',
                    '    static void replayCreatesNothingNew() {',
                    '        List<MeetingScheduleService.WorkItem> items = new List<MeetingScheduleService.WorkItem>();',
                    '        Test.startTest();',
                    '        new MeetingScheduleService().process(items);',
                    `        ${second}`,
                    '        Test.stopTest();',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            const { problems } = await check.run({ root: box.root });
            const hit = expectAt(problems, file, lineOf(box.read(file), second), 'two-service-runs');
            assert.match(
                hit.message,
                /ReplayProbeTest\.replayCreatesNothingNew: inside Test\.startTest\(\): process\(\)/
            );
        }));

    it('flags DML inside the block followed by a callout (transientFailureIsRetriedThenFails shape)', () =>
        withSandbox(async (box) => {
            const problems = await runWith(box, [
                'Test.startTest();',
                'TransactionProbe.write();',
                'TransactionProbe.callOut(); // after DML',
                'Test.stopTest();'
            ]);
            const hit = expectAt(
                problems,
                PROBE_TEST,
                lineOf(box.read(PROBE_TEST), '// after DML'),
                'callout-after-dml'
            );
            assert.match(
                hit.message,
                /calls out \(TransactionProbe\.callOut \(.*TransactionProbe\.cls:6\)\) after DML at line 6/
            );
        }));

    it('flags DML then a callout in a test without a Test.startTest block', () =>
        withSandbox(async (box) => {
            const problems = await runWith(box, [
                'insert new Zoom_Meeting__c();',
                'TransactionProbe.callOut(); // no block'
            ]);
            const hit = expectAt(
                problems,
                PROBE_TEST,
                lineOf(box.read(PROBE_TEST), '// no block'),
                'callout-after-dml'
            );
            assert.match(hit.message, /no Test\.startTest\(\) block/);
        }));

    it('flags a called method that calls out after its own DML', () =>
        withSandbox(async (box) => {
            const problems = await runWith(box, [
                'Test.startTest();',
                'new TransactionProbe().saveThenCall(); // own order',
                'Test.stopTest();'
            ]);
            const hit = expectAt(
                problems,
                PROBE_TEST,
                lineOf(box.read(PROBE_TEST), '// own order'),
                'callout-after-dml'
            );
            assert.match(hit.message, /TransactionProbe\.cls:14\) after its own DML \(.*TransactionProbe\.cls:13\)/);
        }));

    it('flags a loop whose body writes and calls out', () =>
        withSandbox(async (box) => {
            const problems = await runWith(box, [
                'Test.startTest();',
                'for (Integer i = 0; i < 2; i++) {',
                '    TransactionProbe.callOut(); // in loop',
                '    TransactionProbe.write();',
                '}',
                'Test.stopTest();'
            ]);
            expectAt(problems, PROBE_TEST, lineOf(box.read(PROBE_TEST), '// in loop'), 'callout-after-dml');
        }));

    it('flags an enqueue outside the block followed by a callout', () =>
        withSandbox(async (box) => {
            const problems = await runWith(box, [
                'System.enqueueJob(new TransactionProbe());',
                'TransactionProbe.callOut(); // after enqueue'
            ]);
            const hit = expectAt(
                problems,
                PROBE_TEST,
                lineOf(box.read(PROBE_TEST), '// after enqueue'),
                'callout-after-dml'
            );
            assert.match(hit.message, /after an enqueued job at line 5/);
        }));

    it('accepts what the platform allows: DML before the block, callout then DML, exclusive branches, early return', () =>
        withSandbox(async (box) => {
            const problems = await runWith(box, [
                'insert new Zoom_Meeting__c();',
                'Test.startTest();',
                'new TransactionProbe().run();',
                'System.enqueueJob(new TransactionProbe());',
                'Test.stopTest();',
                'if (Math.random() > 0.5) {',
                '    TransactionProbe.write();',
                '    return;',
                '}',
                'if (Math.random() > 0.5) {',
                '    TransactionProbe.callOut();',
                '} else {',
                '    TransactionProbe.write();',
                '}'
            ]);
            assert.deepEqual(problems, []);
        }));
});
