// Self-tests: "Graph Engine shapes" passes on the real project and names file and line of a switch on a ternary, the
// shape that made the Graph Engine fail to load the whole graph in issue #15; `?.` and `??` are not ternaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as shapes from '../graph-engine-shapes.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const ROWS = 'force-app/main/webinars/classes/WebinarRegistrantRows.cls';

describe('Graph Engine shapes (issue #15)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await shapes.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ switch statements in \d+ Apex files/);
    });

    it('tells a ternary from safe navigation and null coalescing', () => {
        assert.equal(shapes.hasTernary(" s == null ? '' : s.toLowerCase() "), true);
        assert.equal(shapes.hasTernary(' record?.Status__c '), false);
        assert.equal(shapes.hasTernary(" value ?? 'none' "), false);
        assert.equal(shapes.hasTernary(' a?.b ?? (c ? d : e) '), true);
    });

    it('names file and line of a switch on a ternary (the shape before the fix)', () =>
        withSandbox(async (box) => {
            box.replace(ROWS, 'switch on status {', "switch on zoomStatus == null ? '' : zoomStatus.toLowerCase() {");
            const { problems } = await shapes.run({ root: box.root });
            const line = lineOf(box.read(ROWS), 'switch on zoomStatus');
            assert.equal(problems.length, 1, JSON.stringify(problems));
            assert.equal(problems[0].file, ROWS);
            assert.equal(problems[0].line, line);
            assert.equal(problems[0].rule, 'switch-on-ternary');
        }));
});
