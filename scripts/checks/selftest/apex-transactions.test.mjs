// Self-tests: the one-transaction-per-test-block check flags a callout after DML in one test transaction (and two
// service runs in one Test.startTest block), naming the file and line, and accepts the shapes the platform allows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as check from '../apex-transactions.mjs';
import { lineOf, makeSandbox } from './sandbox.mjs';

const DIR = 'force-app/main/meetings/classes';
const PROBE = `${DIR}/TransactionProbe.cls`;

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

/** A test class `name` with one test method whose body is `lines`. */
const testClass = (name, lines) =>
    [
        '@IsTest',
        `private class ${name} {`,
        '    @IsTest',
        '    static void probe() {',
        ...lines.map((l) => `        ${l}`),
        '    }',
        '}',
        ''
    ].join('\n');

// One broken (or allowed) shape per test class, all in one sandbox: the check runs once.
const SHAPES = {
    ReplayProbeTest: [
        'List<MeetingScheduleService.WorkItem> items = new List<MeetingScheduleService.WorkItem>();',
        'Test.startTest();',
        'new MeetingScheduleService().process(items);',
        'new MeetingScheduleService().process(items); // second',
        'Test.stopTest();'
    ],
    DmlInBlockProbeTest: [
        'Test.startTest();',
        'TransactionProbe.write();',
        'TransactionProbe.callOut(); // after DML',
        'Test.stopTest();'
    ],
    NoBlockProbeTest: ['insert new Zoom_Meeting__c();', 'TransactionProbe.callOut(); // no block'],
    OwnOrderProbeTest: ['Test.startTest();', 'new TransactionProbe().saveThenCall(); // own order', 'Test.stopTest();'],
    LoopProbeTest: [
        'Test.startTest();',
        'for (Integer i = 0; i < 2; i++) {',
        '    TransactionProbe.callOut(); // in loop',
        '    TransactionProbe.write();',
        '}',
        'Test.stopTest();'
    ],
    EnqueueProbeTest: ['System.enqueueJob(new TransactionProbe());', 'TransactionProbe.callOut(); // after enqueue'],
    AllowedProbeTest: [
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
    ]
};
const fileOf = (name) => `${DIR}/${name}.cls`;

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('One transaction per test block (apex-transactions)', () => {
    let box;
    let problems;
    before(async () => {
        box = makeSandbox();
        box.write(PROBE, probe);
        for (const [name, lines] of Object.entries(SHAPES)) box.write(fileOf(name), testClass(name, lines));
        ({ problems } = await check.run({ root: box.root }));
    });
    after(() => box.dispose());
    /** The problem of shape `name` on the line holding `needle`. */
    const hitIn = (name, needle, rule) =>
        expectAt(problems, fileOf(name), lineOf(box.read(fileOf(name)), needle), rule);

    it('flags two service runs in one Test.startTest block (MeetingScheduleServiceTest.replayCreatesNothingNew shape)', () => {
        const hit = hitIn('ReplayProbeTest', '// second', 'two-service-runs');
        assert.match(
            hit.message,
            /^ReplayProbeTest\.probe: inside Test\.startTest\(\): process\(\) writes and calls out/
        );
    });

    it('flags DML inside the block followed by a callout (transientFailureIsRetriedThenFails shape)', () => {
        const hit = hitIn('DmlInBlockProbeTest', '// after DML', 'callout-after-dml');
        assert.match(
            hit.message,
            /calls out \(TransactionProbe\.callOut \(.*TransactionProbe\.cls:6\)\) after DML at line 6/
        );
    });

    it('flags DML then a callout in a test without a Test.startTest block', () => {
        const hit = hitIn('NoBlockProbeTest', '// no block', 'callout-after-dml');
        assert.match(hit.message, /no Test\.startTest\(\) block/);
    });

    it('flags a called method that calls out after its own DML', () => {
        const hit = hitIn('OwnOrderProbeTest', '// own order', 'callout-after-dml');
        assert.match(hit.message, /TransactionProbe\.cls:14\) after its own DML \(.*TransactionProbe\.cls:13\)/);
    });

    it('flags a loop whose body writes and calls out', () => {
        hitIn('LoopProbeTest', '// in loop', 'callout-after-dml');
    });

    it('flags an enqueue outside the block followed by a callout', () => {
        const hit = hitIn('EnqueueProbeTest', '// after enqueue', 'callout-after-dml');
        assert.match(hit.message, /after an enqueued job at line 5/);
    });

    it('accepts what the platform allows: DML before the block, callout then DML, exclusive branches, early return', () => {
        assert.deepEqual(
            problems.filter((p) => p.file === fileOf('AllowedProbeTest') || p.file === PROBE),
            []
        );
    });
});
