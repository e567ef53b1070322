// Prints the result of `sf apex run test --json` for a person and for CI: every failing test with its message, one
// line "apex: N passed, N failed" and the coverage. Exits 1 when a test failed or the run did not complete.
//   node scripts/lib/apex-results.mjs <results.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Summarises a parsed `sf apex run test --json` answer.
 * @returns {{ ok: boolean, lines: string[] }}
 */
export function summarise(answer) {
    const result = answer?.result;
    const summary = result?.summary;
    if (!summary) {
        const why = answer?.message || answer?.name || 'no test summary in the CLI answer';
        return { ok: false, lines: [`Apex tests did not run: ${why}`] };
    }
    const lines = [];
    const failures = (result.tests ?? []).filter((t) => t.Outcome && t.Outcome !== 'Pass');
    for (const t of failures) {
        const name = t.FullName ?? `${t.ApexClass?.Name}.${t.MethodName}`;
        lines.push(`  ${t.Outcome.toUpperCase()} ${name}: ${(t.Message ?? '').replace(/\s+/g, ' ').trim()}`);
        if (t.StackTrace) lines.push(`      ${t.StackTrace.replace(/\n/g, ' | ')}`);
    }
    const passed = Number(summary.passing ?? 0);
    const failed = Number(summary.failing ?? failures.length);
    lines.push(`apex: ${passed} passed, ${failed} failed`);
    const coverage = summary.orgWideCoverage ?? summary.testRunCoverage;
    if (coverage) lines.push(`Apex code coverage: ${coverage} (org-wide), outcome ${summary.outcome}`);
    const ok = failed === 0 && passed > 0 && /^(Passed|Completed)$/i.test(String(summary.outcome ?? 'Passed'));
    return { ok, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    let answer;
    try {
        answer = JSON.parse(readFileSync(process.argv[2], 'utf8'));
    } catch (e) {
        answer = { message: `unreadable results (${e.message})` };
    }
    const { ok, lines } = summarise(answer);
    for (const l of lines) console.log(l);
    process.exit(ok ? 0 : 1);
}
