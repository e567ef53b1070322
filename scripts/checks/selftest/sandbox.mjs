// Checker self-tests run each checker on a throw-away copy of the project with one deliberately broken file.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../lib/project.mjs';

const COPIED = [
    'sfdx-project.json',
    '.forceignore',
    'force-app',
    'config',
    'tsconfig.json',
    '.prettierrc.json',
    '.prettierignore',
    'types',
    'tsconfig.paths.json',
    'tsconfig.build.json',
    'docs'
];

/**
 * Creates a copy of the project under .check-tmp/ (node_modules is symlinked, not copied) and returns
 * helpers to edit it. Call `dispose()` when done.
 */
export function makeSandbox() {
    const base = path.join(ROOT, '.check-tmp');
    mkdirSync(base, { recursive: true });
    const dir = mkdtempSync(path.join(base, 'sandbox-'));
    for (const item of COPIED) {
        try {
            cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true });
        } catch (e) {
            if (e.code !== 'ENOENT') throw e;
        }
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    return {
        root: dir,
        /** Absolute path of a project-relative file inside the sandbox. */
        file: (p) => path.join(dir, p),
        read: (p) => readFileSync(path.join(dir, p), 'utf8'),
        write(p, text) {
            mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
            writeFileSync(path.join(dir, p), text);
        },
        /** Reads a file of the real project (for copying what the sandbox does not hold by default). */
        readRoot: (p) => readFileSync(path.join(ROOT, p), 'utf8'),
        /** Replaces the first match of `from` (string or RegExp) by `to` in file `p`; throws when nothing matches. */
        replace(p, from, to) {
            const text = readFileSync(path.join(dir, p), 'utf8');
            const found = typeof from === 'string' ? text.includes(from) : from.test(text);
            if (!found) throw new Error(`sandbox: "${from}" not found in ${p}`);
            writeFileSync(path.join(dir, p), text.replace(from, to));
        },
        dispose: () => rmSync(dir, { recursive: true, force: true })
    };
}

/** Runs `fn` with a fresh sandbox and always disposes of it; resolves with what `fn` returns. */
export async function withSandbox(fn) {
    const box = makeSandbox();
    try {
        return await fn(box);
    } finally {
        box.dispose();
    }
}

/** 1-based line of the first line in `text` that contains `needle` (for asserting reported lines). */
export function lineOf(text, needle) {
    const i = text.split('\n').findIndex((l) => l.includes(needle));
    if (i < 0) throw new Error(`lineOf: "${needle}" not found`);
    return i + 1;
}
