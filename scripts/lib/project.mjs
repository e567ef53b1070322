// Shared helpers for the offline check pipeline: project paths and file discovery.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder holding sfdx-project.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const SKIP_DIRS = new Set(['node_modules', '.git', 'coverage', 'dist', '.sfdx', '.sf', '.check-tmp', 'test-results']);

/**
 * Lists files under `dir` (recursively) whose path matches `test`.
 * Returned paths are absolute. Never descends into node_modules, .git or build output folders.
 */
export function listFiles(dir, test = () => true) {
    const out = [];
    const walk = (d) => {
        let entries;
        try {
            entries = readdirSync(d, { withFileTypes: true });
        } catch {
            return;
        }
        for (const e of entries) {
            const p = path.join(d, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name)) walk(p);
            } else if (test(p)) {
                out.push(p);
            }
        }
    };
    if (statSync(dir, { throwIfNoEntry: false })) walk(dir);
    return out.sort();
}

/** Path relative to `root`, always with forward slashes (stable in reports and tests). */
export function rel(root, file) {
    return path.relative(root, file).split(path.sep).join('/');
}

/** 1-based line number of character offset `index` in `text`. */
export function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
}
