// Apex shapes the Salesforce Graph Engine (code-analyzer-sfge-engine 0.25) cannot load. One such shape anywhere makes
// the whole graph-engine step fail with "Unexpected exception while loading graph" after minutes of work, naming
// neither file nor line in its output; this check names them in a second, before the slow step runs.
//
// Rules (each problem names file and line):
//   switch-on-ternary   `switch on <a ? b : c> {`: the engine's MethodPathBuilderVisitor.visitSwitchStatement
//                       asserts the switch expression's vertex label and throws UnexpectedException on a
//                       TernaryExpression (learned in issue #15 from WebinarRegistrantRows.statusOf). Put the value in
//                       a local variable and switch on the variable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blankCommentsAndStrings } from '../lib/apex-source.mjs';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Graph Engine shapes (Apex the Graph Engine cannot load)';

/** True when `expr` holds a ternary `?` (not the safe-navigation `?.` nor the null-coalescing `??`). */
export function hasTernary(expr) {
    return /(^|[^?])\?(?![.?])/.test(expr);
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    const files = listFiles(path.join(root, 'force-app'), (f) => /\.(cls|trigger)$/.test(f));
    let switches = 0;
    for (const file of files) {
        const src = blankCommentsAndStrings(readFileSync(file, 'utf8'));
        for (const m of src.matchAll(/\bswitch\s+on\b/gi)) {
            switches++;
            const start = m.index + m[0].length;
            const brace = src.indexOf('{', start);
            if (brace < 0) continue;
            if (hasTernary(src.slice(start, brace)))
                problems.push({
                    file: rel(root, file),
                    line: lineAt(src, m.index),
                    rule: 'switch-on-ternary',
                    message:
                        'switch on a ternary expression: the Graph Engine cannot load it (UnexpectedException on ' +
                        'TernaryExpression in visitSwitchStatement); put the value in a local variable and switch on that'
                });
        }
    }
    return {
        problems,
        summary: `${switches} switch statements in ${files.length} Apex files load in the Graph Engine`
    };
}

await runIfMain(import.meta.url, () => run());
