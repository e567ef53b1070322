// Formatting and syntax of every source file through prettier 3: Apex (prettier-plugin-apex, whose native parser
// also reports Apex syntax errors with their line), metadata XML (@prettier/plugin-xml), TypeScript, LWC HTML,
// JSON and the Node scripts. A file that does not parse is reported at the parser's line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Format and syntax (prettier: Apex, XML, TS, HTML)';

const EXTENSIONS = ['.cls', '.trigger', '.xml', '.ts', '.html', '.json', '.mjs', '.page', '.cmp', '.app'];
const FOLDERS = ['force-app', 'types', 'scripts', 'preview', 'e2e', 'config', 'data'];

/** Files that prettier checks (build outputs and ignored paths excluded). */
export async function filesToCheck(root) {
    const files = FOLDERS.flatMap((folder) =>
        listFiles(path.join(root, folder), (f) => EXTENSIONS.some((e) => f.endsWith(e)))
    );
    const ignorePath = path.join(root, '.prettierignore');
    const kept = [];
    for (const file of files) {
        const info = await prettier.getFileInfo(file, { ignorePath, withNodeModules: false });
        if (!info.ignored) kept.push(file);
    }
    return kept;
}

/** @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule: string}>, summary: string}>} */
export async function run({ root = ROOT } = {}) {
    const problems = [];
    const files = await filesToCheck(root);
    for (const file of files) {
        const options = { ...(await prettier.resolveConfig(file, { editorconfig: false })), filepath: file };
        try {
            if (!(await prettier.check(readFileSync(file, 'utf8'), options))) {
                problems.push({
                    file: rel(root, file),
                    rule: 'format',
                    message: 'is not formatted: run npm run format'
                });
            }
        } catch (e) {
            const line = e.loc?.start?.line ?? Number(/\((\d+):\d+\)/.exec(e.message)?.[1]) ?? undefined;
            const first = String(e.message).split('\n')[0];
            problems.push({
                file: rel(root, file),
                line: Number.isFinite(line) ? line : undefined,
                rule: 'syntax',
                message: first
            });
        }
    }
    return { problems, summary: `${files.length} files formatted and parsed` };
}

await runIfMain(import.meta.url, run);
