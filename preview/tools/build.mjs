// Builds the local preview into preview/dist: the emitted component .js files (npm run build) bundled by rollup
// with @lwc/rollup-plugin, lightning-base-components, synthetic shadow, the platform stubs in preview/platform, the
// shell in preview/shell, SLDS assets, the Jest fixtures and the normalised gallery manifest.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as buildTypeScript } from '../../scripts/build.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { formatProblem } from '../../scripts/lib/report.mjs';
import { PATHS, buildManifest, discoverBundles, listFixtures, readGallery } from './gallery.mjs';
import previewPlatform, { previewI18n } from './platformPlugin.mjs';

const PREVIEW = path.join(ROOT, 'preview');
const SLDS = path.join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const platform = (file) => path.join(PREVIEW, 'platform', file);

/** Platform modules replaced by the preview's own stubs (they win over lightning-base-components' versions). */
export const PLATFORM_ALIASES = {
    'lightning/actions': platform('actions.js'),
    'lightning/navigation': platform('navigation.js'),
    'lightning/platformShowToastEvent': platform('platformShowToastEvent.js'),
    'lightning/uiRecordApi': platform('uiRecordApi.js'),
    '@salesforce/apex': platform('apex.js'),
    '@salesforce/user/Id': platform('userId.js')
};

/**
 * Module records for @lwc/rollup-plugin: one alias per bundle (`c/<name>` → its emitted .js, since bundles sit in
 * feature folders), the platform stubs, then lightning-base-components from npm.
 */
export function lwcModules(bundles) {
    return [
        ...bundles.map((b) => ({ name: `c/${b.name}`, path: b.js })),
        ...Object.entries(PLATFORM_ALIASES).map(([name, file]) => ({ name, path: file })),
        { npm: 'lightning-base-components' }
    ];
}

const LBC_DIR = `${path.sep}node_modules${path.sep}lightning-base-components${path.sep}`;

/**
 * Memoises the LWC plugin's resolution of bare specifiers. The LWC resolver re-reads the package configuration for
 * every import (half the build time with ~4,000 modules); its answer depends only on the specifier and on which
 * package the importer sits in (lightning-base-components or this project).
 * @param {import('rollup').Plugin} plugin
 */
function memoiseResolve(plugin) {
    const resolve = plugin.resolveId;
    const cache = new Map();
    plugin.resolveId = function (source, importer, options) {
        if (!importer || source.startsWith('.') || source.startsWith('/') || source.startsWith('\0')) {
            return resolve.call(this, source, importer, options);
        }
        const key = `${importer.includes(LBC_DIR) ? 'lbc' : 'app'}|${source}`;
        if (!cache.has(key)) cache.set(key, resolve.call(this, source, importer, options));
        return cache.get(key);
    };
    return plugin;
}

/**
 * The preview runs left-to-right only (`@salesforce/i18n/dir` is "ltr"), so lightning-base-components' right-to-left
 * icon template libraries (~1,700 modules that would be compiled and then tree-shaken away) become empty modules.
 * @returns {import('rollup').Plugin}
 */
function skipRtlIcons() {
    const EMPTY = '\0preview-empty-rtl-icons';
    return {
        name: 'preview-skip-rtl-icons',
        resolveId: (source) => (/^lightning\/iconSvgTemplates\w*Rtl$/.test(source) ? EMPTY : null),
        load: (id) => (id === EMPTY ? 'export default null;\n' : null)
    };
}

/**
 * Rollup input options for the preview bundle.
 * @param {Array<{name: string}>} bundles
 * @param {'development'|'production'} [mode] the LWC engine's mode: development (checks and warnings, the default for
 *        the preview and tests) or production (what Lightning Experience runs for users without Debug Mode)
 */
export function rollupOptions(bundles, mode = 'development') {
    return {
        input: { main: path.join(PREVIEW, 'shell', 'main.js') },
        plugins: [
            skipRtlIcons(),
            previewI18n(),
            memoiseResolve(
                lwc({
                    rootDir: PREVIEW,
                    modules: lwcModules(bundles),
                    enableDynamicComponents: true,
                    // Lightning Experience runs base components that use ElementInternals (lightning-combobox) under
                    // synthetic shadow; without this the engine throws "attachInternals API is not supported".
                    enableSyntheticElementInternals: true
                })
            ),
            previewPlatform({ bundles, mode }),
            nodeResolve({ browser: true })
        ],
        onwarn(warning, warn) {
            // An import nothing could resolve would fail at run time in the browser: fail the build instead.
            if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
            // lightning-base-components' own templates draw a few compiler warnings; they are not ours to fix.
            if (warning.loc?.file?.includes(`${path.sep}lightning-base-components${path.sep}`)) return;
            if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) {
                return;
            }
            warn(warning);
        }
    };
}

/** Copies what the page loads besides the bundle: SLDS, the shell page and styles, fixtures. */
function copyStatic(dist) {
    const copy = (from, to) => cpSync(from, path.join(dist, to), { recursive: true });
    copy(path.join(SLDS, 'styles', 'salesforce-lightning-design-system.min.css'), 'assets/styles/slds.min.css');
    copy(path.join(SLDS, 'images'), 'assets/images');
    for (const sprite of ['utility', 'standard', 'action', 'doctype', 'custom']) {
        copy(path.join(SLDS, 'icons', `${sprite}-sprite`), `assets/icons/${sprite}-sprite`);
    }
    copy(path.join(PREVIEW, 'shell', 'index.html'), 'index.html');
    copy(path.join(PREVIEW, 'shell', 'shell.css'), 'shell.css');
    // The simulated Zoom Phone Smart Embed the softphone's gallery states embed (same-origin iframe).
    copy(path.join(PREVIEW, 'shell', 'smart-embed.html'), 'smart-embed.html');
    copy(PATHS.fixtures, 'fixtures');
}

/** Milliseconds since `start`, rounded. */
const since = (start) => Math.round(performance.now() - start);

/**
 * Builds the preview.
 * @param {{ typescript?: boolean, log?: (line: string) => void, mode?: 'development'|'production' }} [options]
 *        `typescript: false` skips the tsc emit (when npm run build has just run); `mode` is the LWC engine's mode
 *        (default development).
 * @returns {Promise<{ timings: Record<string, number>, manifest: object, warnings: string[] }>}
 * @throws {Error} with every problem listed when the TypeScript build, the gallery or rollup fails
 */
export async function buildPreview({ typescript = true, log = console.log, mode = 'development' } = {}) {
    const started = performance.now();
    const timings = {};
    if (typescript) {
        const t = performance.now();
        const problems = buildTypeScript({ root: ROOT });
        if (problems.length) {
            const lines = problems.map((p) => `  ${formatProblem(p)}`);
            throw new Error(`TypeScript build failed:\n${lines.join('\n')}`);
        }
        timings.typescript = since(t);
    }

    const bundles = discoverBundles();
    const { problems, manifest } = buildManifest(readGallery(), bundles, listFixtures());
    if (problems.length) throw new Error(`preview/gallery.json:\n  ${problems.join('\n  ')}`);
    const warnings = manifest.missing.map(
        (name) => `LWC bundle "${name}" has no entry in preview/gallery.json (npm run test:e2e fails until it has)`
    );

    const dist = PATHS.dist;
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });

    const t = performance.now();
    const bundle = await rollup(rollupOptions(bundles, mode));
    try {
        await bundle.write({
            dir: dist,
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js'
        });
    } finally {
        await bundle.close();
    }
    timings.rollup = since(t);

    copyStatic(dist);
    writeFileSync(
        path.join(dist, 'gallery.json'),
        JSON.stringify({ ...manifest, builtAt: new Date().toISOString() }, null, 2)
    );
    timings.total = since(started);
    for (const w of warnings) log(`warning: ${w}`);
    return { timings, manifest, warnings };
}
