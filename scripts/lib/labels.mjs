// Custom labels and their translations, read from the source format (shared by the labels check, the translations
// script, the Jest label modules and the preview):
//  - labels are decomposed (sfdx-project.json sourceBehaviorOptions: decomposeCustomLabelsBeta2), one file per label:
//    force-app/main/<area>/labels/<Name>.label-meta.xml with <CustomLabel> root;
//  - label translations: force-app/main/core/translations/<lang>.translation-meta.xml (<Translations> root,
//    <customLabels><label>…</label><name>X</name></customLabels> entries sorted by name), one file per shipped language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lineAt, listFiles, rel } from './project.mjs';

/** Shipped languages besides English: Translations file name (Salesforce language code) and the BCP 47 locale. */
export const LANGUAGES = [
    { code: 'es', locale: 'es-ES', name: 'Spanish' },
    { code: 'de', locale: 'de-DE', name: 'German' },
    { code: 'fr', locale: 'fr-FR', name: 'French' },
    { code: 'ja', locale: 'ja-JP', name: 'Japanese' }
];

/** Folder of the label translations (one <lang>.translation-meta.xml per language). */
export const TRANSLATIONS_DIR = 'force-app/main/core/translations';

/** Label file name pattern: force-app/main/<area>/labels/<Name>.label-meta.xml. */
export const LABEL_FILE = /^force-app\/main\/[^/]+\/labels\/([^/]+)\.label-meta\.xml$/;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML character and entity references of element text. */
export function decodeXml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref) => {
        if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()];
        return String.fromCodePoint(
            ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
        );
    });
}

/** Escapes text for an XML element. */
export function encodeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text and 1-based line of the first `<tag>` element of `xml` (from `from`), or null. */
function element(xml, tag, from = 0) {
    const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
    re.lastIndex = from;
    const m = re.exec(xml);
    return m ? { text: decodeXml(m[1]), line: lineAt(xml, m.index), index: m.index } : null;
}

/**
 * Every custom label of the project, sorted by name.
 * @param {string} [root]
 * @returns {Array<{ name: string, value: string, file: string, line: number, valueLine: number,
 *   categories: string, shortDescription: string, fullName: string }>}
 *   `file` relative to root; `line` of <fullName>, `valueLine` of <value>.
 */
export function readLabels(root = ROOT) {
    const out = [];
    for (const abs of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.label-meta.xml'))) {
        const file = rel(root, abs);
        const xml = readFileSync(abs, 'utf8');
        const fullName = element(xml, 'fullName');
        const value = element(xml, 'value');
        out.push({
            name: path.basename(abs, '.label-meta.xml'),
            fullName: fullName?.text ?? '',
            value: value?.text ?? '',
            file,
            line: fullName?.line ?? 1,
            valueLine: value?.line ?? 1,
            categories: element(xml, 'categories')?.text ?? '',
            shortDescription: element(xml, 'shortDescription')?.text ?? ''
        });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Label name → label (see readLabels). */
export function labelMap(root = ROOT) {
    return new Map(readLabels(root).map((l) => [l.name, l]));
}

/**
 * The label translations of one language, in file order.
 * @param {string} root
 * @param {string} code language code (es, de, fr, ja)
 * @returns {{ file: string, exists: boolean, labels: Array<{ name: string, value: string, line: number }> }}
 */
export function readLabelTranslations(root, code) {
    const file = `${TRANSLATIONS_DIR}/${code}.translation-meta.xml`;
    let xml;
    try {
        xml = readFileSync(path.join(root, file), 'utf8');
    } catch {
        return { file, exists: false, labels: [] };
    }
    const labels = [];
    const block = /<customLabels>([\s\S]*?)<\/customLabels>/g;
    for (let m; (m = block.exec(xml)); ) {
        const label = element(m[0], 'label');
        const name = element(m[0], 'name');
        labels.push({
            name: name?.text ?? '',
            value: label?.text ?? '',
            line: lineAt(xml, m.index + (name?.index ?? 0)),
            valueLine: lineAt(xml, m.index + (label?.index ?? 0))
        });
    }
    return { file, exists: true, labels };
}

/** `{0}`, `{1}`… placeholders of a label value, sorted and unique. */
export function placeholders(value) {
    return [...new Set([...value.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** Value of label `name` in language `code` ('en' = the label's own value); the English value when untranslated. */
export function labelValues(root = ROOT, code = 'en') {
    const values = new Map(readLabels(root).map((l) => [l.name, l.value]));
    if (code !== 'en') {
        for (const t of readLabelTranslations(root, code).labels) if (values.has(t.name)) values.set(t.name, t.value);
    }
    return values;
}
