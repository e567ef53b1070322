// Apex semantics through apex-ls (Apex Language Server), the jar that @salesforce/code-analyzer-pmd-engine ships:
// it parses every class and trigger and resolves types, methods and SObject fields against the platform types
// (API 65.0) and the project's own metadata (objects and fields under force-app), so it reports syntax errors,
// unknown types, unknown methods (or wrong argument types) and unknown fields.
//
//   java -cp "<pmd-engine>/dist/java-lib/*" io.github.apexdevtools.apexls.CheckForIssues -n -f json -w <root>
//   (-n no cache, -f json output, -d errors is the default detail level; exit code 4 means issues were found)
//
// Known apex-ls limits (checked by hand, apex-ls 6.0.2):
//  - field names inside SOQL (SELECT list and WHERE clause) are not checked (the metadata cross-reference check
//    covers them);
//  - once the project defines Activity custom fields (objects/Activity/fields), apex-ls stops checking field
//    names read from Event and Task (`ev.Bogus__c` and `ev.Bogus__r.Name` pass); still checked are field names in
//    `new Schema.Event(Field__c = …)` and fields on the far side of a valid lookup (`ev.Zoom_Meeting__r.Bogus__c`);
//  - lexer errors (e.g. a double-quoted string) go to stderr without a file name; they are reported only when
//    nothing else was found, so the check never passes on them.
// Java 17+ is required; without it the check fails with one problem that says how to install it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { readLabels } from '../lib/labels.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Apex semantics (apex-ls)';

/** Minimum Java major version for apex-ls and PMD 7. */
export const MIN_JAVA = 17;
export const JAVA_HINT = `Java ${MIN_JAVA} is required for the Apex checks: apt-get install -y openjdk-17-jre-headless`;

const SELF = 'scripts/checks/apex-semantics.mjs';
const MAIN_CLASS = 'io.github.apexdevtools.apexls.CheckForIssues';
const TIMEOUT_MS = 5 * 60 * 1000;

/** Runs a command; resolves with its exit code (or spawn error) and output, never rejects. */
function execute(command, args, options = {}) {
    return new Promise((resolve) => {
        execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
            resolve({ code, spawnError: error && code === null ? error : null, stdout, stderr });
        });
    });
}

const javaCache = new Map();

/**
 * Finds a Java 17+ runtime: `command` when given, else `$JAVA_HOME/bin/java` when that exists, else `java` on PATH.
 * @param {string} [command] explicit java executable (used by the self-tests)
 * @returns {Promise<{ok: boolean, command: string, major?: number, message?: string}>} `message` explains a failure
 */
export function findJava(command) {
    const fromHome = process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java');
    const java = command ?? (fromHome && existsSync(fromHome) ? fromHome : 'java');
    if (!javaCache.has(java)) {
        javaCache.set(
            java,
            execute(java, ['-version'], { timeout: 30_000 }).then(({ code, spawnError, stderr, stdout }) => {
                if (spawnError || code !== 0) {
                    const why = spawnError?.code === 'ENOENT' ? `no '${java}' command` : `'${java} -version' failed`;
                    return { ok: false, command: java, message: `${JAVA_HINT} (${why})` };
                }
                const version = /version\s+"?(\d+)(?:\.(\d+))?/i.exec(stderr + stdout);
                const major = version ? (version[1] === '1' ? Number(version[2]) : Number(version[1])) : NaN;
                if (!(major >= MIN_JAVA)) {
                    const found = Number.isFinite(major) ? `found Java ${major}` : 'could not read the Java version';
                    return { ok: false, command: java, major, message: `${JAVA_HINT} (${found} at '${java}')` };
                }
                return { ok: true, command: java, major };
            })
        );
    }
    return javaCache.get(java);
}

/** Folder holding the apex-ls and PMD jars of the installed @salesforce/code-analyzer-pmd-engine. */
export function javaLibDir() {
    const pkg = createRequire(import.meta.url).resolve('@salesforce/code-analyzer-pmd-engine/package.json');
    return path.join(path.dirname(pkg), 'dist', 'java-lib');
}

/**
 * Shortens ANTLR's "expecting {…200 tokens…}" in a parser message to its first few alternatives.
 * @param {string} message parser message
 * @returns {string}
 */
export function shortenExpecting(message) {
    return message.replace(/expecting \{([^}]{120,})\}/, (_, set) => {
        const first = set.split(', ').slice(0, 6).join(', ');
        return `expecting one of {${first}, …}`;
    });
}

/**
 * Converts apex-ls JSON output (`{ files: [{ path, messages: [{ start: { line }, category, message }] }] }`) into
 * problems. Throws when the text is not that shape.
 * @param {string} root project root the paths are made relative to
 * @param {string} text stdout of `CheckForIssues -f json`
 * @returns {Array<{file: string, line?: number, message: string, rule: string}>}
 */
export function parseIssues(root, text) {
    const data = JSON.parse(text);
    if (!data || !Array.isArray(data.files)) throw new Error('no "files" array');
    const problems = [];
    for (const entry of data.files) {
        if (typeof entry?.path !== 'string' || !Array.isArray(entry.messages)) throw new Error('malformed file entry');
        const file = rel(root, entry.path) || '.';
        for (const m of entry.messages) {
            const line = m?.start?.line;
            problems.push({
                file,
                line: Number.isInteger(line) && line > 0 ? line : undefined,
                rule: String(m?.category ?? 'apex-ls'),
                message: shortenExpecting(String(m?.message ?? JSON.stringify(m)))
            });
        }
    }
    return problems;
}

const UNKNOWN_LABEL = /^Unknown field or type '(\w+)' on 'System\.Label'$/;

/**
 * The problems left once apex-ls's "unknown label" errors for labels the project defines are dropped: apex-ls reads
 * labels only from a CustomLabels file (*.labels-meta.xml), not the decomposed label files
 * (force-app/main/<area>/labels/<Name>.label-meta.xml). A `Label.X` without a label file stays an error (and the
 * labels check reports it too).
 * @param {Array<{message: string}>} problems
 * @param {Set<string>} labelNames names of the project's custom labels
 */
export function withoutKnownLabels(problems, labelNames) {
    return problems.filter((p) => !labelNames.has(UNKNOWN_LABEL.exec(p.message)?.[1] ?? ''));
}

/**
 * Runs apex-ls over the project and returns its errors.
 * @param {{root?: string, java?: string}} [options] `root`: project root (sandbox in self-tests);
 *   `java`: java executable to use instead of auto-detection
 * @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule: string}>, summary: string}>}
 */
export async function run({ root = ROOT, java } = {}) {
    const runtime = await findJava(java);
    if (!runtime.ok) {
        return { problems: [{ file: SELF, rule: 'java', message: runtime.message }], summary: 'Java 17 not found' };
    }
    const sources = listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.cls') || f.endsWith('.trigger'));
    const classes = sources.filter((f) => f.endsWith('.cls')).length;
    const triggers = sources.length - classes;
    const scope = `${classes} classes` + (triggers ? `, ${triggers} triggers` : '');

    const args = ['-cp', path.join(javaLibDir(), '*'), MAIN_CLASS, '-n', '-f', 'json', '-w', root];
    const { code, spawnError, stdout, stderr } = await execute(runtime.command, args, {
        cwd: root,
        timeout: TIMEOUT_MS
    });
    const tail = (text) => text.trim().split('\n').slice(-5).join(' | ').slice(0, 500);
    const tool = (message) => ({ problems: [{ file: SELF, rule: 'apex-ls', message }], summary: 'apex-ls failed' });

    if (spawnError) return tool(`could not run apex-ls: ${spawnError.message}`);
    if (code !== 0 && code !== 4) {
        return tool(`apex-ls exited with code ${code}: ${tail(stderr || stdout) || 'no output'}`);
    }
    let problems;
    try {
        problems = parseIssues(root, stdout);
    } catch (e) {
        return tool(`unreadable apex-ls output (${e.message}): ${tail(stdout) || 'empty'}`);
    }
    const reported = problems.length;
    problems = withoutKnownLabels(problems, new Set(readLabels(root).map((l) => l.name)));
    if (reported === 0) {
        // ANTLR lexer errors are printed to stderr without a file; never let them pass silently.
        const lexer = stderr.split('\n').filter((l) => /^line \d+:\d+ /.test(l));
        problems = lexer.map((l) => ({ file: 'force-app', rule: 'Syntax', message: `apex-ls lexer error: ${l}` }));
    }
    if (code === 4 && reported === 0 && problems.length === 0)
        return tool('apex-ls exited with code 4 but reported no issue');
    const errors = problems.length;
    return { problems, summary: `${errors} error${errors === 1 ? '' : 's'} in ${scope}` };
}

await runIfMain(import.meta.url, run);
