// Self-tests of the limits in the metadata-schema check (issue #9 check h): each puts one over-long text or
// out-of-range number into a sandbox copy and asserts file, line and the limit named, starting with the permission-set
// descriptions (636 and 337 characters) that the Metadata API refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as schema from '../metadata-schema.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const ADMIN = 'force-app/main/core/permissionsets/Zoom_Admin.permissionset-meta.xml';
const CREDENTIAL = 'force-app/main/core/externalCredentials/Zoom.externalCredential-meta.xml';
const PARTITION = 'force-app/main/core/cachePartitions/ZoomTokens.cachePartition-meta.xml';
const FIELDS = 'force-app/main/meetings/objects/Zoom_Meeting__c/fields';
const TOPIC = `${FIELDS}/Topic__c.field-meta.xml`;
const AGENDA = `${FIELDS}/Agenda__c.field-meta.xml`;
const DURATION = `${FIELDS}/Duration_Minutes__c.field-meta.xml`;

/** The limit problems of `file`, with a readable failure message when there is none. */
function limitsIn(problems, file) {
    const hits = problems.filter((p) => p.file === file && p.rule === 'limit');
    assert.ok(hits.length, `expected a limit problem in ${file}, got ${JSON.stringify(problems, null, 2)}`);
    return hits;
}

const long = (n) => 'x'.repeat(n);

describe('metadata limits', () => {
    it('reports a permission-set description over 255 characters (the 636-character shape)', () =>
        withSandbox(async (box) => {
            box.replace(ADMIN, /<description>[^<]*<\/description>/, `<description>${long(636)}</description>`);
            const { problems } = await schema.run({ root: box.root });
            const [hit] = limitsIn(problems, ADMIN);
            assert.equal(hit.line, lineOf(box.read(ADMIN), '<description>'));
            assert.match(hit.message, /636 characters; the limit is 255 \(Tooling API, PermissionSet/);
        }));

    it('counts characters, not XML escapes (&amp; is one character)', () =>
        withSandbox(async (box) => {
            box.replace(
                ADMIN,
                /<description>[^<]*<\/description>/,
                `<description>${'&amp;'.repeat(255)}</description>`
            );
            const { problems } = await schema.run({ root: box.root });
            assert.deepEqual(
                problems.filter((p) => p.file === ADMIN),
                []
            );
        }));

    it('holds descriptions without a documented limit to 255 (external credential, cache partition)', () =>
        withSandbox(async (box) => {
            box.replace(CREDENTIAL, /<description>[^<]*<\/description>/, `<description>${long(403)}</description>`);
            box.replace(PARTITION, /<description>[^<]*<\/description>/, `<description>${long(288)}</description>`);
            const { problems } = await schema.run({ root: box.root });
            assert.match(
                limitsIn(problems, CREDENTIAL)[0].message,
                /403 characters; the limit is 255 \(no documented limit/
            );
            assert.match(limitsIn(problems, PARTITION)[0].message, /288 characters/);
        }));

    it('reports field help text over 510 and a label over 40 characters', () =>
        withSandbox(async (box) => {
            box.replace(
                TOPIC,
                /<inlineHelpText>[^<]*<\/inlineHelpText>/,
                `<inlineHelpText>${long(511)}</inlineHelpText>`
            );
            box.replace(TOPIC, /<label>[^<]*<\/label>/, `<label>${long(41)}</label>`);
            const { problems } = await schema.run({ root: box.root });
            const lines = limitsIn(problems, TOPIC)
                .map((p) => p.line)
                .sort((a, b) => a - b);
            const text = box.read(TOPIC);
            assert.deepEqual(
                lines,
                [lineOf(text, '<inlineHelpText>'), lineOf(text, '<label>')].sort((a, b) => a - b)
            );
        }));

    it('holds translations to the limits of what they translate: help text 510, report type description 255', () =>
        withSandbox(async (box) => {
            const help =
                'force-app/main/meetings/objectTranslations/Zoom_Meeting__c-de/Topic__c.fieldTranslation-meta.xml';
            const ja = 'force-app/main/core/translations/ja.translation-meta.xml';
            box.replace(help, /<help>[^<]*<\/help>/, `<help>${long(511)}</help>`);
            box.replace(
                ja,
                /<description>[^<]*<\/description>(\s*<label>[^<]*<\/label>\s*<name>Zoom_Meetings<)/,
                `<description>${long(256)}</description>$1`
            );
            const { problems } = await schema.run({ root: box.root });
            const [tooLong] = limitsIn(problems, help);
            assert.equal(tooLong.line, lineOf(box.read(help), '<help>'));
            assert.match(
                tooLong.message,
                /511 characters; the limit is 510 \(Salesforce Help, Custom Field Attributes/
            );
            assert.match(
                limitsIn(problems, ja)[0].message,
                /256 characters; the limit is 255 \(Salesforce Help, Create a Custom Report Type/
            );
        }));

    it('reports a Text field longer than 255 and a long text area with 60 visible lines', () =>
        withSandbox(async (box) => {
            box.replace(TOPIC, '<length>200</length>', '<length>300</length>');
            box.replace(AGENDA, '<visibleLines>4</visibleLines>', '<visibleLines>60</visibleLines>');
            const { problems } = await schema.run({ root: box.root });
            assert.equal(limitsIn(problems, TOPIC)[0].line, lineOf(box.read(TOPIC), '<length>'));
            assert.match(
                limitsIn(problems, AGENDA)[0].message,
                /<visibleLines> of a LongTextArea field is 60; allowed: 2 to 50/
            );
        }));

    it('reports a number precision over 18 and a scale above the precision', () =>
        withSandbox(async (box) => {
            box.replace(DURATION, '<precision>6</precision>', '<precision>19</precision>');
            box.replace(DURATION, '<scale>0</scale>', '<scale>20</scale>');
            const { problems } = await schema.run({ root: box.root });
            assert.equal(limitsIn(problems, DURATION).length, 2);
        }));

    it('reports a negative cache capacity', () =>
        withSandbox(async (box) => {
            box.replace(
                PARTITION,
                '<allocatedCapacity>0</allocatedCapacity>',
                '<allocatedCapacity>-1</allocatedCapacity>'
            );
            const { problems } = await schema.run({ root: box.root });
            assert.match(limitsIn(problems, PARTITION)[0].message, /from 0/);
        }));

    it('reports a custom field API name over 40 characters', () =>
        withSandbox(async (box) => {
            const name = `${'A'.repeat(41)}__c`;
            box.write(
                `${FIELDS}/${name}.field-meta.xml`,
                box.read(TOPIC).replace('<fullName>Topic__c</fullName>', `<fullName>${name}</fullName>`)
            );
            const { problems } = await schema.run({ root: box.root });
            assert.match(
                limitsIn(problems, `${FIELDS}/${name}.field-meta.xml`)[0].message,
                /41 characters before its suffix; the limit is 40/
            );
        }));
});
