// Self-tests: the security-policy check holds the permission sets, object metadata and layouts to
// config/security-policy.json, and names the file and line of each broken shape.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as check from '../security-policy.mjs';
import { lineOf, makeSandbox } from './sandbox.mjs';

const SETS = 'force-app/main/core/permissionsets';
const ZOOM_USER = `${SETS}/Zoom_User.permissionset-meta.xml`;
const ZOOM_ADMIN = `${SETS}/Zoom_Admin.permissionset-meta.xml`;
const ZOOM_INTEGRATION = `${SETS}/Zoom_Integration.permissionset-meta.xml`;
const PROBE_SET = `${SETS}/Zoom_Probe.permissionset-meta.xml`;
const MEETING = 'force-app/main/meetings/objects/Zoom_Meeting__c/Zoom_Meeting__c.object-meta.xml';
const PARTICIPANT = 'force-app/main/meetings/objects/Zoom_Participant__c/Zoom_Participant__c.object-meta.xml';
const EVENT_LAYOUT = 'force-app/main/meetings/layouts/Event-Zoom Event Layout.layout-meta.xml';
const POLICY = 'config/security-policy.json';

/** Sets `<editable>` of one field permission; returns the 1-based line of that element. */
function setEditable(box, file, field, editable) {
    const pattern = new RegExp(`<editable>\\w+</editable>(\\s*<field>${field.replace('.', '\\.')}</field>)`);
    box.replace(file, pattern, `<editable>${editable}</editable>$1`);
    return lineOf(box.read(file), `<field>${field}</field>`) - 1; // <editable> precedes <field>
}

/** Sets one element of the objectPermissions block of `object`; returns the 1-based line of that element. */
function setObjectGrant(box, file, object, key, value) {
    const text = box.read(file);
    const start = text.indexOf(`<object>${object}</object>`);
    const open = text.lastIndexOf('<objectPermissions>', start);
    const close = text.indexOf('</objectPermissions>', start);
    const block = text.slice(open, close).replace(new RegExp(`<${key}>\\w+</${key}>`), `<${key}>${value}</${key}>`);
    box.write(file, text.slice(0, open) + block + text.slice(close));
    const at = box.read(file).indexOf(`<${key}>`, open);
    return box.read(file).slice(0, at).split('\n').length;
}

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('Security policy (security-policy)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await check.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /identity fields held in 4 permission sets/);
    });

    // Every broken shape in one sandbox: the check runs once; each test asserts its own problem.
    let box;
    let problems;
    const at = {};
    before(async () => {
        box = makeSandbox();
        // A rep may edit the host again (issue #11: "a rep sets Host_User__c to themselves").
        at.host = setEditable(box, ZOOM_USER, 'Zoom_Meeting__c.Host_User__c', true);
        // Every field of Zoom_User__c is an identity field through `Zoom_User__c.*`.
        at.pmi = setEditable(box, ZOOM_USER, 'Zoom_User__c.PMI__c', true);
        // A field added to Zoom_User__c later is an identity field without a table change.
        box.write(
            'force-app/main/core/objects/Zoom_User__c/fields/Probe__c.field-meta.xml',
            '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
                '    <fullName>Probe__c</fullName>\n    <type>Checkbox</type>\n</CustomField>\n'
        );
        box.replace(
            ZOOM_USER,
            '<hasActivationRequired>',
            '<fieldPermissions>\n        <editable>true</editable>\n        <field>Zoom_User__c.Probe__c</field>\n' +
                '        <readable>true</readable>\n    </fieldPermissions>\n    <hasActivationRequired>'
        );
        at.probe = lineOf(box.read(ZOOM_USER), '<field>Zoom_User__c.Probe__c</field>') - 1;
        // A rep reads the log (which also counts their daily emails).
        box.replace(
            ZOOM_USER,
            '<objectPermissions>',
            '<objectPermissions>\n        <allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n' +
                '        <allowEdit>false</allowEdit>\n        <allowRead>true</allowRead>\n' +
                '        <modifyAllRecords>false</modifyAllRecords>\n        <object>Zoom_Log__c</object>\n' +
                '        <viewAllRecords>false</viewAllRecords>\n    </objectPermissions>\n    <objectPermissions>'
        );
        at.logRead = lineOf(box.read(ZOOM_USER), '<allowRead>true</allowRead>');
        // Meetings Public Read/Write again.
        box.replace(MEETING, '<sharingModel>Private</sharingModel>', '<sharingModel>ReadWrite</sharingModel>');
        at.sharing = lineOf(box.read(MEETING), '<sharingModel>');
        // Participants no longer follow their meeting for external users.
        box.replace(
            PARTICIPANT,
            '<externalSharingModel>ControlledByParent</externalSharingModel>',
            '<externalSharingModel>Private</externalSharingModel>'
        );
        at.external = lineOf(box.read(PARTICIPANT), '<externalSharingModel>');
        // Admins may rewrite log entries.
        at.logEdit = setObjectGrant(box, ZOOM_ADMIN, 'Zoom_Log__c', 'allowEdit', true);
        // Zoom Integration holds Modify All on Zoom users.
        at.modifyAll = setObjectGrant(box, ZOOM_INTEGRATION, 'Zoom_User__c', 'modifyAllRecords', true);
        // A rep sees every meeting.
        at.viewAll = setObjectGrant(box, ZOOM_USER, 'Zoom_Meeting__c', 'viewAllRecords', true);
        // The admin loses View All on meetings, which the table says it holds.
        setObjectGrant(box, ZOOM_ADMIN, 'Zoom_Meeting__c', 'viewAllRecords', false);
        // The Event layout lets a rep relink the Event.
        box.replace(
            EVENT_LAYOUT,
            /<behavior>Readonly<\/behavior>(\s*<field>Zoom_Meeting__c<\/field>)/,
            '<behavior>Edit</behavior>$1'
        );
        at.layout = lineOf(box.read(EVENT_LAYOUT), '<field>Zoom_Meeting__c</field>') - 1;
        // A typo in the table, and a permission set the table does not know.
        box.replace(POLICY, '"field": "Zoom_Meeting__c.Meeting_UUID__c"', '"field": "Zoom_Meeting__c.Meeting_UID__c"');
        box.write(PROBE_SET, box.read(ZOOM_USER).replace('<label>Zoom User</label>', '<label>Zoom Probe</label>'));
        ({ problems } = await check.run({ root: box.root }));
    });
    after(() => box.dispose());

    it('finds a rep permission set that makes an identity field editable, at its <editable> line', () => {
        const hit = expectAt(problems, ZOOM_USER, at.host, 'identity-edit');
        assert.match(hit.message, /Zoom_User makes identity field Zoom_Meeting__c\.Host_User__c editable/);
    });

    it('covers every field of Zoom_User__c through Zoom_User__c.*', () => {
        expectAt(problems, ZOOM_USER, at.pmi, 'identity-edit');
    });

    it('covers a Zoom_User__c field added later, with no change to the table', () => {
        const hit = expectAt(problems, ZOOM_USER, at.probe, 'identity-edit');
        assert.match(hit.message, /Zoom_User__c\.Probe__c editable/);
    });

    it('finds a meeting sharing model other than Private, at the element', () => {
        const hit = expectAt(problems, MEETING, at.sharing, 'sharing');
        assert.match(hit.message, /sharingModel is ReadWrite; .* fixes it at Private/);
    });

    it('finds an external sharing model other than the table says', () => {
        expectAt(problems, PARTICIPANT, at.external, 'sharing');
    });

    it('finds Edit on the logs for admins', () => {
        const hit = expectAt(problems, ZOOM_ADMIN, at.logEdit, 'read-only-object');
        assert.match(hit.message, /allowEdit on Zoom_Log__c/);
    });

    it('finds Read on the logs for a set whose entry forbids it', () => {
        const hit = expectAt(problems, ZOOM_USER, at.logRead, 'no-read');
        assert.match(hit.message, /Zoom_User grants Read on Zoom_Log__c/);
    });

    it('finds Modify All on Zoom users', () => {
        expectAt(problems, ZOOM_INTEGRATION, at.modifyAll, 'no-modify-all');
    });

    it('finds View All that the table does not list for the set', () => {
        const hit = expectAt(problems, ZOOM_USER, at.viewAll, 'record-access');
        assert.match(hit.message, /Zoom_User holds View All on Zoom_Meeting__c/);
    });

    it('finds a View All the table lists but the set does not hold, at the table line', () => {
        const text = box.read(POLICY);
        const lines = text.split('\n');
        const adminAt = lines.findIndex((l) => l.includes('"Zoom_Admin"'));
        // The entry's own line: the same line as "viewAll" when the list fits one line, below it when prettier wraps it.
        const viewAllAt = lines.findIndex((l, i) => i > adminAt && l.includes('"viewAll"'));
        const line = lines.findIndex((l, i) => i >= viewAllAt && l.includes('"Zoom_Meeting__c"')) + 1;
        const hit = expectAt(problems, POLICY, line, 'table');
        assert.match(hit.message, /Zoom_Admin viewAll lists Zoom_Meeting__c/);
    });

    it('finds an identity field editable on a layout, at its <behavior> line', () => {
        const hit = expectAt(problems, EVENT_LAYOUT, at.layout, 'layout-edit');
        assert.match(hit.message, /Event\.Zoom_Meeting__c is Edit on this layout/);
    });

    it('finds a table entry naming a field that does not exist', () => {
        const line = lineOf(box.read(POLICY), 'Zoom_Meeting__c.Meeting_UID__c');
        expectAt(problems, POLICY, line, 'table');
    });

    it('finds a permission set missing from the table', () => {
        expectAt(problems, PROBE_SET, 1, 'table');
    });

    it('reports nothing else', () => {
        // The thirteen shapes above, plus: Modify All the table does not list (record-access), and the mistyped field
        // leaves Zoom_Admin's and Zoom_Integration's mayEdit naming a field that is no longer an identity field, and
        // the admin's Edit on the (Private) logs is also an edit of other users' rows without Modify All (shared-writer).
        assert.equal(problems.length, 17, JSON.stringify(problems, null, 1));
        assert.equal(
            problems.filter((p) => /mayEdit lists Zoom_Meeting__c\.Meeting_UUID__c/.test(p.message)).length,
            2
        );
    });
});

describe('Security policy: writers of shared rows (security-policy, shared-writer)', () => {
    // The defect found in #14: Zoom_User__c had Read sharing, so the Zoom Integration user (hourly run, user.*
    // webhooks) could not update a directory row the admin's mapping run created, nor the admin one it created.
    let box;
    let problems;
    before(async () => {
        box = makeSandbox();
        const object = 'force-app/main/core/objects/Zoom_User__c/Zoom_User__c.object-meta.xml';
        box.replace(object, '<sharingModel>ReadWrite</sharingModel>', '<sharingModel>Read</sharingModel>');
        box.replace(POLICY, /("object": "Zoom_User__c",\s*"sharingModel": )"ReadWrite"/, '$1"Read"');
        ({ problems } = await check.run({ root: box.root }));
    });
    after(() => box.dispose());

    it('finds Edit without Modify All on a Read-shared object for each non-rep set, at its allowEdit line', () => {
        for (const file of [ZOOM_ADMIN, ZOOM_INTEGRATION]) {
            const text = box.read(file);
            const start = text.indexOf('<object>Zoom_User__c</object>');
            const open = text.lastIndexOf('<objectPermissions>', start);
            const line = text.slice(0, text.indexOf('<allowEdit>', open)).split('\n').length;
            const hit = expectAt(problems, file, line, 'shared-writer');
            assert.match(hit.message, /Read sharing/);
        }
    });

    it('leaves the rep set alone (a rep edits only its own rows) and reports nothing else', () => {
        assert.equal(problems.length, 2, JSON.stringify(problems, null, 1));
    });
});
