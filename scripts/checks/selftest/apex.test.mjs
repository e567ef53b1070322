// Self-tests: the Apex semantics check (apex-ls) must pass on the real project and fail on broken input, naming the
// file and line. (The PMD/CPD check's self-tests are in code-analyzer.test.mjs.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as semantics from '../apex-semantics.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const CONTROLLER = 'force-app/main/meetings/classes/ZoomMeetingController.cls';
const DTO = 'force-app/main/meetings/classes/ZoomMeetingDto.cls';
const FACTORY = 'force-app/main/core/classes/TestDataFactory.cls';
const NO_JAVA = '/nonexistent/bin/java';

/** Asserts that `problems` holds one whose file and line are the given ones; returns it. */
function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && (!rule || p.rule === rule));
    assert.ok(hit, `expected ${rule ?? 'a problem'} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('Apex semantics check (apex-ls)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await semantics.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^0 errors in \d+ classes/);
    });

    it('(a) reports a syntax error at its file and line', () =>
        withSandbox(async (box) => {
            const broken = 'Id meetingId = = recordId;';
            box.replace(CONTROLLER, 'Id meetingId = recordId;', broken);
            const { problems } = await semantics.run({ root: box.root });
            const hit = expectAt(problems, CONTROLLER, lineOf(box.read(CONTROLLER), broken), 'Syntax');
            assert.match(hit.message, /extraneous input '='/);
        }));

    it('(b) reports an unknown custom field on a custom object', () =>
        withSandbox(async (box) => {
            const broken = 'dto.status = meeting.Bogus__c;';
            box.replace(DTO, 'dto.status = meeting.Status__c;', broken);
            const { problems } = await semantics.run({ root: box.root });
            const hit = expectAt(problems, DTO, lineOf(box.read(DTO), broken), 'Missing');
            assert.match(hit.message, /Unknown field 'Bogus__c' on SObject 'Schema\.zoomsf__Zoom_Meeting__c'/);
        }));

    // apex-ls resolves Activity custom fields for Event and checks them in SObject constructors, but not in plain
    // field reads on Event/Task once the project has Activity fields (see apex-semantics.mjs).
    it('(b) reports a misspelt Event custom field in an SObject constructor', () =>
        withSandbox(async (box) => {
            const broken = 'Zoom_Meetng__c = meetingId';
            box.replace(FACTORY, 'Zoom_Meeting__c = meetingId', broken);
            const { problems } = await semantics.run({ root: box.root });
            const hit = expectAt(problems, FACTORY, lineOf(box.read(FACTORY), broken), 'Missing');
            assert.match(hit.message, /Unknown field 'Zoom_Meetng__c' on SObject 'Schema\.Event'/);
        }));

    it('(c) reports a call to a method that does not exist', () =>
        withSandbox(async (box) => {
            const broken = 'meetingId = selector.selectMeetingForEvent(recordId);';
            box.replace(CONTROLLER, 'meetingId = selector.selectMeetingIdForEvent(recordId);', broken);
            const { problems } = await semantics.run({ root: box.root });
            const hit = expectAt(problems, CONTROLLER, lineOf(box.read(CONTROLLER), broken), 'Missing');
            assert.match(
                hit.message,
                /No matching method found for 'selectMeetingForEvent' on 'zoomsf\.MeetingSelector'/
            );
        }));

    it('fails with one clear problem when Java is missing', async () => {
        const { problems } = await semantics.run({ java: NO_JAVA });
        assert.equal(problems.length, 1);
        assert.match(problems[0].message, /Java 17 is required .*apt-get install -y openjdk-17-jre-headless/);
    });
});

describe('Apex semantics: decomposed custom labels', () => {
    const problem = (name) => ({
        file: 'x.cls',
        line: 1,
        rule: 'Missing',
        message: `Unknown field or type '${name}' on 'System.Label'`
    });

    it('drops apex-ls "unknown label" errors only for labels that have a label file', () => {
        const other = {
            file: 'x.cls',
            line: 2,
            rule: 'Missing',
            message: "Unknown field 'Bogus__c' on SObject 'Account'"
        };
        const left = semantics.withoutKnownLabels(
            [problem('External_NoAccess'), problem('External_Nope'), other],
            new Set(['External_NoAccess'])
        );
        assert.deepEqual(left, [problem('External_Nope'), other]);
    });
});
