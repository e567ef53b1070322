// Jest globalSetup: makes `@salesforce/label/c.<Name>` resolve to the label's English value in tests.
// sfdx-lwc-jest's transformer rewrites a label import into `try { x = require('@salesforce/label/c.X').default }
// catch { x = 'c.X' }`, so an unknown label would silently render "c.X". Here:
//  - every label file (force-app/main/*/labels/*.label-meta.xml) becomes one module `.jest-labels/c.<Name>.js`
//    (git-ignored; jest.config.js maps `@salesforce/label/c.*` there);
//  - every `@salesforce/label/c.X` import in force-app's TypeScript (components and tests) must name an existing
//    label, else the whole run fails before any test starts, naming the file and line.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lineAt, listFiles, rel } from './project.mjs';
import { readLabels } from './labels.mjs';

/** Folder of the generated label modules (see jest.config.js moduleNameMapper). */
export const LABEL_MODULES = '.jest-labels';

/** `@salesforce/label/c.X` imports of force-app TypeScript whose label does not exist: ["file:line c.X"]. */
export function unknownLabelImports(root, names) {
    const out = [];
    for (const abs of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.ts'))) {
        // Comments blanked (newlines kept, so lines stay right): a label named in a doc comment is no import.
        const text = readFileSync(abs, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
            .replace(/^[ \t]*\/\/.*$/gm, '');
        for (const m of text.matchAll(
            /\b(?:from|import|require|requireActual|mock|doMock)\s*\(?\s*['"]@salesforce\/label\/c\.([^'"]+)['"]/g
        )) {
            if (!names.has(m[1])) out.push(`${rel(root, abs)}:${lineAt(text, m.index)} imports c.${m[1]}`);
        }
    }
    return out;
}

/** Writes one CommonJS module per label into `<root>/.jest-labels`; returns how many. */
export function writeLabelModules(root = ROOT) {
    const labels = readLabels(root);
    const dir = path.join(root, LABEL_MODULES);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const label of labels) {
        writeFileSync(
            path.join(dir, `c.${label.name}.js`),
            `// Generated from ${label.file} by scripts/lib/jest-labels.mjs.\n` +
                `module.exports = { __esModule: true, default: ${JSON.stringify(label.value)} };\n`
        );
    }
    return labels;
}

export default async function globalSetup() {
    const labels = writeLabelModules(ROOT);
    const unknown = unknownLabelImports(ROOT, new Set(labels.map((l) => l.name)));
    if (unknown.length) {
        throw new Error(
            `Unknown custom label(s) imported (add force-app/main/<area>/labels/<Name>.label-meta.xml):\n  ${unknown.join('\n  ')}`
        );
    }
}
