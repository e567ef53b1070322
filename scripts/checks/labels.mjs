// Labels and translations (issue #13): every user-facing string is a custom label, every label is used, and every
// label is translated in every shipped language. Rules (docs/architecture.md, "Language"):
//  - hardcoded-template / hardcoded-ts / hardcoded-visualforce / hardcoded-apex: user-facing text written into the
//    source instead of a label (what counts: scripts/lib/hardcoded-text.mjs);
//  - label-name, label-file: a label's name (<Feature>_<Meaning>, a known feature prefix, no "__", ≤ 80 chars, the
//    file name), language en_US, protected, categories, shortDescription (≤ 80) and value (≤ 1,000) present;
//  - unused-label: no LWC import, Apex Label.X / System.Label.X, Visualforce/Aura $Label or metadata $Label uses it;
//  - unknown-label: a reference to a label that does not exist (at the reference);
//  - format-apostrophe: a label (or a translation of it) used with String.format / LabelFormat has a single "'"
//    (MessageFormat drops it: write '' or ’);
//  - missing-translation, unknown-translation, empty-translation, placeholder, translation-order: the label
//    translations of force-app/main/core/translations/<lang>.translation-meta.xml for es, de, fr, ja;
//  - stale-translation, unrecorded-translation: force-app/main/core/translations/.sources.json records the English
//    text each translation was made from ({ "<lang>": { "CustomLabel.<Name>": "<English>" } }); a translation whose
//    label's English changed since is stale; `npm run translations -- --record` records new translations (and
//    `--accept <lang> <Name>` a reviewed stale one);
//  - metadata translations (objects, fields, help, picklist values, tabs, app, quick actions…): the rules of
//    scripts/lib/metadata-translations.mjs, when that module is present.
// PENDING lists files whose findings (hard-coded strings, or a label not used yet) are being fixed by their owner:
// counted and printed, not failing; an entry whose file has no finding any more fails (remove it), so the table
// cannot go stale.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { hardcodedText } from '../lib/hardcoded-text.mjs';
import { LANGUAGES, TRANSLATIONS_DIR, placeholders, readLabelTranslations, readLabels } from '../lib/labels.mjs';

export const label = 'Labels and translations (no hard-coded user text; every label used and translated)';

/** Feature prefixes of label names (BRIEF13 conventions). */
export const FEATURES = [
    'Setup',
    'Checklist',
    'Mapping',
    'Errors',
    'Panel',
    'Participants',
    'Email',
    'Start',
    'CustomerTime',
    'Meeting',
    'External',
    'Classic',
    'Presence',
    'Webhook',
    'Webinar',
    'PhoneMeta',
    'PhoneSync',
    'Softphone',
    'Phone',
    'Calls'
];

/** File recording the English text each translation was made from. */
export const SOURCES_FILE = `${TRANSLATIONS_DIR}/.sources.json`;

/**
 * Files whose findings are being fixed by their owner (issue #13 slices convert hard-coded text): file → owner.
 * Printed with their counts, not failing; a listed file without findings fails the step. The coordinator empties it.
 */
export const PENDING = new Map();

const NAME = /^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/;

/** Key of a label translation in .sources.json. */
export const sourceKey = (name) => `CustomLabel.${name}`;

/** The recorded sources ({} when the file is missing), and a parse problem if any. */
export function readSources(root) {
    const file = path.join(root, SOURCES_FILE);
    if (!existsSync(file)) return { sources: {}, problem: null };
    try {
        return { sources: JSON.parse(readFileSync(file, 'utf8')), problem: null };
    } catch (e) {
        return {
            sources: {},
            problem: { file: SOURCES_FILE, line: 1, rule: 'sources', message: `not valid JSON: ${e.message}` }
        };
    }
}

/** A single apostrophe (not doubled), which MessageFormat drops. */
const singleApostrophe = (value) => /(^|[^'])'(?!')/.test(value);

/** Label references of the project: [{ name, file, line, kind, format }] (format: used with String.format). */
export function labelReferences(root) {
    const refs = [];
    const force = path.join(root, 'force-app');
    for (const abs of listFiles(force, (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
        // Comments blanked (offsets kept): a label named in a doc comment is no reference.
        const text = readFileSync(abs, 'utf8').replace(/\/\*[\s\S]*?\*\/|(?<![:'"])\/\/[^\n]*/g, (m) =>
            m.replace(/[^\n]/g, ' ')
        );
        const test = /[/\\]__tests__[/\\]|[/\\]test[/\\]/.test(abs);
        for (const m of text.matchAll(/\bfrom\s*['"]@salesforce\/label\/c\.([^'"]+)['"]/g))
            refs.push({ name: m[1], file: rel(root, abs), line: lineAt(text, m.index), kind: test ? 'test' : 'lwc' });
    }
    for (const abs of listFiles(force, (f) => /\.(cls|trigger)$/.test(f))) {
        const text = readFileSync(abs, 'utf8');
        // Comments and the contents of strings blanked, offsets kept.
        const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) => m.replace(/[^\n]/g, ' '));
        const test = /@IsTest/i.test(code.slice(0, 600));
        const formatted = new Set();
        for (const m of code.matchAll(/\b(?:String\.format|LabelFormat\.(?:format|plural))\s*\(/gi)) {
            let depth = 0;
            let end = m.index + m[0].length - 1;
            for (; end < code.length; end++) {
                if (code[end] === '(') depth++;
                else if (code[end] === ')' && --depth === 0) break;
            }
            for (const r of code.slice(m.index, end).matchAll(/(?<![\w.])(?:System\.)?Label\.(\w+)\b(?!\s*\()/gi))
                formatted.add(m.index + r.index);
        }
        for (const m of code.matchAll(/(?<![\w.])(?:System\.)?Label\.(\w+)\b(?!\s*\()/gi)) {
            refs.push({
                name: m[1],
                file: rel(root, abs),
                line: lineAt(text, m.index),
                kind: test ? 'test' : 'apex',
                format: formatted.has(m.index)
            });
        }
    }
    for (const abs of listFiles(
        force,
        (f) =>
            /\.(page|component|cmp|app|evt|intf)$/.test(f) ||
            (f.endsWith('-meta.xml') && !f.endsWith('.label-meta.xml'))
    )) {
        if (abs.includes(`${path.sep}translations${path.sep}`)) continue;
        const text = readFileSync(abs, 'utf8');
        for (const m of text.matchAll(/\$Label\.(?:c\.)?(\w+)/g))
            refs.push({ name: m[1], file: rel(root, abs), line: lineAt(text, m.index), kind: 'markup' });
    }
    return refs;
}

/** Problems of the label files themselves. */
function labelFileProblems(labels) {
    const problems = [];
    const prefixes = new Set(FEATURES);
    const seen = new Map();
    for (const l of labels) {
        const at = { file: l.file, line: l.line };
        const lower = l.name.toLowerCase();
        if (seen.has(lower))
            problems.push({ ...at, rule: 'label-name', message: `${l.name} is also defined in ${seen.get(lower)}` });
        seen.set(lower, l.file);
        if (!/^force-app\/main\/[^/]+\/labels\/[^/]+\.label-meta\.xml$/.test(l.file))
            problems.push({ ...at, rule: 'label-file', message: 'labels live in force-app/main/<area>/labels/' });
        if (l.fullName !== l.name)
            problems.push({
                ...at,
                rule: 'label-name',
                message: `<fullName>${l.fullName}</fullName> differs from the file name ${l.name}`
            });
        if (!NAME.test(l.name) || l.name.includes('__') || l.name.length > 80)
            problems.push({
                ...at,
                rule: 'label-name',
                message: `${l.name}: a name is <Feature>_<Meaning> (PascalCase parts of letters and digits joined by one "_", at most 80 characters)`
            });
        else if (!prefixes.has(l.name.split('_')[0]))
            problems.push({
                ...at,
                rule: 'label-name',
                message: `${l.name}: unknown feature prefix ${l.name.split('_')[0]}_ (one of ${FEATURES.map((f) => `${f}_`).join(', ')}; add a feature to FEATURES in scripts/checks/labels.mjs)`
            });
        const xml = readFileSync(path.join(l.root, l.file), 'utf8');
        if (!/<language>en_US<\/language>/.test(xml))
            problems.push({
                ...at,
                rule: 'label-file',
                message: 'a label is written in English: <language>en_US</language>'
            });
        if (!/<protected>true<\/protected>/.test(xml))
            problems.push({
                ...at,
                rule: 'label-file',
                message: 'a package label is <protected>true</protected> (subscribers cannot override it)'
            });
        if (!l.categories.trim())
            problems.push({
                ...at,
                rule: 'label-file',
                message: 'missing <categories> (the feature in words, e.g. "Zoom Setup")'
            });
        if (!l.shortDescription.trim() || l.shortDescription.length > 80)
            problems.push({
                ...at,
                rule: 'label-file',
                message: '<shortDescription> is required, at most 80 characters'
            });
        if (!l.value.trim() || l.value.length > 1000)
            problems.push({
                file: l.file,
                line: l.valueLine,
                rule: 'label-file',
                message: '<value> is required, at most 1,000 characters'
            });
    }
    return problems;
}

/** Problems of the label translations of every shipped language. */
function translationProblems(root, labels, formatted, sources) {
    const problems = [];
    const byName = new Map(labels.map((l) => [l.name, l]));
    for (const { code, name: language } of LANGUAGES) {
        const tr = readLabelTranslations(root, code);
        if (!tr.exists) {
            if (labels.length)
                problems.push({
                    file: tr.file,
                    rule: 'missing-translation',
                    message: `${language} translations file missing (${labels.length} labels to translate)`
                });
            continue;
        }
        const have = new Map();
        let previous = '';
        for (const t of tr.labels) {
            const at = { file: tr.file, line: t.line };
            if (have.has(t.name))
                problems.push({ ...at, rule: 'translation-order', message: `${t.name} is translated twice` });
            have.set(t.name, t);
            if (t.name < previous)
                problems.push({
                    ...at,
                    rule: 'translation-order',
                    message: `${t.name} comes after ${previous}: keep the entries sorted by name`
                });
            previous = t.name;
            const labelOf = byName.get(t.name);
            if (!labelOf) {
                problems.push({
                    ...at,
                    rule: 'unknown-translation',
                    message: `${t.name} is not a label (renamed or deleted?)`
                });
                continue;
            }
            if (!t.value.trim()) {
                problems.push({
                    file: tr.file,
                    line: t.valueLine,
                    rule: 'empty-translation',
                    message: `${t.name} has an empty ${language} translation`
                });
                continue;
            }
            const want = placeholders(labelOf.value).join(',');
            const got = placeholders(t.value).join(',');
            if (want !== got)
                problems.push({
                    file: tr.file,
                    line: t.valueLine,
                    rule: 'placeholder',
                    message: `${t.name}: the ${language} translation has placeholders {${got}} but the label has {${want}}`
                });
            if (formatted.has(t.name) && singleApostrophe(t.value))
                problems.push({
                    file: tr.file,
                    line: t.valueLine,
                    rule: 'format-apostrophe',
                    message: `${t.name} is used with String.format, which drops a single ' : write '' (or ’) in the ${language} translation`
                });
            const recorded = sources?.[code]?.[sourceKey(t.name)];
            if (recorded === undefined)
                problems.push({
                    ...at,
                    rule: 'unrecorded-translation',
                    message: `${t.name}: no English source recorded for the ${language} translation in ${SOURCES_FILE}: run npm run translations -- --record`
                });
            else if (recorded !== labelOf.value)
                problems.push({
                    ...at,
                    rule: 'stale-translation',
                    message: `${t.name}: the English changed since the ${language} translation was made (was "${recorded.slice(0, 50)}"): update it, then npm run translations -- --accept ${code} ${t.name}`
                });
        }
        for (const l of labels) {
            if (!have.has(l.name))
                problems.push({
                    file: tr.file,
                    line: 1,
                    rule: 'missing-translation',
                    message: `${l.name} has no ${language} translation`
                });
        }
    }
    return problems;
}

/** Problems of metadata translations (objects, fields, picklists…), by helper meta-tr's module when present. */
async function metadataTranslationProblems(root) {
    const module = path.join(root, 'scripts', 'lib', 'metadata-translations.mjs');
    const fallback = path.join(ROOT, 'scripts', 'lib', 'metadata-translations.mjs');
    const file = existsSync(module) ? module : existsSync(fallback) ? fallback : null;
    const translated = listFiles(path.join(root, 'force-app'), (f) => /\.objectTranslation-meta\.xml$/.test(f)).length;
    if (!file) {
        return {
            problems: translated
                ? [
                      {
                          file: 'scripts/lib/metadata-translations.mjs',
                          rule: 'metadata-translation',
                          message: 'objectTranslations exist but the module that checks them is missing'
                      }
                  ]
                : [],
            note: 'metadata translations: none in this tree'
        };
    }
    const mod = await import(pathToFileURL(file).href);
    const problems = mod.metadataTranslationProblems(
        root,
        LANGUAGES.map((l) => l.code)
    );
    return {
        problems: problems.map((p) => ({ ...p, rule: `metadata-${p.rule ?? 'translation'}` })),
        note: `metadata translations of ${translated} objectTranslation files checked`
    };
}

/**
 * @param {{ root?: string, pending?: Map<string, string> }} [options]
 */
export async function run({ root = ROOT, pending = PENDING } = {}) {
    root = path.resolve(root);
    const problems = [];
    const labels = readLabels(root).map((l) => ({ ...l, root }));
    const names = new Map(labels.map((l) => [l.name.toLowerCase(), l]));
    problems.push(...labelFileProblems(labels));

    // References: unknown, unused, String.format apostrophes.
    const refs = labelReferences(root);
    const used = new Set();
    const formatted = new Set();
    for (const r of refs) {
        const l = names.get(r.name.toLowerCase());
        if (!l) {
            problems.push({
                file: r.file,
                line: r.line,
                rule: 'unknown-label',
                message: `label ${r.name} does not exist (force-app/main/<area>/labels/${r.name}.label-meta.xml)`
            });
            continue;
        }
        if (r.kind === 'lwc' && r.name !== l.name)
            problems.push({
                file: r.file,
                line: r.line,
                rule: 'unknown-label',
                message: `c.${r.name}: the label is spelt ${l.name} (imports are case-sensitive)`
            });
        if (r.kind !== 'test') used.add(l.name);
        if (r.format) formatted.add(l.name);
    }
    for (const l of labels) {
        if (!used.has(l.name))
            problems.push({
                file: l.file,
                line: l.line,
                rule: 'unused-label',
                message: `${l.name} is used nowhere (no LWC import, Apex Label.${l.name}, $Label.${l.name}): delete it or use it`
            });
        if (formatted.has(l.name) && singleApostrophe(l.value))
            problems.push({
                file: l.file,
                line: l.valueLine,
                rule: 'format-apostrophe',
                message: `${l.name} is used with String.format, which drops a single ' : write '' (or ’)`
            });
    }

    const { sources, problem } = readSources(root);
    if (problem) problems.push(problem);
    problems.push(...translationProblems(root, labels, formatted, sources));
    const meta = await metadataTranslationProblems(root);
    problems.push(...meta.problems);

    // Hard-coded user text; then the pending table (its files' findings are counted, not failing).
    problems.push(...hardcodedText(root));
    const pendingHits = new Map();
    const failing = [];
    for (const p of problems) {
        if (pending.has(p.file)) pendingHits.set(p.file, (pendingHits.get(p.file) ?? 0) + 1);
        else failing.push(p);
    }
    for (const [file, owner] of pending) {
        if (!pendingHits.has(file))
            failing.push({
                file,
                rule: 'pending',
                message: `listed as pending (${owner}) in scripts/checks/labels.mjs but has no finding any more: remove it from PENDING`
            });
    }
    const pendingNote = pendingHits.size
        ? `; pending (${[...pendingHits.values()].reduce((a, b) => a + b, 0)} findings in ${pendingHits.size} files): ` +
          [...pendingHits].map(([f, n]) => `${path.basename(f)} ${n} (${pending.get(f)})`).join(', ')
        : '';
    const hard = failing.filter((p) => p.rule.startsWith('hardcoded-')).length;
    const translationGaps = failing.filter((p) => /translation|placeholder/.test(p.rule)).length;
    return {
        problems: failing,
        summary:
            `${labels.length} labels (${refs.filter((r) => r.kind !== 'test').length} references), ` +
            `${LANGUAGES.map((l) => l.code).join('/')} label translations ${translationGaps ? `with ${translationGaps} gap(s)` : 'complete'}, ${meta.note}, ` +
            `${hard} hard-coded user texts outside PENDING${pendingNote}`
    };
}

await runIfMain(import.meta.url, run);
