// Self-tests: "dead code gone" passes on the real project (findings reported to their owner pending) and names file
// and line of a public method only tests call; a test seam made @TestVisible private, a shipped caller, and an
// interface method pass; a pending entry that no longer matches fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as deadCode from '../dead-code.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const SERVICE = 'force-app/main/core/classes/ZoomSetupService.cls';
const SERVICE_TEST = 'force-app/main/core/classes/ZoomSetupServiceTest.cls';
const LOG_SELECTOR = 'force-app/main/core/classes/ZoomLogSelector.cls';
const LOG_PURGE = 'force-app/main/core/classes/LogPurgeJob.cls';

const addMember = (box, file, member) => box.replace(file, /\n\}\s*$/, `\n\n${member}\n}\n`);

describe('Dead code (issue #12)', () => {
    it('passes on the real project, every pending method named with its owner', async () => {
        const { problems, summary } = await deadCode.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ public methods judged/);
        for (const key of deadCode.PENDING.keys()) assert.ok(summary.includes(key), key);
    });

    it('fails a public method only a test calls, and passes the same seam as @TestVisible private', () =>
        withSandbox(async (box) => {
            // The shape of ZoomUserSelector.countMapped: public, and only its test calls it.
            addMember(box, LOG_SELECTOR, '    public Integer countAll() {\n        return 0;\n    }');
            addMember(
                box,
                SERVICE,
                '    @TestVisible\n    private static Integer seam() {\n        return 1;\n    }\n\n' +
                    '    public static Integer shipped() {\n        return 2;\n    }'
            );
            box.replace(
                LOG_PURGE,
                'public static Id ensureScheduled() {',
                'public static Id ensureScheduled() {\n        ZoomSetupService.shipped();'
            );
            addMember(
                box,
                SERVICE_TEST,
                "    @IsTest\n    static void probe() {\n        Assert.areEqual(0, new ZoomLogSelector().countAll(), 'none');\n" +
                    "        Assert.areEqual(1, ZoomSetupService.seam(), 'seam');\n    }"
            );
            const selector = box.read(LOG_SELECTOR);
            const { problems } = await deadCode.run({ root: box.root });
            const hit = problems.find((p) => p.file === LOG_SELECTOR && p.rule === 'test-only');
            assert.ok(hit, JSON.stringify(problems, null, 1));
            assert.equal(hit.line, lineOf(selector, 'public Integer countAll()'));
            assert.match(hit.message, /^ZoomLogSelector\.countAll\/0: no shipped code calls it/);
            assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
        }));

    it('passes an implementation of a platform interface method nobody in the project calls', () =>
        withSandbox(async (box) => {
            addMember(box, LOG_PURGE, '    public Integer compareTo(Object other) {\n        return 0;\n    }');
            box.replace(LOG_PURGE, 'implements Schedulable,', 'implements Comparable, Schedulable,');
            const { problems } = await deadCode.run({ root: box.root });
            assert.deepEqual(problems, []);
        }));

    it('fails a pending entry that no longer matches', async () => {
        const pending = new Map([...deadCode.PENDING, ['ControllerErrors.toAura/2', 'err']]);
        const { problems } = await deadCode.run({ pending });
        assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
        assert.equal(problems[0].rule, 'stale-entry');
        assert.match(problems[0].message, /ControllerErrors\.toAura\/2/);
    });
});
