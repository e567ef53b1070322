#!/usr/bin/env node
// npm run test:e2e: builds the preview, serves it on 127.0.0.1 (ephemeral port, in this process), starts Debian's
// chromium headless with a fresh profile, then runs e2e/*.test.mjs with node's test runner against both (the test
// files connect through PREVIEW_URL and PREVIEW_CDP_URL). Screenshots go to test-results/. Exits non-zero on any
// failure.
//   node scripts/e2e.mjs [--no-tsc] [--grep <pattern>] [e2e/<file>.test.mjs …]
// --grep (or E2E_GREP) runs only the tests whose name matches the pattern (node's --test-name-pattern), and only the
// files that mention it: `npm run test:e2e -- --grep a11y` runs the accessibility tests alone.
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/project.mjs';
import { buildPreview } from '../preview/tools/build.mjs';
import { startPreviewServer } from '../preview/tools/server.mjs';
import { chromiumPath, launchChromium } from '../e2e/harness.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs node --test on the files; resolves with its exit code. */
function runTests(files, env, grep) {
    const filter = grep ? [`--test-name-pattern=${grep}`] : [];
    return new Promise((resolve) => {
        const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...filter, ...files], {
            cwd: ROOT,
            env: { ...process.env, ...env },
            stdio: 'inherit'
        });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
        child.on('error', (error) => {
            console.error(error.message);
            resolve(1);
        });
    });
}

async function main() {
    const started = performance.now();
    const args = process.argv.slice(2);
    const grepAt = args.indexOf('--grep');
    const grep = grepAt >= 0 ? args[grepAt + 1] : process.env.E2E_GREP || '';
    if (grepAt >= 0 && !grep) {
        console.error('e2e: --grep needs a pattern');
        return 1;
    }
    const files = args.filter((a, i) => !a.startsWith('--') && !(grepAt >= 0 && i === grepAt + 1));
    let testFiles = files.length
        ? files
        : readdirSync(path.join(ROOT, 'e2e'))
              .filter((f) => f.endsWith('.test.mjs'))
              .sort()
              .map((f) => path.join('e2e', f));
    if (grep && !files.length) {
        // Only the files that can hold a matching test (node would still start every file's hooks otherwise).
        const pattern = new RegExp(grep);
        testFiles = testFiles.filter((f) => pattern.test(readFileSync(path.join(ROOT, f), 'utf8')));
        if (!testFiles.length) {
            console.error(`e2e: no test file mentions /${grep}/`);
            return 1;
        }
    }

    let executable;
    try {
        executable = chromiumPath();
    } catch (error) {
        console.error(`e2e: ${error.message}`);
        return 1;
    }

    let timings;
    try {
        ({ timings } = await buildPreview({ typescript: !args.includes('--no-tsc') }));
    } catch (error) {
        console.error(`e2e: preview build failed: ${error.message}`);
        return 1;
    }
    console.log(`e2e: preview built in ${seconds(timings.total)}`);

    const server = await startPreviewServer({ port: 0 });
    let chrome;
    const cleanup = async () => {
        try {
            await chrome?.close();
        } catch (error) {
            console.warn(`e2e: could not clean up chromium: ${error.message}`);
        }
        await server.close();
    };
    const onSignal = () => cleanup().then(() => process.exit(130));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        chrome = await launchChromium({ executable });
        console.log(`e2e: preview at ${server.url}, chromium ${executable} (fresh profile)`);
        const testsStarted = performance.now();
        if (grep) console.log(`e2e: only tests matching /${grep}/ in ${testFiles.join(', ')}`);
        const code = await runTests(testFiles, { PREVIEW_URL: server.url, PREVIEW_CDP_URL: chrome.cdpUrl }, grep);
        console.log(
            `e2e: ${code === 0 ? 'passed' : 'FAILED'}: build ${seconds(timings.total)}, tests ` +
                `${seconds(performance.now() - testsStarted)}, total ${seconds(performance.now() - started)}; ` +
                'screenshots in test-results/'
        );
        return code;
    } catch (error) {
        console.error(`e2e: ${error.message}`);
        return 1;
    } finally {
        await cleanup();
    }
}

process.exitCode = await main();
