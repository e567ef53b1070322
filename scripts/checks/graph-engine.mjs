// Salesforce Graph Engine (@salesforce/code-analyzer-sfge-engine, through @salesforce/code-analyzer-core; Java 17+):
// data-flow rules over every path from each entry point of the package's Apex (Aura-enabled, Visualforce,
// invocable, REST and global methods…): field- and object-level security of every SOQL/DML (ApexFlsViolation),
// null dereferences, SOQL binds that may be null, database operations in loops, sharing, mass schema lookups.
//
// Deterministic settings (the engine's defaults, 8 threads and a 30 s timeout per entry point, give results that
// change from run to run on a loaded machine): SETTINGS below. An entry point that times out is a problem (its
// findings are missing, so the run proves nothing about it) unless the reviewed file accepts that entry point's
// timeout, with its reason, as rule GraphEngineTimeout (for an entry point whose paths explode even on an idle
// machine; it is still listed as not analysed on every run). When any entry point timed out, the reviewed file's
// Graph Engine entries are not judged stale (findings reached only through it are missing); a GraphEngineTimeout
// entry itself is never judged stale, since whether an entry point finishes depends on the machine. Test classes are left out of the graph (production
// code cannot reference them; they only add paths), so the engine's "workspace appears incomplete" warning is
// expected and not shown.
// An entry point the engine cannot analyse (a construct it does not support: it then reports an internal error for
// that entry point) is listed in the output of every run, and is a problem until it is accepted with its reason, as
// rule GraphEngineUnanalysed, in config/code-analyzer-allowlist.json, the same reviewed file that
// holds every accepted PMD, CPD and Graph Engine finding (scripts/lib/analyzer-allowlist.mjs).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createEnginePlugin } from '@salesforce/code-analyzer-sfge-engine';
import { openAnalyzer } from '../lib/code-analyzer.mjs';
import { ALLOWLIST, accept, readAllowlist, sourceLineReader, unusedEntries } from '../lib/analyzer-allowlist.mjs';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { formatProblem, runIfMain } from '../lib/report.mjs';
import { findJava } from './apex-semantics.mjs';

export const label = 'Salesforce Graph Engine (data-flow FLS, null checks, DML in loops)';

const SELF = 'scripts/checks/graph-engine.mjs';

export { ALLOWLIST };

/**
 * Fixed engine settings, so two runs give the same answer: 2 threads, 3 GB heap, and a per-entry-point timeout of
 * 10 minutes. The timeout is wall-clock time: on a quiet 2-core machine the slowest entry point takes about 6 s, but
 * with the machine shared by 8 processes a 120 s limit was hit (ZoomSetupController.getSetupStatus and
 * testConnection), silently dropping every finding below those entry points; 600 s leaves 100 times the quiet time.
 */
export const SETTINGS = { java_thread_count: 2, java_thread_timeout: 600000, java_max_heap_size: '3g' };

/** The pseudo-rule under which an entry point the engine could not analyse is reported and accepted. */
export const UNANALYSED = 'GraphEngineUnanalysed';

/** The pseudo-rule of an entry point whose analysis timed out (accepted only per entry point, with a reason). */
export const TIMEOUT = 'GraphEngineTimeout';

/** The Graph Engine's rules (all of them run); the reviewed file's entries for these belong to this check. */
export const GRAPH_ENGINE_RULES = [
    'ApexFlsViolation',
    'ApexNullPointerException',
    'AvoidDatabaseOperationInLoop',
    'AvoidMultipleMassSchemaLookups',
    'DatabaseOperationsMustUseWithSharing',
    'MissingNullCheckOnSoqlVariable',
    'UnimplementedType',
    UNANALYSED,
    TIMEOUT
];

/** True when an Apex class is a test class (@IsTest before its `class` keyword). */
export function isTestClass(text) {
    const head = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').split(/\bclass\b/i)[0];
    return /@istest\b/i.test(head);
}

/**
 * What the engine reads under force-app: Apex sources (tests left out), Visualforce pages and components, and
 * every -meta.xml file (object metadata tells it, for example, which objects are custom settings).
 */
export function graphFiles(root) {
    const all = listFiles(path.join(root, 'force-app'), (f) => /\.(cls|trigger|page|component)$|-meta\.xml$/.test(f));
    const tests = new Set(
        all
            .filter((f) => f.endsWith('.cls') && isTestClass(readFileSync(f, 'utf8')))
            .flatMap((f) => [f, `${f}-meta.xml`])
    );
    const files = all.filter((f) => !tests.has(f) && !rel(root, f).startsWith('force-app/test/'));
    return { files, targets: files.filter((f) => /\.(cls|trigger)$/.test(f)), tests: tests.size / 2 };
}

const ENTRY_ERROR = /^Internal execution error while scanning entry point: (.+?):(\d+):(\d+): ([\s\S]*)$/;

/** The kind (timeout or internal error) and the useful part of the engine's message about an entry point. */
function unanalysed(text) {
    const cause = (/Error and stacktrace: ([\s\S]*)/.exec(text)?.[1] ?? text).split('\n')[0].replace(/\s+/g, ' ');
    if (/timed out/i.test(cause)) {
        return {
            rule: TIMEOUT,
            message:
                `entry point not analysed: ${cause.slice(0, 120)}; its findings are missing, so this run proves ` +
                `nothing about it (machine overloaded, or the entry point's paths exploded)`
        };
    }
    return { rule: UNANALYSED, message: `entry point not analysed, unsupported by the engine: ${cause.slice(0, 160)}` };
}

/**
 * Runs every Graph Engine rule from every non-test entry point and applies the reviewed file.
 * @param {{root?: string, java?: string, settings?: object}} [options] `settings`: SETTINGS unless a self-test
 *   needs others (a tiny timeout)
 * @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule: string}>,
 *   summary: string, notes: string[]}>} `notes`: the entry points not analysed (shown even when accepted)
 */
export async function run({ root = ROOT, java, settings = SETTINGS } = {}) {
    const runtime = await findJava(java);
    if (!runtime.ok) {
        return {
            problems: [{ file: SELF, rule: 'java', message: runtime.message }],
            summary: 'Java 17 not found',
            notes: []
        };
    }
    const { files, targets, tests } = graphFiles(root);
    const allow = readAllowlist(root);
    const problems = [...allow.problems];
    if (targets.length === 0) return { problems, summary: 'no Apex sources', notes: [] };

    const logs = path.join(root, '.check-tmp', `graph-engine-${process.pid}-${Date.now()}`);
    mkdirSync(logs, { recursive: true });
    try {
        const { analyzer, errors } = await openAnalyzer(
            {
                engines: { sfge: { java_command: runtime.command, ...settings } },
                log_folder: logs,
                suppressions: { disable_suppressions: true }
            },
            root,
            createEnginePlugin()
        );

        const workspace = await analyzer.createWorkspace(files, targets);
        const selection = await analyzer.selectRules(['sfge'], { workspace });
        const rules = selection.getEngineNames().includes('sfge') ? selection.getRulesFor('sfge') : [];
        const selected = new Set([...rules.map((r) => r.getName()), UNANALYSED, TIMEOUT]);
        for (const name of GRAPH_ENGINE_RULES.filter((n) => !selected.has(n))) {
            problems.push({
                file: SELF,
                rule: 'selection',
                message: `Graph Engine rule ${name} is not available any more`
            });
        }

        const results = await analyzer.run(selection, { workspace });
        const sourceLine = sourceLineReader(root);
        const findings = results.getViolations().map((v) => {
            const at = v.getPrimaryLocation();
            const source = v.getCodeLocations()[0];
            let message = v.getMessage().replace(/\s+/g, ' ').trim();
            if (source && source !== at && source.getFile()) {
                message += ` (entry point ${rel(root, source.getFile())}:${source.getStartLine()})`;
            }
            return {
                file: at.getFile() ? rel(root, at.getFile()) : SELF,
                line: at.getStartLine(),
                rule: v.getRule().getName(),
                message
            };
        });
        const notes = [];
        for (const text of errors) {
            const m = ENTRY_ERROR.exec(text);
            if (!m) {
                problems.push({
                    file: SELF,
                    rule: 'engine-error',
                    message: `Graph Engine error: ${text.slice(0, 400)}`
                });
                continue;
            }
            findings.push({ file: rel(root, m[1]), line: Number(m[2]), ...unanalysed(m[4]) });
        }
        // One finding per file, line, rule and message (paths from several entry points reach the same line).
        const unique = [...new Map(findings.map((f) => [formatProblem(f), f])).values()];
        let waived = 0;
        for (const finding of unique) {
            const entry = accept(allow.entries, finding, sourceLine);
            if (finding.rule === UNANALYSED || finding.rule === TIMEOUT) {
                notes.push(`not analysed: ${formatProblem(finding)}${entry ? ` [accepted in ${ALLOWLIST}]` : ''}`);
            }
            if (entry) waived++;
            else problems.push(finding);
        }
        const timeouts = unique.filter((f) => f.rule === TIMEOUT).length;
        const judged = new Set(GRAPH_ENGINE_RULES.filter((rule) => rule !== TIMEOUT));
        if (timeouts === 0) problems.push(...unusedEntries(allow.entries, judged));
        problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
        notes.sort();

        const count = problems.length;
        const summary =
            `${count} violation${count === 1 ? '' : 's'}, ${rules.length} rules, ${targets.length} Apex files` +
            ` (${tests} test classes left out), ${notes.length} entry point${notes.length === 1 ? '' : 's'} not analysed` +
            (timeouts ? ` (${timeouts} timed out: accepted findings not judged)` : '') +
            (waived ? `, ${waived} accepted in ${ALLOWLIST}` : '');
        return { problems, summary, notes };
    } finally {
        if (!process.env.KEEP_GE_LOGS) rmSync(logs, { recursive: true, force: true });
    }
}

await runIfMain(import.meta.url, async () => {
    const result = await run();
    for (const note of result.notes) console.log(note);
    return result;
});
