// Self-tests of the three metadata checks: each breaks one file in a sandbox copy of the project and asserts that
// the right checker names that file and line; the real project must pass all three.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import * as convert from '../metadata-convert.mjs';
import * as schema from '../metadata-schema.mjs';
import * as xref from '../metadata-xref.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const TOPIC = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields/Topic__c.field-meta.xml';
const STATUS = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields/Status__c.field-meta.xml';
const SELECTOR = 'force-app/main/meetings/classes/MeetingSelector.cls';
const ADMIN = 'force-app/main/core/permissionsets/Zoom_Admin.permissionset-meta.xml';
const USER = 'force-app/main/core/permissionsets/Zoom_User.permissionset-meta.xml';
const LWC_DIR = 'force-app/main/meetings/lwc/meetingFormat';

/** The problems of `file`, with a readable failure message when there is none. */
function problemsIn(problems, file) {
    const hits = problems.filter((p) => p.file === file);
    assert.ok(hits.length, `expected a problem in ${file}, got ${JSON.stringify(problems, null, 2)}`);
    return hits;
}

describe('metadata checks on the real project', () => {
    for (const [name, checker] of Object.entries({ convert, schema, xref })) {
        it(`${name}: no problems`, async () => {
            const { problems, summary } = await checker.run({});
            assert.deepEqual(problems, []);
            assert.ok(summary.length > 0);
        });
    }
});

describe('metadata-schema', () => {
    it('reports a misspelt element at its line, with a hint', () =>
        withSandbox(async (box) => {
            box.replace(TOPIC, '<length>200</length>', '<lenght>200</lenght>');
            const { problems } = await schema.run({ root: box.root });
            const [hit] = problemsIn(problems, TOPIC);
            assert.equal(hit.line, lineOf(box.read(TOPIC), '<lenght>'));
            assert.equal(hit.rule, 'unknown-element');
            assert.match(hit.message, /<lenght> is not an element of <CustomField>.*Did you mean <length>\?/);
        }));

    it('reports an element placed inside the wrong parent', () =>
        withSandbox(async (box) => {
            box.replace(
                STATUS,
                '<restricted>true</restricted>',
                '<restricted>true</restricted>\n        <referenceTo>User</referenceTo>'
            );
            const { problems } = await schema.run({ root: box.root });
            const [hit] = problemsIn(problems, STATUS);
            assert.equal(hit.line, lineOf(box.read(STATUS), '<referenceTo>User</referenceTo>'));
            assert.match(
                hit.message,
                /<referenceTo> is not an element of <valueSet> \(ValueSet\).*belongs directly in <CustomField>/
            );
        }));

    it('reports a wrong namespace and a root element that does not match the file type', () =>
        withSandbox(async (box) => {
            box.replace(
                TOPIC,
                '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">',
                '<CustomObject xmlns="urn:x">'
            );
            box.replace(TOPIC, '</CustomField>', '</CustomObject>');
            const { problems } = await schema.run({ root: box.root });
            const hits = problemsIn(problems, TOPIC);
            const line = lineOf(box.read(TOPIC), '<CustomObject');
            assert.ok(hits.some((p) => p.rule === 'namespace' && p.line === line));
            assert.ok(hits.some((p) => p.rule === 'root-type' && p.line === line && /CustomField/.test(p.message)));
        }));
});

describe('decomposed custom labels (sourceBehaviorOptions decomposeCustomLabelsBeta2)', () => {
    const GENERIC = 'force-app/main/core/labels/Errors_Generic.label-meta.xml';
    const OTHER = 'force-app/main/meetings/labels/Panel_Example.label-meta.xml';

    it('converts labels of two folders into one CustomLabels, with the project of the sandbox', () =>
        withSandbox(async (box) => {
            box.write(OTHER, box.read(GENERIC).replace('<fullName>Errors_Generic<', '<fullName>Panel_Example<'));
            const { components, problems } = convert.resolveSource(box.root);
            assert.deepEqual(problems, []);
            const labels = components.filter((c) => c.type.name === 'CustomLabel').map((c) => c.fullName);
            // Every label file of the sandbox's folders, plus the one added in another folder.
            const files = readdirSync(path.join(box.root, 'force-app/main'), { recursive: true })
                .map(String)
                .filter((f) => /(^|\/)labels\/[^/]+\.label-meta\.xml$/.test(f));
            const expected = files.map((f) => path.basename(f, '.label-meta.xml')).sort();
            assert.ok(expected.includes('Errors_Generic') && expected.includes('Panel_Example'));
            assert.ok(new Set(files.map((f) => f.split('/')[0])).size >= 2, 'labels in two folders at least');
            assert.deepEqual(labels.sort(), expected);
            const registry = convert.projectRegistry(box.root);
            const out = mkdtempSync(path.join(os.tmpdir(), 'zoomsf-labels-'));
            await new MetadataConverter(registry).convert(new ComponentSet(components, registry), 'metadata', {
                type: 'directory',
                outputDirectory: out,
                genUniqueDir: false
            });
            const merged = readFileSync(path.join(out, 'labels', 'CustomLabels.labels'), 'utf8');
            rmSync(out, { recursive: true, force: true });
            assert.equal((merged.match(/<labels>/g) ?? []).length, expected.length);
            assert.match(merged, /<fullName>Errors_Generic<\/fullName>[\s\S]*<fullName>Panel_Example<\/fullName>/);
            assert.deepEqual((await convert.run({ root: box.root })).problems, []);
        }));

    it('checks a label file against the CustomLabel schema', () =>
        withSandbox(async (box) => {
            box.replace(GENERIC, '<protected>true</protected>', '<protected>true</protected>\n    <bogus>x</bogus>');
            const { problems } = await schema.run({ root: box.root });
            const [hit] = problemsIn(problems, GENERIC);
            assert.equal(hit.line, lineOf(box.read(GENERIC), '<bogus>'));
            assert.match(hit.message, /CustomLabel/);
        }));
});

describe('metadata-xref', () => {
    it('reports a SOQL field that does not exist at its line', () =>
        withSandbox(async (box) => {
            box.replace(SELECTOR, 'Meeting_Id__c,', 'Meeting_Number__c,');
            const { problems } = await xref.run({ root: box.root });
            const [hit] = problemsIn(problems, SELECTOR);
            assert.equal(hit.line, lineOf(box.read(SELECTOR), 'Meeting_Number__c'));
            assert.match(hit.message, /Zoom_Meeting__c\.Meeting_Number__c does not exist/);
        }));

    it('reports a permission set that takes no decision on one field of an object it opens', () =>
        withSandbox(async (box) => {
            // The whole entry for Topic__c, whatever access it grants.
            box.replace(
                USER,
                /    <fieldPermissions>\s*<editable>(?:true|false)<\/editable>\s*<field>Zoom_Meeting__c\.Topic__c<\/field>\s*<readable>(?:true|false)<\/readable>\s*<\/fieldPermissions>\n/,
                ''
            );
            const { problems } = await xref.run({ root: box.root });
            const hits = problemsIn(problems, USER);
            assert.equal(hits.length, 1);
            assert.equal(hits[0].line, lineOf(box.read(USER), '<object>Zoom_Meeting__c</object>'));
            assert.equal(hits[0].rule, 'xref-permissionset-complete');
            assert.match(hits[0].message, /no fieldPermissions entry for Zoom_Meeting__c\.Topic__c/);
        }));

    it('reports a permission set that names a field that does not exist', () =>
        withSandbox(async (box) => {
            box.replace(
                ADMIN,
                '<field>Zoom_Meeting__c.Topic__c</field>',
                '<field>Zoom_Meeting__c.Not_A_Field__c</field>'
            );
            const { problems } = await xref.run({ root: box.root });
            const hit = problemsIn(problems, ADMIN).find((p) => p.rule === 'xref-permissionSet');
            assert.equal(hit.line, lineOf(box.read(ADMIN), '<field>Zoom_Meeting__c.Not_A_Field__c</field>'));
            assert.match(hit.message, /Zoom_Meeting__c\.Not_A_Field__c does not exist/);
        }));

    it('rejects Activity.X__c in a permission set (Activity fields are granted as Event.X__c / Task.X__c)', () =>
        withSandbox(async (box) => {
            box.replace(USER, '<field>Event.Zoom_Meeting__c</field>', '<field>Activity.Zoom_Meeting__c</field>');
            const { problems } = await xref.run({ root: box.root });
            const hit = problemsIn(problems, USER).find((p) => p.message.includes('Activity.Zoom_Meeting__c'));
            assert.equal(hit.line, lineOf(box.read(USER), '<field>Activity.Zoom_Meeting__c</field>'));
            assert.match(hit.message, /write Event\.Zoom_Meeting__c/);
        }));

    it('reports missing fields in a layout, a report and a list view at their lines', () =>
        withSandbox(async (box) => {
            const layout = 'force-app/main/meetings/layouts/Zoom_Meeting__c-Zoom Meeting Layout.layout-meta.xml';
            const report = 'force-app/main/meetings/reports/Zoom_Reports/Meetings.report-meta.xml';
            const listView = 'force-app/main/meetings/objects/Zoom_Meeting__c/listViews/All.listView-meta.xml';
            const xml = (body) => `<?xml version="1.0" encoding="UTF-8" ?>\n${body}\n`;
            box.write(
                layout,
                xml(
                    [
                        '<Layout xmlns="http://soap.sforce.com/2006/04/metadata">',
                        '    <layoutSections>',
                        '        <label>Information</label>',
                        '        <layoutColumns>',
                        '            <layoutItems>',
                        '                <behavior>Edit</behavior>',
                        '                <field>Topic__c</field>',
                        '            </layoutItems>',
                        '            <layoutItems>',
                        '                <behavior>Edit</behavior>',
                        '                <field>Not_A_Field__c</field>',
                        '            </layoutItems>',
                        '        </layoutColumns>',
                        '        <style>TwoColumnsTopToBottom</style>',
                        '    </layoutSections>',
                        '</Layout>'
                    ].join('\n')
                )
            );
            box.write(
                report,
                xml(
                    [
                        '<Report xmlns="http://soap.sforce.com/2006/04/metadata">',
                        '    <columns>',
                        '        <field>CUST_NAME</field>',
                        '    </columns>',
                        '    <columns>',
                        '        <field>Zoom_Meeting__c.Topic__c</field>',
                        '    </columns>',
                        '    <columns>',
                        '        <field>Zoom_Meeting__c.Duration__c</field>',
                        '    </columns>',
                        '    <format>Tabular</format>',
                        '    <name>Meetings</name>',
                        '    <reportType>CustomEntity$Zoom_Meeting__c</reportType>',
                        '    <scope>organization</scope>',
                        '</Report>'
                    ].join('\n')
                )
            );
            box.replace(listView, '<columns>Topic__c</columns>', '<columns>Subject__c</columns>');
            const { problems } = await xref.run({ root: box.root });
            const [inLayout] = problemsIn(problems, layout);
            assert.equal(inLayout.line, lineOf(box.read(layout), '<field>Not_A_Field__c</field>'));
            assert.match(inLayout.message, /Zoom_Meeting__c\.Not_A_Field__c does not exist/);
            const [inReport] = problemsIn(problems, report);
            assert.equal(inReport.line, lineOf(box.read(report), 'Zoom_Meeting__c.Duration__c'));
            const [inListView] = problemsIn(problems, listView);
            assert.equal(inListView.line, lineOf(box.read(listView), '<columns>Subject__c</columns>'));
        }));

    it('reports an LWC schema import of a missing field at its line', () =>
        withSandbox(async (box) => {
            const file = `${LWC_DIR}/meetingFields.ts`;
            box.write(
                file,
                [
                    "import TOPIC from '@salesforce/schema/Zoom_Meeting__c.Topic__c';",
                    "import HOST_NAME from '@salesforce/schema/Zoom_Meeting__c.Host_User__r.Name';",
                    "import AGENDA from '@salesforce/schema/Zoom_Meeting__c.Not_A_Field__c';",
                    '',
                    'export const FIELDS = [TOPIC, HOST_NAME, AGENDA];',
                    ''
                ].join('\n')
            );
            const { problems } = await xref.run({ root: box.root });
            const hits = problemsIn(problems, file);
            assert.equal(hits.length, 1);
            assert.equal(hits[0].line, lineOf(box.read(file), 'Zoom_Meeting__c.Not_A_Field__c'));
            assert.match(hits[0].message, /Zoom_Meeting__c\.Not_A_Field__c does not exist/);
        }));
});

describe('metadata-xref: SoqlQuery parts (field lists, conditions, sort fields)', () => {
    const EXTERNAL = 'force-app/main/external-meetings/classes/ExternalMeetingSelector.cls';

    it('reports a misspelt field of a field list, a condition, the sort allow-list and a fixed ordering at their lines', () =>
        withSandbox(async (box) => {
            box.replace(EXTERNAL, "'Participant_Count__c',", "'Participants_Count__c',");
            box.replace(EXTERNAL, 'Actual_Start__c < :rangeEnd', 'Actual_Stat__c < :rangeEnd');
            box.replace(EXTERNAL, "SORT_HOST => 'Host_User__r.Name'", "SORT_HOST => 'Host__r.Name'");
            box.replace(SELECTOR, "'Duration_Seconds__c DESC NULLS LAST", "'Duration_Secs__c DESC NULLS LAST");
            const { problems } = await xref.run({ root: box.root });
            const [ordering] = problemsIn(problems, SELECTOR);
            assert.equal(ordering.line, lineOf(box.read(SELECTOR), 'Duration_Secs__c DESC'));
            assert.match(
                ordering.message,
                /LONGEST_FIRST: SOQL: field Zoom_Participant__c\.Duration_Secs__c does not exist/
            );
            const hits = problemsIn(problems, EXTERNAL);
            const src = box.read(EXTERNAL);
            const at = (needle, message) => {
                const hit = hits.find((p) => p.line === lineOf(src, needle));
                assert.ok(hit, `expected a problem at ${needle}, got ${JSON.stringify(hits, null, 1)}`);
                assert.equal(hit.rule, 'xref-soql-part');
                assert.match(hit.message, message);
            };
            at(
                "'Participants_Count__c'",
                /PAGE_FIELDS: SOQL: field Zoom_Meeting__c\.Participants_Count__c does not exist/
            );
            at('Actual_Stat__c', /PAGE_FILTER: SOQL: field Zoom_Meeting__c\.Actual_Stat__c does not exist/);
            at("'Host__r.Name'", /PAGE_SORTS: SOQL: relationship Zoom_Meeting__c\.Host__r does not exist/);
            assert.equal(hits.length, 3, JSON.stringify(hits, null, 1));
        }));

    it('reports a part the checks cannot read: built in a method, or from a variable', () =>
        withSandbox(async (box) => {
            box.replace(
                EXTERNAL,
                '    public Integer countAll(Filter f) {',
                [
                    '    public Integer countAll(Filter f) {',
                    "        SoqlQuery.Part local = SoqlQuery.condition(Zoom_Meeting__c.SObjectType, 'Topic__c != NULL');",
                    ''
                ].join('\n')
            );
            box.replace(EXTERNAL, "'Status__c = :active'", "'Status__c = :' + MeetingSource.FIELD");
            const { problems } = await xref.run({ root: box.root });
            const hits = problemsIn(problems, EXTERNAL);
            const src = box.read(EXTERNAL);
            const local = hits.find((p) => p.line === lineOf(src, 'SoqlQuery.Part local'));
            assert.match(local?.message ?? '', /SoqlQuery\.condition outside a field initialiser/);
            const opaque = hits.find((p) => p.line === lineOf(src, 'ACTIVE_HOSTS = SoqlQuery.condition'));
            assert.match(opaque?.message ?? '', /ACTIVE_HOSTS: a query part is made of string literals only/);
        }));
});

describe('metadata-xref: references between components', () => {
    const REPORTS = 'force-app/main/meetings/reports/Zoom_Reports';
    const BY_STATUS = `${REPORTS}/All_Zoom_Meetings_by_Status.report-meta.xml`;
    const DASHBOARD = 'force-app/main/meetings/dashboards/Zoom_Dashboards/Zoom_Meetings.dashboard-meta.xml';
    const PAGE = 'force-app/main/meetings/flexipages/Zoom_Event_Record_Page.flexipage-meta.xml';

    it('reports a report column that its custom report type does not offer', () =>
        withSandbox(async (box) => {
            box.replace(
                BY_STATUS,
                '<field>Zoom_Meeting__c$Topic__c</field>',
                '<field>Zoom_Meeting__c$Passcode__c</field>'
            );
            const { problems } = await xref.run({ root: box.root });
            const hit = problemsIn(problems, BY_STATUS).find((p) => p.message.includes('Passcode__c'));
            assert.equal(hit.line, lineOf(box.read(BY_STATUS), 'Zoom_Meeting__c$Passcode__c'));
            assert.match(hit.message, /not offered by report type Zoom_Meetings_with_Participants__c/);
        }));

    it('reports a report chart that summarises a column the report does not summarise that way', () =>
        withSandbox(async (box) => {
            const report = `${REPORTS}/Zoom_Meeting_Attendance_by_Rep.report-meta.xml`;
            box.replace(report, '<aggregate>Average</aggregate>', '<aggregate>Median</aggregate>');
            const { problems } = await xref.run({ root: box.root });
            const [hit] = problemsIn(problems, report);
            assert.equal(hit.line, lineOf(box.read(report), '<column>Zoom_Meeting__c$Participant_Count__c</column>'));
            assert.match(hit.message, /not summarised as Median \(aggregateTypes average, sum\)/);
        }));

    it('reports a dashboard component whose report is missing or does not summarise the charted column', () =>
        withSandbox(async (box) => {
            box.replace(
                DASHBOARD,
                '<report>Zoom_Reports/Zoom_Meetings_per_Rep</report>',
                '<report>Zoom_Reports/Zoom_Meetings_Per_Host</report>'
            );
            box.replace(DASHBOARD, '<aggregate>Average</aggregate>', '<aggregate>Maximum</aggregate>');
            const { problems } = await xref.run({ root: box.root });
            const hits = problemsIn(problems, DASHBOARD);
            const missing = hits.find((p) => p.message.includes('Zoom_Meetings_Per_Host'));
            assert.equal(missing.line, lineOf(box.read(DASHBOARD), 'Zoom_Reports/Zoom_Meetings_Per_Host'));
            assert.match(missing.message, /does not exist in the project/);
            const summary = hits.find((p) => p.message.includes('Maximum'));
            assert.match(summary.message, /does not summarise that column that way \(aggregateTypes average, sum\)/);
        }));

    it('reports a FlexiPage component that is not an LWC bundle placeable on that page', () =>
        withSandbox(async (box) => {
            box.replace(
                PAGE,
                '<componentName>zoomCustomerTime</componentName>',
                '<componentName>c:zoomCustomerTimes</componentName>'
            );
            box.replace(
                PAGE,
                '<componentName>zoomMeetingPanel</componentName>',
                '<componentName>zoomsf:meetingFormat</componentName>'
            );
            const { problems } = await xref.run({ root: box.root });
            const hits = problemsIn(problems, PAGE);
            const missing = hits.find((p) => p.message.includes('zoomCustomerTimes'));
            assert.equal(missing.line, lineOf(box.read(PAGE), 'c:zoomCustomerTimes'));
            assert.match(missing.message, /no LWC bundle zoomCustomerTimes/);
            const helper = hits.find((p) => p.message.includes('meetingFormat'));
            assert.equal(helper.line, lineOf(box.read(PAGE), 'zoomsf:meetingFormat'));
        }));

    it('reports a layout related list through the wrong lookup, a missing column and a missing Visualforce page', () =>
        withSandbox(async (box) => {
            const layout = 'force-app/main/meetings/layouts/Zoom_Meeting__c-Zoom Meeting Layout.layout-meta.xml';
            box.write(
                layout,
                [
                    '<?xml version="1.0" encoding="UTF-8" ?>',
                    '<Layout xmlns="http://soap.sforce.com/2006/04/metadata">',
                    '    <layoutSections>',
                    '        <label>Panel</label>',
                    '        <layoutColumns>',
                    '            <layoutItems>',
                    '                <page>NoSuchPage</page>',
                    '            </layoutItems>',
                    '        </layoutColumns>',
                    '        <style>OneColumn</style>',
                    '    </layoutSections>',
                    '    <relatedLists>',
                    '        <fields>NAME</fields>',
                    '        <fields>Not_A_Field__c</fields>',
                    '        <relatedList>Zoom_Participant__c.Zoom_Meeting__c</relatedList>',
                    '    </relatedLists>',
                    '    <relatedLists>',
                    '        <relatedList>Zoom_Participant__c.Contact__c</relatedList>',
                    '    </relatedLists>',
                    '</Layout>',
                    ''
                ].join('\n')
            );
            const { problems } = await xref.run({ root: box.root });
            const hits = problemsIn(problems, layout);
            const text = box.read(layout);
            assert.equal(hits.find((p) => p.message.includes('NoSuchPage')).line, lineOf(text, 'NoSuchPage'));
            assert.equal(hits.find((p) => p.message.includes('Not_A_Field__c')).line, lineOf(text, 'Not_A_Field__c'));
            const wrong = hits.find((p) => p.message.includes('Contact__c looks up'));
            assert.equal(wrong.line, lineOf(text, 'Zoom_Participant__c.Contact__c'));
            assert.match(wrong.message, /looks up Contact, not Zoom_Meeting__c/);
        }));
});

describe('metadata-convert', () => {
    it('names an Apex class whose -meta.xml is missing', () =>
        withSandbox(async (box) => {
            rmSync(box.file(`${SELECTOR}-meta.xml`));
            const { problems } = await convert.run({ root: box.root });
            const [hit] = problemsIn(problems, SELECTOR);
            assert.equal(hit.line, undefined); // the whole file is left out; no line applies
            assert.equal(hit.rule, 'orphan');
            assert.match(hit.message, /MeetingSelector\.cls has no MeetingSelector\.cls-meta\.xml/);
        }));

    it('asks for a build when an LWC bundle has no .js yet', () =>
        withSandbox(async (box) => {
            rmSync(box.file(`${LWC_DIR}/meetingFormat.js`));
            const { problems } = await convert.run({ root: box.root });
            const [hit] = problemsIn(problems, `${LWC_DIR}/meetingFormat.ts`);
            assert.equal(hit.line, undefined);
            assert.match(hit.message, /meetingFormat\.js is missing.*run npm run build first/);
        }));

    it('names a file whose metadata type SDR cannot infer', () =>
        withSandbox(async (box) => {
            const file = 'force-app/main/meetings/widgets/Agenda.widget-meta.xml';
            box.write(file, '<?xml version="1.0" encoding="UTF-8" ?>\n<Widget/>\n');
            const { problems } = await convert.run({ root: box.root });
            const [hit] = problemsIn(problems, file);
            assert.equal(hit.line, undefined);
            assert.match(
                hit.message,
                /TypeInferenceError: .*Agenda\.widget-meta\.xml: Could not infer a metadata type/
            );
        }));
});
