// Issue #12 item 3, "every query in a selector": SOQL and SOSL (static `[SELECT …]`/`[FIND …]`, `Database.query`,
// `queryWithBinds`, `countQuery*`, `getQueryLocator*`, `Search.query`) live only in classes whose top-level name ends in
// `Selector`, so a field list, a sharing decision or a user-mode clause has one home per object.
//
// Rule `query-outside-selector` (file and line of the query): a query in a class (or trigger) that is not a
// `…Selector` and not a test class (an @IsTest class or a class inside one). Exemptions are reviewed, one per class,
// each with its reason (EXEMPT); a class reported to its owner and not yet moved is listed in PENDING with the owner:
// its queries are printed in the summary without failing the step, and an entry that no longer matches a query fails
// the step (remove it), so neither table goes stale.
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Every query in a selector (SOQL/SOSL only in …Selector classes)';

/** Classes that may query outside a selector, each with the reason it was accepted. */
export const EXEMPT = new Map([
    [
        'SoqlQuery',
        'the query builder of the selectors: runs only the field lists, conditions and orderings a …Selector declares (issue #12 item 1), always in user mode'
    ]
]);

/** Classes whose queries were reported to their owner in /work/coord/FINDINGS12.md (issue #12): class → owner. */
export const PENDING = new Map([]);

const lc = (s) => (s ?? '').toLowerCase();

export async function run({ root = ROOT, exempt = EXEMPT, pending = PENDING } = {}) {
    const model = await loadApexModel(root);
    const problems = [];
    const pendingHits = new Map();
    const exemptHits = new Set();
    let queries = 0;
    let inSelectors = 0;
    const topOf = (cls) => {
        let c = cls;
        while (c?.outer) c = model.classes.get(lc(c.outer));
        return c;
    };
    for (const m of model.methods.values()) {
        const cls = model.classes.get(lc(m.cls));
        const top = topOf(cls);
        if (!m.file || !top || top.isTest || cls.isTest || m.isTest) continue;
        const name = top.kind === 'trigger' ? top.name : top.simpleName;
        for (const e of m.events) {
            if (e.k !== 'soql' && e.k !== 'sosl') continue;
            queries++;
            if (top.kind !== 'trigger' && /Selector$/.test(top.simpleName)) {
                inSelectors++;
                continue;
            }
            if (exempt.has(name)) {
                exemptHits.add(name);
                continue;
            }
            const what = e.k === 'sosl' ? 'SOSL' : e.dynamic ? 'a dynamic query' : `SOQL on ${e.object ?? '?'}`;
            const problem = {
                file: m.file,
                line: e.line,
                rule: 'query-outside-selector',
                message: `${what} in ${m.cls}.${m.name}: move it into a …Selector class (or list the class in EXEMPT with its reason)`
            };
            if (pending.has(name)) {
                if (!pendingHits.has(name)) pendingHits.set(name, []);
                pendingHits.get(name).push(problem);
            } else problems.push(problem);
        }
    }
    for (const [name, owner] of pending) {
        if (!pendingHits.has(name))
            problems.push({
                file: 'scripts/checks/query-home.mjs',
                rule: 'stale-entry',
                message: `PENDING lists ${name} (owner ${owner}) but it has no query outside a selector: remove the entry`
            });
    }
    for (const name of exempt.keys()) {
        if (!exemptHits.has(name))
            problems.push({
                file: 'scripts/checks/query-home.mjs',
                rule: 'stale-entry',
                message: `EXEMPT lists ${name} but it has no query: remove the entry`
            });
    }
    const waiting = [...pendingHits].map(
        ([name, list]) =>
            `${name} (${pending.get(name)}: ${list.map((p) => `${p.file.split('/').pop()}:${p.line}`).join(', ')})`
    );
    return {
        problems,
        summary:
            `${queries} queries, ${inSelectors} in …Selector classes` +
            (exemptHits.size ? `, ${exemptHits.size} exempt classes` : '') +
            (waiting.length ? `; reported to their owner: ${waiting.join('; ')}` : '')
    };
}

await runIfMain(import.meta.url, () => run());
