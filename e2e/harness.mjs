import assert from 'node:assert/strict';
// Shared set-up of the browser tests: Debian's chromium started with a fresh profile and driven by playwright-core
// over CDP, the preview server, and helpers that collect every console error, page error and failed request.
//
// scripts/e2e.mjs builds once, starts one server and one chromium, and passes them to the test files through
// PREVIEW_URL and PREVIEW_CDP_URL. A test file run on its own (node --test e2e/x.test.mjs) starts its own
// (building preview/dist first when it is missing).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../scripts/lib/project.mjs';
import { buildPreview } from '../preview/tools/build.mjs';
import { PATHS } from '../preview/tools/gallery.mjs';
import { startPreviewServer } from '../preview/tools/server.mjs';

/** Screenshots go here (gitignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Flags chromium runs with (plus a fresh --user-data-dir and --remote-debugging-port=0). */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/** The chromium binary: CHROMIUM_PATH, else Debian's. Throws a clear error when it is not there. */
export function chromiumPath() {
    const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    if (!existsSync(executable)) {
        throw new Error(
            `Chromium not found at ${executable}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`
        );
    }
    return executable;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while any process of the group `pgid` is alive. */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    } catch {
        return false;
    }
}

/** SIGKILLs the process group `pgid` if it is still there. */
function killGroup(pgid) {
    try {
        process.kill(-pgid, 'SIGKILL');
    } catch {
        // already gone
    }
}

/** Ends the process group chromium was started in: SIGTERM, then SIGKILL after 5 s; resolves once it is gone. */
async function endProcessGroup(pgid) {
    if (!groupAlive(pgid)) return;
    process.kill(-pgid, 'SIGTERM');
    for (let waited = 0; groupAlive(pgid); waited += 50) {
        if (waited === 5000) process.kill(-pgid, 'SIGKILL');
        await sleep(50);
    }
}

/**
 * Starts chromium headless with a fresh profile and returns its DevTools endpoint.
 * @returns {Promise<{ cdpUrl: string, close: () => Promise<void> }>}
 */
export async function launchChromium({ executable = chromiumPath(), timeoutMs = 30_000 } = {}) {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'zoomsf-e2e-profile-'));
    const child = spawn(
        executable,
        [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'],
        // Own process group, so closing ends chromium's helper processes too.
        { stdio: ['ignore', 'ignore', 'pipe'], detached: true }
    );
    // Never leave a headless browser behind, even when this process dies on an error.
    const killOnExit = () => killGroup(child.pid);
    process.once('exit', killOnExit);
    let stderr = '';
    const cdpUrl = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => fail(new Error(`chromium did not start within ${timeoutMs} ms`)), timeoutMs);
        const fail = (error) => {
            clearTimeout(timer);
            killGroup(child.pid);
            rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
            reject(new Error(`${error.message}\n${stderr.slice(-2000)}`));
        };
        child.once('error', fail);
        child.once('exit', (code) => fail(new Error(`chromium exited with code ${code} before it was ready`)));
        child.stderr.on('data', (chunk) => {
            stderr += chunk;
            const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
            if (match) {
                clearTimeout(timer);
                child.removeAllListeners('exit');
                resolve(match[1]);
            }
        });
    });
    child.stderr.resume();
    return {
        cdpUrl,
        close: async () => {
            await endProcessGroup(child.pid);
            process.removeListener('exit', killOnExit);
            rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        }
    };
}

/**
 * The preview server and a browser connected to chromium, shared (from scripts/e2e.mjs) or the test file's own.
 * @returns {Promise<{ baseUrl: string, browser: import('playwright-core').Browser, close: () => Promise<void> }>}
 */
export async function startPreview() {
    const cleanups = [];
    let baseUrl = process.env.PREVIEW_URL;
    let cdpUrl = process.env.PREVIEW_CDP_URL;
    if (!baseUrl) {
        if (!existsSync(path.join(PATHS.dist, 'gallery.json'))) await buildPreview({ log: () => {} });
        const server = await startPreviewServer({ port: 0 });
        baseUrl = server.url;
        cleanups.push(server.close);
    }
    if (!cdpUrl) {
        const chrome = await launchChromium();
        cdpUrl = chrome.cdpUrl;
        cleanups.push(chrome.close);
    }
    const browser = await chromium.connectOverCDP(cdpUrl);
    return {
        baseUrl,
        browser,
        close: async () => {
            await browser.close();
            for (const cleanup of cleanups.reverse()) await cleanup();
        }
    };
}

/**
 * Opens a page in a new browser context and records every problem on it: console errors, uncaught page errors,
 * failed requests and HTTP error responses.
 * @param {import('playwright-core').Browser} browser
 * @param {{ clipboard?: 'granted' | 'unavailable' }} [options] clipboard access of the page
 */
export async function newPage(browser, baseUrl, { clipboard = 'granted' } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, baseURL: baseUrl });
    if (clipboard === 'granted') {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    } else {
        await context.addInitScript(() =>
            Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true })
        );
    }
    const page = await context.newPage();
    const problems = [];
    page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
    page.on('requestfailed', (request) =>
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`)
    );
    page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return { context, page, problems };
}

/**
 * Loads a preview URL and waits until the shell has mounted the component and the network is quiet.
 * @param {import('playwright-core').Page} page
 * @param {string} url path such as /c/zoomMeetingPanel?state=data
 */
export async function openPreviewPage(page, url) {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.locator('body[data-preview-ready="true"]').waitFor({ state: 'attached' });
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}

/**
 * Starts the preview and chromium once for the enclosing `describe` (node:test `before`/`after`) and returns a
 * getter for it.
 * @param {{ before: Function, after: Function }} hooks the `before` and `after` of node:test
 * @returns {() => Awaited<ReturnType<typeof startPreview>>}
 */
export function usePreview({ before, after }) {
    let preview;
    before(
        async () => {
            preview = await startPreview();
        },
        { timeout: 120_000 }
    );
    after(() => preview?.close());
    return () => preview;
}

/**
 * Opens `url` in a fresh browser context, runs `check(page)`, and fails when the page recorded a console error,
 * page error or failed request. The context is always closed.
 * @param {Awaited<ReturnType<typeof startPreview>>} preview
 * @param {string} url preview path, e.g. /c/zoomSetup?state=configured
 * @param {(page: import('playwright-core').Page) => Promise<void>} check
 * @param {{ clipboard?: 'granted' | 'unavailable' }} [options]
 */
export async function visit(preview, url, check, options) {
    const { context, page, problems } = await newPage(preview.browser, preview.baseUrl, options);
    try {
        await openPreviewPage(page, url);
        await check(page);
        assert.deepEqual(problems, [], `console errors, page errors or failed requests on ${url}`);
    } finally {
        await context.close();
    }
}
