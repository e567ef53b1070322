// Zoom truth: every fixture in force-app/test/zoom is a Zoom answer, request body or webhook event exactly as Zoom's
// own SDK types define it. Each `<RivetType>.<variant>.json` is declared as that @zoom/rivet type and type-checked
// by tsc (strict, `satisfies`, so excess property checks apply to every nested object): a field Zoom's type lacks,
// a string where Zoom sends a number or a value outside Zoom's enum fails, at the fixture's own line. The generated
// Apex class ZoomFixtureData must equal what `npm run fixtures` writes from the same files, and docs/architecture.md
// must name every rivet type a fixture uses (its endpoint table lists each endpoint with its rivet types). A fixture
// that no Apex class or TypeScript test names is dead weight and fails too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, listFiles } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { typeCheckFixtures } from '../lib/fixture-typecheck.mjs';
import { VECTORS_APEX_CLASS, VECTORS_FILE, buildVectors, vectorsApex, vectorsJson } from '../lib/webhook-signature.mjs';
import {
    APEX_CLASS,
    FIRST_JSON_LINE,
    FIXTURE_DIR,
    generateApex,
    listFixtures,
    rivetExports,
    typeCheckSource
} from '../lib/zoom-fixtures.mjs';

export const label = 'Zoom fixtures (typed against @zoom/rivet; ZoomFixtureData current)';

const RULE = 'zoom-fixtures';
const ARCHITECTURE = 'docs/architecture.md';
const APEX_CLASS_FILE = path.basename(APEX_CLASS);

function readText(file) {
    try {
        return readFileSync(file, 'utf8');
    } catch (e) {
        if (e.code === 'ENOENT') return '';
        throw e;
    }
}

/** Line (1-based) of a JSON.parse error in `text`, when the message gives a position. */
function parseErrorLine(text, message) {
    const pos = /position (\d+)/.exec(message)?.[1];
    return pos ? text.slice(0, Number(pos)).split('\n').length : undefined;
}

/** tsc over one generated module per fixture; returns problems mapped back to the fixtures' own lines. */
function typeCheck(root, typed) {
    return typeCheckFixtures(
        root,
        typed.map(({ fixture, module }) => ({
            file: fixture.file,
            source: typeCheckSource(fixture, module),
            firstLine: FIRST_JSON_LINE,
            lines: fixture.text.trimEnd().split('\n').length,
            what: `not Zoom's ${fixture.type}`
        })),
        { rule: RULE, folder: FIXTURE_DIR }
    );
}

/** The webhook signature vectors and their Apex class must be what `npm run fixtures` writes from the signed fixtures. */
async function vectorProblems(root) {
    let vectors;
    try {
        vectors = buildVectors(root);
    } catch (e) {
        return [
            { file: VECTORS_FILE, rule: RULE, message: `cannot build the webhook signature vectors: ${e.message}` }
        ];
    }
    const problems = [];
    for (const [file, expected] of [
        [VECTORS_FILE, vectorsJson(vectors)],
        [VECTORS_APEX_CLASS, await vectorsApex(vectors, root)]
    ]) {
        if (readText(path.join(root, file)) !== expected) {
            problems.push({
                file,
                rule: RULE,
                message: 'is not current with the signed fixtures: run npm run fixtures'
            });
        }
    }
    return problems;
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    const fixtures = listFixtures(root);
    const exported = rivetExports(root);
    const typed = [];
    for (const fixture of fixtures) {
        if (!fixture.type) {
            problems.push({
                file: fixture.file,
                rule: RULE,
                message:
                    'a fixture is named <RivetType>.<variant>.json (for example ReportsGetMeetingReportsResponse.hostOnly.json)'
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
        const module = exported.get(fixture.type);
        if (!module) {
            problems.push({
                file: fixture.file,
                line: 1,
                rule: RULE,
                message: `@zoom/rivet exports no type ${fixture.type} (from its ${[...new Set(exported.values())].join(', ')} modules)`
            });
            continue;
        }
        typed.push({ fixture, module });
    }
    problems.push(...typeCheck(root, typed));
    const expected = await generateApex(fixtures, root);
    let actual = '';
    try {
        actual = readFileSync(path.join(root, APEX_CLASS), 'utf8');
    } catch (e) {
        if (e.code !== 'ENOENT') throw e;
    }
    if (actual !== expected) {
        problems.push({
            file: APEX_CLASS,
            rule: RULE,
            message: `is not current with ${FIXTURE_DIR}: run npm run fixtures`
        });
    }
    problems.push(...(await vectorProblems(root)));
    const types = new Set(typed.map((t) => t.fixture.type));
    const readers = listFiles(
        path.join(root, 'force-app'),
        (f) => /\.(cls|ts)$/.test(f) && !f.endsWith(APEX_CLASS_FILE)
    )
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    for (const { fixture } of typed) {
        if (!readers.includes(fixture.name)) {
            problems.push({
                file: fixture.file,
                rule: RULE,
                message: `no Apex test or Jest test reads ${fixture.name}: use it or delete it`
            });
        }
    }
    const docs = readText(path.join(root, ARCHITECTURE));
    for (const type of [...types].sort()) {
        if (!docs.includes(type)) {
            problems.push({
                file: ARCHITECTURE,
                rule: RULE,
                message: `does not name ${type}: list the endpoint it answers in the Zoom truth table (endpoint, rivet types, scopes, used by)`
            });
        }
    }
    return {
        problems,
        summary: `${fixtures.length} fixture(s) of ${types.size} Zoom type(s) match @zoom/rivet; ZoomFixtureData current`
    };
}

runIfMain(import.meta.url, () => run());
