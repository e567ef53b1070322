// Self-tests: the persona-access check finds, per permission set, each field its reachable code reads or writes in
// user mode without the grant, naming the file and line (the two issue #9 rep blockers among them).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as check from '../persona-access.mjs';
import { lineOf, makeSandbox } from './sandbox.mjs';

const SELECTOR = 'force-app/main/core/classes/ZoomUserSelector.cls';
const CUSTOMER_TIME = 'force-app/main/meetings/lwc/zoomCustomerTime/zoomCustomerTime.ts';
const PANEL = 'force-app/main/meetings/lwc/zoomMeetingPanel/zoomMeetingPanel.ts';
const ZOOM_USER = 'force-app/main/core/permissionsets/Zoom_User.permissionset-meta.xml';
const PROBE = 'force-app/main/meetings/classes/PersonaProbeController.cls';
const EXTERNAL = 'force-app/main/external-meetings/classes/ExternalMeetingSelector.cls';

/** Sets one field permission of the Zoom User permission set in the sandbox. */
function setField(box, field, readable, editable) {
    box.replace(
        ZOOM_USER,
        new RegExp(
            `<editable>\\w+</editable>\\s*<field>${field.replace('.', '\\.')}</field>\\s*<readable>\\w+</readable>`
        ),
        `<editable>${editable}</editable>\n        <field>${field}</field>\n        <readable>${readable}</readable>`
    );
}

/** Grants an Apex class to Zoom User in the sandbox (first in the list; order does not matter to the check). */
function grantClass(box, cls) {
    box.replace(
        ZOOM_USER,
        '<classAccesses>',
        `<classAccesses>\n        <apexClass>${cls}</apexClass>\n        <enabled>true</enabled>\n    </classAccesses>\n    <classAccesses>`
    );
}

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

const PROBE_SOURCE = [
    'public with sharing class PersonaProbeController {',
    '    @AuraEnabled',
    '    public static void run() {',
    '        Zoom_Log__c entry = new Zoom_Log__c();',
    "        entry.Message__c = 'probe';",
    '        new Dml().insertRecords(new List<Zoom_Log__c>{ entry });',
    '        List<Zoom_Meeting__c> rows = [',
    '            SELECT Id, Host_User__r.Name,',
    '                (SELECT Email__c FROM Participants__r)',
    '            FROM Zoom_Meeting__c',
    '            WITH USER_MODE',
    '        ];',
    '        List<Zoom_User__c> fine = [SELECT PMI__c FROM Zoom_User__c WITH SYSTEM_MODE];',
    '        System.enqueueJob(new Job());',
    '    }',
    '    private class Job implements Queueable {',
    '        public void execute(QueueableContext context) {',
    "            update as user new Zoom_Meeting__c(Id = null, Topic__c = 'async');",
    '        }',
    '    }',
    '}',
    ''
].join('\n');
const PMI_QUERY = 'SELECT Id, Name, Zoom_User_Id__c, Zoom_Email__c, PMI__c, Account_Type__c, Status__c, User__c';
const FOREIGN_IMPORT = "import probeRun from '@salesforce/apex/ZoomSetupController.getSetupStatus';";

describe('Persona access (persona-access)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await check.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /Zoom User: \d+ entry points/);
    });

    // Every broken shape in one sandbox: the check runs once; each test asserts its own problem.
    let box;
    let problems;
    before(async () => {
        box = makeSandbox();
        // (1) issue #9: the rep path selects PMI__c in user mode.
        box.replace(
            SELECTOR,
            /SELECT Id, Name, Zoom_User_Id__c, Zoom_Email__c, Account_Type__c, Status__c, User__c/,
            PMI_QUERY
        );
        // (2) issue #9: Zoom User has the customer start time read-only.
        setField(box, 'Event.Customer_Start_Time__c', true, false);
        // (2b) a field a Zoom User component reads (getRecord) and writes, not granted at all.
        setField(box, 'Event.Customer_Time_Zone__c', false, false);
        // (3) a granted controller writing and reading what Zoom User does not grant.
        box.write(PROBE, PROBE_SOURCE);
        grantClass(box, 'PersonaProbeController');
        setField(box, 'Zoom_Meeting__c.Host_User__c', false, false);
        setField(box, 'Zoom_Participant__c.Email__c', false, false);
        setField(box, 'Zoom_Meeting__c.Topic__c', true, false);
        // (4) a Zoom User component calling Apex of a class Zoom User does not grant.
        box.replace(PANEL, "import { LightningElement, api, wire } from 'lwc';", `$&\n${FOREIGN_IMPORT}`);
        // (5) a field the External Meetings page selects through its SoqlQuery field list, not granted to Zoom User.
        setField(box, 'Zoom_Meeting__c.Participant_Count__c', false, false);
        ({ problems } = await check.run({ root: box.root }));
    });
    after(() => box.dispose());

    it('catches ZoomUserSelector.selectByUserId selecting PMI__c in user mode on the rep path (issue #9)', () => {
        const hit = expectAt(problems, SELECTOR, lineOf(box.read(SELECTOR), PMI_QUERY), 'read');
        assert.match(
            hit.message,
            /^Zoom User: ZoomUserSelector\.selectByUserId reads in user mode Zoom_User__c\.PMI__c but the permission set grants no Read on it \(.*MeetingLaunchService\.activeZoomUser → ZoomUserSelector\.selectByUserId\)/
        );
        assert.ok(
            !problems.some((p) => p.message.startsWith('Zoom Admin:') && p.message.includes('PMI__c')),
            'Admin reads PMI'
        );
    });

    it('catches zoomCustomerTime writing Customer_Start_Time__c with updateRecord where Zoom User has it read-only (issue #9)', () => {
        const line = lineOf(box.read(CUSTOMER_TIME), '[CUSTOMER_START_FIELD.fieldApiName!]');
        const hit = expectAt(problems, CUSTOMER_TIME, line, 'lwc-write');
        assert.match(
            hit.message,
            /^Zoom User: zoomCustomerTime writes Event\.Customer_Start_Time__c .*FlexiPage with zoomMeetingPanel/
        );
    });

    it('catches a component reading (getRecord) and writing a field the set grants nothing on', () => {
        const src = box.read(CUSTOMER_TIME);
        const read = expectAt(
            problems,
            CUSTOMER_TIME,
            lineOf(src, "'@salesforce/schema/Event.Customer_Time_Zone__c'"),
            'lwc-read'
        );
        assert.match(
            read.message,
            /^Zoom User: zoomCustomerTime reads Event\.Customer_Time_Zone__c but the permission set grants no Read/
        );
        expectAt(problems, CUSTOMER_TIME, lineOf(src, '[ZONE_FIELD.fieldApiName!]'), 'lwc-write');
    });

    it('catches user-mode DML of a field or object the set does not grant, and follows relationship paths, sub-queries and enqueued jobs', () => {
        const src = box.read(PROBE);
        const mine = problems.filter((p) => p.file === PROBE);
        const insert = expectAt(mine, PROBE, lineOf(src, 'new Dml().insertRecords'), 'write');
        assert.match(insert.message, /inserts Zoom_Log__c in user mode but the permission set grants no Create on it/);
        const field = expectAt(mine, PROBE, lineOf(src, "entry.Message__c = 'probe'"), 'write');
        assert.match(
            field.message,
            /sets Zoom_Log__c\.Message__c, written in user mode by PersonaProbeController\.run/
        );
        const rel = expectAt(mine, PROBE, lineOf(src, 'Host_User__r.Name'), 'read');
        assert.match(rel.message, /Zoom_Meeting__c\.Host_User__c but the permission set grants no Read/);
        const sub = expectAt(mine, PROBE, lineOf(src, '(SELECT Email__c'), 'read');
        assert.match(sub.message, /Zoom_Participant__c\.Email__c/);
        const job = expectAt(mine, PROBE, lineOf(src, "Topic__c = 'async'"), 'write');
        assert.match(job.message, /PersonaProbeController\.run → PersonaProbeController\.Job\.execute/);
        assert.ok(!mine.some((p) => p.message.includes('PMI__c')), 'system-mode queries are not the persona check');
        assert.ok(
            mine.every((p) => p.message.startsWith('Zoom User:')),
            'only the set that grants the class'
        );
    });

    it('catches a field read through a SoqlQuery field list and sort allow-list at their lines', () => {
        const src = box.read(EXTERNAL);
        const list = expectAt(problems, EXTERNAL, lineOf(src, "'Participant_Count__c',"), 'read');
        assert.match(
            list.message,
            /^Zoom User: ExternalMeetingSelector\.pageQuery reads in user mode through PAGE_FIELDS \(SoqlQuery fields\) Zoom_Meeting__c\.Participant_Count__c but the permission set grants no Read on it/
        );
        const sort = expectAt(problems, EXTERNAL, lineOf(src, "SORT_PARTICIPANTS => 'Participant_Count__c'"), 'read');
        assert.match(sort.message, /through PAGE_SORTS \(SoqlQuery sort\)/);
        assert.ok(
            !problems.some((p) => p.message.startsWith('Zoom Admin:') && p.message.includes('Participant_Count__c')),
            'the Zoom Admin still reads it'
        );
    });

    it('catches a persona component calling Apex of a class the set does not grant', () => {
        const hit = expectAt(problems, PANEL, lineOf(box.read(PANEL), FOREIGN_IMPORT), 'class-access');
        assert.match(
            hit.message,
            /^Zoom User: zoomMeetingPanel calls ZoomSetupController\.getSetupStatus but the permission set grants no access to class ZoomSetupController/
        );
    });
});

describe('Persona access: platform-event triggers declared to run as a persona (config/platform-event-subscribers.json)', () => {
    const INTEGRATION = 'force-app/main/core/permissionsets/Zoom_Integration.permissionset-meta.xml';
    const RECEIPTS = 'force-app/main/webhooks/classes/WebhookReceipts.cls';
    let box;
    let problems;
    before(async () => {
        box = makeSandbox();
        // The integration user may read receipts' status but not write it.
        box.replace(
            INTEGRATION,
            /<editable>true<\/editable>\s*<field>Zoom_Webhook_Receipt__c\.Status__c<\/field>/,
            '<editable>false</editable>\n        <field>Zoom_Webhook_Receipt__c.Status__c</field>'
        );
        // A second declaration naming a trigger that does not exist and a permission set that does not either.
        box.replace(
            check.SUBSCRIBERS_FILE,
            '"subscribers": [',
            '"subscribers": [\n        { "trigger": "GoneTrigger", "permissionSet": "Zoom_Robot", "batchSize": 10 },'
        );
        ({ problems } = await check.run({ root: box.root }));
    });
    after(() => box.dispose());

    it('reads ZoomWebhookEventTrigger as the Zoom Integration persona and catches a receipt field it cannot write', () => {
        const hit = problems.find(
            (p) => p.file === RECEIPTS && p.rule === 'write' && p.message.includes('Zoom_Webhook_Receipt__c.Status__c')
        );
        assert.ok(hit, JSON.stringify(problems, null, 1));
        assert.match(
            hit.message,
            /^Zoom Integration: .*trigger ZoomWebhookEventTrigger on Zoom_Webhook_Event__e, run as Zoom_Integration/
        );
        assert.ok(
            !problems.some((p) => p.message.startsWith('Zoom User:') && p.file === RECEIPTS),
            'only the declared persona runs the trigger'
        );
    });

    it('catches a declaration naming no platform-event trigger or no permission set', () => {
        const stale = problems.filter((p) => p.rule === 'subscriber-config');
        assert.equal(stale.length, 2, JSON.stringify(stale, null, 1));
        assert.ok(stale.every((p) => p.file === check.SUBSCRIBERS_FILE && p.line > 1));
        assert.match(stale[0].message, /GoneTrigger is not a platform-event trigger of the project/);
        assert.match(stale[1].message, /GoneTrigger runs as Zoom_Robot, which is no permission set/);
    });

    it('gives Zoom Integration its entry points from the declaration, read in file order', async () => {
        const { summary } = await check.run({});
        assert.match(summary, /Zoom Integration: [1-9]\d* entry points/);
        assert.deepEqual(
            check.readSubscribers(box.root).map((s) => s.trigger),
            ['GoneTrigger', 'ZoomWebhookEventTrigger']
        );
    });
});
