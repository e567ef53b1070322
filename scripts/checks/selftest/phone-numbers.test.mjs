// Self-tests of the phone-numbers check: a stale generated class, a table row libphonenumber-js reads differently and
// a table too small are each reported at their file and line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as phoneNumbers from '../phone-numbers.mjs';
import { CLASS_PATH } from '../../lib/phone-countries.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const TEST = phoneNumbers.TEST_PATH;

describe('phone-numbers check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await phoneNumbers.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /\d+ table row\(s\) over \d+ countries agree/);
    });

    it('reads rows with quotes, nulls and escapes', () => {
        const rows = phoneNumbers.tableRows(
            "row('(415) 555-0100', 'US', '+14155550100', null),\n row('it\\'s', 'GB', null, null)"
        );
        assert.deepEqual(
            rows.map(({ index, ...r }) => r),
            [
                { raw: '(415) 555-0100', country: 'US', e164: '+14155550100', extension: null },
                { raw: "it's", country: 'GB', e164: null, extension: null }
            ]
        );
    });

    it('reports a stale generated class at the first differing line', () =>
        withSandbox(async (box) => {
            box.replace(
                CLASS_PATH,
                "'US' => new List<String>{ '1', '1', '10', '011' }",
                "'US' => new List<String>{ '1', '1', '10,11', '011' }"
            );
            const { problems } = await phoneNumbers.run({ root: box.root });
            assert.equal(problems.length, 1, JSON.stringify(problems));
            assert.equal(problems[0].rule, 'phone-data-stale');
            assert.equal(problems[0].file, CLASS_PATH);
            assert.equal(problems[0].line, lineOf(box.read(CLASS_PATH), "'US' => new List<String>"));
        }));

    it('reports a row the reference library reads differently', () =>
        withSandbox(async (box) => {
            box.replace(
                TEST,
                "row('020 7946 0018', 'GB', '+442079460018', null)",
                "row('020 7946 0018', 'GB', '+4402079460018', null)"
            );
            const { problems } = await phoneNumbers.run({ root: box.root });
            assert.equal(problems.length, 1, JSON.stringify(problems));
            assert.equal(problems[0].rule, 'phone-row-disagrees');
            assert.equal(problems[0].line, lineOf(box.read(TEST), "row('020 7946 0018', 'GB'"));
            assert.match(problems[0].message, /libphonenumber-js says \+442079460018/);
        }));

    it('reports a wrong extension', () =>
        withSandbox(async (box) => {
            box.replace(
                TEST,
                "row('415 555 0100 x204', 'US', '+14155550100', '204')",
                "row('415 555 0100 x204', 'US', '+14155550100', null)"
            );
            const { problems } = await phoneNumbers.run({ root: box.root });
            assert.equal(problems.length, 1, JSON.stringify(problems));
            assert.equal(problems[0].rule, 'phone-row-disagrees');
        }));

    it('reports a table that is too small', () =>
        withSandbox(async (box) => {
            const source = box.read(TEST);
            box.write(TEST, source.replace(/\brow\('(?!\(415\))[^\n]*\n/g, '\n'));
            const { problems } = await phoneNumbers.run({ root: box.root });
            assert.ok(
                problems.some((p) => p.rule === 'phone-table-small'),
                JSON.stringify(problems)
            );
        }));
});
