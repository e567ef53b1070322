// PMD 7 rules on every Apex class and trigger under force-app, run through Salesforce Code Analyzer's Node API
// (@salesforce/code-analyzer-core + the PMD engine plugin of @salesforce/code-analyzer-pmd-engine; Java 17+).
//
// Rule selection (PMD 7.26 names; a named rule that disappears in an upgrade is reported, never skipped):
//  - every Apex rule tagged Security: PMD's (ApexCRUDViolation, ApexSharingViolations, ApexSOQLInjection,
//    ApexBadCrypto, ApexInsecureEndpoint, ApexSuggestUsingNamedCred, ApexXSS…, ApexCSRF, ApexOpenRedirect,
//    ApexDangerousMethods) and Code Analyzer's AppExchange rules (hard-coded credentials, session ids, install
//    handlers, WITH SECURITY_ENFORCED on old API versions, …);
//  - every Apex rule tagged Performance: OperationWithLimitsInLoop (SOQL/DML/async in loops),
//    OperationWithHighCostInLoop, EagerlyLoadedDescribeSObjectResult, AvoidNonRestrictiveQueries,
//    AvoidDebugStatements;
//  - every Apex rule tagged ErrorProne (all of them are in PMD's recommended set: empty blocks, hard-coded Ids,
//    trigger map access, AuraEnabled getters, equals/hashCode, types shadowing System classes, …);
//  - BestPractices, as listed in BEST_PRACTICES (tests: asserts with messages, no SeeAllData, @IsTest; no @future,
//    no global, no logic in triggers, Queueables with a Finalizer, debug levels, unused locals);
//  - Design, as listed in DESIGN: nesting depth and cognitive complexity.
// Deliberately left out: ApexUnitTestClassShouldHaveRunAs (would demand System.runAs in every test class),
// ApexDoc (demands @param/@return tags on every public method; the house style asks for a "what" sentence),
// CyclomaticComplexity/StdCyclomaticComplexity/Ncss* (CognitiveComplexity measures the same more usefully),
// ExcessiveParameterList (its fixed threshold of 4 flags ordinary factories such as create(message, status, code,
// retryable); thresholds can only be changed through a custom ruleset),
// TooManyFields/ExcessivePublicCount (DTOs that mirror Zoom's JSON legitimately have many public fields),
// AvoidBooleanMethodParameters (flags DTO constructors and setters), UnusedMethod (apex-ls based; ignores callers
// in test classes and LWC, so every service method written before its caller is flagged), CodeStyle (prettier
// owns formatting).
//
// Reviewed false positives live in config/pmd-allowlist.json, a JSON array of
//   { "rule": "<PMD rule>", "file": "<path relative to the project root>", "reason": "<why it is safe>" }
// An entry hides every violation of that rule in that file. Entries without a reason, with unknown keys, naming a
// rule that is not selected, or matching no violation are reported, so the list stays honest. Code Analyzer's
// inline suppression markers are disabled, and PMD's own (@SuppressWarnings('PMD…'), // NOPMD) are reported:
// the allow-list is the one place where findings are waived. Engine errors (e.g. a file PMD cannot parse) fail
// the check.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { findJava, shortenExpecting } from './apex-semantics.mjs';

export const label = 'PMD rules (Code Analyzer)';

/** Project-relative path of the allow-list of reviewed false positives. */
export const ALLOWLIST = 'config/pmd-allowlist.json';

const SELF = 'scripts/checks/pmd.mjs';

/** Whole categories, intersected with the Apex language. */
export const CATEGORIES = ['Security', 'Performance', 'ErrorProne'];

/** Individually chosen BestPractices rules. */
export const BEST_PRACTICES = [
    'ApexAssertionsShouldIncludeMessage',
    'ApexUnitTestClassShouldHaveAsserts',
    'ApexUnitTestMethodShouldHaveIsTestAnnotation',
    'ApexUnitTestShouldNotUseSeeAllDataTrue',
    'AvoidFutureAnnotation',
    'AvoidGlobalModifier',
    'AvoidLogicInTrigger',
    'DebugsShouldUseLoggingLevel',
    'QueueableWithoutFinalizer',
    'UnusedLocalVariable'
];

/** Individually chosen Design rules. */
export const DESIGN = ['AvoidDeeplyNestedIfStmts', 'CognitiveComplexity'];

/** Rule selectors handed to CodeAnalyzer.selectRules (a colon intersects, the array unites). */
export const SELECTORS = [
    ...CATEGORIES.map((c) => `pmd:${c}:Apex`),
    ...[...BEST_PRACTICES, ...DESIGN].map((r) => `pmd:${r}`)
];

const ENTRY_KEYS = new Set(['rule', 'file', 'reason']);

/** 1-based line of each top-level array element in a JSON text (so allow-list problems name their entry). */
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

/**
 * Reads and validates the allow-list. Invalid entries become problems and are not applied.
 * @param {string} root project root
 * @returns {{entries: Array<{rule: string, file: string, reason: string, line: number, used: number}>,
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
        const line = lines[i];
        if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
            problem(line, 'an entry must be an object { rule, file, reason }');
            return;
        }
        const faults = [];
        for (const key of ['rule', 'file', 'reason']) {
            if (typeof entry[key] !== 'string' || !entry[key].trim()) faults.push(`"${key}" is missing or empty`);
        }
        const unknown = Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k));
        if (unknown.length) faults.push(`unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}`);
        if (faults.length) {
            problem(line, `entry not applied: ${faults.join('; ')} (every waiver needs a rule, a file and a reason)`);
            return;
        }
        const key = `${entry.rule}\n${entry.file}`;
        if (seen.has(key)) {
            problem(line, `duplicate entry for ${entry.rule} in ${entry.file}`);
            return;
        }
        seen.add(key);
        entries.push({ rule: entry.rule, file: entry.file, reason: entry.reason.trim(), line, used: 0 });
    });
    return { entries, problems };
}

/** PMD's own suppression markers, which would bypass the allow-list. */
function inlineSuppressions(root, files) {
    const problems = [];
    const marker = /@SuppressWarnings\s*\(\s*'[^']*\bPMD\b|\/\/\s*NOPMD\b/gi;
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(marker)) {
            problems.push({
                file: rel(root, file),
                line: lineAt(text, m.index),
                rule: 'inline-suppression',
                message: `PMD suppression in code; waive findings in ${ALLOWLIST} with a reason instead`
            });
        }
    }
    return problems;
}

/** Turns an engine error log line into a problem, naming the file and line when PMD gives them. */
function engineErrorProblem(root, message) {
    const file = /for file '([^']+)'/.exec(message)?.[1];
    const line = /error at (\d+):\d+/i.exec(message)?.[1];
    const lines = message.split('\n');
    const first = lines.find((l) => /Syntax error/.test(l)) ?? lines.find((l) => /Exception/.test(l)) ?? lines[0];
    return {
        file: file ? rel(root, file) : SELF,
        line: line ? Number(line) : undefined,
        rule: 'engine-error',
        message: `PMD engine error: ${shortenExpecting(first.trim()).slice(0, 400)}`
    };
}

/**
 * Runs the selected PMD rules over force-app/**\/*.{cls,trigger} and applies the allow-list.
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
    const allow = readAllowlist(root);
    const problems = [...allow.problems, ...inlineSuppressions(root, sources)];
    if (sources.length === 0) return { problems, summary: 'no Apex sources' };

    const config = CodeAnalyzerConfig.fromObject(
        {
            engines: {
                pmd: { java_command: runtime.command, rule_languages: ['apex'] },
                cpd: { disable_engine: true }
            },
            suppressions: { disable_suppressions: true }
        },
        root
    );
    const analyzer = new CodeAnalyzer(config);
    const errors = [];
    const onLog = (event) => event.logLevel === LogLevel.Error && errors.push(event.message);
    analyzer.onEvent(EventType.LogEvent, onLog);
    analyzer.onEvent(EventType.EngineLogEvent, onLog);
    await analyzer.addEnginePlugin(createEnginePlugin());

    const workspace = await analyzer.createWorkspace([path.join(root, 'force-app')], sources);
    const selection = await analyzer.selectRules(SELECTORS, { workspace });
    const rules = selection.getEngineNames().includes('pmd') ? selection.getRulesFor('pmd') : [];
    const selected = new Set(rules.map((r) => r.getName()));
    for (const name of [...BEST_PRACTICES, ...DESIGN].filter((n) => !selected.has(n))) {
        problems.push({ file: SELF, rule: 'selection', message: `PMD rule ${name} is not available any more` });
    }
    for (const category of CATEGORIES.filter((c) => !rules.some((r) => r.getTags().includes(c)))) {
        problems.push({ file: SELF, rule: 'selection', message: `no PMD Apex rule is tagged ${category}` });
    }
    for (const entry of allow.entries.filter((e) => !selected.has(e.rule))) {
        problems.push({
            file: ALLOWLIST,
            line: entry.line,
            rule: 'allowlist',
            message: `entry names ${entry.rule}, which is not a selected rule`
        });
    }

    const results = await analyzer.run(selection, { workspace });
    let waived = 0;
    for (const violation of results.getViolations()) {
        const location = violation.getPrimaryLocation();
        const file = location.getFile() ? rel(root, location.getFile()) : SELF;
        const rule = violation.getRule().getName();
        const entry = allow.entries.find((e) => e.rule === rule && e.file === file);
        if (entry) {
            entry.used++;
            waived++;
            continue;
        }
        problems.push({ file, line: location.getStartLine(), rule, message: violation.getMessage() });
    }
    for (const entry of allow.entries.filter((e) => e.used === 0 && selected.has(e.rule))) {
        problems.push({
            file: ALLOWLIST,
            line: entry.line,
            rule: 'allowlist',
            message: `entry matches no ${entry.rule} violation in ${entry.file} any more: remove it`
        });
    }
    problems.push(...errors.map((message) => engineErrorProblem(root, message)));
    problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

    const count = problems.length;
    const summary =
        `${count} violation${count === 1 ? '' : 's'}, ${selected.size} rules, ${sources.length} files` +
        (waived ? ` (${waived} allow-listed)` : '');
    return { problems, summary };
}

await runIfMain(import.meta.url, run);
