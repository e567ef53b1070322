// Issue #16 (Zoom Phone), a platform rule learned while merging the softphone: `WITH SYSTEM_MODE` (and
// `AccessLevel.SYSTEM_MODE` in Database methods) lifts object and field permissions only. Record sharing in system
// mode is decided by the sharing keyword of the class that runs the operation: `with sharing` still hides the rows
// the running user cannot see, and `inherited sharing` takes the caller's mode (and `with sharing` when the class is
// the entry point). A system-mode read meant to see every row ("is this call id stored for another rep?") therefore
// sees nothing of another rep's Private records when it runs in a `with`/`inherited sharing` class reached from a
// `with sharing` one: the guard passes and the system-mode writer behind it takes the other rep's record over. In a
// test the same code passes only when the test runs as an admin, so no offline test shows it.
// (developer.salesforce.com, "Set an Access Mode for Database Operations": "if you set the operation to system mode,
// the sharing keyword on the calling class determines whether the operation respects the user's record-level
// permissions".)
//
// Rule `system-mode-under-sharing` (file and line of the operation): a system-mode query, search or DML of a shipped
// class on an object whose records are shared (a custom object with Private, Read or ControlledByParent sharing, or
// one of the standard objects in SHARED_STANDARD) runs with sharing: its class is `with sharing`, or it is
// `inherited sharing` (or has no keyword) and one synchronous caller chain reaches it from a `with sharing` class or
// from an entry point that is not a trigger. The message names that chain. Fix: move the operation into a
// `without sharing` class with a comment saying why, or list the method in ACCEPTED with the reason sharing is
// right there (for example: the query filters on the running user's own rows); an entry that no longer matches
// fails the step, so the table never goes stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT, listFiles } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'System mode under sharing (system-mode reads and writes of shared records run without sharing)';

/** Standard objects whose records the org's sharing hides from some users. */
export const SHARED_STANDARD = new Set([
    'account',
    'campaign',
    'campaignmember',
    'case',
    'contact',
    'event',
    'lead',
    'opportunity',
    'task'
]);

/** 'Class.method' → why sharing is right for its system-mode operation. */
export const ACCEPTED = new Map([
    [
        'ZoomLogSelector.countSucceededToday',
        "counts the running user's own log entries (CreatedById = the user; IntegrationLogger makes the user their owner), which sharing shows to their owner; system mode only lifts the object permission reps do not hold"
    ]
]);

const lc = (s) => (s ?? '').toLowerCase();

/** Custom objects whose rows sharing can hide, by lower-case API name. */
function sharedCustomObjects(root) {
    const shared = new Set();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.object-meta.xml'))) {
        const xml = readFileSync(file, 'utf8');
        if (/<customSettingsType>/.test(xml)) continue;
        const model = /<sharingModel>([^<]+)<\/sharingModel>/.exec(xml)?.[1];
        if (model === 'Private' || model === 'Read' || model === 'ControlledByParent') {
            shared.add(lc(path.basename(file, '.object-meta.xml')));
        }
    }
    return shared;
}

/** The objects a system-mode event touches (empty when it is not system mode). */
function systemObjects(event) {
    if (event.mode !== 'system') return [];
    if (event.k === 'soql') return [event.object];
    if (event.k === 'dml') return [event.sobject];
    if (event.k === 'sosl') return (event.objects ?? []).map((o) => o.object);
    return [];
}

export async function run({ root = ROOT, accepted = ACCEPTED } = {}) {
    const model = await loadApexModel(root);
    const sharedCustom = sharedCustomObjects(root);
    const isShared = (object) => object && (SHARED_STANDARD.has(lc(object)) || sharedCustom.has(lc(object)));
    const classOf = (m) => model.classes.get(lc(m.cls));
    const shipped = (m) => {
        let c = classOf(m);
        if (!m.file || !c || m.isTest || c.isTest) return false;
        while (c?.outer) {
            c = model.classes.get(lc(c.outer));
            if (c?.isTest) return false;
        }
        return true;
    };
    const callers = new Map();
    for (const m of model.methods.values()) {
        if (!shipped(m)) continue;
        for (const call of m.calls ?? []) {
            if (call.async) continue;
            for (const target of call.target ?? []) {
                if (!callers.has(target)) callers.set(target, []);
                callers.get(target).push(m.key);
            }
        }
    }
    // A chain from a `with sharing` class or a non-trigger entry point to `key`, or null when every chain runs
    // without sharing (a `without sharing` class or a trigger on the way).
    const memo = new Map();
    const sharedChain = (key, seen = new Set()) => {
        if (memo.has(key)) return memo.get(key);
        if (seen.has(key)) return null;
        seen.add(key);
        const m = model.methods.get(key);
        const cls = m && classOf(m);
        let chain = null;
        if (!cls || cls.kind === 'trigger' || cls.sharing === 'without') chain = null;
        else if (cls.sharing === 'with') chain = [key];
        else {
            const up = callers.get(key) ?? [];
            if (up.length === 0) chain = [key];
            for (const caller of up) {
                const found = sharedChain(caller, seen);
                if (found) {
                    chain = [...found, key];
                    break;
                }
            }
        }
        memo.set(key, chain);
        return chain;
    };
    const problems = [];
    const acceptedHits = new Set();
    let operations = 0;
    for (const m of model.methods.values()) {
        if (!shipped(m)) continue;
        for (const event of m.events) {
            const objects = systemObjects(event).filter(isShared);
            if (!objects.length) continue;
            operations++;
            const chain = sharedChain(m.key);
            if (!chain) continue;
            const name = `${m.cls}.${m.name}`;
            if (accepted.has(name)) {
                acceptedHits.add(name);
                continue;
            }
            const names = chain.map((k) => {
                const x = model.methods.get(k);
                return `${x.cls}.${x.name} (${classOf(x)?.sharing ?? 'no keyword'})`;
            });
            problems.push({
                file: m.file,
                line: event.line,
                rule: 'system-mode-under-sharing',
                message: `system-mode ${event.k === 'dml' ? `${event.op ?? 'DML'} of` : event.k === 'sosl' ? 'search of' : 'query of'} ${objects.join(', ')} in ${name} runs with sharing (${names.join(' → ')}): system mode lifts permissions, not sharing, so rows the user cannot see stay hidden; move it into a without sharing class (comment why) or list ${name} in ACCEPTED with the reason`
            });
        }
    }
    for (const name of accepted.keys()) {
        if (!acceptedHits.has(name))
            problems.push({
                file: 'scripts/checks/system-mode-sharing.mjs',
                rule: 'stale-entry',
                message: `ACCEPTED lists ${name} but it has no system-mode operation on shared records under sharing: remove the entry`
            });
    }
    return {
        problems,
        summary: `${operations} system-mode operations on shared records, each without sharing or accepted (${accepted.size} accepted with a reason)`
    };
}

runIfMain(import.meta.url, run);
