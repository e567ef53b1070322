// Self-tests: a Zoom fixture is held to Zoom's own @zoom/rivet type. An invented field, a string where Zoom sends a
// number, a value outside Zoom's enum, a type rivet does not have, a badly named file and a stale ZoomFixtureData
// each fail, at the fixture's own line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as zoomFixtures from '../zoom-fixtures.mjs';
import { withSandbox } from './sandbox.mjs';

const REPORT = 'force-app/test/zoom/ReportsGetMeetingReportsResponse.page.json';
const APEX = 'force-app/main/core/classes/ZoomFixtureData.cls';

/** The 1-based line of the first line of `file` in the sandbox that contains `needle`. */
function lineOf(box, file, needle) {
    const index = box
        .read(file)
        .split('\n')
        .findIndex((l) => l.includes(needle));
    assert.ok(index >= 0, `${needle} not in ${file}`);
    return index + 1;
}

const about = (problems, file) => problems.filter((p) => p.file === file);

describe('Zoom fixtures check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await zoomFixtures.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ fixture\(s\) of \d+ Zoom type\(s\) match @zoom\/rivet/);
    });

    it('fails a field Zoom does not send, at its line', () =>
        withSandbox(async (box) => {
            box.replace(REPORT, '"topic":', '"share_url": "https://zoom.us/rec/share/x",\n      "topic":');
            const hits = about((await zoomFixtures.run({ root: box.root })).problems, REPORT);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.equal(hits[0].line, lineOf(box, REPORT, 'share_url'));
            assert.match(hits[0].message, /ReportsGetMeetingReportsResponse.*'"share_url"' does not exist/);
        }));

    it('fails a string where Zoom sends a number', () =>
        withSandbox(async (box) => {
            box.replace(REPORT, /"participants_count": \d+/, '"participants_count": "2"');
            const hits = about((await zoomFixtures.run({ root: box.root })).problems, REPORT);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.equal(hits[0].line, lineOf(box, REPORT, 'participants_count'));
            assert.match(hits[0].message, /Type 'string' is not assignable to type 'number'/);
        }));

    it('fails a value outside Zoom’s enum', () =>
        withSandbox(async (box) => {
            box.replace(REPORT, /"type": \d+/, '"type": 10');
            const hits = about((await zoomFixtures.run({ root: box.root })).problems, REPORT);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /Type '10' is not assignable/);
        }));

    it('fails a type @zoom/rivet does not export, and a file not named after a type', () =>
        withSandbox(async (box) => {
            box.write('force-app/test/zoom/MeetingsGetInventedResponse.json', '{}\n');
            box.write('force-app/test/zoom/report-page.json', '{}\n');
            const { problems } = await zoomFixtures.run({ root: box.root });
            const invented = about(problems, 'force-app/test/zoom/MeetingsGetInventedResponse.json');
            assert.equal(invented.length, 1);
            assert.match(invented[0].message, /exports no type MeetingsGetInventedResponse/);
            const unnamed = about(problems, 'force-app/test/zoom/report-page.json');
            assert.equal(unnamed.length, 1);
            assert.match(unnamed[0].message, /<RivetType>\.<variant>\.json/);
        }));

    it('fails when ZoomFixtureData is not what npm run fixtures writes', () =>
        withSandbox(async (box) => {
            box.replace(REPORT, '"Quarterly review"', '"Quarterly planning"');
            const hits = about((await zoomFixtures.run({ root: box.root })).problems, APEX);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /not current .* run npm run fixtures/);
        }));

    it('fails when docs/architecture.md does not name a fixture’s rivet type', () =>
        withSandbox(async (box) => {
            box.write(
                'docs/architecture.md',
                box.read('docs/architecture.md').replaceAll('ReportsGetMeetingReportsResponse', 'the report answer')
            );
            const hits = about((await zoomFixtures.run({ root: box.root })).problems, 'docs/architecture.md');
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /does not name ReportsGetMeetingReportsResponse/);
        }));

    it('fails a fixture that no test reads', () =>
        withSandbox(async (box) => {
            box.write('force-app/test/zoom/ReportsGetMeetingReportsResponse.unread.json', box.read(REPORT));
            const hits = about(
                (await zoomFixtures.run({ root: box.root })).problems,
                'force-app/test/zoom/ReportsGetMeetingReportsResponse.unread.json'
            );
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /no Apex test or Jest test reads ReportsGetMeetingReportsResponse.unread/);
        }));

    it('fails JSON that does not parse, at its line', () =>
        withSandbox(async (box) => {
            box.replace(REPORT, '"from": "2026-11-01",', '"from": "2026-11-01",,');
            const hits = about((await zoomFixtures.run({ root: box.root })).problems, REPORT);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /is not JSON/);
            assert.equal(hits[0].line, 2);
        }));
});
