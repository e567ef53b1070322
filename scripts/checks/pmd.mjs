// Salesforce Code Analyzer's PMD and CPD engines on every language of the package, through its Node API
// (@salesforce/code-analyzer-core + the plugin of @salesforce/code-analyzer-pmd-engine; Java 17+).
//
// PMD rule selection (PMD 7.26 names; a named rule that disappears in an upgrade is reported, never skipped):
//  - the AppExchange and Recommended rule sets (rule tags) on Apex, XML (metadata), Visualforce, HTML (LWC
//    templates, Aura markup) and JavaScript (the LWC TypeScript emitted as ES5 JavaScript, because PMD's JavaScript
//    parser stops at newer syntax such as `catch {}` and does not visit ES2015 class bodies; findings are reported
//    at the .ts line through the source map, see scripts/lib/emit-js-for-analysis.mjs);
//  - on Apex also every rule tagged Security, Performance or ErrorProne, and EXTRA_RULES.
// CPD (copy/paste detection, PMD's 100-token minimum) on Apex, the LWC TypeScript and Visualforce.
// Rules of those sets that the project does not enforce are not deselected here: they run, and each is waived
// rule-wide, with its reason, in the one reviewed file of accepted findings, config/code-analyzer-allowlist.json
// (see scripts/lib/analyzer-allowlist.mjs), together with every accepted single finding.
// Shipped sources only: __tests__ folders, force-app/test and the LWC build output (lwc/**/*.js) are not scanned.
// Code Analyzer's inline suppression markers are disabled, and PMD's and CPD's own (@SuppressWarnings('PMD…'),
// NOPMD, CPD-OFF) are reported: the reviewed file is the one place where findings are waived. Engine errors (a file
// PMD cannot parse) fail the check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { openAnalyzer } from '../lib/code-analyzer.mjs';
import { ALLOWLIST, accept, readAllowlist, sourceLineReader, unusedEntries } from '../lib/analyzer-allowlist.mjs';
import { emitForAnalysis } from '../lib/emit-js-for-analysis.mjs';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { findJava, shortenExpecting } from './apex-semantics.mjs';
import { GRAPH_ENGINE_RULES } from './graph-engine.mjs';

export const label = 'Code Analyzer: PMD AppExchange + Recommended (Apex, XML, Visualforce, HTML, JS) + CPD';

export { ALLOWLIST };

const SELF = 'scripts/checks/pmd.mjs';

/** Languages the PMD engine scans (its names). */
export const PMD_LANGUAGES = ['apex', 'xml', 'visualforce', 'html', 'javascript'];

/** The Code Analyzer rule sets (tags) applied to every language. */
export const RULE_SETS = ['AppExchange', 'Recommended'];

/** Whole Apex categories on top of the rule sets. */
export const CATEGORIES = ['Security', 'Performance', 'ErrorProne'];

/** Individually chosen rules outside the rule sets. */
export const EXTRA_RULES = ['ApexAssertionsShouldIncludeMessage'];

/** Copy/paste detection rules of the CPD engine. */
export const CPD_RULES = ['DetectCopyPasteForApex', 'DetectCopyPasteForTypescript', 'DetectCopyPasteForVisualforce'];

/** Rule selectors handed to CodeAnalyzer.selectRules (a colon intersects, the array unites). */
export const SELECTORS = [
    ...RULE_SETS.map((s) => `pmd:${s}`),
    ...CATEGORIES.map((c) => `pmd:${c}:Apex`),
    ...EXTRA_RULES.map((r) => `pmd:${r}`),
    ...CPD_RULES.map((r) => `cpd:${r}`)
];

/** Files of the package the engines read: everything shipped under force-app except the LWC build output. */
export function packageFiles(root) {
    return listFiles(path.join(root, 'force-app'), (f) => {
        const p = rel(root, f);
        if (p.startsWith('force-app/test/') || p.includes('/__tests__/')) return false;
        if (/\/lwc\/.*\.js$/.test(p)) return false; // build output of the .ts beside it
        return true;
    });
}

/** PMD's and CPD's own suppression markers, which would bypass the reviewed file. */
function inlineSuppressions(root, files) {
    const problems = [];
    const marker = /@SuppressWarnings\s*\(\s*'[^']*\bPMD\b|\bNOPMD\b|\bCPD-OFF\b/gi;
    for (const file of files.filter((f) => /\.(cls|trigger|ts|js|html|cmp|page|component|xml)$/.test(f))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(marker)) {
            problems.push({
                file: rel(root, file),
                line: lineAt(text, m.index),
                rule: 'inline-suppression',
                message: `PMD/CPD suppression in code; accept findings in ${ALLOWLIST} with a reason instead`
            });
        }
    }
    return problems;
}

/** Turns an engine error log line into a problem, naming the file and line when PMD gives them. */
function engineErrorProblem(root, message, toSource) {
    const file = /for file '([^']+)'/.exec(message)?.[1];
    const line = /error at (\d+):\d+/i.exec(message)?.[1] ?? /line (\d+)/i.exec(message)?.[1];
    const lines = message.split('\n');
    const first = lines.find((l) => /Syntax error/.test(l)) ?? lines.find((l) => /Exception/.test(l)) ?? lines[0];
    const where = file ? toSource(path.resolve(root, file), line ? Number(line) : undefined) : { file: SELF };
    return {
        file: where.file,
        line: where.line,
        rule: 'engine-error',
        message: `PMD engine error: ${shortenExpecting(first.trim()).slice(0, 400)}`
    };
}

/**
 * Runs the selected PMD and CPD rules over the package and applies the reviewed file of accepted findings.
 * @param {{root?: string, java?: string}} [options] `root`: project root (sandbox in self-tests);
 *   `java`: java executable to use instead of auto-detection
 * @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule: string}>, summary: string}>}
 */
export async function run({ root = ROOT, java } = {}) {
    const runtime = await findJava(java);
    if (!runtime.ok) {
        return { problems: [{ file: SELF, rule: 'java', message: runtime.message }], summary: 'Java 17 not found' };
    }
    const files = packageFiles(root);
    const allow = readAllowlist(root);
    const problems = [...allow.problems, ...inlineSuppressions(root, files)];
    if (files.length === 0) return { problems, summary: 'no package sources' };

    const typescript = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    const emitted = emitForAnalysis(root, typescript);
    try {
        const { analyzer, errors } = await openAnalyzer(
            {
                engines: {
                    pmd: { java_command: runtime.command, rule_languages: PMD_LANGUAGES },
                    cpd: { java_command: runtime.command, rule_languages: ['apex', 'typescript', 'visualforce'] }
                },
                suppressions: { disable_suppressions: true }
            },
            root,
            createEnginePlugin()
        );

        const workspace = await analyzer.createWorkspace([...files, ...emitted.files]);
        const selection = await analyzer.selectRules(SELECTORS, { workspace });
        const rules = selection.getEngineNames().flatMap((e) => selection.getRulesFor(e));
        const selected = new Set(rules.map((r) => r.getName()));
        for (const name of [...EXTRA_RULES, ...CPD_RULES].filter((n) => !selected.has(n))) {
            problems.push({ file: SELF, rule: 'selection', message: `rule ${name} is not available any more` });
        }
        const pmdRules = selection.getEngineNames().includes('pmd') ? selection.getRulesFor('pmd') : [];
        const tagged = (tag) => pmdRules.some((r) => r.getTags().some((t) => t.toLowerCase() === tag.toLowerCase()));
        for (const language of PMD_LANGUAGES.filter((l) => !tagged(l))) {
            problems.push({
                file: SELF,
                rule: 'selection',
                message: `no PMD rule of the rule sets covers ${language}`
            });
        }
        for (const category of CATEGORIES.filter((c) => !tagged(c))) {
            problems.push({ file: SELF, rule: 'selection', message: `no PMD Apex rule is tagged ${category}` });
        }
        const foreign = new Set(GRAPH_ENGINE_RULES);
        for (const entry of allow.entries.filter((e) => !selected.has(e.rule) && !foreign.has(e.rule))) {
            problems.push({
                file: ALLOWLIST,
                line: entry.at,
                rule: 'allowlist',
                message: `entry names ${entry.rule}, which no Code Analyzer check selects`
            });
        }

        const results = await analyzer.run(selection, { workspace });
        const sourceLine = sourceLineReader(root);
        const toSource = (abs, line, column) =>
            abs.startsWith(emitted.dir + path.sep)
                ? emitted.toSource(abs, line, column)
                : { file: rel(root, abs), line };
        let waived = 0;
        for (const violation of results.getViolations()) {
            const location = violation.getPrimaryLocation();
            const where = location.getFile()
                ? toSource(location.getFile(), location.getStartLine(), location.getStartColumn())
                : { file: SELF };
            const rule = violation.getRule().getName();
            let message = violation.getMessage();
            const primary = violation.getPrimaryLocationIndex();
            const others = violation
                .getCodeLocations()
                .filter((l, i) => i !== primary && l.getFile())
                .map((l) => {
                    const o = toSource(l.getFile(), l.getStartLine(), l.getStartColumn());
                    return `${o.file}:${o.line}`;
                });
            if (others.length) message += ` Also at ${others.join(', ')}.`;
            const finding = { file: where.file, line: where.line, rule, message };
            if (accept(allow.entries, finding, sourceLine)) {
                waived++;
                continue;
            }
            problems.push(finding);
        }
        problems.push(...unusedEntries(allow.entries, selected));
        problems.push(...errors.map((message) => engineErrorProblem(root, message, toSource)));
        problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

        const count = problems.length;
        const summary =
            `${count} violation${count === 1 ? '' : 's'}, ${selected.size} rules, ${files.length} files` +
            ` (${typescript.length} TypeScript scanned as ES5)` +
            (waived ? `, ${waived} accepted in ${ALLOWLIST}` : '');
        return { problems, summary };
    } finally {
        emitted.dispose();
    }
}

await runIfMain(import.meta.url, run);
