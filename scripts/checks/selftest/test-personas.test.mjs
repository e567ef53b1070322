// Self-tests: check (b) "tests run as personas" passes on the real project and names file and line of a test that
// reaches user-mode package data as the deploying admin, as a user that is not a factory persona, or as a user with
// two package permission sets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as personas from '../test-personas.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const PROBE = 'force-app/main/meetings/classes/PersonaProbeTest.cls';
const META = 'force-app/main/meetings/classes/ZoomMeetingControllerTest.cls-meta.xml';

const probe = [
    '@IsTest',
    'private class PersonaProbeTest {',
    '    private static User admin() {',
    '        return TestDataFactory.insertZoomAdmin();',
    '    }',
    '',
    '    @IsTest',
    '    static void readsThePanelAsTheDeployingAdmin() {',
    "        Zoom_Meeting__c meeting = TestDataFactory.newMeeting('1');",
    '        insert meeting;',
    '        Test.startTest();',
    '        ZoomMeetingDto dto = ZoomMeetingController.getMeeting(meeting.Id); // admin-call',
    '        Test.stopTest();',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsTheRunningUser() {',
    '        System.runAs(new User(Id = UserInfo.getUserId())) {',
    '            ZoomMeetingController.getMeeting(null); // self-call',
    '        }',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsAUserWithTwoPermissionSets() {',
    "        User both = TestDataFactory.insertUserWithPermissionSets('Both', new List<String>{ 'Zoom_User', 'Zoom_Admin' });",
    '        System.runAs(both) {',
    '            ZoomMeetingController.getMeeting(null); // two-call',
    '        }',
    '    }',
    '',
    '    @IsTest',
    '    static void queriesInUserModeItself() {',
    '        Integer n = [SELECT COUNT() FROM Zoom_User__c WITH USER_MODE]; // own-query',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsARep() {',
    '        User rep = TestDataFactory.insertRep();',
    '        System.runAs(rep) {',
    '            ZoomMeetingController.getMeeting(null);',
    '        }',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsTheAdminOfAHelper() {',
    '        System.runAs(admin()) {',
    '            ZoomMeetingController.getMeeting(null);',
    '        }',
    '    }',
    '',
    '    private static User runner;',
    '    private static User integration() {',
    '        if (runner == null) {',
    "            runner = TestDataFactory.insertUserWithPermissionSets('Importer', new List<String>{ 'Zoom_Integration' });",
    '        }',
    '        return runner;',
    '    }',
    '    private static User found(String lastName) {',
    '        return [SELECT Id FROM User WHERE LastName = :lastName WITH SYSTEM_MODE LIMIT 1];',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsACachedPersona() {',
    '        System.runAs(integration()) {',
    '            ZoomMeetingController.getMeeting(null);',
    '        }',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsAPersonaTheSetupInserted() {',
    "        System.runAs(found('Zrep')) {",
    '            ZoomMeetingController.getMeeting(null);',
    '        }',
    '    }',
    '',
    '    @IsTest',
    '    static void runsAsAOnePermissionSetUser() {',
    "        User rep = TestDataFactory.insertUserWithPermissionSets('Zrep', new List<String>{ 'Zoom_User' });",
    '        System.runAs(rep) {',
    '            ZoomMeetingController.getMeeting(null);',
    '        }',
    '    }',
    '}',
    ''
].join('\n');

/** The problems the check reports for the probe class (nothing is pending). */
async function probeProblems(box) {
    box.write(PROBE, probe);
    box.write(PROBE + '-meta.xml', box.read(META));
    const { problems } = await personas.run({ root: box.root, pending: new Map() });
    return problems.filter((p) => p.file === PROBE);
}

describe('Tests run as personas (check b)', () => {
    it('passes on the real project (other owners’ findings pending)', async () => {
        const { problems, summary } = await personas.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ test methods, \d+ user-mode package accesses inside a persona's runAs/);
    });

    it('reports tests that reach user-mode package data outside a persona, at their line', () =>
        withSandbox(async (box) => {
            const problems = await probeProblems(box);
            const lines = problems.map((p) => p.line).sort((a, b) => a - b);
            const expected = ['admin-call', 'self-call', 'two-call', 'own-query'].map((n) => lineOf(probe, n));
            assert.deepEqual(
                lines,
                expected.sort((a, b) => a - b),
                JSON.stringify(problems, null, 1)
            );
            const admin = problems.find((p) => p.line === lineOf(probe, 'admin-call'));
            assert.match(admin.message, /reads (Event\.)?Zoom_Meeting__c in user mode/);
            assert.match(admin.message, /outside System\.runAs/);
            const self = problems.find((p) => p.line === lineOf(probe, 'self-call'));
            assert.match(self.message, /not a factory persona/);
            assert.equal(problems[0].rule, 'test-persona');
        }));

    it('reports the bare shape of a converted test (runAs removed) in a real test class', () =>
        withSandbox(async (box) => {
            const file = 'force-app/main/meetings/classes/MeetingInvitationTest.cls';
            const target = 'force-app/main/meetings/classes/MeetingEmailServiceTest.cls';
            assert.ok(box.read(file));
            // The draft test without its persona: the rep's path now runs as the deploying admin.
            box.replace(
                target,
                /User rep = TestDataFactory\.insertRep\(\);\s*System\.runAs\(rep\) \{\s*Setup data = meetingWithEvent\(\);\s*Test\.startTest\(\);\s*MeetingEmailDraft draft/,
                'Setup data = meetingWithEvent(); {\n            Test.startTest();\n            MeetingEmailDraft draft'
            );
            const { problems } = await personas.run({ root: box.root, pending: new Map() });
            const hit = problems.find((p) => p.file === target);
            assert.ok(hit, JSON.stringify(problems.slice(0, 3), null, 1));
            // The draft call of the test whose persona was removed (the file has other draft calls above it).
            const text = box.read(target);
            const at = text.indexOf(
                'MeetingEmailDraft draft = new MeetingEmailService()',
                text.indexOf('Setup data = meetingWithEvent(); {')
            );
            assert.equal(hit.line, text.slice(0, at).split('\n').length);
            assert.match(hit.message, /draftProposesTheEventsPeopleAndTheRepAsSender/);
        }));

    it('holds pending files back and fails on a stale pending entry', () =>
        withSandbox(async (box) => {
            box.write(PROBE, probe);
            box.write(PROBE + '-meta.xml', box.read(META));
            const stale = 'force-app/main/meetings/classes/MeetingInvitationTest.cls';
            const { problems, summary } = await personas.run({
                root: box.root,
                pending: new Map([
                    [PROBE, 'somebody'],
                    [stale, 'nobody']
                ])
            });
            assert.equal(problems.filter((p) => p.file === PROBE).length, 0, 'pending findings are held back');
            assert.match(summary, /finding\(s\) in 1 other owners' tests pending/);
            const hit = problems.find((p) => p.file === stale);
            assert.ok(hit, 'a pending entry without findings is reported');
            assert.match(hit.message, /remove it from PENDING/);
        }));
});
