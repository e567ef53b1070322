// Self-tests of the labels check (issue #13): each feeds a broken input in a sandbox copy of the project and asserts
// the rule, file and line; the real project passes (with its PENDING table).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as check from '../labels.mjs';
import { isProse } from '../../lib/hardcoded-text.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const GENERIC = 'force-app/main/core/labels/Errors_Generic.label-meta.xml';
const DE = 'force-app/main/core/translations/de.translation-meta.xml';
const FR = 'force-app/main/core/translations/fr.translation-meta.xml';
const SOURCES = 'force-app/main/core/translations/.sources.json';
const PROBE = 'force-app/main/core/lwc/labelProbe';
const APEX = 'force-app/main/core/classes/LabelProbe.cls';
const META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(
        hit,
        `expected ${rule} at ${file}:${line}, got ${JSON.stringify(
            problems.filter((p) => p.file === file),
            null,
            1
        )}`
    );
    return hit;
}

/** The check with the real PENDING table minus the label file (so unused/format findings on it show). */
const pendingWithout = (...files) => new Map([...check.PENDING].filter(([f]) => !files.includes(f)));

/** A label file like Errors_Generic with another name and value. */
function labelFile(box, name, value) {
    return box
        .read(GENERIC)
        .replace('<fullName>Errors_Generic</fullName>', `<fullName>${name}</fullName>`)
        .replace(/<value>[\s\S]*?<\/value>/, `<value>${value}</value>`);
}

/** Uses Errors_Generic from an Apex class (so the label is not unused in the sandbox). */
function useGeneric(box, body = 'return Label.Errors_Generic;') {
    box.write(
        APEX,
        `public with sharing class LabelProbe {\n    public static String text() {\n        ${body}\n    }\n}\n`
    );
    box.write(`${APEX}-meta.xml`, META);
}

describe('labels check on the real project', () => {
    it('passes, with its pending table printed', async () => {
        const { problems, summary } = await check.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /labels/);
    });
});

describe('hard-coded user text', () => {
    it('reports template text nodes and user-facing attributes at their lines, not bindings or symbols', () =>
        withSandbox(async (box) => {
            const html = [
                '<template>',
                '    <lightning-card title={cardTitle} icon-name="standard:event">',
                '        <p class="slds-text-body_small">{intro} — {count} · 3</p>',
                '        <lightning-button label="Start meeting" onclick={handleStart}></lightning-button>',
                '        <lightning-button-icon icon-name="utility:close" alternative-text="Close"></lightning-button-icon>',
                '        <p>',
                '            Nothing to show.',
                '        </p>',
                '        <span>{status}</span>',
                '    </lightning-card>',
                '</template>',
                ''
            ].join('\n');
            box.write(`${PROBE}/labelProbe.html`, html);
            box.write(
                `${PROBE}/labelProbe.ts`,
                [
                    "import { LightningElement } from 'lwc';",
                    "import { ShowToastEvent } from 'lightning/platformShowToastEvent';",
                    'export default class LabelProbe extends LightningElement {',
                    "    cardTitle = 'Meeting';",
                    "    intro = '';",
                    "    mode: 'edit' | 'view' = 'view';",
                    '    get status(): string {',
                    "        return this.mode === 'edit' ? 'Editing' : 'slds-hidden';",
                    '    }',
                    '    get count(): number {',
                    '        return 1;',
                    '    }',
                    '    handleStart(): void {',
                    "        this.dispatchEvent(new CustomEvent('start meeting'));",
                    "        this.template.querySelector('div.some thing');",
                    "        this.intro = 'The meeting starts soon.';",
                    "        this.dispatchEvent(new ShowToastEvent({ title: 'Started', message: this.intro, variant: 'success' }));",
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            const { problems } = await check.run({ root: box.root });
            const file = `${PROBE}/labelProbe.html`;
            expectAt(problems, file, 4, 'hardcoded-template');
            expectAt(problems, file, 5, 'hardcoded-template');
            expectAt(problems, file, 7, 'hardcoded-template');
            assert.equal(problems.filter((p) => p.file === file).length, 3, 'bindings, icon names and symbols pass');
            const ts = `${PROBE}/labelProbe.ts`;
            expectAt(problems, ts, 4, 'hardcoded-ts'); // a field the template renders as an attribute
            expectAt(problems, ts, 8, 'hardcoded-ts'); // a getter the template renders
            expectAt(problems, ts, 16, 'hardcoded-ts'); // prose assigned to a rendered field
            expectAt(problems, ts, 17, 'hardcoded-ts'); // a toast title
            const lines = problems.filter((p) => p.file === ts).map((p) => p.line);
            assert.deepEqual(
                [...new Set(lines)].sort((a, b) => a - b),
                [4, 8, 16, 17],
                'event names, selectors, types and comparisons pass'
            );
            assert.ok(!problems.some((p) => p.file === ts && /slds-hidden/.test(p.message)), 'a CSS class passes');
        }));

    it('reports Visualforce text and titles, not expressions', () =>
        withSandbox(async (box) => {
            const page = 'force-app/main/classic/pages/ZoomStartMeeting.page';
            // The page's title is a label expression today: a hard-coded title is reported, the expressions
            // (that one before, an outputText value) pass.
            assert.match(box.read(page), /title="\{!\$Label\.\w+\}"/, 'the page title is a label expression');
            const { problems: before } = await check.run({ root: box.root, pending: pendingWithout(page) });
            assert.deepEqual(
                before.filter((p) => p.file === page),
                [],
                'a $Label title passes'
            );
            box.replace(page, /title="\{!\$Label\.\w+\}"/, 'title="Start Zoom Meeting"');
            box.replace(page, '<apex:page', '<apex:outputText value="{!Lead.Name}"/>\n<apex:page');
            box.replace(page, '    <c:ZoomLightningOut', '    <p>Loading the meeting…</p>\n    <c:ZoomLightningOut');
            const { problems } = await check.run({ root: box.root, pending: pendingWithout(page) });
            const hits = problems.filter((p) => p.file === page);
            const text = box.read(page);
            assert.deepEqual(
                hits.map((p) => [p.line, p.rule]).sort((a, b) => a[0] - b[0]),
                [
                    [lineOf(text, 'title="Start Zoom Meeting"'), 'hardcoded-visualforce'],
                    [lineOf(text, 'Loading the meeting'), 'hardcoded-visualforce']
                ]
            );
        }));

    it('reports Apex user sentences, addError texts and DTO text fields, not log or developer text', () =>
        withSandbox(async (box) => {
            useGeneric(
                box,
                [
                    "if (String.isBlank('x')) { throw new UserMessageException('Choose a meeting first.'); }",
                    "        Schema.Event e = new Schema.Event(); e.addError('Not allowed');",
                    "        UserMappingResult r = new UserMappingResult(); r.message = 'The mapping ran.';",
                    "        IntegrationLogger.log('Mapping', 'Mapping ran for all users.');",
                    "        throw new IllegalArgumentException('Unexpected state reached here.');"
                ].join('\n')
            );
            const { problems } = await check.run({ root: box.root });
            const text = box.read(APEX);
            expectAt(problems, APEX, lineOf(text, 'UserMessageException'), 'hardcoded-apex');
            expectAt(problems, APEX, lineOf(text, 'addError'), 'hardcoded-apex');
            expectAt(problems, APEX, lineOf(text, 'r.message'), 'hardcoded-apex');
            assert.equal(problems.filter((p) => p.file === APEX).length, 3, 'log and developer exceptions pass');
        }));

    it('tells prose from identifiers, classes and URLs', () => {
        assert.ok(isProse('Start meeting'));
        assert.ok(isProse('Saved.'));
        for (const s of [
            'slds-box slds-theme_shade',
            'utility:close',
            'https://zoom.us/j/1',
            'Zoom_Meeting__c',
            'a b',
            '{0}-{1}T{2}:'
        ])
            assert.ok(!isProse(s), s);
    });
});

describe('labels and references', () => {
    it('reports an unused label at its name and an unknown label at the reference', () =>
        withSandbox(async (box) => {
            useGeneric(box, 'return Label.Errors_Generic + System.Label.Errors_Missing;');
            const unused = 'force-app/main/meetings/labels/Panel_Unused.label-meta.xml';
            box.write(unused, labelFile(box, 'Panel_Unused', 'Not used'));
            box.write(
                'force-app/main/core/lwc/zoomNotice/zoomNotice.ts',
                box.read('force-app/main/core/lwc/zoomNotice/zoomNotice.ts') +
                    "\nimport NOPE from '@salesforce/label/c.Setup_Nope';\nvoid NOPE;\n"
            );
            const { problems } = await check.run({
                root: box.root,
                pending: pendingWithout(GENERIC, 'force-app/main/core/lwc/zoomNotice/zoomNotice.ts')
            });
            expectAt(problems, unused, 3, 'unused-label');
            expectAt(problems, APEX, 3, 'unknown-label');
            const notice = box.read('force-app/main/core/lwc/zoomNotice/zoomNotice.ts');
            expectAt(
                problems,
                'force-app/main/core/lwc/zoomNotice/zoomNotice.ts',
                lineOf(notice, 'c.Setup_Nope'),
                'unknown-label'
            );
            assert.ok(
                !problems.some((p) => p.file === GENERIC && p.rule === 'unused-label'),
                'Label.X from Apex is a use'
            );
            // The new label lacks translations too.
            expectAt(problems, DE, 1, 'missing-translation');
        }));

    it('reports a bad label name and a missing shortDescription', () =>
        withSandbox(async (box) => {
            const bad = 'force-app/main/core/labels/Foo_Start_meeting__now.label-meta.xml';
            box.write(
                bad,
                labelFile(box, 'Foo_Start_meeting__now', 'x').replace(
                    /<shortDescription>.*<\/shortDescription>/,
                    '<shortDescription></shortDescription>'
                )
            );
            const { problems } = await check.run({ root: box.root });
            expectAt(problems, bad, 3, 'label-name');
            assert.ok(
                problems.some((p) => p.file === bad && p.rule === 'label-file' && /shortDescription/.test(p.message))
            );
        }));

    it('reports a single apostrophe in a label and a translation used with String.format', () =>
        withSandbox(async (box) => {
            useGeneric(box, "return String.format(Label.Errors_Generic, new List<Object>{ 'x' });");
            box.replace(GENERIC, 'Something went wrong,', "Something didn't work,");
            // Only in the Errors_Generic entry (other labels start with the same words).
            box.replace(
                FR,
                /Une erreur s’est produite(?=[^<]*<\/label>\s*<name>Errors_Generic<)/,
                "Une erreur s'est produite"
            );
            const { problems } = await check.run({ root: box.root, pending: pendingWithout(GENERIC) });
            expectAt(problems, GENERIC, lineOf(box.read(GENERIC), '<value>'), 'format-apostrophe');
            expectAt(problems, FR, lineOf(box.read(FR), '<name>Errors_Generic') - 1, 'format-apostrophe');
            // The English changed: every translation is now stale.
            expectAt(problems, DE, lineOf(box.read(DE), '<name>Errors_Generic'), 'stale-translation');
        }));

    it('accepts a doubled apostrophe in a formatted label', () =>
        withSandbox(async (box) => {
            useGeneric(box, "return LabelFormat.format(Label.Errors_Generic, new List<Object>{ 'x' });");
            box.replace(GENERIC, 'Something went wrong,', "Something didn''t work,");
            const { problems } = await check.run({ root: box.root, pending: pendingWithout(GENERIC) });
            assert.ok(!problems.some((p) => p.rule === 'format-apostrophe'), JSON.stringify(problems));
        }));
});

describe('label translations', () => {
    it('reports an unknown translation, a lost placeholder, an unsorted entry and an unrecorded source', () =>
        withSandbox(async (box) => {
            useGeneric(box);
            const labelFile2 = 'force-app/main/meetings/labels/Panel_Starts.label-meta.xml';
            box.write(labelFile2, labelFile(box, 'Panel_Starts', 'Starts at {0}'));
            box.replace(
                `${APEX}`,
                'return Label.Errors_Generic;',
                'return Label.Errors_Generic + LabelFormat.format(Label.Panel_Starts, new List<Object>{ 1 });'
            );
            // Injected right before the Errors_Generic entry, so that entry then follows Panel_Gone (unsorted).
            box.replace(
                DE,
                /    <customLabels>(?=\n        <label>[^<]*<\/label>\n        <name>Errors_Generic<)/,
                '    <customLabels>\n        <label>Beginnt um</label>\n        <name>Panel_Starts</name>\n    </customLabels>\n    <customLabels>\n        <label>Alt</label>\n        <name>Panel_Gone</name>\n    </customLabels>\n    <customLabels>'
            );
            const { problems } = await check.run({ root: box.root, pending: pendingWithout(GENERIC) });
            const de = box.read(DE);
            expectAt(problems, DE, lineOf(de, 'Beginnt um'), 'placeholder');
            expectAt(problems, DE, lineOf(de, '<name>Panel_Gone'), 'unknown-translation');
            expectAt(problems, DE, lineOf(de, '<name>Errors_Generic'), 'translation-order');
            expectAt(problems, DE, lineOf(de, '<name>Panel_Starts'), 'unrecorded-translation');
            expectAt(problems, 'force-app/main/core/translations/es.translation-meta.xml', 1, 'missing-translation');
        }));

    it('reports a stale translation from .sources.json, and a broken .sources.json', () =>
        withSandbox(async (box) => {
            useGeneric(box);
            box.replace(
                SOURCES,
                /("de": \{(?:[^"}]|"(?:[^"\\]|\\.)*")*?"CustomLabel\.Errors_Generic": ")Something/,
                '$1Once, something'
            );
            let { problems } = await check.run({ root: box.root, pending: pendingWithout(GENERIC) });
            expectAt(problems, DE, lineOf(box.read(DE), '<name>Errors_Generic'), 'stale-translation');
            assert.equal(problems.filter((p) => p.rule === 'stale-translation').length, 1, 'only German is stale');
            box.write(SOURCES, '{ nope');
            ({ problems } = await check.run({ root: box.root, pending: pendingWithout(GENERIC) }));
            expectAt(problems, SOURCES, 1, 'sources');
        }));
});

describe('pending table', () => {
    it('fails an entry whose file has no finding any more', () =>
        withSandbox(async (box) => {
            const pending = new Map([...check.PENDING, ['force-app/main/core/lwc/i18n/i18n.ts', 'nobody']]);
            const { problems } = await check.run({ root: box.root, pending });
            const hit = problems.find((p) => p.rule === 'pending');
            assert.equal(hit?.file, 'force-app/main/core/lwc/i18n/i18n.ts');
        }));
});

describe('npm run translations', () => {
    it('lists untranslated and stale entries, records and accepts sources', () =>
        withSandbox(async (box) => {
            const { labelStatus, record } = await import('../../translations.mjs');
            const added = 'force-app/main/meetings/labels/Panel_SelfTestJoin.label-meta.xml';
            box.write(added, labelFile(box, 'Panel_SelfTestJoin', 'Join'));
            box.replace(
                DE,
                '    <customLabels>',
                '    <customLabels>\n        <label>Teilnehmen</label>\n        <name>Panel_SelfTestJoin</name>\n    </customLabels>\n    <customLabels>'
            );
            let status = labelStatus(box.root);
            assert.deepEqual(
                status.languages.es.untranslated.map((x) => x.name),
                ['Panel_SelfTestJoin']
            );
            assert.deepEqual(
                status.languages.de.unrecorded.map((x) => x.name),
                ['Panel_SelfTestJoin']
            );
            assert.equal(record(box.root, 'record'), 1);
            assert.equal(JSON.parse(box.read(SOURCES)).de['CustomLabel.Panel_SelfTestJoin'], 'Join');
            box.replace(added, '<value>Join</value>', '<value>Join now</value>');
            status = labelStatus(box.root);
            assert.deepEqual(
                status.languages.de.stale.map((x) => [x.name, x.was]),
                [['Panel_SelfTestJoin', 'Join']]
            );
            assert.equal(record(box.root, 'record'), 0, '--record leaves recorded sources alone');
            assert.equal(record(box.root, 'accept', 'de', 'Panel_SelfTestJoin'), 1);
            assert.deepEqual(labelStatus(box.root).languages.de.stale, []);
        }));
});

describe('labels in Jest and in the preview', () => {
    it('Jest: writes one module per label and names an import of a missing label with file and line', () =>
        withSandbox(async (box) => {
            const { unknownLabelImports, writeLabelModules } = await import('../../lib/jest-labels.mjs');
            const labels = writeLabelModules(box.root);
            assert.match(box.read('.jest-labels/c.Errors_Generic.js'), /default: "Something went wrong,/);
            const notice = 'force-app/main/core/lwc/zoomNotice/zoomNotice.ts';
            box.write(
                notice,
                `${box.read(notice)}\n// import X from '@salesforce/label/c.In_A_Comment';\nimport GONE from '@salesforce/label/c.Setup_Gone';\nvoid GONE;\n`
            );
            const unknown = unknownLabelImports(box.root, new Set(labels.map((l) => l.name)));
            assert.deepEqual(unknown, [`${notice}:${lineOf(box.read(notice), 'c.Setup_Gone')} imports c.Setup_Gone`]);
        }));

    it('preview: a label module picks the page language, i18n modules follow it', () =>
        withSandbox(async (box) => {
            const plugin = await import('../../../preview/tools/platformPlugin.mjs');
            const labels = plugin.readCustomLabels(box.root);
            const values = labels.get('c.Errors_Generic');
            assert.deepEqual(Object.keys(values).sort(), ['de', 'en', 'es', 'fr', 'ja']);
            assert.match(values.de, /^Es ist ein Fehler aufgetreten/);
            const source = plugin.platformModuleSource('@salesforce/label/c.Errors_Generic', labels);
            assert.match(source, /import \{ pick \} from .*language\.js";\nexport default pick\(\{"en":/);
            assert.match(plugin.i18nModuleSource('@salesforce/i18n/locale'), /export default current\.locale;/);
            assert.equal(plugin.i18nModuleSource('@salesforce/i18n/timeZone'), null, 'the time zone stays');
        }));
});
