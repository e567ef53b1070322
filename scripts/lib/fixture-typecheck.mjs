// Type-checks JSON fixtures with tsc: each fixture becomes one generated module
// (`export const fixture = <the file's JSON> satisfies <Type>`) in a throw-away folder under .check-tmp/, tsc runs
// strict over them (excess property checks apply to every nested object literal), and every error is mapped back
// to the fixture's own file and line. Used by the zoom-fixtures step (Zoom's rivet types) and the
// controller-fixtures step (the Apex return types in types/apex).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} root project root (its node_modules provides typescript)
 * @param {Array<{file: string, source: string, firstLine: number, lines: number, what: string}>} modules one per
 *   fixture: `file` the fixture's project path, `source` the generated TypeScript, `firstLine` the generated line
 *   holding the fixture's first line, `lines` the fixture's line count, `what` the message prefix ("not Zoom's X");
 *   an optional `line` reports every error of the module at that line of `file` (JSON embedded in a larger file)
 * @param {{rule: string, folder: string, extraFiles?: string[]}} options `extraFiles`: absolute paths of
 *   declaration files added to the program; `folder` names the fixture folder in problems tsc cannot place
 * @returns {Array<{file: string, line?: number, rule: string, message: string}>}
 */
export function typeCheckFixtures(root, modules, { rule, folder, extraFiles = [] }) {
    if (modules.length === 0) return [];
    const base = path.join(root, '.check-tmp');
    mkdirSync(base, { recursive: true });
    const dir = mkdtempSync(path.join(base, `${rule}-`));
    try {
        const byModule = new Map();
        modules.forEach((m, i) => {
            const file = `f${i}.ts`;
            writeFileSync(path.join(dir, file), m.source);
            byModule.set(file, m);
        });
        writeFileSync(
            path.join(dir, 'tsconfig.json'),
            JSON.stringify({
                compilerOptions: {
                    strict: true,
                    noEmit: true,
                    skipLibCheck: true,
                    target: 'ES2022',
                    module: 'ESNext',
                    moduleResolution: 'Bundler',
                    types: []
                },
                files: [...byModule.keys(), ...extraFiles]
            })
        );
        const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
        const result = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json'), '--pretty', 'false'], {
            cwd: dir,
            encoding: 'utf8'
        });
        const problems = [];
        let current = null;
        for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
            const m = /^(f\d+\.ts)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
            if (m && byModule.has(m[1])) {
                const fixture = byModule.get(m[1]);
                const at = Number(m[2]) - fixture.firstLine + 1;
                current = {
                    file: fixture.file,
                    // `satisfies` sits after the last line: a property missing at the top level is reported there,
                    // so it points at the line that opens the fixture.
                    line: fixture.line ?? (at < 1 || at > fixture.lines || m[4] === 'TS1360' ? 1 : at),
                    rule,
                    message: `${fixture.what}: ${m[5]}`
                };
                problems.push(current);
            } else if (current && /^\s+\S/.test(line)) {
                current.message += ` ${line.trim()}`;
            } else if (line.trim()) {
                current = null;
                problems.push({ file: folder, rule, message: `tsc: ${line.trim()}` });
            }
        }
        if (result.status !== 0 && problems.length === 0) {
            problems.push({ file: folder, rule, message: `tsc failed (exit ${result.status})` });
        }
        return problems;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
