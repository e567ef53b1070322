// Issue #12 item 3, "one error path": a failure reaches the browser only through ControllerErrors, and a sentence
// for the user is a UserMessageException.
//
// Rules (each problem names file and line; test classes are exempt):
//   aura-shape        an @AuraEnabled method's body is one `try` (a `finally` is allowed) with one
//                     `catch (Exception e) { throw ControllerErrors.toAura(e, …); }` — `toAuraForRead` when the method
//                     is `cacheable=true` (no DML, so no log), `toAura` otherwise. A statement before or after the
//                     try, a second catch (one that builds its own answer) or another catch body fails.
//   controller-throw  in a class with an @AuraEnabled method, every other `throw` is `throw new UserMessageException(…)`
//                     (the catch turns it into the sentence): no `throw e`, no `throw SomeHelper.of(…)`, no raw type.
//   aura-new          `new AuraHandledException` outside ControllerErrors (the one place that builds it).
//   outside-family    `throw new X(…)` in a method an @AuraEnabled method reaches (synchronous calls), where X is a
//                     project exception class outside the UserMessageException family that ControllerErrors does not
//                     recognise (`instanceof` in ControllerErrors: Zoom's failures): its message, written for someone,
//                     would reach the browser only as the generic sentence. Make it a UserMessageException, or teach
//                     ControllerErrors the type.
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label =
    'One error path (@AuraEnabled failures through ControllerErrors, user sentences as UserMessageException)';

/** The one helper that builds what the browser receives. */
export const HELPER = 'ControllerErrors';
/** The one exception type for a sentence for the user (subclasses belong to it). */
export const FAMILY = 'UserMessageException';

const kind = (n) => n?.constructor?.name?.replace(/Context$/, '') ?? '';
const kids = (n) => n?.children ?? [];
const child = (n, k) => kids(n).find((c) => kind(c) === k);
const childrenOf = (n, k) => kids(n).filter((c) => kind(c) === k);
const lineOf = (n) => n?.start?.line ?? n?.symbol?.line ?? 0;
const text = (n) => (n ? n.getText() : '');
const lc = (s) => (s ?? '').toLowerCase();

function parse(src) {
    const { parser } = ApexParserFactory.createLexerAndParser(src, new ApexErrorListener());
    return parser.compilationUnit();
}

function walk(node, visit) {
    visit(node);
    for (const c of kids(node)) walk(c, visit);
}

/** The @AuraEnabled annotation among `mods` (Modifier nodes), or null. */
function auraAnnotation(mods) {
    for (const m of mods) {
        const a = child(m, 'Annotation');
        if (a && lc(text(child(a, 'Id') ?? child(a, 'QualifiedName'))) === 'auraenabled') return a;
    }
    return null;
}

const isTestMods = (mods) => mods.some((m) => /^@istest\b/i.test(text(m)));

/** The statement nodes of a Block. */
const statementsOf = (block) => childrenOf(block, 'Statement');

/**
 * Problems of one @AuraEnabled method's shape: one try, one catch (Exception e) { throw ControllerErrors.toAura… }.
 * Returns the catch's throw statement (exempt from controller-throw) when the shape is right enough to find it.
 */
function checkShape(file, method, cacheable, problems) {
    const name = text(child(method, 'Id'));
    const want = cacheable ? 'toAuraForRead' : 'toAura';
    const add = (line, message) => problems.push({ file, line, rule: 'aura-shape', message: `${name}: ${message}` });
    const block = child(method, 'Block');
    const stmts = statementsOf(block);
    const tries = stmts.filter((s) => child(s, 'TryStatement'));
    if (tries.length !== 1) {
        add(
            lineOf(method),
            `the body must be one try ending in catch (Exception e) { throw ${HELPER}.${want}(e, …); }`
        );
        return null;
    }
    for (const s of stmts) {
        if (s !== tries[0])
            add(lineOf(s), `a statement outside the try can fail without ${HELPER}: move it into the try`);
    }
    const tryStmt = child(tries[0], 'TryStatement');
    const catches = childrenOf(tryStmt, 'CatchClause');
    if (catches.length === 0) {
        add(lineOf(tryStmt), `no catch: end the try with catch (Exception e) { throw ${HELPER}.${want}(e, …); }`);
        return null;
    }
    let exempt = null;
    catches.forEach((c, i) => {
        const type = text(child(c, 'QualifiedName'));
        const variable = text(child(c, 'Id'));
        const body = statementsOf(child(c, 'Block'));
        if (i < catches.length - 1 || !/^(System\.)?Exception$/i.test(type)) {
            add(
                lineOf(c),
                `catch (${type} …) answers the browser its own way: one catch (Exception e) { throw ${HELPER}.${want}(e, …); } only`
            );
            return;
        }
        const thrown = body.length === 1 ? child(body[0], 'ThrowStatement') : null;
        const call = thrown ? text(kids(thrown)[1]) : '';
        const m = new RegExp(`^${HELPER}\\.(toAura|toAuraForRead)\\(${variable}[,)]`).exec(call);
        if (!m) {
            add(
                lineOf(body[0] ?? c),
                `the catch must be exactly: throw ${HELPER}.${want}(${variable}, OPERATION[, NO_ACCESS]);`
            );
            return;
        }
        exempt = thrown;
        if (m[1] !== want) {
            add(
                lineOf(thrown),
                cacheable
                    ? `a cacheable method may not log or publish (no DML): use ${HELPER}.toAuraForRead`
                    : `use ${HELPER}.toAura (it logs the failure with a reference); toAuraForRead is for cacheable reads`
            );
        }
    });
    return exempt;
}

export async function run({ root = ROOT } = {}) {
    const model = await loadApexModel(root);
    const problems = [];
    const sources = new Map();
    const linesOf = (file) => {
        if (!sources.has(file)) sources.set(file, readFileSync(path.join(root, file), 'utf8').split('\n'));
        return sources.get(file);
    };
    const topOf = (cls) => {
        let c = cls;
        while (c?.outer) c = model.classes.get(lc(c.outer));
        return c;
    };
    const isTestClass = (cls) => Boolean(cls?.isTest || topOf(cls)?.isTest);

    // Controllers: the shape of every @AuraEnabled method and every other throw of the class.
    let auraMethods = 0;
    const controllerFiles = new Set();
    for (const cls of model.classes.values()) {
        if (cls.kind !== 'class' || !cls.file || isTestClass(cls)) continue;
        if (cls.methods.some((k) => model.methods.get(k)?.annotations.includes('auraenabled')))
            controllerFiles.add(cls.file);
    }
    for (const file of [...controllerFiles].sort()) {
        const tree = parse(linesOf(file).join('\n'));
        const exempt = new Set();
        walk(tree, (n) => {
            if (kind(n) !== 'ClassBodyDeclaration') return;
            const md = child(n, 'MemberDeclaration');
            const method = md && child(md, 'MethodDeclaration');
            const mods = childrenOf(n, 'Modifier');
            const aura = method && auraAnnotation(mods);
            if (!aura || isTestMods(mods)) return;
            auraMethods++;
            // getText() drops whitespace: '@AuraEnabled(cacheable=true)'.
            const thrown = checkShape(file, method, /cacheable=true/i.test(text(aura)), problems);
            if (thrown) exempt.add(thrown);
        });
        walk(tree, (n) => {
            if (kind(n) !== 'ThrowStatement' || exempt.has(n)) return;
            const expr = kids(n)[1];
            if (new RegExp(`^new${FAMILY}\\(`).test(text(expr))) return;
            problems.push({
                file,
                line: lineOf(n),
                rule: 'controller-throw',
                message: `${(linesOf(file)[lineOf(n) - 1] ?? '').trim().slice(0, 70)} — a controller throws only new ${FAMILY}(sentence) inside its try (the catch answers through ${HELPER})`
            });
        });
    }

    // Exception classes of the project: their ancestry, and which ones ControllerErrors recognises.
    const helper = model.classOf(HELPER);
    const helperSource = helper ? linesOf(helper.file).join('\n') : '';
    const known = new Set(
        [...helperSource.matchAll(/instanceof\s+([A-Za-z_][\w.]*)/g)].map((m) => lc(m[1].replace(/^System\./i, '')))
    );
    function ancestry(cls) {
        const chain = [];
        let c = cls;
        for (let guard = 0; c && guard < 10; guard++) {
            chain.push(c);
            c = c.extends ? model.classOf(c.extends, c.outer ? model.classes.get(lc(c.outer)) : c) : null;
        }
        const last = chain[chain.length - 1];
        return { chain, rootExtends: lc(last?.extends ?? '') };
    }

    // aura-new everywhere; outside-family on what @AuraEnabled methods reach.
    const auraKeys = [...model.methods.values()]
        .filter((m) => m.annotations.includes('auraenabled') && !isTestClass(model.classes.get(lc(m.cls))))
        .map((m) => m.key);
    const reached = model.reach(auraKeys, { async: false });
    for (const m of model.methods.values()) {
        const cls = model.classes.get(lc(m.cls));
        if (!m.file || isTestClass(cls) || m.isTest) continue;
        for (const e of m.events) {
            if (e.k !== 'new') continue;
            const type = (e.type ?? '').replace(/^System\./i, '');
            if (lc(type) === 'aurahandledexception') {
                if (topOf(cls)?.name !== HELPER)
                    problems.push({
                        file: m.file,
                        line: e.line,
                        rule: 'aura-new',
                        message: `new AuraHandledException outside ${HELPER}: throw new ${FAMILY}(sentence) and let the controller's catch answer`
                    });
                continue;
            }
            if (!reached.has(m.key)) continue;
            const target = model.classOf(type, cls);
            if (!target || target.kind !== 'class') continue;
            const { chain, rootExtends } = ancestry(target);
            if (!['exception', 'system.exception'].includes(rootExtends)) continue;
            if (chain.some((c) => c.simpleName === FAMILY || c.name === FAMILY)) continue;
            if (chain.some((c) => known.has(lc(c.name)) || known.has(lc(c.simpleName)))) continue;
            const line = linesOf(m.file)[e.line - 1] ?? '';
            if (!new RegExp(`\\bthrow\\s+new\\s+${type.replace(/\./g, '\\.')}\\b`).test(line)) continue;
            const via = model.pathTo(reached, m.key).join(' → ');
            problems.push({
                file: m.file,
                line: e.line,
                rule: 'outside-family',
                message: `throw new ${type}: it extends Exception outside ${FAMILY} and ${HELPER} does not know it, so its sentence reaches the browser as the generic one (reached from ${via})`
            });
        }
    }
    return {
        problems,
        summary: `${auraMethods} @AuraEnabled methods in ${controllerFiles.size} classes, each one try and one catch through ${HELPER}; ${reached.size} methods they reach throw only ${FAMILY} or what ${HELPER} recognises`
    };
}

await runIfMain(import.meta.url, () => run());
