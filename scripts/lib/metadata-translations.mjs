// Which metadata text the shipped languages must translate, and which translations are missing or stale (issue #13
// item 2). The English source is the metadata itself; the translations are in two places:
//  - force-app/main/<area>/objectTranslations/<Object>-<lang>/ (the area of the object's own folder):
//    <Object>-<lang>.objectTranslation-meta.xml holds the object's label and plural (caseValues with plural
//    false/true), nameFieldLabel, fieldSets, layouts (sections whose label is custom), quickActions (object-specific
//    actions, `<Object>.<Name>.quickAction-meta.xml`), sharingReasons and webLinks; one
//    <Field>.fieldTranslation-meta.xml per custom field holds label, help (when the field has inline help),
//    relationshipLabel (when it has one) and one picklistValues entry per value (masterLabel = the value's API name);
//  - force-app/main/core/translations/<lang>.translation-meta.xml, every section but customLabels (those are the
//    label check's): customApplications (label, and description when the app has one), customTabs (tabs that show
//    a component, page or URL; an object tab takes the object's label), quickActions (global actions) and
//    reportTypes (label, description, each section's label by its masterLabel).
// Objects in scope: every custom object and the custom fields of standard objects under force-app/main/*/objects,
// except custom settings (admin Setup data) and platform events (never shown). Not translatable through metadata at
// the project's API version: custom permissions, list views, report and dashboard names (ReportTranslation and
// DashboardTranslation need API 67.0) and folders.
//
// The English each translation was made from is recorded in config/metadata-translation-sources.json
// (`{ "<lang>": { "<key>": "<English>" } }`), so a translation whose English changed since is found.
//
// `metadataTranslationProblems(root, langs)` returns problems in the checks' shape: rule `missing` (at the
// translation file that should hold the entry, or at the translation file's line when the element exists but is
// empty), `stale` (an entry whose source component, field or value no longer exists, or whose English changed since
// it was translated; at its line) and `unrecorded` (a translation whose English is not recorded yet: run with
// `--record`). `node scripts/lib/metadata-translations.mjs --record` records the current English of every
// translation not recorded yet; `--accept <lang|all> <key|all>` records it for translations brought up to date. Run on its own
// (`node scripts/lib/metadata-translations.mjs`) it prints them. Its self-test (selftest/metadata-translations.test.mjs)
// asserts the project has none, so the selftest step of `npm test` fails on an untranslated or stale entry.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { ROOT, listFiles, rel } from './project.mjs';
import { runIfMain } from './report.mjs';

export const label = 'Metadata translations (objects, fields, picklists, tabs, app, report types in es, de, fr, ja)';

export const TRANSLATION_LANGUAGES = ['es', 'de', 'fr', 'ja'];

const kids = (node, name) =>
    node ? Array.from(node.childNodes).filter((c) => c.nodeType === 1 && c.localName === name) : [];
const kid = (node, name) => kids(node, name)[0];
const text = (node, name) => kid(node, name)?.textContent.trim();
const parse = (file) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml').documentElement;
const listDir = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/**
 * What must be translated: Map<key, { file, english }>, `file` being the translation file (project-relative, with
 * `<lang>` for the language) that holds the entry. Keys: `object:O:label|plural|nameField`, `field:O.F:label|help|
 * relationshipLabel`, `value:O.F:<api name>`, `fieldSet:O.N`, `sharingReason:O.N`, `webLink:O.N`,
 * `quickAction:O.N`, `layoutSection:O.<layout>.<section>`, `app:N:label|description`, `tab:N`, `globalAction:N`,
 * `reportType:N:label|description`, `reportTypeSection:N.<section>`.
 */
export function expectedTranslations(root = ROOT) {
    const expected = new Map();
    const main = path.join(root, 'force-app', 'main');
    const areas = listDir(main);
    const translations = 'force-app/main/core/translations/<lang>.translation-meta.xml';
    const objectArea = new Map();
    const objectFile = (o) =>
        `force-app/main/${objectArea.get(o)}/objectTranslations/${o}-<lang>/${o}-<lang>.objectTranslation-meta.xml`;
    const add = (key, file, english) => {
        if (english) expected.set(key, { file, english });
    };

    for (const area of areas) {
        for (const o of listDir(path.join(main, area, 'objects'))) {
            const dir = path.join(main, area, 'objects', o);
            const objectXml = path.join(dir, `${o}.object-meta.xml`);
            const def = existsSync(objectXml) ? parse(objectXml) : null;
            if (o.endsWith('__e') || o.endsWith('__mdt') || text(def, 'customSettingsType')) continue;
            objectArea.set(o, area);
            if (def && o.endsWith('__c')) {
                add(`object:${o}:label`, objectFile(o), text(def, 'label'));
                add(`object:${o}:plural`, objectFile(o), text(def, 'pluralLabel'));
                add(`object:${o}:nameField`, objectFile(o), text(kid(def, 'nameField'), 'label'));
            }
            for (const f of listDir(path.join(dir, 'fields'))) {
                const field = parse(path.join(dir, 'fields', f));
                const name = text(field, 'fullName');
                const file = `force-app/main/${area}/objectTranslations/${o}-<lang>/${name}.fieldTranslation-meta.xml`;
                add(`field:${o}.${name}:label`, file, text(field, 'label'));
                add(`field:${o}.${name}:help`, file, text(field, 'inlineHelpText'));
                add(`field:${o}.${name}:relationshipLabel`, file, text(field, 'relationshipLabel'));
                const values = kid(kid(field, 'valueSet'), 'valueSetDefinition');
                for (const v of kids(values, 'value'))
                    add(`value:${o}.${name}:${text(v, 'fullName')}`, file, text(v, 'label'));
            }
            for (const [folder, kind] of [
                ['fieldSets', 'fieldSet'],
                ['sharingReasons', 'sharingReason'],
                ['webLinks', 'webLink']
            ]) {
                for (const f of listDir(path.join(dir, folder))) {
                    const x = parse(path.join(dir, folder, f));
                    add(
                        `${kind}:${o}.${text(x, 'fullName')}`,
                        objectFile(o),
                        text(x, 'label') ?? text(x, 'masterLabel')
                    );
                }
            }
        }
    }
    for (const area of areas) {
        for (const f of listDir(path.join(main, area, 'quickActions'))) {
            const name = f.replace(/\.quickAction-meta\.xml$/, '');
            const label = text(parse(path.join(main, area, 'quickActions', f)), 'label');
            const dot = name.indexOf('.');
            if (dot < 0) add(`globalAction:${name}`, translations, label);
            else {
                const o = name.slice(0, dot);
                if (!objectArea.has(o)) objectArea.set(o, area);
                add(`quickAction:${o}.${name.slice(dot + 1)}`, objectFile(o), label);
            }
        }
        for (const f of listDir(path.join(main, area, 'layouts'))) {
            const [o, layout] = f.replace(/\.layout-meta\.xml$/, '').split(/-(.*)/s);
            for (const section of kids(parse(path.join(main, area, 'layouts', f)), 'layoutSections')) {
                if (text(section, 'customLabel') !== 'true') continue;
                if (!objectArea.has(o)) objectArea.set(o, area);
                add(`layoutSection:${o}.${layout}.${text(section, 'label')}`, objectFile(o), text(section, 'label'));
            }
        }
        for (const f of listDir(path.join(main, area, 'applications'))) {
            const app = parse(path.join(main, area, 'applications', f));
            const name = f.replace(/\.app-meta\.xml$/, '');
            add(`app:${name}:label`, translations, text(app, 'label'));
            add(`app:${name}:description`, translations, text(app, 'description'));
        }
        for (const f of listDir(path.join(main, area, 'tabs'))) {
            const tab = parse(path.join(main, area, 'tabs', f));
            if (text(tab, 'customObject') === 'true') continue;
            add(`tab:${f.replace(/\.tab-meta\.xml$/, '')}`, translations, text(tab, 'label'));
        }
        for (const f of listDir(path.join(main, area, 'reportTypes'))) {
            const rt = parse(path.join(main, area, 'reportTypes', f));
            const name = f.replace(/\.reportType-meta\.xml$/, '');
            add(`reportType:${name}:label`, translations, text(rt, 'label'));
            add(`reportType:${name}:description`, translations, text(rt, 'description'));
            for (const s of kids(rt, 'sections'))
                add(`reportTypeSection:${name}.${text(s, 'masterLabel')}`, translations, text(s, 'masterLabel'));
        }
    }
    return expected;
}

/** The translations of one language: Map<key, { file, line, value }> (value '' when the element is empty). */
export function presentTranslations(root = ROOT, lang) {
    const present = new Map();
    const put = (key, file, node) =>
        present.set(key, { file: rel(root, file), line: node?.lineNumber, value: node?.textContent.trim() ?? '' });
    for (const dir of listFiles(path.join(root, 'force-app', 'main'), (f) =>
        f.endsWith(`-${lang}.objectTranslation-meta.xml`)
    ).map(path.dirname)) {
        if (path.basename(path.dirname(dir)) !== 'objectTranslations') continue;
        const o = path.basename(dir).slice(0, -(lang.length + 1));
        const file = path.join(dir, `${path.basename(dir)}.objectTranslation-meta.xml`);
        const x = parse(file);
        for (const cv of kids(x, 'caseValues')) {
            const type = text(cv, 'caseType');
            if (type && type !== 'Nominative') continue;
            put(`object:${o}:${text(cv, 'plural') === 'true' ? 'plural' : 'label'}`, file, kid(cv, 'value'));
        }
        if (kid(x, 'nameFieldLabel')) put(`object:${o}:nameField`, file, kid(x, 'nameFieldLabel'));
        for (const [element, kind] of [
            ['fieldSets', 'fieldSet'],
            ['sharingReasons', 'sharingReason'],
            ['webLinks', 'webLink'],
            ['quickActions', 'quickAction']
        ])
            for (const e of kids(x, element)) put(`${kind}:${o}.${text(e, 'name')}`, file, kid(e, 'label'));
        for (const l of kids(x, 'layouts'))
            for (const s of kids(l, 'sections'))
                put(`layoutSection:${o}.${text(l, 'layout')}.${text(s, 'section')}`, file, kid(s, 'label'));
        for (const f of listDir(dir).filter((n) => n.endsWith('.fieldTranslation-meta.xml'))) {
            const ff = path.join(dir, f);
            const field = parse(ff);
            const name = text(field, 'name');
            for (const p of ['label', 'help', 'relationshipLabel'])
                if (kid(field, p)) put(`field:${o}.${name}:${p}`, ff, kid(field, p));
            for (const v of kids(field, 'picklistValues'))
                put(`value:${o}.${name}:${text(v, 'masterLabel')}`, ff, kid(v, 'translation'));
        }
    }
    const tfile = path.join(root, 'force-app', 'main', 'core', 'translations', `${lang}.translation-meta.xml`);
    if (existsSync(tfile)) {
        const t = parse(tfile);
        for (const a of kids(t, 'customApplications')) {
            if (kid(a, 'label')) put(`app:${text(a, 'name')}:label`, tfile, kid(a, 'label'));
            if (kid(a, 'description')) put(`app:${text(a, 'name')}:description`, tfile, kid(a, 'description'));
        }
        for (const tab of kids(t, 'customTabs')) put(`tab:${text(tab, 'name')}`, tfile, kid(tab, 'label'));
        for (const qa of kids(t, 'quickActions')) put(`globalAction:${text(qa, 'name')}`, tfile, kid(qa, 'label'));
        for (const rt of kids(t, 'reportTypes')) {
            const name = text(rt, 'name');
            if (kid(rt, 'label')) put(`reportType:${name}:label`, tfile, kid(rt, 'label'));
            if (kid(rt, 'description')) put(`reportType:${name}:description`, tfile, kid(rt, 'description'));
            for (const s of kids(rt, 'sections'))
                put(`reportTypeSection:${name}.${text(s, 'name')}`, tfile, kid(s, 'label'));
        }
    }
    return present;
}

export const SOURCES_FILE = 'config/metadata-translation-sources.json';

/** The recorded English of each translation: { <lang>: { <key>: <English> } } ({} when the file is missing). */
export function readSources(root = ROOT) {
    const file = path.join(root, SOURCES_FILE);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/**
 * Records the current English of translations: every translated entry not recorded yet, and with `accept`
 * ({ lang: 'de' | 'all', key: '<key>' | 'all' }) the ones named, overwriting their record. Entries of keys the
 * package no longer has are dropped. Returns how many records were written.
 */
export function recordSources(root = ROOT, accept = null) {
    root = path.resolve(root);
    const expected = expectedTranslations(root);
    const old = readSources(root);
    const sources = {};
    let written = 0;
    for (const lang of TRANSLATION_LANGUAGES) {
        const present = presentTranslations(root, lang);
        const out = {};
        for (const [key, { english }] of [...expected].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            if (!present.get(key)?.value) continue;
            const accepted =
                accept &&
                (accept.lang === 'all' || accept.lang === lang) &&
                (accept.key === 'all' || accept.key === key);
            const recorded = old[lang]?.[key];
            if (recorded === undefined || (accepted && recorded !== english)) written++;
            out[key] = recorded === undefined || accepted ? english : recorded;
        }
        sources[lang] = out;
    }
    writeFileSync(path.join(root, SOURCES_FILE), JSON.stringify(sources, null, 2) + '\n');
    return written;
}

/** Missing, stale and unrecorded metadata translations of `langs`, as check problems. */
export function metadataTranslationProblems(root = ROOT, langs = TRANSLATION_LANGUAGES) {
    root = path.resolve(root);
    const expected = expectedTranslations(root);
    const sources = readSources(root);
    const problems = [];
    for (const lang of langs) {
        const present = presentTranslations(root, lang);
        for (const [key, { file, english }] of expected) {
            const got = present.get(key);
            if (got?.value) {
                const recorded = sources[lang]?.[key];
                if (recorded === undefined)
                    problems.push({
                        file: got.file,
                        line: got.line,
                        rule: 'unrecorded',
                        message: `${lang}: ${key} has no recorded English in ${SOURCES_FILE}; once the translation is right, run node scripts/lib/metadata-translations.mjs --record.`
                    });
                else if (recorded !== english)
                    problems.push({
                        file: got.file,
                        line: got.line,
                        rule: 'stale',
                        message: `${lang}: ${key} was translated from "${recorded}"; the English is now "${english}". Update the translation, then run node scripts/lib/metadata-translations.mjs --accept ${lang} '${key}'.`
                    });
                continue;
            }
            problems.push({
                file: got?.file ?? file.replaceAll('<lang>', lang),
                line: got?.line,
                rule: 'missing',
                message: `${lang}: ${key} ("${english}") is not translated.`
            });
        }
        for (const [key, got] of present) {
            if (expected.has(key)) continue;
            problems.push({
                file: got.file,
                line: got.line,
                rule: 'stale',
                message: `${lang}: ${key} translates nothing the package has (renamed or removed?); delete or rename the entry.`
            });
        }
    }
    return problems;
}

/** Runs on its own: lists untranslated, stale and unrecorded metadata entries (or records, see above). */
export async function run({ root = ROOT } = {}) {
    const args = process.argv.slice(2);
    if (args[0] === '--record' || args[0] === '--accept') {
        const accept = args[0] === '--accept' ? { lang: args[1] ?? 'all', key: args[2] ?? 'all' } : null;
        const n = recordSources(root, accept);
        return { problems: [], summary: `${n} English source(s) recorded in ${SOURCES_FILE}` };
    }
    const problems = metadataTranslationProblems(root);
    const n = expectedTranslations(path.resolve(root)).size;
    return { problems, summary: `${n} metadata texts translated in ${TRANSLATION_LANGUAGES.join(', ')}; none stale` };
}

await runIfMain(import.meta.url, run);
