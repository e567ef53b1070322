// Issue #12 item 3, "dead code gone": a public method of a shipped class that no shipped code calls — only tests, or
// nothing — is dead weight the next reader has to understand (MeetingSelector.selectParticipantsByMeeting and
// ZoomUserSelector.countMapped were such methods). A seam a test needs is `@TestVisible private`, not public.
//
// Rule `test-only` (at the method's line): a `public` method (not a constructor) of a non-test class whose callers
// in the Apex model's resolved call graph are all test code (or that has no caller). Not judged, because something
// outside the call graph calls them: `global` methods (the package's API), `override` and `abstract` methods (reached through implementations) and methods named as a
// method of an interface the class (or an ancestor) implements (platform interfaces by name: Schedulable, Queueable,
// Batchable, Finalizer, Comparable, StubProvider, HttpCalloutMock…), methods annotated @AuraEnabled,
// @InvocableMethod, @RemoteAction, @TestVisible, @Future or @Http*, every method of a class named as a Visualforce
// controller or extension, and any method whose name and argument count match a call the model could not type
// (the check never guesses that an unresolved call misses it). Triggers' calls count as shipped callers.
// PENDING lists methods reported to their owner (printed, not failing); an entry that no longer matches fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Dead code (public methods only tests call)';

/** Methods of platform interfaces, called by the platform (never by the project's code). */
const PLATFORM_INTERFACE_METHODS = new Set([
    'execute',
    'start',
    'finish',
    'compareto',
    'handlemethodcall',
    'respond',
    'handleinboundemail',
    'hasnext',
    'next',
    'iterator',
    'call',
    'equals',
    'hashcode',
    'tostring'
]);
const ENTRY_ANNOTATIONS = [
    'auraenabled',
    'invocablemethod',
    'invocablevariable',
    'remoteaction',
    'testvisible',
    'future',
    'httpget',
    'httppost',
    'httpput',
    'httppatch',
    'httpdelete',
    'readonly'
];

/** Methods reported to their owner in /work/coord/FINDINGS12.md (issue #12): 'Class.method/argc' → owner. */
export const PENDING = new Map([]);

const lc = (s) => (s ?? '').toLowerCase();

export async function run({ root = ROOT, pending = PENDING } = {}) {
    const model = await loadApexModel(root);
    const topOf = (cls) => {
        let c = cls;
        while (c?.outer) c = model.classes.get(lc(c.outer));
        return c;
    };
    const isTestClass = (cls) => Boolean(cls?.isTest || topOf(cls)?.isTest);
    const isTestMethod = (m) => !m || m.isTest || isTestClass(model.classes.get(lc(m.cls)));

    // Shipped callers of each method, and the names of calls the model could not type (name/argc).
    const shippedCallers = new Map();
    const untyped = new Set();
    for (const m of model.methods.values()) {
        if (isTestMethod(m)) continue;
        for (const c of m.calls ?? []) {
            for (const t of c.target ?? []) shippedCallers.set(t, (shippedCallers.get(t) ?? 0) + 1);
            const e = m.events[c.event];
            if (!(c.target ?? []).length && e?.name) untyped.add(`${lc(e.name)}/${e.argc}`);
        }
    }
    // Interface methods of the project, by interface.
    const interfaceMethods = new Map();
    for (const cls of model.classes.values())
        if (cls.kind === 'interface')
            interfaceMethods.set(cls, new Set(cls.methods.map((k) => lc(model.methods.get(k)?.name))));
    function implementsMethod(cls, name) {
        for (let c = cls, guard = 0; c && guard < 10; guard++) {
            for (const i of c.implements ?? []) {
                const ic = model.classOf(i.replace(/<.*$/, ''), c);
                if (ic ? interfaceMethods.get(ic)?.has(name) : PLATFORM_INTERFACE_METHODS.has(name)) return true;
            }
            c = c.extends ? model.classOf(c.extends, c.outer ? model.classes.get(lc(c.outer)) : c) : null;
        }
        return false;
    }
    // Visualforce controllers and extensions.
    const visualforce = new Set();
    for (const f of listFiles(path.join(root, 'force-app'), (f) => /\.(page|component)$/.test(f))) {
        const src = readFileSync(f, 'utf8');
        for (const m of src.matchAll(/\b(?:controller|extensions)\s*=\s*"([^"]+)"/gi))
            for (const n of m[1].split(',')) visualforce.add(lc(n.trim().replace(/^zoomsf\./i, '')));
        void rel;
    }

    const problems = [];
    const pendingHits = new Map();
    let judged = 0;
    for (const m of model.methods.values()) {
        const cls = model.classes.get(lc(m.cls));
        if (!m.file || !cls || cls.kind !== 'class' || isTestMethod(m) || m.ctor || m.name.startsWith('<')) continue;
        if (
            !m.modifiers.includes('public') ||
            m.modifiers.includes('global') ||
            m.modifiers.includes('override') ||
            m.modifiers.includes('abstract')
        )
            continue;
        if (ENTRY_ANNOTATIONS.some((a) => m.annotations.includes(a))) continue;
        if (visualforce.has(lc(topOf(cls).name))) continue;
        if (implementsMethod(cls, lc(m.name))) continue;
        if (untyped.has(`${lc(m.name)}/${m.params.length}`)) continue;
        judged++;
        if (shippedCallers.get(m.key)) continue;
        const problem = {
            file: m.file,
            line: m.line,
            rule: 'test-only',
            message: `${m.key}: no shipped code calls it (only tests, or nothing): delete it, or make it @TestVisible private when it is a test seam`
        };
        if (pending.has(m.key)) pendingHits.set(m.key, problem);
        else problems.push(problem);
    }
    for (const [key, owner] of pending)
        if (!pendingHits.has(key))
            problems.push({
                file: 'scripts/checks/dead-code.mjs',
                rule: 'stale-entry',
                message: `PENDING lists ${key} (owner ${owner}) but shipped code calls it now, or it is gone: remove the entry`
            });
    const byOwner = new Map();
    for (const key of pendingHits.keys()) {
        const owner = pending.get(key);
        byOwner.set(owner, [...(byOwner.get(owner) ?? []), key]);
    }
    return {
        problems,
        summary:
            `${judged} public methods judged, each called by shipped code` +
            (byOwner.size
                ? `; reported to their owner: ${[...byOwner].map(([o, keys]) => `${o}: ${keys.join(', ')}`).join('; ')}`
                : '')
    };
}

await runIfMain(import.meta.url, () => run());
