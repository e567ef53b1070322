// The LWC TypeScript sources as JavaScript that PMD's JavaScript parser (Rhino) understands, for Code Analyzer.
// The build emits ESNext, and Rhino stops at ES2019+ syntax such as an optional catch binding (`catch {}`). ES2018
// output parses, but Rhino leaves the bodies of ES2015 classes out of the tree, so no rule would ever see a
// component's methods (measured: an object literal inside a class method is not visited). So this transpiles each
// source again, file by file (the project compiles with isolatedModules), to ES5 — classes become functions, catch
// bindings get a variable, async becomes a state machine, import/export stay — into a scratch folder under
// .check-tmp/ (never committed), with a source map per file so that a finding on the emitted JavaScript is reported
// at its line of the .ts source.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { rel } from './project.mjs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * For each generated line (0-based index), its mapped segments as [generated column (0-based), source line
 * (1-based)] in column order, or undefined. Decodes the "mappings" field of a version 3 source map (Base64 VLQ; the
 * column restarts on every line, the other fields are relative to the previous segment).
 */
export function decodeMappings(mappings) {
    const result = [];
    let srcLine = 0;
    mappings.split(';').forEach((lineText, genLine) => {
        let genCol = 0;
        for (const segment of lineText.split(',')) {
            if (!segment) continue;
            const fields = [];
            let value = 0;
            let shift = 0;
            for (const ch of segment) {
                const digit = B64.indexOf(ch);
                value += (digit & 31) << shift;
                if (digit & 32) {
                    shift += 5;
                } else {
                    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
                    value = 0;
                    shift = 0;
                }
            }
            genCol += fields[0];
            if (fields.length >= 4) {
                srcLine += fields[2];
                (result[genLine] ??= []).push([genCol, srcLine + 1]);
            }
        }
    });
    return result;
}

/**
 * Transpiles `sources` (absolute .ts paths under `root`) to ES5 JavaScript in a fresh folder.
 * @returns {{dir: string, files: string[],
 *   toSource: (jsFile: string, line?: number, column?: number) => {file: string, line?: number},
 *   dispose: () => void}} `files`: the emitted .js (absolute); `toSource` maps an emitted file and 1-based line
 *   and column back to the project-relative .ts file and line
 */
export function emitForAnalysis(root, sources) {
    const dir = path.join(root, '.check-tmp', `code-analyzer-js-${process.pid}-${Date.now()}`);
    rmSync(dir, { recursive: true, force: true });
    const maps = new Map();
    const files = [];
    for (const source of sources) {
        const relTs = rel(root, source);
        const out = ts.transpileModule(readFileSync(source, 'utf8'), {
            fileName: relTs,
            compilerOptions: {
                target: ts.ScriptTarget.ES5,
                module: ts.ModuleKind.ESNext,
                sourceMap: true,
                removeComments: false,
                useDefineForClassFields: true,
                experimentalDecorators: false
            }
        });
        const js = path.join(dir, relTs.replace(/\.ts$/, '.js'));
        mkdirSync(path.dirname(js), { recursive: true });
        writeFileSync(js, out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
        maps.set(js, { file: relTs, lines: decodeMappings(JSON.parse(out.sourceMapText).mappings) });
        files.push(js);
    }
    return {
        dir,
        files,
        toSource(jsFile, line, column) {
            const map = maps.get(jsFile);
            if (!map) return { file: rel(root, jsFile), line };
            if (!line) return { file: map.file };
            const segments = map.lines[line - 1];
            if (segments) {
                const col = (column ?? 1) - 1;
                const hit = segments.filter(([c]) => c <= col).pop() ?? segments[0];
                return { file: map.file, line: hit[1] };
            }
            for (let l = line - 2; l >= 0; l--)
                if (map.lines[l]) return { file: map.file, line: map.lines[l].at(-1)[1] };
            return { file: map.file };
        },
        dispose: () => rmSync(dir, { recursive: true, force: true })
    };
}
