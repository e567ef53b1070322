// No invented Zoom answer in Apex tests: every Zoom answer, request body or event an Apex test uses starts from a
// fixture of force-app/test/zoom (typed against @zoom/rivet by the zoom-fixtures step) through ZoomFixtures, and
// changes only fields Zoom's shape has (ZoomFixtures.with). In @IsTest classes this check fails
//  - a string literal holding JSON with a snake_case key (`'{"start_time":…}'`: Zoom's field names are snake_case;
//    LWC payloads and generic parser inputs are camelCase), unless it is an error body (Zoom's code/message/errors
//    or OAuth's reason/error: neither has a rivet type);
//  - a `new Map<String, Object>{ 'snake_key' => … }` literal or a `.put('snake_key', …)` call: Zoom's field names are
//    snake_case, so a test spelling one out is building a Zoom shape by hand;
// except what EXEMPT lists with its reason. ZoomFixtureData (generated from the typed files) and ZoomFixtures are
// the sanctioned way in; WebhookSignatureVectors is generated too (the signed typed fixtures, plus the deliberately
// malformed bodies of scripts/lib/webhook-signature.mjs NOT_ZOOM_BODIES that the endpoint must refuse with 400).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Zoom answers in Apex tests come from typed fixtures (no hand-built Zoom JSON)';

const RULE = 'zoom-answers';
const SANCTIONED = new Set(['ZoomFixtureData.cls', 'ZoomFixtures.cls', 'WebhookSignatureVectors.cls']);
const ZOOM_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
/** Zoom's REST error body (code, message, errors) and its OAuth error body (reason, error): neither has a rivet type. */
const ERROR_KEYS = new Set(['code', 'message', 'errors', 'reason', 'error']);

/** Every object key in a parsed JSON value, at any depth. */
function keysOf(value, into = []) {
    if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
            into.push(k);
            keysOf(v, into);
        }
    }
    return into;
}

/** Hand-built shapes that are allowed, each with why: matched on a key the literal (or put) contains. */
export const EXEMPT = [
    {
        keys: ['access_token', 'api_url'],
        reason: 'the OAuth token answer of POST /oauth/token is not a REST API answer; @zoom/rivet types only its SDK token store, not the wire response'
    }
];

/** Blanks comments (keeping strings and offsets). */
function blankComments(src) {
    return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) =>
        m.startsWith("'") ? m : m.replace(/[^\n]/g, ' ')
    );
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;
const unquote = (literal) => literal.slice(1, -1).replace(/\\(.)/g, '$1');

/** The text from the `{` at `open` to its matching `}` (strings skipped). */
function braceBody(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            i++;
            while (i < text.length && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
        } else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) return text.slice(open, i + 1);
    }
    return text.slice(open);
}

function exempt(keys) {
    return EXEMPT.find((e) => e.keys.some((k) => keys.includes(k)));
}

/** Problems of one test class source. */
export function scan(file, source) {
    const text = blankComments(source);
    const problems = [];
    for (const m of text.matchAll(/'(?:\\.|[^'\\\n])*'/g)) {
        const value = unquote(m[0]);
        if (!/^\s*[[{]\s*"/.test(value)) continue;
        let keys;
        try {
            keys = keysOf(JSON.parse(value));
        } catch {
            keys = [...value.matchAll(/"([^"\\]+)"\s*:/g)].map((k) => k[1]);
        }
        if (!keys.some((k) => ZOOM_KEY.test(k))) continue;
        if (keys.every((k) => ERROR_KEYS.has(k)) || exempt(keys)) continue;
        problems.push({
            file,
            line: lineOf(text, m.index),
            rule: RULE,
            message: `hand-written Zoom JSON ${m[0].slice(0, 40)}…: use a fixture of force-app/test/zoom through ZoomFixtures`
        });
    }
    for (const m of text.matchAll(/new\s+Map\s*<\s*String\s*,\s*Object\s*>\s*\{/gi)) {
        const body = braceBody(text, m.index + m[0].length - 1);
        const keys = [...body.matchAll(/'((?:\\.|[^'\\\n])*)'\s*=>/g)].map((k) => unquote(`'${k[1]}'`));
        const zoomKeys = keys.filter((k) => ZOOM_KEY.test(k));
        if (zoomKeys.length === 0 || exempt(keys)) continue;
        problems.push({
            file,
            line: lineOf(text, m.index),
            rule: RULE,
            message: `builds a Zoom shape by hand (${zoomKeys.slice(0, 3).join(', ')}): start from a fixture (ZoomFixtures.item/data) and change fields with ZoomFixtures.with`
        });
    }
    for (const m of text.matchAll(/\.put\s*\(\s*'((?:\\.|[^'\\\n])*)'\s*,/g)) {
        const key = unquote(`'${m[1]}'`);
        if (!ZOOM_KEY.test(key) || exempt([key])) continue;
        problems.push({
            file,
            line: lineOf(text, m.index),
            rule: RULE,
            message: `sets Zoom field '${key}' with put: use ZoomFixtures.with, which fails when Zoom's shape has no such field`
        });
    }
    return problems;
}

/** Whether the class in `source` is an @IsTest class (the annotation before its first `class`). */
function isTestClass(source) {
    const head = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').split(/\bclass\b/i)[0];
    return /@IsTest\b/i.test(head);
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    let scanned = 0;
    for (const abs of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.cls'))) {
        if (SANCTIONED.has(path.basename(abs))) continue;
        const source = readFileSync(abs, 'utf8');
        if (!isTestClass(source)) continue;
        scanned++;
        problems.push(...scan(rel(root, abs), source));
    }
    return {
        problems,
        summary: `${scanned} Apex test classes build no Zoom answer by hand (${EXEMPT.length} exemption(s) with reasons)`
    };
}

runIfMain(import.meta.url, () => run());
