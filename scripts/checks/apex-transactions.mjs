// One transaction per test block: no Apex test calls out after uncommitted DML in the same transaction.
//
// The platform rule (Apex Developer Guide, "Performing DML Operations and Mock Callouts",
// https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_restful_http_testing_dml.htm):
// callouts are not allowed after DML in the same transaction ("You have uncommitted work pending"). In a test, DML
// may come before a mock callout only when the callout is enclosed in Test.startTest()/Test.stopTest() and the DML
// is not part of that block; DML after mock callouts is allowed. Asynchronous calls (queueable, batch, scheduled)
// also leave pending work unless they are made inside the block (they then run at Test.stopTest()).
//
// So each test method is cut into segments — before Test.startTest(), inside the block, after Test.stopTest() — and
// each is checked as its own transaction, walking the statements in order with the effect summaries of the Apex
// model (scripts/lib/apex-model.mjs: DML, callout, enqueue over the synchronous call graph):
//   callout-after-dml   a callout (direct, or in a called method) can follow DML (or, outside the block, an enqueue)
//                       of the same segment: on a path through the statements (if/else arms and catch blocks exclude
//                       each other; a loop repeats its body, so DML anywhere in a loop precedes the next iteration's
//                       callout), or inside one called method (its own DML before its own callout).
//   two-service-runs    one segment runs two calls that each both write and call out (a second service run in one
//                       Test.startTest block): the second run's callouts follow the first run's DML.
// System.runAs does not start a transaction. @TestSetup methods run in their own transaction and are not walked.
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'One transaction per test block (no callout after DML in one test transaction)';

const short = (key) => key.replace(/\/\d+(#\d+)?$/, '');

/** The first path (method keys) from `start` over synchronous calls to a method with an event matching `pred`. */
function witness(model, startKeys, pred) {
    const parents = model.reach(startKeys, { async: false });
    for (const key of parents.keys()) {
        const m = model.methods.get(key);
        const i = m.events.findIndex((e) => pred(e, m));
        if (i >= 0) return { path: model.pathTo(parents, key), file: m.file, line: m.events[i].line };
    }
    return null;
}

const isCallout = (e) => e.k === 'callout';
const isDml = (e, m) => (e.k === 'dml' && m.cls.toLowerCase() !== 'dml') || (e.k === 'call' && !!e.dml);

function describe(model, m, e, pred) {
    if (pred(e, m)) return `${m.file}:${e.line}`;
    const targets = (e.calls ?? []).flatMap((ci) => m.calls[ci].target);
    const w = witness(model, targets, pred);
    return w ? `${w.path.map(short).join(' → ')} (${w.file}:${w.line})` : short(targets[0] ?? e.name);
}

/** Problems of one test method. */
export function checkTestMethod(model, m) {
    const problems = [];
    const hasBlock = m.events.some((e) => e.k === 'startTest');
    let segment = hasBlock ? 'before Test.startTest()' : 'in the test (no Test.startTest() block)';
    let inside = false;
    let pending = []; // {event, index, what}
    let runs = []; // {event, index}
    const reported = new Set();
    const report = (e, rule, message) => {
        const key = `${e.line}:${rule}`;
        if (reported.has(key)) return;
        reported.add(key);
        problems.push({ file: m.file, line: e.line, rule, message: `${short(m.key)}: ${message}` });
    };
    m.events.forEach((e, i) => {
        if (e.k === 'startTest' || e.k === 'stopTest') {
            inside = e.k === 'startTest';
            segment = inside ? 'inside Test.startTest()' : 'after Test.stopTest()';
            pending = [];
            runs = [];
            return;
        }
        const targets = (e.calls ?? []).flatMap((ci) => (m.calls[ci].async ? [] : m.calls[ci].target));
        const sums = targets.map((t) => model.summary(t)).filter(Boolean);
        const doesCallout = e.k === 'callout' || sums.some((s) => s.callout);
        const doesDml = isDml(e, m) || (!e.dml && sums.some((s) => s.dml));
        const doesEnqueue = e.k === 'enqueue' || sums.some((s) => s.enqueue);
        const callee = e.k === 'call' ? `${e.name}()` : e.k;
        if (doesCallout && doesDml) {
            const prior = runs.find((r) => !model.exclusive(r.event, e));
            if (prior) {
                report(
                    e,
                    'two-service-runs',
                    `${segment}: ${callee} writes and calls out after ${prior.event.name}() at line ${prior.event.line} ` +
                        `already did (the second run's callout follows the first run's uncommitted DML); give each run ` +
                        `its own test or its own Test.startTest() block`
                );
            }
            runs.push({ event: e, index: i });
        }
        if (doesCallout) {
            const prior = pending.find((p) => !model.exclusive(p.event, e));
            const loopId = e.loop?.[e.loop.length - 1];
            const inLoop =
                loopId !== undefined &&
                m.events.find(
                    (o, j) => j !== i && o.loop?.includes(loopId) && model.eventDoesDml(o, m) && !model.exclusive(o, e)
                );
            if (prior && !reported.has(`${e.line}:two-service-runs`)) {
                report(
                    e,
                    'callout-after-dml',
                    `${segment}: ${callee} calls out (${describe(model, m, e, isCallout)}) after ` +
                        `${prior.what} at line ${prior.event.line} (${describe(model, m, prior.event, prior.what === 'DML' ? isDml : (x) => x.k === 'enqueue')}) in the same transaction`
                );
            } else if (inLoop && !reported.has(`${e.line}:two-service-runs`)) {
                report(
                    e,
                    'callout-after-dml',
                    `${segment}: ${callee} calls out inside a loop whose body does DML at line ${inLoop.line}: the next ` +
                        `iteration's callout follows uncommitted DML`
                );
            }
            const own = sums.find((s) => s.calloutAfterDml)?.calloutAfterDml;
            if (own) {
                report(
                    e,
                    'callout-after-dml',
                    `${segment}: ${callee} can call out (${own.callout.file}:${own.callout.line}) after its own DML ` +
                        `(${own.dml.file}:${own.dml.line}) in one transaction`
                );
            }
        }
        if (doesDml) pending.push({ event: e, index: i, what: 'DML' });
        if (doesEnqueue && !inside) pending.push({ event: e, index: i, what: 'an enqueued job' });
    });
    return problems;
}

/** @returns {Promise<{problems: Array<{file: string, line: number, rule: string, message: string}>, summary: string}>} */
export async function run({ root = ROOT } = {}) {
    const model = await loadApexModel(root);
    const problems = [];
    let tests = 0;
    let blocks = 0;
    for (const m of model.methods.values()) {
        const cls = model.classes.get(m.cls.toLowerCase());
        if (!cls?.isTest || !m.isTest || m.annotations.includes('testsetup')) continue;
        tests++;
        blocks += m.events.filter((e) => e.k === 'startTest').length;
        problems.push(...checkTestMethod(model, m));
    }
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return {
        problems,
        summary: `${tests} test methods (${blocks} Test.startTest blocks) walked segment by segment`
    };
}

await runIfMain(import.meta.url, () => run({ root: ROOT }));
