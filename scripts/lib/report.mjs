// How a checker's problems are printed, and how a checker module runs on its own (`node scripts/checks/<x>.mjs`).
import { pathToFileURL } from 'node:url';

/** One problem as `file:line  rule  message` (line and rule left out when unknown). */
export function formatProblem(p) {
    return `${p.file}${p.line ? ':' + p.line : ''}  ${p.rule ? p.rule + '  ' : ''}${p.message}`;
}

/**
 * When the module at `moduleUrl` is the script node was started with, runs its checker, prints its problems (or
 * its summary) and exits 1 on problems, 0 otherwise. Does nothing when the module is imported.
 */
export async function runIfMain(moduleUrl, run) {
    if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
    const { problems, summary } = await run();
    for (const p of problems) console.error(formatProblem(p));
    console.log(problems.length ? `${problems.length} problem(s)` : summary);
    process.exit(problems.length ? 1 : 0);
}
