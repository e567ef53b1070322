// Lists what is left to translate, per shipped language (es, de, fr, ja), and records the English each translation
// was made from (force-app/main/core/translations/.sources.json, read by the labels check to find stale ones).
//   npm run translations                          untranslated, stale, unrecorded and unknown label translations per
//                                                 language, then the metadata translations' findings; exits 0
//   npm run translations -- --json                the same as JSON
//   npm run translations -- --record              records the current English for every translation not recorded yet
//   npm run translations -- --accept de Panel_X   records the current English for a translation you brought up to
//                                                 date (`all` for every language or every label)
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/project.mjs';
import { LANGUAGES, readLabelTranslations, readLabels } from './lib/labels.mjs';
import { SOURCES_FILE, readSources, sourceKey } from './checks/labels.mjs';

/**
 * The translation status of the labels.
 * @returns {{ languages: Record<string, { untranslated: object[], stale: object[], unrecorded: object[], unknown: object[], translated: number }>, labels: number }}
 */
export function labelStatus(root = ROOT) {
    const labels = readLabels(root);
    const english = new Map(labels.map((l) => [l.name, l.value]));
    const { sources } = readSources(root);
    const languages = {};
    for (const { code } of LANGUAGES) {
        const tr = readLabelTranslations(root, code);
        const have = new Map(tr.labels.map((t) => [t.name, t]));
        const status = { file: tr.file, translated: 0, untranslated: [], stale: [], unrecorded: [], unknown: [] };
        for (const l of labels) {
            const t = have.get(l.name);
            if (!t || !t.value.trim()) {
                status.untranslated.push({ name: l.name, english: l.value });
                continue;
            }
            status.translated++;
            const recorded = sources?.[code]?.[sourceKey(l.name)];
            if (recorded === undefined)
                status.unrecorded.push({ name: l.name, english: l.value, translation: t.value });
            else if (recorded !== l.value)
                status.stale.push({ name: l.name, english: l.value, was: recorded, translation: t.value });
        }
        for (const t of tr.labels) if (!english.has(t.name)) status.unknown.push({ name: t.name, line: t.line });
        languages[code] = status;
    }
    return { labels: labels.length, languages };
}

/** Findings of the metadata translations (objects, fields, picklists…), when helper meta-tr's module is present. */
async function metadataStatus(root) {
    const file = path.join(root, 'scripts', 'lib', 'metadata-translations.mjs');
    if (!existsSync(file)) return null;
    const mod = await import(pathToFileURL(file).href);
    return mod.metadataTranslationProblems(
        root,
        LANGUAGES.map((l) => l.code)
    );
}

/** Writes .sources.json with sorted keys. */
function writeSources(root, sources) {
    const sorted = {};
    for (const code of Object.keys(sources).sort()) {
        sorted[code] = {};
        for (const key of Object.keys(sources[code]).sort()) sorted[code][key] = sources[code][key];
    }
    writeFileSync(path.join(root, SOURCES_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * Records the current English of translations: every unrecorded one (`mode` 'record'), or the ones named by
 * `lang`/`name` ('accept'; 'all' matches every language or label). Returns how many entries were written.
 */
export function record(root, mode, lang = 'all', name = 'all') {
    const { sources, problem } = readSources(root);
    if (problem) throw new Error(`${SOURCES_FILE}: ${problem.message}`);
    const english = new Map(readLabels(root).map((l) => [l.name, l.value]));
    let written = 0;
    for (const { code } of LANGUAGES) {
        if (lang !== 'all' && lang !== code) continue;
        sources[code] ??= {};
        for (const t of readLabelTranslations(root, code).labels) {
            if (!english.has(t.name) || !t.value.trim()) continue;
            if (name !== 'all' && name !== t.name) continue;
            const key = sourceKey(t.name);
            if (mode === 'record' && sources[code][key] !== undefined) continue;
            if (sources[code][key] === english.get(t.name)) continue;
            sources[code][key] = english.get(t.name);
            written++;
        }
    }
    // Entries of labels that no longer exist are dropped.
    for (const code of Object.keys(sources)) {
        for (const key of Object.keys(sources[code])) {
            if (key.startsWith('CustomLabel.') && !english.has(key.slice('CustomLabel.'.length))) {
                delete sources[code][key];
                written++;
            }
        }
    }
    writeSources(root, sources);
    return written;
}

async function main() {
    const args = process.argv.slice(2);
    const root = ROOT;
    if (args[0] === '--record' || args[0] === '--accept') {
        const mode = args[0].slice(2);
        if (mode === 'accept' && args.length < 3) {
            console.error('usage: npm run translations -- --accept <es|de|fr|ja|all> <LabelName|all>');
            process.exit(2);
        }
        const n = record(root, mode, args[1], args[2]);
        console.log(`${SOURCES_FILE}: ${n} entr${n === 1 ? 'y' : 'ies'} written`);
        return;
    }
    const status = labelStatus(root);
    const metadata = await metadataStatus(root);
    if (args.includes('--json')) {
        console.log(JSON.stringify({ ...status, metadata }, null, 2));
        return;
    }
    console.log(
        `${status.labels} labels; translations in force-app/main/core/translations/<lang>.translation-meta.xml`
    );
    for (const { code, name } of LANGUAGES) {
        const s = status.languages[code];
        console.log(
            `\n${name} (${code}): ${s.translated}/${status.labels} translated, ${s.untranslated.length} untranslated, ` +
                `${s.stale.length} stale, ${s.unrecorded.length} unrecorded, ${s.unknown.length} unknown`
        );
        for (const x of s.untranslated) console.log(`  untranslated  ${x.name}: "${x.english}"`);
        for (const x of s.stale)
            console.log(
                `  stale         ${x.name}: English now "${x.english}" (was "${x.was}"), translation "${x.translation}"`
            );
        for (const x of s.unrecorded) console.log(`  unrecorded    ${x.name} (npm run translations -- --record)`);
        for (const x of s.unknown) console.log(`  unknown       ${x.name} (${s.file}:${x.line}: not a label)`);
    }
    if (metadata) {
        console.log(
            `\nMetadata translations (objects, fields, picklists, tabs, app, quick actions): ${metadata.length} finding(s)`
        );
        for (const p of metadata)
            console.log(`  ${p.rule ?? ''}  ${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
    }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
