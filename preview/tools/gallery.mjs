// Reads preview/gallery.json, checks it against the LWC bundles and the fixtures, and produces the normalised
// manifest the browser shell reads (preview/dist/gallery.json). Node-side only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lwcBundles } from '../../scripts/build.mjs';
import { ROOT, rel } from '../../scripts/lib/project.mjs';
import { HANDLER_NAMES } from '../handlers/index.js';

/** Where the gallery, the fixtures and the build output live. */
export const PATHS = {
    gallery: path.join(ROOT, 'preview', 'gallery.json'),
    fixtures: path.join(ROOT, 'force-app', 'test', 'fixtures'),
    dist: path.join(ROOT, 'preview', 'dist')
};

/** Literal Apex responses a state may use besides a fixture file name. */
const PENDING = 'pending';

/**
 * `c/zoomMeetingPanel` → `c-zoom-meeting-panel` (the LWC tag naming rule: camelCase becomes kebab-case).
 * @param {string} name bundle name
 * @param {string} [namespace]
 */
export function tagName(name, namespace = 'c') {
    return `${namespace}-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`;
}

/**
 * Every LWC bundle under force-app/main with what the preview needs to know about it.
 * @returns {Array<{name: string, tag: string, kind: 'component'|'service', js: string, dir: string}>}
 */
export function discoverBundles(root = ROOT) {
    return lwcBundles(root)
        .map((b) => ({
            name: b.name,
            tag: tagName(b.name),
            kind: existsSync(b.html) ? 'component' : 'service',
            js: b.js,
            dir: rel(root, b.dir)
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
}

/** File names in force-app/test/fixtures (the Jest fixtures, also served to the preview). */
export function listFixtures(dir = PATHS.fixtures) {
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((f) => f.endsWith('.json'))
              .sort()
        : [];
}

/** Parses preview/gallery.json. */
export function readGallery(file = PATHS.gallery) {
    return JSON.parse(readFileSync(file, 'utf8'));
}

/** Bundle names that have no gallery entry (the e2e suite fails on any). */
export function bundlesWithoutEntry(gallery, bundles) {
    const covered = new Set(gallery.entries.map((e) => e.component));
    return bundles.filter((b) => !covered.has(b.name)).map((b) => b.name);
}

/**
 * Checks one Apex response of a state. A response is a fixture file name, "pending", or an object with exactly
 * one of `fixture`, `data`, `error`, `handler` and an optional `delayMs`.
 * @returns {string[]} problems
 */
function checkResponse(where, response, fixtures) {
    if (response === PENDING) return [];
    if (typeof response === 'string') {
        return fixtures.has(response) ? [] : [`${where}: fixture "${response}" is not in force-app/test/fixtures`];
    }
    if (!response || typeof response !== 'object' || Array.isArray(response)) {
        return [`${where}: must be a fixture file name, "pending" or an object`];
    }
    const kinds = ['fixture', 'data', 'error', 'handler'].filter((k) => k in response);
    const problems = [];
    if (kinds.length !== 1) problems.push(`${where}: needs exactly one of "fixture", "data", "error", "handler"`);
    const unknown = Object.keys(response).filter(
        (k) => !['fixture', 'data', 'error', 'handler', 'delayMs'].includes(k)
    );
    if (unknown.length) problems.push(`${where}: unknown key(s) ${unknown.join(', ')}`);
    if ('fixture' in response && !fixtures.has(response.fixture)) {
        problems.push(`${where}: fixture "${response.fixture}" is not in force-app/test/fixtures`);
    }
    if ('handler' in response && !HANDLER_NAMES.includes(response.handler)) {
        problems.push(
            `${where}: handler "${response.handler}" is not in preview/handlers/index.js (known: ${HANDLER_NAMES.join(', ')})`
        );
    }
    if ('error' in response && (typeof response.error !== 'object' || response.error === null)) {
        problems.push(`${where}: "error" must be an object like { "status": 500, "body": { "message": "…" } }`);
    }
    if ('delayMs' in response && !(Number.isInteger(response.delayMs) && response.delayMs >= 0)) {
        problems.push(`${where}: "delayMs" must be a whole number of milliseconds`);
    }
    return problems;
}

/**
 * Validates the gallery against the bundles and fixtures and returns the manifest for the browser.
 * Problems are returned, not thrown, so the caller decides whether they are fatal.
 * @param {{entries: object[]}} gallery parsed preview/gallery.json
 * @param {ReturnType<typeof discoverBundles>} bundles
 * @param {string[]} fixtureFiles
 */
export function buildManifest(gallery, bundles, fixtureFiles) {
    const problems = [];
    const fixtures = new Set(fixtureFiles);
    const byName = new Map(bundles.map((b) => [b.name, b]));
    const seen = new Set();
    if (!Array.isArray(gallery?.entries)) {
        return { problems: ['preview/gallery.json: needs an "entries" array'], manifest: null };
    }
    const entries = [];
    for (const [i, entry] of gallery.entries.entries()) {
        const where = `gallery entry ${i + 1} (${entry.component ?? '?'})`;
        const bundle = byName.get(entry.component);
        if (!bundle) {
            problems.push(`${where}: no LWC bundle named "${entry.component}" under force-app/main/*/lwc`);
            continue;
        }
        if (seen.has(entry.component)) problems.push(`${where}: listed twice`);
        seen.add(entry.component);
        if (!entry.title) problems.push(`${where}: needs a "title"`);
        const states = Object.entries(entry.states ?? {}).map(([name, state]) => {
            if (!/^[A-Za-z][\w-]*$/.test(name)) problems.push(`${where}: state name "${name}" is not URL-friendly`);
            const apex = state?.apex ?? {};
            for (const [method, response] of Object.entries(apex)) {
                if (!/^(\w+\.)?\w+\.\w+$/.test(method)) {
                    problems.push(`${where}, state ${name}: "${method}" is not "<Class>.<method>"`);
                }
                problems.push(...checkResponse(`${where}, state ${name}, ${method}`, response, fixtures));
            }
            const properties = state?.properties ?? {};
            if (typeof properties !== 'object' || Array.isArray(properties)) {
                problems.push(`${where}, state ${name}: "properties" must be an object of public property values`);
            }
            return { name, description: state?.description ?? '', apex, properties, expect: state?.expect ?? null };
        });
        if (bundle.kind === 'component' && states.length === 0) {
            problems.push(`${where}: a component needs at least one state`);
        }
        if (bundle.kind === 'service' && states.length > 0) {
            problems.push(`${where}: ${entry.component} is a service module (no template); it has no states`);
        }
        const record = entry.record ?? null;
        if (record && !(record.recordId && record.objectApiName)) {
            problems.push(`${where}: "record" needs "recordId" and "objectApiName"`);
        }
        entries.push({
            component: bundle.name,
            tag: bundle.tag,
            kind: bundle.kind,
            source: bundle.dir,
            title: entry.title ?? bundle.name,
            description: entry.description ?? '',
            page: record ? 'record' : 'app',
            record,
            states
        });
    }
    const missing = bundlesWithoutEntry(gallery, bundles);
    return {
        problems,
        manifest: { entries, missing, fixtures: fixtureFiles, bundles: bundles.map((b) => b.name) }
    };
}
