#!/usr/bin/env node
// npm test: every offline check, one labelled step each, in a fixed order. Any problem fails the run; every step
// runs even after a failure so one run shows everything. Closes with "N passed, N failed".
//   node scripts/check.mjs                 all steps
//   node scripts/check.mjs --only pmd,jest steps whose id contains one of the words
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from './build.mjs';
import { ROOT } from './lib/project.mjs';
import { formatProblem } from './lib/report.mjs';

const isCI = process.env.CI === 'true' || process.env.CI === '1';
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

/** Runs a command, streaming nothing; resolves with its exit code and output. */
function exec(cmd, args, env = {}) {
    return new Promise((resolve) => {
        const child = spawn(cmd, args, {
            cwd: ROOT,
            env: { ...process.env, ...env },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => resolve({ code, out }));
        child.on('error', (e) => resolve({ code: -1, out: String(e) }));
    });
}

/** A step implemented by a checker module (scripts/checks/<id>.mjs). */
const moduleStep = (id) => ({
    id,
    async run() {
        const mod = await import(pathToFileURL(path.join(ROOT, 'scripts', 'checks', `${id}.mjs`)).href);
        const { problems, summary } = await mod.run({ root: ROOT });
        return {
            label: mod.label,
            ok: problems.length === 0,
            summary,
            details: problems.map(formatProblem)
        };
    }
});

/** A step that runs a command; its output is shown when it fails (or always, with `show`). */
const commandStep = (id, label, cmd, args, { show = false, summarize = (out) => '' } = {}) => ({
    id,
    async run() {
        const { code, out } = await exec(cmd, args, { FORCE_COLOR: '0' });
        const lines = out.trimEnd().split('\n');
        return { label, ok: code === 0, summary: summarize(out), details: code === 0 && !show ? [] : lines };
    }
});

const STEPS = [
    {
        id: 'build',
        async run() {
            const problems = build({ check: isCI });
            return {
                label: 'LWC build (tsc emit + LWC compiler)',
                ok: problems.length === 0,
                summary: 'every bundle emitted and accepted by the LWC compiler',
                details: problems.map(formatProblem)
            };
        }
    },
    commandStep(
        'typecheck',
        'TypeScript typecheck (tsc --noEmit)',
        process.execPath,
        [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'],
        {
            summarize: () => 'no type errors'
        }
    ),
    commandStep('eslint', 'ESLint (LWC rules + typescript-eslint)', bin('eslint'), ['--max-warnings', '0', '.'], {
        summarize: () => 'no problems'
    }),
    moduleStep('zoom-fixtures'),
    moduleStep('zoom-enums'),
    moduleStep('phone-numbers'),
    moduleStep('controller-fixtures'),
    moduleStep('zoom-answers'),
    moduleStep('zoom-endpoints'),
    moduleStep('format'),
    moduleStep('apex-contracts'),
    moduleStep('field-docs'),
    moduleStep('registration-payload'),
    moduleStep('apex-semantics'),
    moduleStep('pmd'),
    moduleStep('graph-engine-shapes'),
    {
        // Salesforce Graph Engine: the entry points it could not analyse are listed even when the step passes.
        id: 'graph-engine',
        async run() {
            const mod = await import(pathToFileURL(path.join(ROOT, 'scripts', 'checks', 'graph-engine.mjs')).href);
            const { problems, summary, notes } = await mod.run({ root: ROOT });
            return {
                label: mod.label,
                ok: problems.length === 0,
                summary,
                details: [...problems.map(formatProblem), ...notes]
            };
        }
    },
    moduleStep('metadata-convert'),
    moduleStep('metadata-schema'),
    moduleStep('metadata-xref'),
    moduleStep('persona-access'),
    moduleStep('webhook-guest'),
    moduleStep('security-policy'),
    moduleStep('system-mode-sharing'),
    moduleStep('apex-transactions'),
    moduleStep('test-personas'),
    moduleStep('platform-fakes'),
    moduleStep('picklist-values'),
    moduleStep('labels'),
    moduleStep('org-shape'),
    moduleStep('namespace'),
    moduleStep('lightning-out'),
    moduleStep('error-path'),
    moduleStep('query-home'),
    moduleStep('dead-code'),
    commandStep(
        'selftest',
        'Checker self-tests (each checker fed broken input)',
        process.execPath,
        ['--test', '--test-reporter=spec', 'scripts/checks/selftest/'],
        {
            summarize: (out) => {
                const passed = /^[#ℹ] pass (\d+)/m.exec(out)?.[1];
                return passed ? `${passed} self-tests passed` : '';
            }
        }
    ),
    commandStep('jest', 'Jest on LWC sources (with coverage)', bin('sfdx-lwc-jest'), ['--coverage', '--ci'], {
        summarize: (out) =>
            [
                /Tests:\s+(.*)/.exec(out)?.[1],
                /Lines\s+:\s+([\d.]+%)/.exec(out)?.[1] && `lines ${/Lines\s+:\s+([\d.]+%)/.exec(out)[1]}`
            ]
                .filter(Boolean)
                .join(', ')
    })
];

async function main() {
    const onlyArg = process.argv.indexOf('--only');
    const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : null;
    const steps = only ? STEPS.filter((s) => only.some((o) => s.id.includes(o))) : STEPS;
    let passed = 0;
    let failed = 0;
    const started = Date.now();
    for (const step of steps) {
        const t0 = Date.now();
        let result;
        try {
            result = await step.run();
        } catch (e) {
            result = {
                label: step.id,
                ok: false,
                summary: 'the checker itself crashed',
                details: String(e.stack || e).split('\n')
            };
        }
        const secs = ((Date.now() - t0) / 1000).toFixed(1);
        if (result.ok) {
            passed++;
            console.log(`PASS  ${result.label} — ${result.summary} (${secs}s)`);
        } else {
            failed++;
            console.log(`FAIL  ${result.label} — ${result.summary || 'see below'} (${secs}s)`);
        }
        for (const d of result.details) console.log(`      ${d}`);
    }
    console.log(`\nnpm test: ${steps.length} checks in ${((Date.now() - started) / 1000).toFixed(0)}s`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
}

main();
