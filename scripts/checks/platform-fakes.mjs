// Check (d) of issue #9, "platform fakes are complete": where Apex code or tests fake or branch on a platform answer
// whose values the platform enumerates (an external credential's authentication status, a finalizer's parent job
// result, AsyncApexJob.Status, CronTrigger.State), every documented value is accounted for. The defect this catches:
// Zoom Setup counted only `Configured` and its test faked only Configured and NotConfigured, while Connect API answers
// `Unknown` for a Custom-protocol external credential — the one the package ships.
//
// Rules (each problem names file and line):
//   fake-incomplete     a test class that fakes an Apex platform enum (references Enum.VALUE) or builds a fake
//                       platform record carrying a status field (new CronTrigger(State = '…'), a map with 'State' =>
//                       '…' in a class that names CronTrigger) must fake every documented value of it
//   switch-incomplete   a `switch on` over a platform enum without `when else` lists every documented value
//   unknown-value       a string literal compared with a platform status field (SOQL WHERE/IN on the object, Apex
//                       `x.Field == '…'` on a variable of that SObject type) or a `Enum.VALUE` reference is one of the
//                       documented values (a misspelt or invented value never matches)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, listFiles, rel, lineAt } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Platform fakes are complete (every documented value of a faked platform enum)';

/**
 * Platform enums and status fields with their documented values. Each list was checked against the cited page
 * (Salesforce Apex Reference / Object Reference); keep the citation when adding one.
 */
export const PLATFORM_ENUMS = [
    {
        id: 'ConnectApi.CredentialAuthenticationStatus',
        kind: 'enum',
        names: ['ConnectApi.CredentialAuthenticationStatus'],
        values: ['Configured', 'NotConfigured', 'Unknown'],
        source:
            'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_connectapi_output_external_credential_principal.htm ' +
            '(authenticationStatus: Configured, NotConfigured, Unknown — "can\'t be determined because the authentication protocol is custom")'
    },
    {
        id: 'System.ParentJobResult',
        kind: 'enum',
        names: ['System.ParentJobResult', 'ParentJobResult'],
        values: ['SUCCESS', 'UNHANDLED_EXCEPTION'],
        source: 'https://developer.salesforce.com/docs/platform/apex-ref/references/apex-ref/apex-enum-system-parentjobresult.html'
    },
    {
        id: 'AsyncApexJob.Status',
        kind: 'field',
        object: 'AsyncApexJob',
        field: 'Status',
        values: ['Holding', 'Queued', 'Preparing', 'Processing', 'Aborted', 'Completed', 'Failed'],
        source: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-asyncapexjob.html (Status, restricted picklist)'
    },
    {
        id: 'CronTrigger.State',
        kind: 'field',
        object: 'CronTrigger',
        field: 'State',
        values: [
            'WAITING',
            'ACQUIRED',
            'EXECUTING',
            'COMPLETE',
            'ERROR',
            'DELETED',
            'PAUSED',
            'BLOCKED',
            'PAUSED_BLOCKED'
        ],
        source: 'https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-crontrigger.html (State)'
    }
];

/**
 * Files whose findings are reported to their owner and do not fail the step until fixed (empty: nothing is pending).
 * A listed file without findings fails the step (remove the entry), so the table cannot go stale.
 */
export const PENDING = new Map([]);

/** Replaces comments by spaces (keeping offsets and lines); string literals stay. */
function blankComments(src) {
    return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) =>
        m.startsWith("'") ? m : m.replace(/[^\n]/g, ' ')
    );
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isTestSource = (src) => /@IsTest\b[\s\S]{0,200}?\bclass\b/i.test(src.slice(0, 2000));

/** Every `Enum.VALUE` reference of a table enum in `src`: [{entry, value, index}]. */
function enumReferences(src, entry) {
    const out = [];
    // Longest names first, and a plain name must not be the tail of a qualified one (System.ParentJobResult).
    const names = [...entry.names].sort((a, b) => b.length - a.length).map(esc);
    const re = new RegExp(`(?<![\\w.])(?:zoomsf\\.)?(?:${names.join('|')})\\s*\\.\\s*(\\w+)\\b(?!\\s*\\()`, 'gi');
    for (const m of src.matchAll(re)) {
        if (/^(values|valueOf|name|ordinal)$/i.test(m[1])) continue;
        out.push({ entry, value: m[1], index: m.index });
    }
    return out;
}

/** String literals a SOQL query on the entry's object compares with its field: [{value, index}]. */
function soqlLiterals(src, entry) {
    const out = [];
    const query = new RegExp(`\\[\\s*SELECT\\b[^\\]]*?\\bFROM\\s+${esc(entry.object)}\\b[^\\]]*\\]`, 'gi');
    for (const q of src.matchAll(query)) {
        const text = q[0];
        const cmp = new RegExp(
            `(?<![\\w.])${esc(entry.field)}\\s*(?:=|!=|<>|\\bNOT\\s+IN\\b|\\bIN\\b)\\s*(\\(\\s*'[^)]*\\)|'(?:\\\\.|[^'\\\\])*')`,
            'gi'
        );
        for (const c of text.matchAll(cmp)) {
            for (const lit of c[1].matchAll(/'((?:\\.|[^'\\])*)'/g)) {
                out.push({ value: lit[1], index: q.index + c.index + c[0].indexOf(lit[0]) });
            }
        }
    }
    return out;
}

/** Variables declared of the entry's SObject type (CronTrigger job, List<CronTrigger> jobs, for (CronTrigger j : …)). */
function variablesOf(src, entry) {
    const names = new Set();
    const re = new RegExp(`\\b${esc(entry.object)}\\s+(\\w+)\\s*[=;:)]`, 'g');
    for (const m of src.matchAll(re)) names.add(m[1]);
    return names;
}

/** String literals Apex compares with `<var of the object>.<field>`: [{value, index}]. */
function apexLiterals(src, entry) {
    const out = [];
    const vars = variablesOf(src, entry);
    if (!vars.size) return out;
    const v = [...vars].map(esc).join('|');
    const f = esc(entry.field);
    const patterns = [
        new RegExp(`\\b(?:${v})\\s*\\.\\s*${f}\\s*(?:==|!=)\\s*'((?:\\\\.|[^'\\\\])*)'`, 'gi'),
        new RegExp(`'((?:\\\\.|[^'\\\\])*)'\\s*(?:==|!=)\\s*(?:${v})\\s*\\.\\s*${f}\\b`, 'gi'),
        new RegExp(`\\b(?:${v})\\s*\\.\\s*${f}\\s*\\.\\s*equals(?:IgnoreCase)?\\s*\\(\\s*'((?:\\\\.|[^'\\\\])*)'`, 'gi')
    ];
    for (const re of patterns) for (const m of src.matchAll(re)) out.push({ value: m[1], index: m.index });
    return out;
}

/** Values a test fakes for a status field: new Obj(Field = '…') and map entries 'Field' => '…'. */
function fakedFieldValues(src, entry) {
    const out = [];
    const ctor = new RegExp(`new\\s+${esc(entry.object)}\\s*\\(([^)]*)\\)`, 'gi');
    for (const m of src.matchAll(ctor)) {
        const a = new RegExp(`\\b${esc(entry.field)}\\s*=\\s*'((?:\\\\.|[^'\\\\])*)'`, 'i').exec(m[1]);
        if (a) out.push({ value: a[1], index: m.index });
    }
    if (new RegExp(`\\b${esc(entry.object)}\\b`).test(src)) {
        const map = new RegExp(`'${esc(entry.field)}'\\s*=>\\s*'((?:\\\\.|[^'\\\\])*)'`, 'g');
        for (const m of src.matchAll(map)) out.push({ value: m[1], index: m.index });
    }
    return out;
}

/** `switch on` blocks over a table enum without `when else` that miss values: [{index, missing}]. */
function incompleteSwitches(src, entry) {
    const out = [];
    const re = /\bswitch\s+on\b[^{]*\{/gi;
    for (const m of src.matchAll(re)) {
        let depth = 0;
        let end = m.index + m[0].length - 1;
        for (let i = end; i < src.length; i++) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}' && --depth === 0) {
                end = i;
                break;
            }
        }
        const body = src.slice(m.index, end);
        const refs = enumReferences(body, entry);
        const whens = [...body.matchAll(/\bwhen\s+([^{]+)\{/gi)].map((w) => w[1]);
        if (!refs.length && !whens.some((w) => entry.values.some((v) => new RegExp(`\\b${v}\\b`).test(w)))) continue;
        if (whens.some((w) => /^\s*else\s*$/i.test(w))) continue;
        const listed = new Set(whens.flatMap((w) => w.split(',').map((s) => s.trim().split('.').pop())));
        const missing = entry.values.filter((v) => !listed.has(v));
        if (missing.length && (refs.length || listed.size)) out.push({ index: m.index, missing });
    }
    return out;
}

/** Generic fakes that never stand in for a platform answer. */
const NOT_SEAMS = new Set(['exception', 'httpcalloutmock', 'webservicemock', 'stubprovider']);

/**
 * The seams the enum references of a test class fake: the interfaces/classes of the inner fake classes that hold a
 * reference, else of every inner fake class of the file, else the file itself.
 */
function seamsOf(src, refs) {
    const fakes = [];
    const re =
        /\bclass\s+(\w+)\s+(?:extends|implements)\s+([\w.]+(?:\s*,\s*[\w.]+)*)\s*(?:implements\s+([\w.]+(?:\s*,\s*[\w.]+)*)\s*)?\{/gi;
    for (const m of src.matchAll(re)) {
        let depth = 0;
        let end = src.length;
        for (let i = m.index + m[0].length - 1; i < src.length; i++) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}' && --depth === 0) {
                end = i;
                break;
            }
        }
        const seams = `${m[2]},${m[3] ?? ''}`
            .split(',')
            .map((x) => x.trim())
            .filter((x) => x && !NOT_SEAMS.has(x.toLowerCase()));
        if (seams.length) fakes.push({ start: m.index, end, seams });
    }
    const holding = fakes.filter((f) => refs.some((r) => r.index > f.start && r.index < f.end));
    const chosen = holding.length ? holding : fakes;
    const seams = [...new Set(chosen.flatMap((f) => f.seams))];
    return seams.length ? seams : ['(test class)'];
}

/**
 * Runs the check on the project at `root`. Options: `pending` replaces the PENDING table (self-tests).
 * @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule?: string}>, summary: string}>}
 */
export async function run({ root = ROOT, pending = PENDING } = {}) {
    const files = listFiles(path.join(root, 'force-app'), (p) => /\.(cls|trigger)$/.test(p));
    const problems = [];
    const pendingHits = new Map();
    let fakes = 0;
    const groups = new Map();
    let comparisons = 0;
    const report = (file, src, index, rule, message) => {
        if (pending.has(file)) {
            pendingHits.set(file, (pendingHits.get(file) ?? 0) + 1);
            return;
        }
        problems.push({ file, line: lineAt(src, index), rule, message });
    };
    for (const abs of files) {
        const file = rel(root, abs);
        const src = blankComments(readFileSync(abs, 'utf8'));
        const isTest = isTestSource(src);
        for (const entry of PLATFORM_ENUMS) {
            const documented = (v) => entry.values.includes(v);
            const cite = `documented values of ${entry.id}: ${entry.values.join(', ')}`;
            if (entry.kind === 'enum') {
                const refs = enumReferences(src, entry);
                for (const r of refs.filter((r) => !documented(r.value))) {
                    report(file, src, r.index, 'unknown-value', `${entry.id}.${r.value} is not a ${cite}`);
                }
                if (isTest && refs.length) {
                    fakes++;
                    for (const seam of seamsOf(src, refs)) {
                        const key = `${entry.id}|${seam}`;
                        if (!groups.has(key)) groups.set(key, { entry, seam, seen: new Set(), sites: [] });
                        const group = groups.get(key);
                        for (const r of refs) group.seen.add(r.value);
                        group.sites.push({ file, src, index: refs[0].index });
                    }
                }
                for (const s of incompleteSwitches(src, entry)) {
                    report(
                        file,
                        src,
                        s.index,
                        'switch-incomplete',
                        `switch on ${entry.id} has no 'when else' and misses ${s.missing.join(', ')} (${cite})`
                    );
                }
            } else {
                const literals = [...soqlLiterals(src, entry), ...apexLiterals(src, entry)];
                comparisons += literals.length;
                for (const l of literals.filter((l) => !documented(l.value))) {
                    report(
                        file,
                        src,
                        l.index,
                        'unknown-value',
                        `'${l.value}' is compared with ${entry.id} but is not one of its ${cite}`
                    );
                }
                const faked = isTest ? fakedFieldValues(src, entry) : [];
                if (faked.length) {
                    fakes++;
                    for (const f of faked.filter((f) => !documented(f.value))) {
                        report(
                            file,
                            src,
                            f.index,
                            'unknown-value',
                            `fake ${entry.id} '${f.value}' is not one of its ${cite}`
                        );
                    }
                    const seen = new Set(faked.map((f) => f.value));
                    const missing = entry.values.filter((v) => !seen.has(v));
                    if (missing.length) {
                        report(
                            file,
                            src,
                            faked[0].index,
                            'fake-incomplete',
                            `this test fakes ${entry.id} records but never with ${missing.join(', ')} (${cite}); ` +
                                'add a case per missing value'
                        );
                    }
                }
            }
        }
    }
    // A fake covers an enum together with the other fakes of the same seam (the interface or class the fake stands in
    // for, e.g. ZoomCredentialStatus.Reader or FinalizerContext), in whichever test class they live.
    for (const group of groups.values()) {
        const { entry } = group;
        const missing = entry.values.filter((v) => !group.seen.has(v));
        if (!missing.length) continue;
        const cite = `documented values of ${entry.id}: ${entry.values.join(', ')}`;
        for (const site of group.sites) {
            report(
                site.file,
                site.src,
                site.index,
                'fake-incomplete',
                `the fakes of ${group.seam} answer ${entry.id} but never ${missing.join(', ')}: the platform can ` +
                    `answer ${missing.length > 1 ? 'them' : 'it'} (${cite}); fake every value (one test per value)`
            );
        }
    }
    for (const [file, owner] of pending) {
        if (!pendingHits.has(file)) {
            problems.push({
                file,
                rule: 'fake-incomplete',
                message: `listed as pending (${owner}) in platform-fakes.mjs but has no finding any more: remove it from PENDING`
            });
        }
    }
    const pendingCount = [...pendingHits.values()].reduce((a, b) => a + b, 0);
    return {
        problems,
        summary:
            `${PLATFORM_ENUMS.length} platform enums, ${fakes} faking test class(es), ${comparisons} compared literal(s)` +
            (pendingCount
                ? `; ${pendingCount} finding(s) in ${pendingHits.size} other owners' files pending (findings.md)`
                : '')
    };
}

await runIfMain(import.meta.url, run);
