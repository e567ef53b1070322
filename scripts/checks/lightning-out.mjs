// Lightning Out closure: every component an `ltng:outApp` app can create (its `aura:dependency` resources and
// everything they reach) must work outside Lightning Experience. Lightning Out hosts components on a page of its
// own (here Classic Visualforce pages), without the Lightning Experience / mobile container that handles navigation
// and toast events, so a reachable module that imports one of UNSUPPORTED silently does nothing there.
//  - reach: `aura:dependency resource="c:…"` → LWC bundle (or Aura bundle) → its `c/…` imports (also relative files
//    of the bundle and re-exports) and the child components of its templates (`<c-…>` in LWC, `<c:…>` in Aura);
//  - flag: a runtime import (not `import type`) of an UNSUPPORTED module, with file:line and the path that reaches it;
//    an Aura bundle that fires a container-only event (`e.force:showToast`, `e.force:navigateTo…`);
//    a dependency naming a component that does not exist;
//  - Visualforce: `$Lightning.use` / `$Lightning.createComponent` must take the app and component names from merge
//    fields (the namespace differs between an unpackaged org, "c", and the installed package, "zoomsf"), never literals.
// Sources are parsed with the TypeScript compiler API (imports) and simple tag scans (templates, markup).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Lightning Out closure (no unsupported modules reachable from ltng:outApp)';

/**
 * Modules that do not work in Lightning Out, and why (Lightning Components Developer Guide: the navigation and
 * toast events are handled by the Lightning Experience and Salesforce mobile app containers only; Lightning
 * Message Service supports only Lightning Experience, the mobile app and Experience Builder sites).
 */
export const UNSUPPORTED = new Map([
    ['lightning/navigation', 'NavigationMixin needs the Lightning Experience container; use a plain link (href)'],
    [
        'lightning/platformShowToastEvent',
        'toasts are shown by the Lightning Experience container; show an inline notice'
    ],
    [
        'lightning/messageService',
        'Lightning Message Service runs only in Lightning Experience, the mobile app and sites'
    ]
]);

/** Aura events only the Lightning Experience / mobile containers handle. */
const CONTAINER_EVENTS = /\be\.force:(showToast|navigateTo\w+)\b/g;

const RULE = 'lightning-out';

/** `zoomMeetingEmail` for the tag `c-zoom-meeting-email` (LWC's kebab-case mapping, reversed). */
export function tagToBundle(tag) {
    return tag
        .replace(/^c-/, '')
        .split('-')
        .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
        .join('');
}

/** Index of the project's LWC and Aura bundles by name. */
function indexBundles(root) {
    const lwc = new Map();
    const aura = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => /\.js-meta\.xml$/.test(f))) {
        const dir = path.dirname(file);
        if (path.basename(path.dirname(dir)) === 'lwc') lwc.set(path.basename(dir), dir);
    }
    for (const file of listFiles(path.join(root, 'force-app'), (f) =>
        /[\\/]aura[\\/][^\\/]+[\\/][^\\/]+\.(cmp|app)$/.test(f)
    )) {
        aura.set(path.basename(path.dirname(file)), path.dirname(file));
    }
    return { lwc, aura };
}

/** Source files of an LWC bundle (its .ts, or .js without a .ts beside it), tests left out. */
function bundleSources(dir) {
    const files = listFiles(dir, (f) => /\.(ts|js)$/.test(f) && !/\.d\.ts$/.test(f) && !/__tests__/.test(f));
    const ts = new Set(files.filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)));
    return files.filter((f) => f.endsWith('.ts') || !ts.has(f.slice(0, -3)));
}

/** Runtime module specifiers of a source file, with their lines (type-only imports and exports left out). */
export function importsOf(file, text) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const out = [];
    const add = (node, spec) =>
        out.push({ spec, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    const visit = (node) => {
        if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
            if (!node.importClause?.isTypeOnly) add(node, node.moduleSpecifier.text);
        } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            if (!node.isTypeOnly) add(node, node.moduleSpecifier.text);
        } else if (
            ts.isCallExpression(node) &&
            node.expression.kind === ts.SyntaxKind.ImportKeyword &&
            node.arguments[0] &&
            ts.isStringLiteralLike(node.arguments[0])
        ) {
            add(node, node.arguments[0].text);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return out;
}

/** Child components a template uses: `<c-foo-bar` (LWC) with lines. */
function lwcChildren(text) {
    const out = [];
    for (const m of text.matchAll(/<(c-[a-z0-9-]+)/g))
        out.push({ name: tagToBundle(m[1]), line: lineAt(text, m.index) });
    return out;
}

/** Components an Aura markup file uses or depends on: `<c:foo>` and `resource="c:foo"`, with lines. */
function auraReferences(text) {
    const out = [];
    for (const m of text.matchAll(/<c:(\w+)/g)) out.push({ name: m[1], line: lineAt(text, m.index) });
    for (const m of text.matchAll(/<aura:dependency\b[^>]*\bresource\s*=\s*"(?:markup:\/\/)?c:(\w+)"/g)) {
        out.push({ name: m[1], line: lineAt(text, m.index) });
    }
    return out;
}

/** The `ltng:outApp` apps (Aura applications extending ltng:outApp or ltng:outAppUnstyled). */
function outApps(root) {
    return listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.app')).filter((f) =>
        /<aura:application\b[^>]*\bextends\s*=\s*"ltng:outApp(Unstyled)?"/.test(readFileSync(f, 'utf8'))
    );
}

/** Visualforce pages and components that start Lightning Out with a literal app or component name. */
function visualforceNames(root) {
    const problems = [];
    const files = listFiles(path.join(root, 'force-app'), (f) => /\.(page|component)$/.test(f));
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/\$Lightning\.(use|createComponent)\s*\(\s*(['"])([^'"]*)\2/g)) {
            const [, call, , name] = m;
            if (/^\{!.*\}$/.test(name) || /^\{!.*\}:\{!.*\}$/.test(name)) continue;
            problems.push({
                file: rel(root, file),
                line: lineAt(text, m.index),
                rule: RULE,
                message: `$Lightning.${call}('${name}') names the ${call === 'use' ? 'app' : 'component'} literally; the namespace is "c" unpackaged and the package's once installed: take it from the controller (ZoomLightningOutController, built on Namespace.PREFIX)`
            });
        }
    }
    return { problems, count: files.length };
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    const { lwc, aura } = indexBundles(root);
    const apps = outApps(root);
    const seen = new Set();
    let modulesScanned = 0;

    for (const appFile of apps) {
        const appName = path.basename(appFile, '.app');
        const appText = readFileSync(appFile, 'utf8');
        // Queue of [kind, name, chain] where chain is the human-readable path from the app.
        const queue = [];
        for (const ref of auraReferences(appText)) {
            if (!lwc.has(ref.name) && !aura.has(ref.name)) {
                problems.push({
                    file: rel(root, appFile),
                    line: ref.line,
                    rule: RULE,
                    message: `${appName} depends on c:${ref.name}, which is neither an LWC nor an Aura bundle of the project`
                });
                continue;
            }
            queue.push({ name: ref.name, chain: [appName, ref.name] });
        }
        while (queue.length) {
            const { name, chain } = queue.shift();
            const key = `${appName}:${name}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const via = chain.join(' → ');
            if (lwc.has(name)) {
                const dir = lwc.get(name);
                for (const file of bundleSources(dir)) {
                    modulesScanned++;
                    const text = readFileSync(file, 'utf8');
                    for (const { spec, line } of importsOf(file, text)) {
                        if (UNSUPPORTED.has(spec)) {
                            problems.push({
                                file: rel(root, file),
                                line,
                                rule: RULE,
                                message: `${name} imports ${spec}, which Lightning Out does not support (${UNSUPPORTED.get(spec)}); reached from ${via}`
                            });
                        } else if (spec.startsWith('c/')) {
                            const child = spec.slice(2);
                            if (lwc.has(child)) queue.push({ name: child, chain: [...chain, child] });
                        }
                    }
                }
                for (const file of listFiles(dir, (f) => f.endsWith('.html') && !/__tests__/.test(f))) {
                    for (const child of lwcChildren(readFileSync(file, 'utf8'))) {
                        if (lwc.has(child.name)) queue.push({ name: child.name, chain: [...chain, child.name] });
                    }
                }
            } else if (aura.has(name)) {
                const dir = aura.get(name);
                for (const file of listFiles(dir, (f) => /\.(cmp|app|js|evt)$/.test(f))) {
                    modulesScanned++;
                    const text = readFileSync(file, 'utf8');
                    for (const m of text.matchAll(CONTAINER_EVENTS)) {
                        problems.push({
                            file: rel(root, file),
                            line: lineAt(text, m.index),
                            rule: RULE,
                            message: `${name} fires ${m[0]}, which only Lightning Experience and the mobile app handle; reached from ${via}`
                        });
                    }
                    if (/\.(cmp|app)$/.test(file)) {
                        for (const ref of auraReferences(text)) {
                            if (lwc.has(ref.name) || aura.has(ref.name)) {
                                queue.push({ name: ref.name, chain: [...chain, ref.name] });
                            }
                        }
                    }
                }
            }
        }
    }

    const vf = visualforceNames(root);
    problems.push(...vf.problems);
    return {
        problems,
        summary: `${apps.length} Lightning Out app(s): ${seen.size} reachable bundles (${modulesScanned} files) import nothing of ${[...UNSUPPORTED.keys()].join(', ')}; ${vf.count} Visualforce files name the app through the namespace`
    };
}

await runIfMain(import.meta.url, () => run({ root: ROOT }));
