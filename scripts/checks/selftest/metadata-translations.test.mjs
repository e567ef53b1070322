// Self-tests of scripts/lib/metadata-translations.mjs (issue #13 item 2): the real translations are complete, and each
// kind of gap (missing field help, missing picklist value, empty label, a new field, a removed value, a renamed tab)
// is reported at the right file and line with the right rule.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedTranslations, metadataTranslationProblems } from '../../lib/metadata-translations.mjs';
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
            assert.equal(tab.line, lineOf(box.read(FR), '<label>Configuration de Zoom'));
            assert.ok(
                only(metadataTranslationProblems(box.root, ['fr']), 'missing').some((p) =>
                    p.message.startsWith('fr: tab:Zoom_Setup ')
                )
            );
        }));
});
