// Self-tests: a controller fixture (Jest and preview answer of an Apex call) is held to the return type declared in
// types/apex. A field the DTO lacks, a missing required field, a wrong type, a fixture for a method that does not
// exist, a badly named file, JSON that does not parse and a fixture nothing reads each fail, at the fixture's line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as controllerFixtures from '../controller-fixtures.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const DIR = 'force-app/test/fixtures';
const MEETING = `${DIR}/ZoomMeetingController.getMeeting.ended.json`;
const SETUP = `${DIR}/ZoomSetupController.saveSettings.json`;

/** A sandbox with the preview's gallery and handlers (the sandbox copies neither by default). */
function withPreview(fn) {
    return withSandbox(async (box) => {
        box.write('preview/gallery.json', box.readRoot('preview/gallery.json'));
        box.write('preview/handlers/index.js', box.readRoot('preview/handlers/index.js'));
        box.write('preview/handlers/externalMeetings.js', box.readRoot('preview/handlers/externalMeetings.js'));
        return fn(box);
    });
}

const about = (problems, file) => problems.filter((p) => p.file === file);

describe('Controller fixtures check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await controllerFixtures.run({});
        assert.deepEqual(problems, []);
        assert.match(
            summary,
            /^\d+ fixture\(s\) of \d+ Apex method\(s\) and 0 inline gallery answer\(s\) match types\/apex/
        );
    });

    it('fails a field the DTO does not have, at its line (nested object)', () =>
        withPreview(async (box) => {
            box.replace(MEETING, '"sessions": 1,', '"sessions": 1,\n      "rejoins": 0,');
            const hits = about((await controllerFixtures.run({ root: box.root })).problems, MEETING);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.equal(hits[0].line, lineOf(box.read(MEETING), '"rejoins"'));
            assert.match(
                hits[0].message,
                /ZoomMeetingController\.getMeeting.*'"rejoins"' does not exist in type 'ZoomParticipantDto'/
            );
        }));

    it('fails a string where the DTO has a number, at its line', () =>
        withPreview(async (box) => {
            box.replace(MEETING, /"participantCount": \d+/, '"participantCount": "4"');
            const hits = about((await controllerFixtures.run({ root: box.root })).problems, MEETING);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.equal(hits[0].line, lineOf(box.read(MEETING), '"participantCount"'));
            assert.match(hits[0].message, /Type 'string' is not assignable to type 'number'/);
        }));

    it('fails a missing required field at the line that opens its object (line 1 for the top level)', () =>
        withPreview(async (box) => {
            box.replace(MEETING, /\n {2}"topic": [^\n]*/, '');
            const relinked = `${DIR}/ZoomMeetingController.searchPeople.json`;
            const text = box.read(relinked);
            box.write(relinked, text.replace(/\n\s*"name": [^\n]*/, ''));
            const { problems } = await controllerFixtures.run({ root: box.root });
            const top = about(problems, MEETING);
            assert.equal(top.length, 1, JSON.stringify(top));
            assert.equal(top[0].line, 1);
            assert.match(top[0].message, /Property 'topic' is missing/);
            const nested = about(problems, relinked);
            assert.equal(nested.length, 1, JSON.stringify(nested));
            assert.match(nested[0].message, /Property 'name' is missing .* required in type 'PersonOptionDto'/);
            assert.equal(box.read(relinked).split('\n')[nested[0].line - 1].trim(), '{');
        }));

    it('fails a top-level answer of the wrong shape (an object where the method returns a string)', () =>
        withPreview(async (box) => {
            const file = `${DIR}/ZoomMeetingController.getStartUrl.json`;
            box.write(file, '{ "url": "https://zoom.us/s/1" }\n');
            const hits = about((await controllerFixtures.run({ root: box.root })).problems, file);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /does not satisfy the expected type 'string'/);
        }));

    it('fails a fixture for an Apex method types/apex does not declare, and a badly named file', () =>
        withPreview(async (box) => {
            const invented = `${DIR}/ZoomMeetingController.getInvented.json`;
            box.write(invented, '{}\n');
            box.write(`${DIR}/meeting.json`, '{}\n');
            const { problems } = await controllerFixtures.run({ root: box.root });
            const hits = about(problems, invented);
            assert.equal(hits.length, 2, JSON.stringify(hits));
            assert.match(hits[0].message, /declares no @salesforce\/apex\/ZoomMeetingController\.getInvented/);
            assert.match(hits[1].message, /no Jest test, gallery state or preview handler reads/);
            const unnamed = about(problems, `${DIR}/meeting.json`);
            assert.equal(unnamed.length, 1);
            assert.match(unnamed[0].message, /<Controller>\.<method>\[\.<variant>\]\.json/);
        }));

    it('fails JSON that does not parse, at its line', () =>
        withPreview(async (box) => {
            box.replace(MEETING, '"status": "Ended",', '"status": "Ended",,');
            const hits = about((await controllerFixtures.run({ root: box.root })).problems, MEETING);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.match(hits[0].message, /is not JSON/);
            assert.equal(hits[0].line, lineOf(box.read(MEETING), '"status": "Ended",,'));
        }));

    it('fails a fixture nothing reads; a gallery fallback (<method>.json for an unanswered call) counts as a read', () =>
        withPreview(async (box) => {
            const unread = `${DIR}/ZoomMeetingController.getMeeting.unread.json`;
            box.write(unread, box.read(MEETING));
            let { problems } = await controllerFixtures.run({ root: box.root });
            assert.equal(about(problems, unread).length, 1, JSON.stringify(problems));
            assert.match(about(problems, unread)[0].message, /reads ZoomMeetingController\.getMeeting\.unread\.json/);
            // saveSettings is read only through the fallback of the zoomSetup states: without them it is unread.
            assert.deepEqual(about(problems, SETUP), []);
            const gallery = JSON.parse(box.read('preview/gallery.json'));
            gallery.entries = gallery.entries.filter((e) => e.component !== 'zoomSetup');
            box.write('preview/gallery.json', JSON.stringify(gallery, null, 2));
            ({ problems } = await controllerFixtures.run({ root: box.root }));
            assert.equal(about(problems, SETUP).length, 1, JSON.stringify(problems));
        }));

    it('fails an inline gallery answer of the wrong shape, at the line of its method in the gallery', () =>
        withPreview(async (box) => {
            const gallery = 'preview/gallery.json';
            box.replace(
                gallery,
                '"ZoomMeetingController.getMeeting": "ZoomMeetingController.getMeeting.notHost.json",',
                '"ZoomMeetingController.getMeeting": { "data": { "id": "a01", "topic": 7 } },'
            );
            const { problems, summary } = await controllerFixtures.run({ root: box.root });
            const hits = about(problems, gallery);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.equal(hits[0].line, lineOf(box.read(gallery), '"topic": 7'));
            assert.match(hits[0].message, /inline answer of state notHost of zoomMeetingPanel .*getMeeting/);
            assert.match(summary, /1 inline gallery answer/);
            // The notHost fixture is still read: by the panel's Jest test.
            assert.deepEqual(about(problems, `${DIR}/ZoomMeetingController.getMeeting.notHost.json`), []);
        }));
});
