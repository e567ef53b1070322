// Issue #16 (Zoom Phone), DESIGN §5 "Zoom API facts": Zoom retires the Zoom Phone call-log endpoints
// (`/phone/call_logs`, `/phone/users/{userId}/call_logs`, `/phone/call_logs/{callLogId}`; changelog of 19 December 2023
// and its later extensions) in favour of the call history (`/phone/call_history`, `/phone/users/{userId}/call_history`,
// `/phone/call_history/{callHistoryUuid}`). Code that calls a retired endpoint works in a test (the mock answers
// anything) and stops working in the customer's org on Zoom's date, so no Apex string may name one.
//
// Rules (each problem names file and line):
//   retired-endpoint   a string literal (not a comment) of a shipped Apex class whose text names a retired Zoom path
//                      (`/call_logs` as a path segment; the JSON key `call_logs` of Zoom's answers and events is
//                      not a path); the message names the endpoint to use instead. Test classes (@IsTest) call no
//                      Zoom and may name the retired path to assert it is not called.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Zoom endpoints (no Apex calls an endpoint Zoom retires)';

/** Retired Zoom paths: a test on the text of a string literal, and what to call instead. */
export const RETIRED = [
    {
        test: /\/call_logs(\/|\?|$)/,
        name: '/phone/call_logs (and /phone/users/{userId}/call_logs)',
        instead: '/phone/call_history (ZoomCallHistoryClient); call_id, call_history_uuid and call_element_id are kept'
    }
];

/** Apex source with comments blanked out (same length, newlines kept, so offsets and lines stay true). */
export function withoutComments(source) {
    let out = '';
    let i = 0;
    while (i < source.length) {
        const two = source.slice(i, i + 2);
        if (source[i] === "'") {
            const end = literalEnd(source, i);
            out += source.slice(i, end);
            i = end;
        } else if (two === '//') {
            const end = source.indexOf('\n', i);
            const stop = end < 0 ? source.length : end;
            out += ' '.repeat(stop - i);
            i = stop;
        } else if (two === '/*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end < 0 ? source.length : end + 2;
            out += source.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else {
            out += source[i];
            i++;
        }
    }
    return out;
}

/** Offset just after the Apex string literal starting at `start` (a quote; backslash escapes). */
function literalEnd(source, start) {
    let i = start + 1;
    while (i < source.length && source[i] !== "'" && source[i] !== '\n') {
        i += source[i] === '\\' ? 2 : 1;
    }
    return Math.min(source.length, i + 1);
}

/** The string literals of Apex source (comments ignored): text and offset of each. */
export function literals(source) {
    const code = withoutComments(source);
    return [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => ({ text: m[1], index: m.index }));
}

export async function run({ root = ROOT, retired = RETIRED } = {}) {
    const problems = [];
    const files = listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.cls'));
    let literalCount = 0;
    let shipped = 0;
    for (const file of files) {
        const source = readFileSync(file, 'utf8');
        if (/^\s*@IsTest\b/i.test(withoutComments(source))) continue;
        shipped++;
        for (const literal of literals(source)) {
            literalCount++;
            const hit = retired.find((r) => r.test.test(literal.text));
            if (hit) {
                problems.push({
                    file: rel(root, file),
                    line: lineAt(source, literal.index),
                    rule: 'retired-endpoint',
                    message: `'${literal.text}' names ${hit.name}, which Zoom retires: call ${hit.instead}`
                });
            }
        }
    }
    return {
        problems,
        summary: `${literalCount} string literal(s) in ${shipped} shipped Apex class(es) name no retired Zoom endpoint (${retired.map((r) => r.name).join('; ')})`
    };
}

await runIfMain(import.meta.url, run);
