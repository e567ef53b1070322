// Controller fixtures: every `force-app/test/fixtures/<Controller>.<method>[.<variant>].json` (what Jest and the
// local preview answer for an Apex call) is the return type of `@salesforce/apex/<Controller>.<method>` as declared
// in types/apex/*.d.ts (the Promise unwrapped). Each file is written as `export const fixture = <JSON> satisfies
// <that type>` and type-checked by tsc (strict; excess property checks on every nested object): a field the DTO
// lacks, a missing required field or a wrong type fails at the fixture's own line. A fixture for a method types/apex
// does not declare fails, and so does a fixture nothing reads: no Jest test or mock names it, no gallery state or
// preview handler answers with it, and no gallery state falls back to it (`<method>.<state>.json`, then
// `<method>.json`, for a method the entry's component tree imports and the state does not answer itself). An answer
// written inline in preview/gallery.json (`{ "data": … }` for a declared Apex method) is type-checked the same way,
// reported at the line of its method in the gallery.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, listFiles } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { typeCheckFixtures } from '../lib/fixture-typecheck.mjs';
import { scanDeclarations } from './apex-contracts.mjs';

export const label = 'Controller fixtures (typed against types/apex; each read by Jest or the preview)';

const RULE = 'controller-fixtures';
export const FIXTURE_DIR = 'force-app/test/fixtures';
const GALLERY = 'preview/gallery.json';
const HANDLERS = 'preview/handlers';
const NAME = /^([A-Z]\w*)\.(\w+)((?:\.[A-Za-z0-9-]+)*)\.json$/;
/** Line of the generated module at which the fixture's first line sits. */
const FIRST_JSON_LINE = 3;

function readText(file) {
    try {
        return readFileSync(file, 'utf8');
    } catch (e) {
        if (e.code === 'ENOENT') return '';
        throw e;
    }
}

/** The fixtures: `{ name, method, file, text }` (`method` "<Controller>.<method>", null for a badly named file). */
export function listFixtures(root = ROOT) {
    const dir = path.join(root, FIXTURE_DIR);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => {
            const m = NAME.exec(f);
            return {
                name: f,
                method: m ? `${m[1]}.${m[2]}` : null,
                file: `${FIXTURE_DIR}/${f}`,
                text: readFileSync(path.join(dir, f), 'utf8')
            };
        });
}

/** The TypeScript module that declares fixture `f` as the unwrapped return type of its Apex method. */
export function typeCheckSource(f) {
    return (
        `import type method from '@salesforce/apex/${f.method}';\n// ${f.file}\n` +
        `export const fixture = ${f.text.trimEnd()} satisfies Awaited<ReturnType<typeof method>>;\n`
    );
}

/** Line (1-based) of a JSON.parse error in `text`, when the message gives a position. */
function parseErrorLine(text, message) {
    const pos = /position (\d+)/.exec(message)?.[1];
    return pos ? text.slice(0, Number(pos)).split('\n').length : 1;
}

/** Every LWC bundle folder under force-app/main/<feature>/lwc: name → absolute folder. */
function bundleDirs(root) {
    const dirs = new Map();
    const main = path.join(root, 'force-app', 'main');
    if (!existsSync(main)) return dirs;
    for (const feature of readdirSync(main)) {
        const lwc = path.join(main, feature, 'lwc');
        if (!existsSync(lwc)) continue;
        for (const name of readdirSync(lwc)) dirs.set(name, path.join(lwc, name));
    }
    return dirs;
}

/**
 * The Apex methods ("<Controller>.<method>") a bundle can call: imported by its own sources or by the bundles
 * it renders (`<c-…>`) or imports (`c/…`), transitively.
 */
function apexMethodsOf(bundle, dirs, seen = new Set()) {
    const methods = new Set();
    if (seen.has(bundle) || !dirs.has(bundle)) return methods;
    seen.add(bundle);
    const dir = dirs.get(bundle);
    for (const f of readdirSync(dir)) {
        if (!/\.(ts|html)$/.test(f) || f.endsWith('.d.ts')) continue;
        const text = readFileSync(path.join(dir, f), 'utf8');
        for (const m of text.matchAll(/@salesforce\/apex\/(\w+\.\w+)/g)) methods.add(m[1]);
        const children = [
            ...[...text.matchAll(/from\s+'c\/(\w+)'/g)].map((m) => m[1]),
            ...[...text.matchAll(/<c-([a-z0-9-]+)/g)].map((m) =>
                m[1].replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())
            )
        ];
        for (const child of children) for (const m of apexMethodsOf(child, dirs, seen)) methods.add(m);
    }
    return methods;
}

/** File names of fixtures the preview reads: named by a gallery state or a handler, or a state's fallback. */
function previewReads(root, names) {
    const read = new Set();
    const handlers = path.join(root, HANDLERS);
    const handlerText = existsSync(handlers)
        ? listFiles(handlers, (f) => f.endsWith('.js'))
              .map((f) => readFileSync(f, 'utf8'))
              .join('\n')
        : '';
    for (const name of names) if (handlerText.includes(name)) read.add(name);
    const galleryText = readText(path.join(root, GALLERY));
    if (!galleryText) return read;
    const gallery = JSON.parse(galleryText);
    const dirs = bundleDirs(root);
    for (const entry of gallery.entries ?? []) {
        const states = Object.entries(entry.states ?? {});
        if (states.length === 0) continue;
        const methods = apexMethodsOf(entry.component, dirs);
        for (const [stateName, state] of states) {
            const apex = state?.apex ?? {};
            for (const response of Object.values(apex)) {
                if (typeof response === 'string') read.add(response);
                else if (response && typeof response.fixture === 'string') read.add(response.fixture);
            }
            for (const method of methods) {
                if (method in apex) continue;
                const fallback = [`${method}.${stateName}.json`, `${method}.json`].find((f) => names.includes(f));
                if (fallback) read.add(fallback);
            }
        }
    }
    return read;
}

/**
 * The inline `{ "data": … }` answers of gallery states for Apex methods types/apex declares:
 * `{ file, line, method, text }` (`line` is the line of the method's key inside its state; `text` pretty JSON).
 */
function inlineAnswers(root, declared) {
    const galleryText = readText(path.join(root, GALLERY));
    if (!galleryText) return [];
    const lines = galleryText.split('\n');
    const answers = [];
    let from = 0;
    for (const entry of JSON.parse(galleryText).entries ?? []) {
        const entryLine = lines.findIndex((l, i) => i >= from && l.includes(`"component": "${entry.component}"`));
        if (entryLine >= 0) from = entryLine;
        for (const [stateName, state] of Object.entries(entry.states ?? {})) {
            const stateLine = lines.findIndex((l, i) => i >= from && l.includes(`"${stateName}": {`));
            for (const [method, response] of Object.entries(state?.apex ?? {})) {
                if (!declared.has(method) || !response || typeof response !== 'object' || !('data' in response)) {
                    continue;
                }
                const at = lines.findIndex((l, i) => i >= Math.max(stateLine, from) && l.includes(`"${method}"`));
                answers.push({
                    file: GALLERY,
                    line: at >= 0 ? at + 1 : 1,
                    method,
                    where: `state ${stateName} of ${entry.component}`,
                    text: JSON.stringify(response.data, null, 2)
                });
            }
        }
    }
    return answers;
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    const fixtures = listFixtures(root);
    const declared = new Set(scanDeclarations(root).methods.map((d) => `${d.cls}.${d.method}`));
    const typed = [];
    for (const fixture of fixtures) {
        if (!fixture.method) {
            problems.push({
                file: fixture.file,
                rule: RULE,
                message:
                    'a fixture is named <Controller>.<method>[.<variant>].json (for example ZoomMeetingController.getMeeting.ended.json)'
            });
            continue;
        }
        if (!declared.has(fixture.method)) {
            problems.push({
                file: fixture.file,
                line: 1,
                rule: RULE,
                message: `types/apex declares no @salesforce/apex/${fixture.method}: no such Apex method (rename or delete the fixture)`
            });
            continue;
        }
        try {
            JSON.parse(fixture.text);
        } catch (e) {
            problems.push({
                file: fixture.file,
                line: parseErrorLine(fixture.text, e.message),
                rule: RULE,
                message: `is not JSON: ${e.message}`
            });
            continue;
        }
        typed.push(fixture);
    }
    const inline = inlineAnswers(root, declared);
    const typesDir = path.join(root, 'types');
    const declarations = listFiles(typesDir, (f) => f.endsWith('.d.ts') && !f.endsWith('jest-support.d.ts'));
    problems.push(
        ...typeCheckFixtures(
            root,
            [
                ...typed.map((f) => ({
                    file: f.file,
                    source: typeCheckSource(f),
                    firstLine: FIRST_JSON_LINE,
                    lines: f.text.trimEnd().split('\n').length,
                    what: `not what ${f.method} returns`
                })),
                ...inline.map((a) => ({
                    file: a.file,
                    source: typeCheckSource({ method: a.method, file: `${a.file} (${a.where})`, text: a.text }),
                    firstLine: FIRST_JSON_LINE,
                    lines: 1,
                    line: a.line,
                    what: `the inline answer of ${a.where} is not what ${a.method} returns`
                }))
            ],
            { rule: RULE, folder: FIXTURE_DIR, extraFiles: declarations }
        )
    );
    const names = fixtures.map((f) => f.name);
    const jestText = listFiles(
        path.join(root, 'force-app'),
        (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && /[\\/](__tests__|jest-mocks)[\\/]/.test(f)
    )
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    const preview = previewReads(root, names);
    for (const fixture of fixtures) {
        if (!fixture.method || jestText.includes(fixture.name) || preview.has(fixture.name)) continue;
        problems.push({
            file: fixture.file,
            rule: RULE,
            message: `no Jest test, gallery state or preview handler reads ${fixture.name}: use it or delete it`
        });
    }
    const methods = new Set(typed.map((f) => f.method));
    return {
        problems,
        summary: `${fixtures.length} fixture(s) of ${methods.size} Apex method(s) and ${inline.length} inline gallery answer(s) match types/apex; each fixture is read by Jest or the preview`
    };
}

runIfMain(import.meta.url, () => run());
