// The one reviewed file of accepted Code Analyzer findings (PMD, CPD and the Salesforce Graph Engine), shared by the
// `pmd` and `graph-engine` checks. config/code-analyzer-allowlist.json is a JSON array of
//   { "rule": "<rule name>", "file": "<project-relative path or glob>", "line": <n>, "pattern": "<regex>",
//     "reason": "<why it is safe>" }
// `line` and `pattern` are optional and narrow the entry: `line` is the finding's (first) line, `pattern` a regular
// expression that must match the finding's message or the source text of its line. `file` may use `*` (within a
// folder name) and `**` (any folders): an entry with "file": "force-app/**" waives a rule everywhere, which is how a
// rule of the AppExchange or Recommended set that the project does not enforce is justified.
// Entries without a reason, with unknown keys, naming a rule no check selects, or matching no finding are reported
// by the check that owns the rule, so the list stays honest.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lineAt } from './project.mjs';

/** Project-relative path of the reviewed file. */
export const ALLOWLIST = 'config/code-analyzer-allowlist.json';

const KEYS = new Set(['rule', 'file', 'line', 'pattern', 'reason']);

/** 1-based line of each top-level array element in a JSON text (so problems name their entry). */
function elementLines(text) {
    const lines = [];
    let depth = 0;
    let inString = false;
    let expectValue = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\') i++;
            else if (c === '"') inString = false;
            continue;
        }
        if (depth === 1 && expectValue && !/[\s,\]]/.test(c)) {
            lines.push(lineAt(text, i));
            expectValue = false;
        }
        if (c === '"') inString = true;
        else if (c === '[' || c === '{') expectValue = ++depth === 1;
        else if (c === ']' || c === '}') depth--;
        else if (c === ',' && depth === 1) expectValue = true;
    }
    return lines;
}

/** A RegExp for a project-relative glob (`**` any folders, `*` any characters but `/`). */
export function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += glob[i + 2] === '/' ? 2 : 1;
        } else if (c === '*') re += '[^/]*';
        else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}

/**
 * Reads and validates the reviewed file. Invalid entries become problems and are not applied.
 * @param {string} root project root
 * @returns {{entries: Array<{rule: string, file: string, line?: number, pattern?: RegExp, reason: string,
 *   at: number, used: number, matchFile: (f: string) => boolean}>,
 *   problems: Array<{file: string, line?: number, message: string, rule: string}>}}
 */
export function readAllowlist(root) {
    const file = path.join(root, ALLOWLIST);
    const problems = [];
    const problem = (line, message) => problems.push({ file: ALLOWLIST, line, rule: 'allowlist', message });
    if (!existsSync(file)) return { entries: [], problems };
    const text = readFileSync(file, 'utf8');
    let data;
    try {
        data = JSON.parse(text);
    } catch (e) {
        const at = /position (\d+)/.exec(e.message);
        problem(at ? lineAt(text, Number(at[1])) : undefined, `is not valid JSON: ${e.message}`);
        return { entries: [], problems };
    }
    if (!Array.isArray(data)) {
        problem(1, 'must be a JSON array of { rule, file, reason } entries');
        return { entries: [], problems };
    }
    const lines = elementLines(text);
    const entries = [];
    const seen = new Set();
    data.forEach((entry, i) => {
        const at = lines[i];
        if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
            problem(at, 'an entry must be an object { rule, file, reason }');
            return;
        }
        const faults = [];
        for (const key of ['rule', 'file', 'reason']) {
            if (typeof entry[key] !== 'string' || !entry[key].trim()) faults.push(`"${key}" is missing or empty`);
        }
        const unknown = Object.keys(entry).filter((k) => !KEYS.has(k));
        if (unknown.length) faults.push(`unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}`);
        if ('line' in entry && !(Number.isInteger(entry.line) && entry.line > 0)) {
            faults.push('"line" must be a positive whole number');
        }
        let pattern;
        if ('pattern' in entry) {
            try {
                if (typeof entry.pattern !== 'string' || !entry.pattern) throw new Error('empty');
                pattern = new RegExp(entry.pattern);
            } catch (e) {
                faults.push(`"pattern" is not a regular expression (${e.message})`);
            }
        }
        if (faults.length) {
            problem(at, `entry not applied: ${faults.join('; ')} (every waiver needs a rule, a file and a reason)`);
            return;
        }
        const key = JSON.stringify([entry.rule, entry.file, entry.line, entry.pattern]);
        if (seen.has(key)) {
            problem(at, `duplicate entry for ${entry.rule} in ${entry.file}`);
            return;
        }
        seen.add(key);
        const fileRe = globToRegExp(entry.file);
        entries.push({
            rule: entry.rule,
            file: entry.file,
            line: entry.line,
            pattern,
            reason: entry.reason.trim(),
            at,
            used: 0,
            matchFile: (f) => fileRe.test(f)
        });
    });
    return { entries, problems };
}

/** Source text of 1-based `line` of a project file (empty when unreadable), cached per call site. */
export function sourceLineReader(root) {
    const cache = new Map();
    return (file, line) => {
        if (!file || !line) return '';
        if (!cache.has(file)) {
            try {
                cache.set(file, readFileSync(path.join(root, file), 'utf8').split('\n'));
            } catch {
                cache.set(file, []);
            }
        }
        return cache.get(file)[line - 1] ?? '';
    };
}

/**
 * The first entry that accepts a finding, or undefined. Marks it used.
 * @param {ReturnType<typeof readAllowlist>['entries']} entries
 * @param {{rule: string, file: string, line?: number, message: string}} finding
 * @param {(file: string, line?: number) => string} sourceLine
 */
export function accept(entries, finding, sourceLine) {
    const entry = entries.find(
        (e) =>
            e.rule === finding.rule &&
            e.matchFile(finding.file) &&
            (e.line === undefined || e.line === finding.line) &&
            (!e.pattern || e.pattern.test(finding.message) || e.pattern.test(sourceLine(finding.file, finding.line)))
    );
    if (entry) entry.used++;
    return entry;
}

/** Problems for entries of `rules` that matched no finding (stale waivers). */
export function unusedEntries(entries, rules) {
    return entries
        .filter((e) => e.used === 0 && rules.has(e.rule))
        .map((e) => ({
            file: ALLOWLIST,
            line: e.at,
            rule: 'allowlist',
            message:
                `entry matches no ${e.rule} finding in ${e.file}` +
                (e.line ? ` at line ${e.line}` : '') +
                (e.pattern ? ` matching /${e.pattern.source}/` : '') +
                ' any more: remove it'
        }));
}
