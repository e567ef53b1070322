// Self-tests of scripts/lib/metadata-translations.mjs (issue #13 item 2): the real translations are complete, and each
// kind of gap (missing field help, missing picklist value, empty label, a new field, a removed value, a renamed tab)
// is reported at the right file and line with the right rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
    expectedTranslations,
    metadataTranslationProblems,
    readSources,
    recordSources
} from '../../lib/metadata-translations.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const DE = 'force-app/main/meetings/objectTranslations/Zoom_Meeting__c-de';
const STATUS_DE = `${DE}/Status__c.fieldTranslation-meta.xml`;
const TOPIC_DE = `${DE}/Topic__c.fieldTranslation-meta.xml`;
const FIELDS = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields';
const FR = 'force-app/main/core/translations/fr.translation-meta.xml';

const only = (problems, rule) => problems.filter((p) => p.rule === rule);

describe('metadata translations', () => {
    it('finds the project complete in es, de, fr and ja, custom settings and platform events left out', () => {
        const expected = expectedTranslations();
        assert.ok(expected.has('object:Zoom_Meeting__c:plural'));
        assert.ok(expected.has('value:Activity.Customer_Time_Zone__c:Europe/Berlin'));
        assert.ok(expected.has('quickAction:Contact.Start_Zoom_Meeting'));
        assert.ok(expected.has('layoutSection:Event.Zoom Event Layout.Zoom Meeting Panel'));
        assert.ok(expected.has('reportTypeSection:Zoom_Meetings_with_Participants.Participants'));
        assert.ok(![...expected.keys()].some((k) => /Zoom_Settings__c|Zoom_Log_Event__e|Zoom_Connection__c/.test(k)));
        assert.ok(!expected.has('tab:Zoom_Meeting__c'), 'an object tab takes the object label');
        assert.deepEqual(metadataTranslationProblems(), []);
    });

    it('reports a missing help text and a missing picklist value at the field translation', () =>
        withSandbox((box) => {
            box.replace(TOPIC_DE, /\s*<help>[^<]*<\/help>/, '');
            box.replace(
                STATUS_DE,
                /\s*<picklistValues>\s*<masterLabel>Deleted<\/masterLabel>[\s\S]*?<\/picklistValues>/,
                ''
            );
            const missing = only(metadataTranslationProblems(box.root, ['de']), 'missing');
            assert.deepEqual(
                missing.map((p) => [p.file, p.message]),
                [
                    [STATUS_DE, 'de: value:Zoom_Meeting__c.Status__c:Deleted ("Deleted") is not translated.'],
                    [
                        TOPIC_DE,
                        'de: field:Zoom_Meeting__c.Topic__c:help ("The title of the Zoom meeting, as attendees see it in Zoom.") is not translated.'
                    ]
                ]
            );
        }));

    it('reports an empty label at its line, and a new field in every language', () =>
        withSandbox((box) => {
            box.replace(TOPIC_DE, /<label>[^<]*<\/label>/, '<label></label>');
            box.write(
                `${FIELDS}/Room__c.field-meta.xml`,
                box.read(`${FIELDS}/Topic__c.field-meta.xml`).replace(/Topic__c/, 'Room__c')
            );
            const missing = only(metadataTranslationProblems(box.root), 'missing');
            const empty = missing.find((p) => p.file === TOPIC_DE);
            assert.equal(empty.line, lineOf(box.read(TOPIC_DE), '<label>'));
            const room = missing.filter((p) => p.message.includes('Room__c:label'));
            assert.deepEqual(
                room.map((p) => p.file),
                ['es', 'de', 'fr', 'ja'].map(
                    (l) =>
                        `force-app/main/meetings/objectTranslations/Zoom_Meeting__c-${l}/Room__c.fieldTranslation-meta.xml`
                )
            );
        }));

    it('reports a translation of a removed value and of a renamed tab as stale, at their lines', () =>
        withSandbox((box) => {
            box.replace(
                `${FIELDS}/Status__c.field-meta.xml`,
                /\s*<value>\s*<fullName>Deleted<\/fullName>[\s\S]*?<\/value>/,
                ''
            );
            box.replace(FR, '<name>Zoom_Setup</name>', '<name>Zoom_Setup_Old</name>');
            const stale = only(metadataTranslationProblems(box.root), 'stale');
            const value = stale.filter((p) => p.message.includes('Status__c:Deleted'));
            assert.equal(value.length, 4);
            assert.equal(value[1].file, STATUS_DE);
            assert.equal(value[1].line, lineOf(box.read(STATUS_DE), '<translation>Gelöscht'));
            const tab = stale.find((p) => p.message.includes('tab:Zoom_Setup_Old'));
            assert.equal(tab.file, FR);
            // The label line of the renamed tab's entry (the same text is also a custom label's, further up).
            const fr = box.read(FR).split('\n');
            const tabName = fr.findIndex((l) => l.includes('<name>Zoom_Setup_Old</name>'));
            assert.equal(fr[tabName - 1].trim(), '<label>Configuration de Zoom</label>');
            assert.equal(tab.line, tabName);
            assert.ok(
                only(metadataTranslationProblems(box.root, ['fr']), 'missing').some((p) =>
                    p.message.startsWith('fr: tab:Zoom_Setup ')
                )
            );
        }));

    it('reports a translation whose English changed since as stale, until it is accepted', () =>
        withSandbox((box) => {
            box.replace(
                `${FIELDS}/Topic__c.field-meta.xml`,
                /<inlineHelpText>[^<]*</,
                '<inlineHelpText>The meeting title.<'
            );
            const stale = only(metadataTranslationProblems(box.root), 'stale');
            assert.deepEqual(
                stale.map((p) => p.file),
                ['es', 'de', 'fr', 'ja'].map(
                    (l) =>
                        `force-app/main/meetings/objectTranslations/Zoom_Meeting__c-${l}/Topic__c.fieldTranslation-meta.xml`
                )
            );
            assert.equal(stale[1].line, lineOf(box.read(TOPIC_DE), '<help>'));
            assert.match(
                stale[1].message,
                /was translated from "The title of the Zoom meeting, as attendees see it in Zoom\."; the English is now "The meeting title\."/
            );
            assert.equal(recordSources(box.root, { lang: 'de', key: 'field:Zoom_Meeting__c.Topic__c:help' }), 1);
            assert.equal(readSources(box.root).de['field:Zoom_Meeting__c.Topic__c:help'], 'The meeting title.');
            assert.deepEqual(
                only(metadataTranslationProblems(box.root), 'stale').map((p) => p.message.slice(0, 2)),
                ['es', 'fr', 'ja']
            );
        }));

    it('reports a translation without recorded English as unrecorded, and --record records it', () =>
        withSandbox((box) => {
            const file = 'config/metadata-translation-sources.json';
            box.replace(file, /\s*"field:Zoom_Meeting__c\.Topic__c:label": "Topic",/, '');
            const [unrecorded, ...more] = only(metadataTranslationProblems(box.root), 'unrecorded');
            assert.equal(more.length, 0);
            assert.equal(
                unrecorded.file,
                'force-app/main/meetings/objectTranslations/Zoom_Meeting__c-es/Topic__c.fieldTranslation-meta.xml'
            );
            assert.equal(recordSources(box.root), 1);
            assert.deepEqual(metadataTranslationProblems(box.root), []);
        }));
});
