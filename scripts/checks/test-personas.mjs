// Check (b) of issue #9, "tests run as personas": a test method (or @TestSetup method) that reaches package data in
// user mode (SOQL/SOSL WITH USER_MODE or user-mode DML on a package object, or on package fields of a standard
// object), directly or through any chain of calls (queued jobs included), must do so inside
// System.runAs(<persona from TestDataFactory>): a user holding exactly one package permission set (Zoom User, Zoom
// Admin or Zoom Integration). Run as the deploying admin, such a test proves nothing about the permission sets and
// fails in orgs where the admin has no access to the package's fields.
//
// Built on the shared Apex model (scripts/lib/apex-model.mjs: real parser, resolved call graph). The persona is
// recognised from the runAs argument: a factory persona call (insertRep, insertZoomAdmin, insertIntegrationUser,
// insertPersona, findRep, findPersona, or insertUserWithPermissionSets with exactly one package permission set),
// a local variable assigned from one, or a helper of the test class returning one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Tests run as personas (System.runAs a one-permission-set user around user-mode package data)';

const RULE = 'test-persona';

/** The package permission sets; a persona holds exactly one of them. */
export const PACKAGE_PERMISSION_SETS = ['Zoom_User', 'Zoom_Admin', 'Zoom_Integration', 'Zoom_Webhook_Guest'];

/** TestDataFactory methods that return a persona (a user holding one package permission set). */
const PERSONA_FACTORY =
    /^TestDataFactory\.(insertRep|insertZoomAdmin|insertIntegrationUser|insertPersona|findRep|findPersona)\s*\(/;
const PERMSET_FACTORY = /^TestDataFactory\.insertUserWithPermissionSets\s*\(([\s\S]*)\)$/;

/**
 * Test classes whose findings are reported to their owner and do not fail the step until converted (empty: every
 * test class complies). An entry whose file has no finding any more fails the step (remove it), so the table cannot
 * go stale.
 */
export const PENDING = new Map([]);

const isPackageObject = (name) => /__(c|mdt|e|x|b)$/i.test(name ?? '');
const isPackageField = (name) => /__c$/i.test((name ?? '').split('.').pop());

/** Why a direct event of a method touches package data in user mode, or null. */
function packageAccess(event) {
    if (event.k === 'soql' && event.mode === 'user') {
        const fields = [...(event.fields ?? []), ...(event.sub ?? []).flatMap((s) => s.fields ?? [])];
        if (isPackageObject(event.object)) return `reads ${event.object} in user mode`;
        const custom = fields.filter(isPackageField);
        if (custom.length) return `reads ${event.object}.${custom[0]} in user mode`;
    }
    if (event.k === 'sosl' && event.mode === 'user') {
        const hit = (event.objects ?? []).find(
            (o) => isPackageObject(o.object) || (o.fields ?? []).some(isPackageField)
        );
        if (hit) return `searches ${hit.object} in user mode`;
    }
    if (event.k === 'dml' && event.mode === 'user' && isPackageObject(event.sobject)) {
        return `${event.op}s ${event.sobject} in user mode`;
    }
    return null;
}

/** A method's own user-mode package access, or null. */
function ownAccess(method) {
    for (const event of method.events) {
        const why = packageAccess(event);
        if (why) return { why, method: method.key, file: method.file, line: event.line };
    }
    return null;
}

/** Source lines of a file (cached). */
function sourceOf(root, file, cache) {
    if (!cache.has(file)) cache.set(file, readFileSync(path.join(root, file), 'utf8').split('\n'));
    return cache.get(file);
}

/** Annotations written on the lines just above a method declaration (lower case, without '@'). */
function annotationsAbove(lines, declLine) {
    const found = [];
    for (let i = declLine - 1; i >= 0 && i >= declLine - 6; i--) {
        const text = lines[i] ?? '';
        const matches = [...text.matchAll(/@(\w+)/g)].map((m) => m[1].toLowerCase());
        if (i === declLine - 1) {
            found.push(...matches);
            if (/\btestmethod\b/i.test(text)) found.push('istest');
            continue;
        }
        if (!/^\s*@/.test(text)) break;
        found.push(...matches);
    }
    return found;
}

/** Balanced text of the call arguments starting at `open` (index of '('), or null. */
function argumentText(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
    }
    return null;
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** True when `expr` (Apex source) is a persona of the factory; `scope` resolves variables and helpers. */
function isPersonaExpr(expr, scope, depth = 0) {
    const e = squash(expr).replace(/^zoomsf\./i, '');
    if (depth > 4) return false;
    if (PERSONA_FACTORY.test(e)) return true;
    const permsets = PERMSET_FACTORY.exec(e);
    if (permsets) {
        const list = /new\s+List<\s*String\s*>\s*\{([^}]*)\}/i.exec(permsets[1]);
        if (!list) return false;
        const items = list[1]
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        return (
            items.length === 1 &&
            (PACKAGE_PERMISSION_SETS.some((p) => items[0] === `'${p}'`) ||
                /^TestDataFactory\.ZOOM_(USER|ADMIN|INTEGRATION)$/.test(items[0]))
        );
    }
    if (/^\w+$/.test(e)) {
        const assigned = scope.assignment(e);
        return assigned != null && isPersonaExpr(assigned, scope, depth + 1);
    }
    // A persona a @TestSetup method inserted, read back from User (the class must create a factory persona).
    if (/^\[\s*SELECT\b[\s\S]*\bFROM\s+User\b/i.test(e)) return scope.createsPersona();
    const helper = /^(\w+)\s*\(([\s\S]*)\)$/.exec(e);
    if (helper) {
        const returned = scope.helper(helper[1]);
        return returned != null && isPersonaExpr(returned.expr, returned.scope, depth + 1);
    }
    return false;
}

/**
 * Runs the check on the project at `root`. Options: `pending` replaces the PENDING table (self-tests).
 * @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule?: string}>, summary: string}>}
 */
export async function run({ root = ROOT, pending = PENDING } = {}) {
    const model = await loadApexModel(root);
    const sources = new Map();
    const reachCache = new Map();

    /** First user-mode package access reachable from method `key` (async jobs included), or null. */
    function reaches(key) {
        if (reachCache.has(key)) return reachCache.get(key);
        reachCache.set(key, null);
        let found = null;
        const parents = model.reach([key], { async: true });
        for (const k of parents.keys()) {
            const m = model.methods.get(k);
            if (!m) continue;
            const hit = ownAccess(m);
            if (hit) {
                found = { ...hit, path: model.pathTo(parents, k) };
                break;
            }
        }
        reachCache.set(key, found);
        return found;
    }

    const problems = [];
    let testMethods = 0;
    let guarded = 0;
    const pendingHits = new Map();

    for (const cls of model.classes.values()) {
        if (cls.kind !== 'class' || !cls.file) continue;
        const lines = sourceOf(root, cls.file, sources);
        const classIsTest =
            cls.isTest ||
            /@IsTest\b/i.test(
                lines
                    .slice(0, Math.max(0, cls.line))
                    .join('\n')
                    .split(/\bclass\b/i)[0]
            );
        const outerFileTest = /^\s*@IsTest/im.test(lines.slice(0, 8).join('\n'));
        if (!classIsTest && !outerFileTest) continue;
        const classText = lines.join('\n');
        /** How persona expressions resolve inside `bodyLines` (a method or helper of the test class). */
        const scopeOf = (bodyLines) => ({
            assignment(name) {
                // Last assignment in the body, else in the class (a static field a helper fills).
                for (const text of [bodyLines.join('\n'), classText]) {
                    let last = null;
                    for (const m of text.matchAll(new RegExp(`\\b${name}\\s*=(?!=)\\s*([^;]+);`, 'g'))) last = m[1];
                    if (last != null) return last;
                }
                return null;
            },
            createsPersona() {
                const calls = [...classText.matchAll(/TestDataFactory\.\w+\s*\(/g)].map((m) => m.index);
                return calls.some((at) => {
                    const open = classText.indexOf('(', at);
                    const call = `${classText.slice(at, open)}(${argumentText(classText, open) ?? ''})`;
                    return /^TestDataFactory\.insert/.test(call) && isPersonaExpr(call, this, 4);
                });
            },
            helper(name) {
                const helperKey = cls.methods.find((k) => k.startsWith(`${cls.name}.${name}/`));
                const helper = helperKey && model.methods.get(helperKey);
                if (!helper) return null;
                const helperLines = lines.slice(helper.line - 1, helper.endLine);
                const ret = /\breturn\s+([^;]+);/.exec(helperLines.join('\n'));
                return ret ? { expr: ret[1], scope: scopeOf(helperLines) } : null;
            }
        });
        for (const key of cls.methods) {
            const method = model.methods.get(key);
            if (!method || method.file !== cls.file) continue;
            const annotations = annotationsAbove(lines, method.line);
            const isEntry = method.isTest || annotations.includes('istest') || annotations.includes('testsetup');
            if (!isEntry || method.params.length) continue;
            testMethods++;
            const scope = scopeOf(lines.slice(method.line - 1, method.endLine));
            const stack = [];
            let reported = false;
            for (let i = 0; i < method.events.length; i++) {
                const event = method.events[i];
                if (event.k === 'runAs') {
                    const lineText = lines.slice(event.line - 1, event.line + 4).join('\n');
                    const at = lineText.search(/\brunAs\s*\(/i);
                    const arg = at < 0 ? null : argumentText(lineText, lineText.indexOf('(', at));
                    stack.push(arg != null && isPersonaExpr(arg, scope));
                    continue;
                }
                if (event.k === 'runAsEnd') {
                    stack.pop();
                    continue;
                }
                const inPersona = stack.length > 0 && stack[stack.length - 1];
                let hit = null;
                const own = packageAccess(event);
                if (own) hit = { why: own, method: method.key, file: method.file, line: event.line, path: [] };
                if (!hit && event.k === 'call' && Array.isArray(event.calls)) {
                    for (const ci of event.calls) {
                        const call = method.calls[ci];
                        for (const target of call?.target ?? []) {
                            const t = model.methods.get(target);
                            if (
                                t &&
                                /^TestDataFactory\./.test(target) &&
                                PERSONA_FACTORY.test(`${target.split('/')[0]}(`)
                            )
                                continue;
                            hit = reaches(target);
                            if (hit) break;
                        }
                        if (hit) break;
                    }
                }
                if (!hit) continue;
                if (inPersona) {
                    guarded++;
                    continue;
                }
                if (reported) continue;
                reported = true;
                const where = `${hit.method.replace(/\/\d+$/, '')} (${hit.file}:${hit.line})`;
                const message =
                    `${method.name} ${hit.method === method.key ? '' : 'reaches code that '}${hit.why} — ${where} — ` +
                    (stack.length
                        ? 'inside System.runAs of a user that is not a factory persona'
                        : 'outside System.runAs') +
                    ': run it as the persona of that path (TestDataFactory.insertRep(), insertZoomAdmin() or ' +
                    'insertIntegrationUser(): one package permission set each)';
                if (pending.has(cls.file)) {
                    pendingHits.set(cls.file, (pendingHits.get(cls.file) ?? 0) + 1);
                    continue;
                }
                problems.push({ file: cls.file, line: event.line, rule: RULE, message });
            }
        }
    }
    for (const [file, owner] of pending) {
        if (!pendingHits.has(file)) {
            problems.push({
                file,
                rule: RULE,
                message: `listed as pending (${owner}) in test-personas.mjs but has no finding any more: remove it from PENDING`
            });
        }
    }
    const pendingCount = [...pendingHits.values()].reduce((a, b) => a + b, 0);
    return {
        problems,
        summary:
            `${testMethods} test methods, ${guarded} user-mode package accesses inside a persona's runAs` +
            (pendingCount
                ? `; ${pendingCount} finding(s) in ${pendingHits.size} other owners' tests pending (findings.md)`
                : '')
    };
}

await runIfMain(import.meta.url, run);
