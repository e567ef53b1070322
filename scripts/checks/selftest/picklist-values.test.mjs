// Self-tests: the picklist-values check (issue #12 item 2) passes on the real project and names file and line of a
// home that disagrees with its field, a picklist without a home, each Apex position writing or comparing an undefined
// value or a literal instead of the constant, an alias of a home's constant, stale generated types and an untyped DTO
// property; tsc rejects an LWC comparison with a value the field does not define.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../lib/project.mjs';
import * as check from '../picklist-values.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const STATUS = 'force-app/main/meetings/classes/MeetingStatus.cls';
const SOURCE = 'force-app/main/meetings/classes/MeetingSource.cls';
const STATUS_XML = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields/Status__c.field-meta.xml';
const SOURCE_XML = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields/Source__c.field-meta.xml';
const PROBE = 'force-app/main/meetings/classes/PicklistProbe.cls';
const TYPES = 'types/apex/picklists.d.ts';
const MEETING_DTS = 'types/apex/ZoomMeetingController.d.ts';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

/** Runs the check without the pending table (so only the sandbox's edits can fail it beyond the real findings). */
const runOn = (box) => check.run({ root: box.root });

/** A probe class with one marked statement per line; every statement names the marker in a trailing comment. */
const probe = (body) =>
    [
        'public with sharing class PicklistProbe {',
        '    public static final String RENAMED = MeetingStatus.ENDED; // alias',
        '    public static void probe(Zoom_Meeting__c meeting, Zoom_User__c zoomUser, List<Zoom_Meeting__c> rows) {',
        ...body.map((l) => `        ${l}`),
        '    }',
        '}',
        ''
    ].join('\n');

const POSITIONS = (v) => [
    `meeting.Status__c = '${v}'; // assign`,
    `Zoom_Meeting__c made = new Zoom_Meeting__c(Topic__c = 'x', Status__c = '${v}'); // new`,
    `meeting.put('Status__c', '${v}'); // put`,
    `Boolean a = meeting.Status__c == '${v}'; // eq`,
    `Boolean b = '${v}' != meeting.Status__c; // reversed`,
    `Boolean c = meeting.Status__c.equals('${v}'); // equals`,
    `Assert.areEqual('${v}', meeting.Status__c, 'assert'); // assertion`,
    `switch on meeting.Status__c {`,
    `    when '${v}' { a = true; } // when`,
    `    when else { a = false; }`,
    `}`,
    `List<Zoom_Meeting__c> q = [SELECT Id FROM Zoom_Meeting__c WHERE Status__c = '${v}' WITH USER_MODE]; // soql-eq`,
    `q = [SELECT Id FROM Zoom_Meeting__c WHERE Status__c IN ('${v}') WITH USER_MODE]; // soql-in`,
    `List<Event> e = [SELECT Id FROM Event WHERE Zoom_Meeting__r.Status__c != '${v}' WITH USER_MODE]; // soql-path`
];
const MARKERS = [
    'assign',
    'new',
    'put',
    'eq',
    'reversed',
    'equals',
    'assertion',
    'when',
    'soql-eq',
    'soql-in',
    'soql-path'
];

describe('Picklist values (issue #12 item 2)', () => {
    it('passes on the real project, exempts the time-zone picklist with its reason, and lists pending owners', async () => {
        const { problems, summary } = await check.run({});
        assert.deepEqual(problems, []);
        // Every picklist field but the exempt one has its home (the counts grow with the project; the invariant not).
        const [, fields, exempt, homes] = /^(\d+) picklist fields \((\d+) exempt\), (\d+) homes/.exec(summary) ?? [];
        assert.equal(Number(exempt), 1, summary);
        assert.equal(Number(homes), Number(fields) - Number(exempt), summary);
        const { EXEMPT } = await import('../../lib/picklists.mjs');
        assert.match(EXEMPT.get('Activity.Customer_Time_Zone__c'), /IANA/);
        for (const [file, owner] of check.PENDING) assert.ok(file && owner, file);
    });

    it('reports a constant the field does not define (and the value left without a constant) at their lines', () =>
        withSandbox(async (box) => {
            box.replace(STATUS, "ENDED = 'Ended';", "ENDED = 'Ende';");
            const { problems } = await runOn(box);
            const hit = expectAt(problems, STATUS, lineOf(box.read(STATUS), "'Ende'"), 'home-undefined');
            assert.match(hit.message, /MeetingStatus\.ENDED = 'Ende' is not a value of Zoom_Meeting__c\.Status__c/);
            expectAt(
                problems,
                STATUS_XML,
                lineOf(box.read(STATUS_XML), '<fullName>Ended</fullName>'),
                'home-incomplete'
            );
        }));

    it('reports a field value without a constant at its line in the field XML, and the stale generated types', () =>
        withSandbox(async (box) => {
            box.replace(
                SOURCE_XML,
                '        </valueSetDefinition>',
                '            <value>\n                <fullName>Zoom Rooms</fullName>\n                <default>false</default>\n' +
                    '                <label>Zoom Rooms</label>\n            </value>\n        </valueSetDefinition>'
            );
            const { problems } = await runOn(box);
            const hit = expectAt(
                problems,
                SOURCE_XML,
                lineOf(box.read(SOURCE_XML), '<fullName>Zoom Rooms</fullName>'),
                'home-incomplete'
            );
            assert.match(
                hit.message,
                /'Zoom Rooms' of Zoom_Meeting__c\.Source__c has no constant in .*MeetingSource\.cls/
            );
            const stale = expectAt(problems, TYPES, lineOf(box.read(TYPES), 'type MeetingSource'), 'types-stale');
            assert.match(stale.message, /Zoom Rooms/);
        }));

    it('reports a FIELD that names no picklist, VALUES out of order, and a picklist without a home', () =>
        withSandbox(async (box) => {
            box.replace(STATUS, 'FIELD = Zoom_Meeting__c.Status__c;', 'FIELD = Zoom_Meeting__c.Topic__c;');
            box.replace(
                'force-app/main/core/classes/LogStatus.cls',
                '{ SUCCESS, WARNING, DEFERRED, ERROR }',
                '{ SUCCESS, DEFERRED, WARNING, ERROR }'
            );
            const { problems } = await runOn(box);
            expectAt(problems, STATUS, lineOf(box.read(STATUS), 'FIELD ='), 'home-field');
            expectAt(
                problems,
                'force-app/main/core/classes/LogStatus.cls',
                lineOf(box.read('force-app/main/core/classes/LogStatus.cls'), 'VALUES'),
                'home-values'
            );
            const missing = expectAt(problems, STATUS_XML, lineOf(box.read(STATUS_XML), '<type>'), 'home-missing');
            assert.match(missing.message, /Zoom_Meeting__c\.Status__c has no home class/);
        }));

    it('reports every Apex position that writes or compares a value the field does not define', () =>
        withSandbox(async (box) => {
            box.write(
                PROBE,
                probe([
                    ...POSITIONS('Ende'),
                    "meeting.Status__c = 'Active'; // other-object",
                    "zoomUser.Status__c = 'Ended'; // user-object",
                    "Boolean d = rows[0].Status__c == 'Ende'; // element",
                    "Boolean f = pick().Status__c == 'Ende'; // untyped"
                ])
            );
            const { problems } = await runOn(box);
            const src = box.read(PROBE);
            for (const marker of MARKERS) {
                const hit = expectAt(problems, PROBE, lineOf(src, `// ${marker}`), 'undefined-value');
                assert.match(hit.message, /'Ende' .* Zoom_Meeting__c\.Status__c, which does not define it/, marker);
            }
            // The object comes from the declared type: 'Active' is a Zoom user's status, not a meeting's.
            assert.match(
                expectAt(problems, PROBE, lineOf(src, '// other-object'), 'undefined-value').message,
                /'Active' is written to Zoom_Meeting__c\.Status__c/
            );
            assert.match(
                expectAt(problems, PROBE, lineOf(src, '// user-object'), 'undefined-value').message,
                /'Ended' is written to Zoom_User__c\.Status__c/
            );
            assert.match(
                expectAt(problems, PROBE, lineOf(src, '// element'), 'undefined-value').message,
                /Zoom_Meeting__c\.Status__c, which/
            );
            // Without a declared type, Status__c is the name of three picklists: none of them defines 'Ende'.
            assert.match(
                expectAt(problems, PROBE, lineOf(src, '// untyped'), 'undefined-value').message,
                /Zoom_Log__c\.Status__c or .*Zoom_Meeting__c\.Status__c/
            );
        }));

    it('reports a literal in place of the constant in the same positions, and an alias of a constant', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probe(POSITIONS('Ended')));
            const { problems } = await runOn(box);
            const src = box.read(PROBE);
            for (const marker of MARKERS) {
                const hit = expectAt(problems, PROBE, lineOf(src, `// ${marker}`), 'use-constant');
                assert.match(hit.message, /use MeetingStatus\.ENDED/, marker);
            }
            const alias = expectAt(problems, PROBE, lineOf(src, '// alias'), 'alias');
            assert.match(alias.message, /RENAMED repeats MeetingStatus\.ENDED/);
        }));

    it('accepts a literal only where INVALID_ON_PURPOSE lists it, and fails stale PENDING and INVALID_ON_PURPOSE entries', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probe(["meeting.Status__c = 'Not a status'; // on-purpose"]));
            const purpose = [{ file: PROBE, value: 'Not a status', reason: 'self-test' }];
            const clean = await check.run({
                root: box.root,
                invalidOnPurpose: [...check.INVALID_ON_PURPOSE, ...purpose]
            });
            assert.equal(
                clean.problems.filter((p) => p.file === PROBE && p.rule !== 'alias').length,
                0,
                JSON.stringify(clean.problems)
            );
            const { problems } = await check.run({
                root: box.root,
                pending: new Map([...check.PENDING, ['force-app/main/core/classes/LogStatus.cls', 'nobody']]),
                invalidOnPurpose: [...check.INVALID_ON_PURPOSE, { file: SOURCE, value: 'x', reason: 'stale' }]
            });
            expectAt(problems, PROBE, lineOf(box.read(PROBE), '// on-purpose'), 'undefined-value');
            assert.ok(
                problems.some(
                    (p) =>
                        p.file === 'force-app/main/core/classes/LogStatus.cls' &&
                        /remove it from PENDING/.test(p.message)
                )
            );
            assert.ok(problems.some((p) => p.file === SOURCE && /remove the entry/.test(p.message)));
        }));

    it('reports a DTO property that carries a picklist but is typed string, at its line in the d.ts', () =>
        withSandbox(async (box) => {
            box.replace(MEETING_DTS, 'matchMethod: Apex.MatchMethod | null;', 'matchMethod: string | null;');
            const { problems } = await runOn(box);
            const hit = expectAt(
                problems,
                MEETING_DTS,
                lineOf(box.read(MEETING_DTS), 'matchMethod: string'),
                'dto-type'
            );
            assert.match(
                hit.message,
                /Apex\.ZoomParticipantDto\.matchMethod carries Zoom_Participant__c\.Match_Method__c/
            );
        }));

    it('lets tsc reject an LWC comparison or switch case of a typed DTO property with a value the field does not define', () =>
        withSandbox(async (box) => {
            const file = 'force-app/main/meetings/lwc/meetingDisplay/picklistProbe.ts';
            box.write(
                file,
                [
                    'export function ended(meeting: Apex.ZoomMeetingDto): boolean {',
                    "    return meeting.status === 'Ended';",
                    '}',
                    'export function misspelt(meeting: Apex.ZoomMeetingDto): boolean {',
                    "    return meeting.status === 'Ende';",
                    '}',
                    'export function badge(participant: Apex.ZoomParticipantDto): string {',
                    '    switch (participant.matchMethod) {',
                    "        case 'Emial':",
                    "            return 'x';",
                    '        default:',
                    "            return '';",
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            const tsc = spawnSync(
                process.execPath,
                [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'],
                { cwd: box.root, encoding: 'utf8' }
            );
            rmSync(path.join(box.root, 'tsconfig.tsbuildinfo'), { force: true });
            const errors = tsc.stdout.split('\n').filter((l) => l.startsWith(file));
            assert.equal(errors.length, 2, tsc.stdout);
            assert.match(
                errors[0],
                /^force-app\/main\/meetings\/lwc\/meetingDisplay\/picklistProbe\.ts\(5,\d+\): error TS2367/
            );
            assert.match(errors[1], /picklistProbe\.ts\(9,\d+\): error TS2678/);
        }));
});
