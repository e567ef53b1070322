// Apex model: every .cls/.trigger under force-app parsed once with the real Apex parser (@apexdevtools/apex-parser,
// ANTLR), reduced to classes, methods, effects and a resolved call graph, with transitive per-method effect summaries.
//
// API (stable; only additions from here on):
//   loadApexModel(root?) -> Promise<ApexModel>      parsed once per root and cached in-process (per-file facts are
//                                                  also cached on disk in .check-tmp/apex-model-cache, by content hash)
//   ApexModel = {
//     root, files: [rel path], errors: [{file, line, message}]            syntax errors (the file is still modelled)
//     classes: Map<lowerName, ApexClass>        top-level and inner classes ('Outer.Inner'), triggers ('trigger:Name')
//     methods: Map<key, ApexMethod>             key 'Class.method/argc' (constructors 'Class.<init>/argc';
//                                               field initialisers 'Class.<fields>/0', static ones 'Class.<static>/0')
//     classOf(name, fromClass?) -> ApexClass|null   resolves a type name as Apex would (inner, outer, top level,
//                                                   zoomsf. prefix ignored; case-insensitive)
//     summary(key) -> Summary                   transitive effects of one method over synchronous calls (fixpoint)
//     reach(keys, {async}) -> Map<key, parentKey|null>   methods reachable from keys (async: also enqueued/scheduled
//                                                   jobs' execute, batch start/execute/finish and finalizers)
//     pathTo(parents, key) -> [key]             entry → … → key through a reach() result
//     unresolvedCalls(keys?) -> [{method, file, line, reason}]   calls the model could not type (all methods, or keys)
//   }
//   ApexClass  = { name, simpleName, outer, file, line, kind: 'class'|'interface'|'enum'|'trigger', sharing
//                  ('with'|'without'|'inherited'|null), isTest, modifiers, annotations, extends, implements,
//                  fields: [{name, type, static, line, query?}], methods: [key], trigger?: {object, events} }
//                 query: a field initialised by SoqlQuery.fields/condition/sortFields/ordering(Obj.SObjectType, …):
//                 {kind: 'fields'|'condition'|'sort'|'ordering', object, line, literals: [{text, line}], fields, fieldLines,
//                 opaque (an argument is not literals), errors (SOQL that does not parse), constant (static final)}
//   ApexMethod = { key, cls, name, params: [{name, type}], returnType, static, ctor, abstract, annotations
//                  (lower case, no '@': 'auraenabled', 'istest', 'invocablemethod', ...), modifiers (lower case),
//                  isTest, line, endLine, file, events: [Event], calls: [Call] }
//   Event (source order; `line`; `loop` = enclosing loop ids; `br` = enclosing 'branchId:arm' list):
//     {k:'call', name, argc, recv, calls: [Call index]}   a method call (see `calls` for its resolution)
//     {k:'new', type, argc}
//     {k:'soql', object, fields: ['F__c', 'Rel__r.F__c'], sub: [{rel, fields}], mode, dynamic?, part?, constant?}
//           part/constant: a reference to a SoqlQuery part constant of the class or an enclosing one (not in test
//           classes): the fields its literals name, read in user mode where the constant is used (fieldLines: the
//           literals' lines)
//           mode: 'user' (WITH USER_MODE / AccessLevel.USER_MODE), 'system' (WITH SYSTEM_MODE / SYSTEM_MODE access
//           level), 'enforced' (WITH SECURITY_ENFORCED), 'none' (no clause: system mode for FLS)
//     {k:'sosl', objects: [{object, fields}], mode}
//     {k:'dml', op: insert|update|upsert|delete|undelete|merge, mode: 'user'|'system', sobject (element type or
//           null), via: 'statement'|'database'|'seam'}      the project's `Dml` seam counts as user-mode DML at the
//                                                           call site (its argument's type gives the SObject)
//     {k:'assign', sobject, field}          a field set on a record of an SObject type (x.F__c = …, new T(F__c = …))
//     {k:'callout', via}                    Http.send (System.Http)
//     {k:'enqueue', kind: 'queueable'|'batch'|'schedule'|'finalizer', job (class name or null)}
//     {k:'publish'}                          EventBus.publish
//     {k:'startTest'} {k:'stopTest'} {k:'runAs'} {k:'runAsEnd'}
//   Call = { event (index), target: [method key] (several for overrides/overloads), async, external (system or
//            unknown type name, for calls outside the project), unresolved (why), line }
//   Summary = { dml, callout, enqueue, publish: booleans; soql: [site], dmlSites: [site], assigns: [site],
//               callouts: [site], calloutAfterDml: {dml: site, callout: site} | null }
//            site = { method: key, event: index, line, file, ...event }
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, listFiles, rel } from './project.mjs';

// Cached facts are keyed by this module's own source too: changing the extractor invalidates them.
const FACTS_VERSION = createHash('sha1')
    .update(readFileSync(new URL(import.meta.url), 'utf8'))
    .digest('hex');
const cache = new Map();

/** Loads (once per root and process) the Apex model of the project at `root`. */
export async function loadApexModel(root = ROOT) {
    if (!cache.has(root))
        cache.set(
            root,
            Promise.resolve().then(() => buildModel(root))
        );
    return cache.get(root);
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing and per-file facts
// ---------------------------------------------------------------------------------------------------------------

class Collect extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }
    apexSyntaxError(line, column, msg) {
        this.errors.push({ line, message: msg });
    }
}

function parse(src, isTrigger) {
    // Two-stage parse: SLL prediction (fast), LL again only when SLL reports a syntax error.
    for (const mode of [0, 1]) {
        const listener = new Collect();
        const { parser } = ApexParserFactory.createLexerAndParser(src, listener);
        parser._interp.predictionMode = mode;
        const tree = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
        if (listener.errors.length === 0 || mode === 1) return { tree, errors: listener.errors };
    }
    return null;
}

const kind = (n) => n?.constructor?.name?.replace(/Context$/, '') ?? '';
const kids = (n) => n?.children ?? [];
const isTerm = (n) => n && n.symbol !== undefined;
const text = (n) => (n ? n.getText() : '');
const child = (n, k) => kids(n).find((c) => kind(c) === k);
const childrenOf = (n, k) => kids(n).filter((c) => kind(c) === k);
const lineOf = (n) => (isTerm(n) ? n.symbol.line : (n?.start?.line ?? 0));
const endLineOf = (n) => n?.stop?.line ?? lineOf(n);
const lc = (s) => (s ?? '').toLowerCase();

/** Type text without namespace prefix, e.g. 'List<Zoom_User__c>'. */
function typeText(typeRef) {
    return text(typeRef).replace(/\bzoomsf\./gi, '');
}

/** Extracts the serialisable facts of one file. */
function extractFile(src, isTrigger) {
    const parsed = parse(src, isTrigger);
    const facts = { classes: [], errors: parsed.errors };
    if (isTrigger) {
        const unit = parsed.tree;
        const ids = childrenOf(unit, 'Id');
        const name = text(ids[0]);
        const cls = newClass(`trigger:${name}`, name, null, lineOf(unit), 'trigger', []);
        cls.trigger = {
            object: text(ids[1]).replace(/^zoomsf__/i, ''),
            events: childrenOf(unit, 'TriggerCase').map((c) => lc(kids(c).map(text).join(' ')))
        };
        const m = newMethod(cls, 'trigger', [], 'void', false, false, [], [], lineOf(unit), endLineOf(unit));
        const body = child(unit, 'TriggerBlock');
        const w = new MethodWalker(cls, m);
        for (const member of kids(body)) {
            const st = child(member, 'Statement');
            if (st) w.stmt(st);
        }
        cls.methods.push(m);
        facts.classes.push(cls);
        return facts;
    }
    const td = child(parsed.tree, 'TypeDeclaration');
    if (td) typeDecl(td, null, facts.classes);
    return facts;
}

function modifiersOf(mods) {
    const modifiers = [];
    const annotations = [];
    for (const m of mods) {
        const a = child(m, 'Annotation');
        if (a) annotations.push(lc(text(child(a, 'QualifiedName') ?? child(a, 'Id'))));
        else modifiers.push(lc(kids(m).map(text).join(' ')));
    }
    return { modifiers, annotations };
}

function newClass(name, simpleName, outer, line, kindName, mods) {
    const { modifiers, annotations } = modifiersOf(mods);
    const sharing = modifiers.find((m) => m.endsWith(' sharing'))?.split(' ')[0] ?? null;
    return {
        name,
        simpleName,
        outer,
        line,
        kind: kindName,
        sharing,
        isTest: annotations.includes('istest'),
        modifiers,
        annotations,
        extends: null,
        implements: [],
        fields: [],
        methods: []
    };
}

function newMethod(cls, name, params, returnType, isStatic, ctor, modifiers, annotations, line, endLine) {
    return {
        cls: cls.name,
        name,
        params,
        returnType,
        static: isStatic,
        ctor,
        abstract: false,
        annotations,
        modifiers,
        isTest: annotations.includes('istest') || modifiers.includes('testmethod'),
        line,
        endLine,
        events: [],
        locals: undefined
    };
}

// ---------------------------------------------------------------------------------------------------------------
// Query parts declared for SoqlQuery (force-app/main/core/classes/SoqlQuery.cls)
// ---------------------------------------------------------------------------------------------------------------

/** Query parts a class's methods can name without qualification (own and outer classes'), by class. */
const classParts = new WeakMap();
const PART_KINDS = { fields: 'fields', condition: 'condition', sortfields: 'sort', ordering: 'ordering' };

/** The text of an Apex string literal ('It\\'s' → It's). */
const unquote = (s) => s.slice(1, -1).replace(/\\(.)/g, '$1');

/**
 * A field's initialiser `SoqlQuery.fields|condition|sortFields|ordering(Obj.SObjectType, …)`: the part's kind, object, the
 * string literals that hold its SOQL (each element of a field list, the pieces of a condition, the values of the sort
 * map) with their lines, and the fields they name (parsed as SOQL with the real parser). `opaque` when an argument is
 * not made of literals (the checks cannot read it); `errors` when the SOQL does not parse.
 */
function queryPart(init) {
    if (kind(init) !== 'DotExpression') return null;
    const [left, , right] = kids(init);
    if (kind(right) !== 'DotMethodCall' || lc(text(left)).replace(/^zoomsf\./, '') !== 'soqlquery') return null;
    const partKind = PART_KINDS[lc(text(child(right, 'AnyId')))];
    if (!partKind) return null;
    const args = kids(child(right, 'ExpressionList')).filter((c) => !isTerm(c));
    const objectMatch = /^(?:zoomsf\.)?(?:Schema\.)?(?:zoomsf__)?(\w+)\.SObjectType$/i.exec(text(args[0]));
    const part = {
        kind: partKind,
        object: objectMatch ? objectMatch[1] : null,
        line: lineOf(init),
        literals: [],
        opaque: !objectMatch || !args[1],
        errors: []
    };
    const literal = (n) => {
        const t = text(n);
        if (kind(n) !== 'PrimaryExpression' || kind(kids(n)[0]) !== 'LiteralPrimary' || !/^'/.test(t)) return false;
        part.literals.push({ text: unquote(t), line: lineOf(n) });
        return true;
    };
    const concat = (n) => {
        if (kind(n) === 'Arth2Expression' && text(kids(n)[1]) === '+') {
            concat(kids(n)[0]);
            concat(kids(n)[2]);
        } else if (kind(n) === 'SubExpression') concat(kids(n)[1]);
        else if (!literal(n)) part.opaque = true;
    };
    const creator = child(args[1], 'Creator');
    if (partKind === 'fields') {
        const set = child(creator, 'SetCreatorRest');
        if (!set) part.opaque = true;
        for (const e of kids(set).filter((c) => !isTerm(c))) if (!literal(e)) part.opaque = true;
    } else if (partKind === 'sort') {
        const map = child(creator, 'MapCreatorRest');
        if (!map) part.opaque = true;
        for (const pair of childrenOf(map, 'MapCreatorRestPair')) if (!literal(kids(pair)[2])) part.opaque = true;
    } else if (args[1]) concat(args[1]);
    Object.assign(part, partFields(part));
    return part;
}

/** Line of the first literal of a part that names field `f` (not as a bind), else the part's line. */
function literalLine(part, f) {
    const name = lc(f.split('.')[0]).replace(/\W/g, '');
    const named = new RegExp(`(^|[^\\w:.])${name}\\b`, 'i');
    return part.literals.find((l) => named.test(l.text))?.line ?? part.line;
}

/** The fields a part names, each with the line of the literal that names it. */
function partFields(part) {
    const fields = [];
    const fieldLines = [];
    if (!part.object) return { fields, fieldLines };
    const read = (soqlText, lineFor) => {
        const listener = new Collect();
        const { parser } = ApexParserFactory.createLexerAndParser(soqlText, listener);
        const q = parser.query();
        if (listener.errors.length) {
            part.errors.push(`${listener.errors[0].message} in "${soqlText}"`);
            return;
        }
        const cls = newClass('<part>', '<part>', null, 0, 'class', []);
        const m = newMethod(cls, '<part>', [], 'void', true, false, [], [], 0, 0);
        new MethodWalker(cls, m).soql(q, q);
        const e = m.events.find((x) => x.k === 'soql');
        for (const f of e?.fields ?? []) {
            if (fields.some((g) => lc(g) === lc(f))) continue;
            fields.push(f);
            fieldLines.push(lineFor(f));
        }
    };
    if (part.kind === 'fields') {
        for (const l of part.literals) read(`SELECT ${l.text} FROM ${part.object}`, () => l.line);
    } else if (part.kind === 'sort') {
        for (const l of part.literals) read(`SELECT COUNT() FROM ${part.object} ORDER BY ${l.text}`, () => l.line);
    } else if (part.kind === 'ordering' && part.literals.length) {
        const order = part.literals.map((l) => l.text).join('');
        read(`SELECT COUNT() FROM ${part.object} ORDER BY ${order}`, (f) => literalLine(part, f));
    } else if (part.literals.length) {
        const where = part.literals.map((l) => l.text).join('');
        read(`SELECT COUNT() FROM ${part.object} WHERE ${where}`, (f) => literalLine(part, f));
    }
    return { fields, fieldLines };
}

function typeDecl(td, outer, out) {
    const mods = childrenOf(td, 'Modifier');
    const decl = kids(td).find((c) => /Declaration$/.test(kind(c)));
    declareType(decl, mods, outer, out);
}

function declareType(decl, mods, outer, out) {
    const k = kind(decl);
    const simple = text(child(decl, 'Id'));
    const name = outer ? `${outer.name}.${simple}` : simple;
    const kindName = k === 'ClassDeclaration' ? 'class' : k === 'InterfaceDeclaration' ? 'interface' : 'enum';
    const cls = newClass(name, simple, outer?.name ?? null, lineOf(decl), kindName, mods);
    if (outer && !cls.isTest && outer.isTest) cls.isTest = true;
    out.push(cls);
    if (kindName === 'enum') return;
    if (kindName === 'class') {
        const kidsList = kids(decl);
        const ext = kidsList.findIndex((c) => isTerm(c) && lc(text(c)) === 'extends');
        if (ext >= 0) cls.extends = typeText(kidsList[ext + 1]);
        const tl = child(decl, 'TypeList');
        if (tl) cls.implements = childrenOf(tl, 'TypeRef').map(typeText);
        const fieldInit = newMethod(cls, '<fields>', [], 'void', false, false, [], [], cls.line, cls.line);
        const staticInit = newMethod(cls, '<static>', [], 'void', true, false, [], [], cls.line, cls.line);
        // Fields first (their declared types are needed to resolve calls in any method).
        const members = childrenOf(child(decl, 'ClassBody'), 'ClassBodyDeclaration');
        for (const cbd of members) {
            const md = child(cbd, 'MemberDeclaration');
            const inner = md && kids(md)[0];
            if (!inner) continue;
            const { modifiers } = modifiersOf(childrenOf(cbd, 'Modifier'));
            if (kind(inner) === 'FieldDeclaration') {
                const type = typeText(child(inner, 'TypeRef'));
                for (const vd of childrenOf(child(inner, 'VariableDeclarators'), 'VariableDeclarator')) {
                    const field = {
                        name: text(child(vd, 'Id')),
                        type,
                        static: modifiers.includes('static'),
                        line: lineOf(vd)
                    };
                    const query = queryPart(kids(vd).find((c) => /Expression$/.test(kind(c))));
                    if (query)
                        field.query = {
                            ...query,
                            constant: modifiers.includes('static') && modifiers.includes('final')
                        };
                    cls.fields.push(field);
                }
            } else if (kind(inner) === 'PropertyDeclaration') {
                cls.fields.push({
                    name: text(child(inner, 'Id')),
                    type: typeText(child(inner, 'TypeRef')),
                    static: modifiers.includes('static'),
                    line: lineOf(inner)
                });
            }
        }
        // Query parts visible in this class's bodies: its own, and those of the classes around it (not shadowed).
        const parts = new Map(outer ? (classParts.get(outer) ?? []) : []);
        for (const f of cls.fields) {
            if (f.query) parts.set(lc(f.name), f);
            else parts.delete(lc(f.name));
        }
        classParts.set(cls, parts);
        for (const cbd of members) {
            const md = child(cbd, 'MemberDeclaration');
            const block = child(cbd, 'Block');
            if (block) {
                const isStatic = kids(cbd).some((c) => isTerm(c) && lc(text(c)) === 'static');
                new MethodWalker(cls, isStatic ? staticInit : fieldInit).stmt(block);
                continue;
            }
            const inner = md && kids(md)[0];
            if (!inner) continue;
            const mods2 = childrenOf(cbd, 'Modifier');
            const { modifiers, annotations } = modifiersOf(mods2);
            const k2 = kind(inner);
            if (k2 === 'ClassDeclaration' || k2 === 'InterfaceDeclaration' || k2 === 'EnumDeclaration') {
                declareType(inner, mods2, cls, out);
            } else if (k2 === 'FieldDeclaration') {
                const target = modifiers.includes('static') ? staticInit : fieldInit;
                const w = new MethodWalker(cls, target);
                for (const vd of childrenOf(child(inner, 'VariableDeclarators'), 'VariableDeclarator')) {
                    const e = child(vd, 'Expression') ?? kids(vd).find((c) => /Expression$/.test(kind(c)));
                    if (e) w.expr(e);
                }
            } else if (k2 === 'PropertyDeclaration') {
                // Property accessors: modelled as methods 'get<Name>' / 'set<Name>' (what Visualforce calls).
                const pname = text(child(inner, 'Id'));
                for (const pb of childrenOf(inner, 'PropertyBlock')) {
                    const acc = child(pb, 'Getter') ?? child(pb, 'Setter');
                    const b = child(acc, 'Block');
                    if (!b) continue;
                    const isGet = kind(acc) === 'Getter';
                    const m = newMethod(
                        cls,
                        (isGet ? 'get' : 'set') + pname,
                        isGet ? [] : [{ name: 'value', type: typeText(child(inner, 'TypeRef')) }],
                        isGet ? typeText(child(inner, 'TypeRef')) : 'void',
                        modifiers.includes('static'),
                        false,
                        modifiers,
                        annotations,
                        lineOf(acc),
                        endLineOf(acc)
                    );
                    new MethodWalker(cls, m).stmt(b);
                    cls.methods.push(m);
                }
            } else if (k2 === 'MethodDeclaration' || k2 === 'ConstructorDeclaration') {
                const ctor = k2 === 'ConstructorDeclaration';
                const params = childrenOf(
                    child(child(inner, 'FormalParameters'), 'FormalParameterList'),
                    'FormalParameter'
                ).map((p) => ({ name: text(child(p, 'Id')), type: typeText(child(p, 'TypeRef')) }));
                const m = newMethod(
                    cls,
                    ctor ? '<init>' : text(child(inner, 'Id')),
                    params,
                    ctor ? cls.name : child(inner, 'TypeRef') ? typeText(child(inner, 'TypeRef')) : 'void',
                    modifiers.includes('static'),
                    ctor,
                    modifiers,
                    annotations,
                    lineOf(inner.parentCtx.parentCtx),
                    endLineOf(inner)
                );
                const b = child(inner, 'Block');
                if (b) new MethodWalker(cls, m).stmt(b);
                else m.abstract = true;
                cls.methods.push(m);
            }
        }
        if (fieldInit.events.length) cls.methods.push(fieldInit);
        if (staticInit.events.length) cls.methods.push(staticInit);
    } else {
        for (const im of childrenOf(child(decl, 'InterfaceBody'), 'InterfaceMethodDeclaration')) {
            const { modifiers, annotations } = modifiersOf(childrenOf(im, 'Modifier'));
            const params = childrenOf(
                child(child(im, 'FormalParameters'), 'FormalParameterList'),
                'FormalParameter'
            ).map((p) => ({ name: text(child(p, 'Id')), type: typeText(child(p, 'TypeRef')) }));
            const m = newMethod(
                cls,
                text(child(im, 'Id')),
                params,
                child(im, 'TypeRef') ? typeText(child(im, 'TypeRef')) : 'void',
                false,
                false,
                modifiers,
                annotations,
                lineOf(im),
                endLineOf(im)
            );
            m.abstract = true;
            cls.methods.push(m);
        }
        const tl = child(decl, 'TypeList');
        if (tl) cls.implements = childrenOf(tl, 'TypeRef').map(typeText);
    }
}

// Type references computed while walking (resolved later, when every class is known):
//   {n: 'Type'}               a declared type
//   {ret: i}                  the return type of call event i
//   {fld: 'name', of: ref}    a field of an expression
//   {id: 'Name'}              an identifier that is not a local/parameter/field of this class (class name or inherited
//                             field)
//   {self: true}              this
const T = (n) => (n ? { n } : null);
let branchIds = 0;

/** Walks one method body, recording events in evaluation order. */
class MethodWalker {
    constructor(cls, method) {
        this.cls = cls;
        this.m = method;
        this.locals = new Map();
        for (const p of method.params) this.locals.set(lc(p.name), p.type);
        // The class's fields are all declared before any body is walked (see declareType).
        this.fieldTypes = new Map(cls.fields.map((f) => [lc(f.name), f.type]));
        // Query parts (SoqlQuery.fields/condition/sortFields/ordering constants) of the class: a reference reads their fields.
        this.parts = cls.isTest ? new Map() : (classParts.get(cls) ?? new Map());
        this.loops = [];
        this.branches = [];
        this.terminated = false;
    }

    emit(e, node) {
        e.line = lineOf(node);
        if (this.loops.length) e.loop = [...this.loops];
        if (this.branches.length) e.br = [...this.branches];
        this.m.events.push(e);
        return this.m.events.length - 1;
    }

    id() {
        return ++branchIds;
    }

    /**
     * Runs mutually exclusive arms. When some (not all) arms end in return/throw/break/continue, the rest of the
     * enclosing block runs only after the other arms: it is marked 'id:r<arms>' (exclusive with those arms).
     */
    branch(arms) {
        const id = this.id();
        const depth = this.branches.length;
        const ended = [];
        arms.forEach((fn, i) => {
            this.branches.push(`${id}:${i}`);
            this.terminated = false;
            fn();
            if (this.terminated) ended.push(i);
            this.branches.length = depth;
        });
        this.terminated = ended.length === arms.length;
        if (ended.length && !this.terminated) this.branches.push(`${id}:r${ended.join('.')}`);
    }

    loop(fn) {
        this.loops.push(this.id());
        fn();
        this.loops.pop();
        this.terminated = false;
    }

    declare(name, type) {
        this.locals.set(lc(name), type);
    }

    stmt(n) {
        if (!n) return;
        const k = kind(n);
        switch (k) {
            case 'Statement':
                for (const c of kids(n)) if (!isTerm(c)) this.stmt(c);
                return;
            case 'Block': {
                const depth = this.branches.length;
                this.terminated = false;
                for (const c of kids(n)) if (!isTerm(c)) this.stmt(c);
                this.branches.length = depth;
                return;
            }
            case 'BreakStatement':
            case 'ContinueStatement':
                this.terminated = true;
                return;
            case 'LocalVariableDeclarationStatement':
                return this.stmt(child(n, 'LocalVariableDeclaration'));
            case 'LocalVariableDeclaration': {
                const type = typeText(child(n, 'TypeRef'));
                for (const vd of childrenOf(child(n, 'VariableDeclarators'), 'VariableDeclarator')) {
                    this.declare(text(child(vd, 'Id')), type);
                    const e = kids(vd).find((c) => /Expression$/.test(kind(c)));
                    if (e) this.expr(e, type);
                }
                return;
            }
            case 'ExpressionStatement':
                return void this.expr(kids(n)[0]);
            case 'IfStatement': {
                this.expr(kids(child(n, 'ParExpression'))[1]);
                const sts = childrenOf(n, 'Statement');
                return this.branch(sts.map((s) => () => this.stmt(s)).concat(sts.length === 1 ? [() => {}] : []));
            }
            case 'SwitchStatement': {
                this.expr(kids(n).find((c) => /Expression$/.test(kind(c))));
                const whens = childrenOf(n, 'WhenControl');
                const hasElse = whens.some((w) => lc(text(child(w, 'WhenValue'))) === 'else');
                return this.branch(
                    whens
                        .map((w) => () => {
                            const wv = child(w, 'WhenValue');
                            const tr = child(wv, 'TypeRef');
                            if (tr) this.declare(text(child(wv, 'Id')), typeText(tr));
                            this.stmt(child(w, 'Block'));
                        })
                        .concat(hasElse ? [] : [() => {}])
                );
            }
            case 'ForStatement': {
                const fc = child(n, 'ForControl');
                const efc = child(fc, 'EnhancedForControl');
                if (efc) {
                    this.declare(text(child(efc, 'Id')), typeText(child(efc, 'TypeRef')));
                    this.expr(kids(efc).find((c) => /Expression$/.test(kind(c))));
                } else {
                    const init = child(fc, 'ForInit');
                    if (init) {
                        const lvd = child(init, 'LocalVariableDeclaration');
                        if (lvd) this.stmt(lvd);
                        else this.exprList(child(init, 'ExpressionList'));
                    }
                }
                return this.loop(() => {
                    if (!efc) {
                        for (const c of kids(fc)) if (/Expression$/.test(kind(c))) this.expr(c);
                        const upd = child(fc, 'ForUpdate');
                        if (upd) this.exprList(child(upd, 'ExpressionList'));
                    }
                    this.stmt(child(n, 'Statement'));
                });
            }
            case 'WhileStatement':
            case 'DoWhileStatement':
                return this.loop(() => {
                    const pe = child(n, 'ParExpression');
                    this.expr(kids(pe).find((c) => /Expression$/.test(kind(c))));
                    this.stmt(child(n, 'Statement') ?? child(n, 'Block'));
                });
            case 'TryStatement': {
                this.stmt(child(n, 'Block'));
                const catches = childrenOf(n, 'CatchClause');
                this.branch(
                    catches.map((c) => () => {
                        this.declare(text(child(c, 'Id')), text(child(c, 'QualifiedName')));
                        this.stmt(child(c, 'Block'));
                    })
                );
                const fin = child(n, 'FinallyBlock');
                if (fin) this.stmt(child(fin, 'Block'));
                return;
            }
            case 'ReturnStatement':
            case 'ThrowStatement':
                for (const c of kids(n)) if (/Expression$/.test(kind(c))) this.expr(c);
                this.terminated = true;
                return;
            case 'InsertStatement':
            case 'UpdateStatement':
            case 'DeleteStatement':
            case 'UndeleteStatement':
            case 'UpsertStatement':
            case 'MergeStatement': {
                const exprs = kids(n).filter((c) => /Expression$/.test(kind(c)));
                const ref = this.expr(exprs[0]);
                for (const e of exprs.slice(1)) this.expr(e);
                const al = child(n, 'AccessLevel');
                this.emit(
                    {
                        k: 'dml',
                        op: lc(k.replace(/Statement$/, '')),
                        mode: al && lc(text(al)).includes('user') ? 'user' : 'system',
                        type: ref,
                        via: 'statement'
                    },
                    n
                );
                return;
            }
            case 'RunAsStatement': {
                const el = child(n, 'ExpressionList');
                if (el) this.exprList(el);
                this.emit({ k: 'runAs' }, n);
                this.stmt(child(n, 'Block'));
                const end = this.emit({ k: 'runAsEnd' }, n);
                this.m.events[end].line = endLineOf(n);
                return;
            }
            default:
                for (const c of kids(n)) if (!isTerm(c)) this.stmt(c);
        }
    }

    exprList(el) {
        return kids(el)
            .filter((c) => !isTerm(c))
            .map((c) => this.expr(c));
    }

    lookupName(name) {
        const l = this.locals.get(lc(name));
        if (l) return T(l);
        const f = this.findField(name);
        if (f) return T(f);
        return { id: name };
    }

    findField(name) {
        return this.fieldTypes?.get(lc(name)) ?? null;
    }

    /** Evaluates an expression, emitting its events; returns its type reference (or null). `hint`: declared type. */
    expr(n, hint) {
        if (!n) return null;
        const k = kind(n);
        switch (k) {
            case 'PrimaryExpression':
                return this.primary(kids(n)[0]);
            case 'SubExpression':
                return this.expr(kids(n)[1]);
            case 'CastExpression': {
                this.expr(kids(n)[3]);
                return T(typeText(child(n, 'TypeRef')));
            }
            case 'MethodCallExpression':
                return this.call(child(n, 'MethodCall'), null, n);
            case 'DotExpression': {
                const [left, , right] = kids(n);
                const leftRef = this.expr(left);
                if (kind(right) === 'DotMethodCall') return this.call(right, leftRef, n, left);
                return { fld: text(right), of: leftRef };
            }
            case 'ArrayExpression': {
                const [a, , i] = kids(n);
                const ref = this.expr(a);
                this.expr(i);
                return ref ? { elem: ref } : null;
            }
            case 'NewExpression':
                return this.creator(child(n, 'Creator'), n);
            case 'AssignExpression': {
                const [left, , right] = kids(n);
                const leftRef = this.assignTarget(left);
                this.expr(right);
                if (leftRef && leftRef.fld && /__c$/i.test(leftRef.fld)) {
                    this.emit({ k: 'assign', type: leftRef.of, field: leftRef.fld }, n);
                }
                return null;
            }
            case 'CondExpression': {
                const es = kids(n).filter((c) => !isTerm(c));
                this.expr(es[0]);
                let r = null;
                this.branch([() => (r = this.expr(es[1])), () => this.expr(es[2])]);
                return r;
            }
            case 'CoalExpression': {
                const es = kids(n).filter((c) => !isTerm(c));
                const r = this.expr(es[0]);
                this.branch([() => this.expr(es[1]), () => {}]);
                return r;
            }
            case 'LogAndExpression':
            case 'LogOrExpression': {
                const es = kids(n).filter((c) => !isTerm(c));
                this.expr(es[0]);
                this.branch([() => this.expr(es[1]), () => {}]);
                return T('Boolean');
            }
            case 'InstanceOfExpression':
                this.expr(kids(n)[0]);
                return T('Boolean');
            default:
                for (const c of kids(n)) if (!isTerm(c)) this.expr(c);
                return null;
        }
    }

    assignTarget(left) {
        // The assigned expression is evaluated for its receiver only (x.F__c = …: x is read, F__c is written).
        if (kind(left) === 'DotExpression') {
            const [l, , r] = kids(left);
            if (kind(r) !== 'DotMethodCall') return { fld: text(r), of: this.expr(l) };
        }
        if (kind(left) === 'PrimaryExpression' && kind(kids(left)[0]) === 'IdPrimary') return null;
        this.expr(left);
        return null;
    }

    primary(p) {
        switch (kind(p)) {
            case 'ThisPrimary':
                return { self: true };
            case 'SuperPrimary':
                return { super: true };
            case 'IdPrimary': {
                const part = this.locals.has(lc(text(p))) ? null : this.parts?.get(lc(text(p)));
                if (part?.query.object) {
                    const q = part.query;
                    this.emit(
                        {
                            k: 'soql',
                            object: q.object,
                            fields: [...q.fields],
                            fieldLines: [...q.fieldLines],
                            sub: [],
                            mode: 'user',
                            part: q.kind,
                            constant: part.name
                        },
                        p
                    );
                }
                return this.lookupName(text(p));
            }
            case 'SoqlPrimary':
                return this.soql(child(child(p, 'SoqlLiteral'), 'Query'), p);
            case 'SoslPrimary':
                return this.sosl(child(p, 'SoslLiteral'), p);
            case 'TypeRefPrimary':
                return T('System.Type');
            case 'LiteralPrimary': {
                const t = text(p);
                return T(/^'/.test(t) ? 'String' : /^(true|false)$/i.test(t) ? 'Boolean' : null);
            }
            default:
                return null;
        }
    }

    creator(c, node) {
        const name = text(child(c, 'CreatedName')).replace(/\bzoomsf\./gi, '');
        const ccr = child(c, 'ClassCreatorRest');
        if (ccr) {
            const el = child(child(ccr, 'Arguments'), 'ExpressionList');
            const args = el ? kids(el).filter((x) => !isTerm(x)) : [];
            // new Obj__c(Field__c = value, …): name = value pairs are SObject field assignments.
            const pairs = args.filter((a) => kind(a) === 'AssignExpression');
            if (pairs.length && pairs.length === args.length) {
                for (const a of pairs) {
                    const [l, , r] = kids(a);
                    this.expr(r);
                    const field = text(l);
                    if (/__c$/i.test(field)) this.emit({ k: 'assign', type: T(name), field }, a);
                }
                return T(name);
            }
            const argTypes = args.map((a) => this.expr(a));
            this.emit({ k: 'new', type: name, argc: args.length, args: argTypes }, node);
            return T(name);
        }
        for (const x of kids(c)) if (!isTerm(x)) this.expr(x);
        // Collection initialisers: evaluate their expressions.
        const walkAll = (n) => {
            for (const x of kids(n)) {
                if (/Expression$/.test(kind(x))) this.expr(x);
                else if (!isTerm(x)) walkAll(x);
            }
        };
        for (const x of kids(c)) if (/Rest$/.test(kind(x))) walkAll(x);
        return T(name);
    }

    call(mc, recvRef, node, recvNode) {
        const first = kids(mc)[0];
        const name = isTerm(first) ? (lc(text(first)) === 'this' ? '<this>' : '<super>') : text(first);
        const el = child(mc, 'ExpressionList');
        const argNodes = el ? kids(el).filter((c) => !isTerm(c)) : [];
        const args = argNodes.map((a) => this.expr(a));
        const recvText = recvNode ? text(recvNode).replace(/\bzoomsf\./gi, '') : null;
        const lname = lc(name);
        const lrecv = lc(recvText);
        const argText = argNodes.map((a) => lc(text(a)));
        // Platform calls with a meaning for the model.
        if (lrecv === 'test' || lrecv === 'system.test') {
            if (lname === 'starttest') return this.emitRet({ k: 'startTest' }, node);
            if (lname === 'stoptest') return this.emitRet({ k: 'stopTest' }, node);
        }
        if ((lrecv === 'system' || lrecv === '') && lname === 'runas') {
            // System.runAs(...) as an expression is the statement form; handled in stmt().
        }
        if (
            (lrecv === 'system' || lrecv === 'database') &&
            ['enqueuejob', 'executebatch', 'schedule', 'schedulebatch', 'attachfinalizer'].includes(lname)
        ) {
            const kindName = {
                enqueuejob: 'queueable',
                executebatch: 'batch',
                schedulebatch: 'batch',
                schedule: 'schedule',
                attachfinalizer: 'finalizer'
            }[lname];
            const jobArg = lname === 'schedule' ? args[2] : args[0];
            this.emit({ k: 'enqueue', kind: kindName, job: jobArg }, node);
            return null;
        }
        if (lrecv === 'eventbus' && lname === 'publish') {
            this.emit({ k: 'publish' }, node);
            return null;
        }
        if (lrecv === 'database') {
            const user = argText.some((a) => a.includes('accesslevel.user_mode'));
            const sys = argText.some((a) => a.includes('accesslevel.system_mode'));
            if (['insert', 'update', 'upsert', 'delete', 'undelete', 'merge', 'convertlead'].includes(lname)) {
                this.emit(
                    {
                        k: 'dml',
                        op: lname === 'convertlead' ? 'update' : lname,
                        mode: user ? 'user' : 'system',
                        type: args[0],
                        via: 'database'
                    },
                    node
                );
                return null;
            }
            if (
                [
                    'query',
                    'querywithbinds',
                    'countquery',
                    'countquerywithbinds',
                    'getquerylocator',
                    'getquerylocatorwithbinds'
                ].includes(lname)
            ) {
                const soqlArg = argNodes[0] && /^\[/.test(text(argNodes[0]));
                if (!soqlArg) {
                    this.emit(
                        {
                            k: 'soql',
                            object: null,
                            fields: [],
                            sub: [],
                            mode: user ? 'user' : sys ? 'system' : 'none',
                            dynamic: true
                        },
                        node
                    );
                }
                return lname.startsWith('count') ? T('Integer') : T('List<SObject>');
            }
        }
        if (lrecv === 'search' && lname === 'query') {
            const user = argText.some((a) => a.includes('accesslevel.user_mode'));
            this.emit({ k: 'sosl', objects: [], mode: user ? 'user' : 'none', dynamic: true }, node);
            return null;
        }
        const recv = recvNode ? (recvRef ?? { unknown: text(recvNode) }) : null;
        const idx = this.emit({ k: 'call', name, argc: args.length, recv, args }, mc);
        return { ret: idx };
    }

    emitRet(e, node) {
        this.emit(e, node);
        return null;
    }

    soql(q, node) {
        if (!q) return null;
        const from = child(q, 'FromNameList');
        const object = text(child(from, 'FieldName')).replace(/^zoomsf__/i, '');
        const fields = [];
        const lines = new Map();
        const subLines = new Map();
        const sub = [];
        const fieldNames = (n, into, inWhere) => {
            for (const c of kids(n)) {
                const kc = kind(c);
                if (kc === 'FieldName') {
                    const name = text(c).replace(/zoomsf__/gi, '');
                    into.push(name);
                    const at = into === fields ? lines : subLines;
                    if (!at.has(name)) at.set(name, lineOf(c));
                } else if (kc === 'SubQuery') {
                    const sf = [];
                    fieldNames(c, sf, false);
                    const from = text(child(child(c, 'FromNameList'), 'FieldName')).replace(/zoomsf__/gi, '');
                    // In SELECT: a child relationship; in WHERE (semi-join): an object.
                    const entry = inWhere ? { object: from, fields: sf } : { rel: from, fields: sf };
                    entry.fieldLines = sf.map((f) => subLines.get(f));
                    sub.push(entry);
                } else if (kc === 'FromNameList') {
                    continue;
                } else if (kc === 'BoundExpression') {
                    this.expr(kids(c)[1]);
                } else if (!isTerm(c)) fieldNames(c, into, inWhere || kc === 'WhereClause');
            }
        };
        fieldNames(q, fields, false);
        const wc = child(q, 'WithClause');
        const w = lc(text(wc));
        const mode = w.includes('user_mode')
            ? 'user'
            : w.includes('system_mode')
              ? 'system'
              : w.includes('security_enforced')
                ? 'enforced'
                : 'none';
        const scalar = text(child(q, 'SelectList')).toLowerCase() === 'count()';
        const unique = [...new Set(fields)];
        this.emit({ k: 'soql', object, fields: unique, fieldLines: unique.map((f) => lines.get(f)), sub, mode }, node);
        return T(scalar ? 'Integer' : `List<${object}>`);
    }

    sosl(s, node) {
        const clauses = child(s, 'SoslClauses');
        const objects = [];
        const fsl = child(clauses, 'FieldSpecList');
        const walkSpec = (list) => {
            for (const spec of childrenOf(list, 'FieldSpec')) {
                const obj = text(child(spec, 'SoslId')).replace(/^zoomsf__/i, '');
                const fields = [];
                const collect = (n) => {
                    for (const c of kids(n)) {
                        if (kind(c) === 'SoslId' || kind(c) === 'FieldName')
                            fields.push(text(c).replace(/zoomsf__/gi, ''));
                        else if (kind(c) === 'BoundExpression') this.expr(kids(c)[1]);
                        else if (!isTerm(c)) collect(c);
                    }
                };
                for (const c of kids(spec).slice(1)) if (!isTerm(c)) collect(c);
                objects.push({ object: obj, fields: [...new Set(fields)] });
            }
            for (const sub of childrenOf(list, 'FieldSpecList')) walkSpec(sub);
        };
        if (fsl) walkSpec(fsl);
        const be = child(s, 'BoundExpression');
        if (be) this.expr(kids(be)[1]);
        const w = childrenOf(clauses, 'SoslWithClause')
            .map((c) => lc(text(c)))
            .join(' ');
        this.emit(
            {
                k: 'sosl',
                objects,
                mode: w.includes('user_mode') ? 'user' : w.includes('system_mode') ? 'system' : 'none'
            },
            node
        );
        return T('List<List<SObject>>');
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Model: classes, resolution, call graph, summaries
// ---------------------------------------------------------------------------------------------------------------

function readFacts(root, file, cacheDir) {
    const src = readFileSync(file, 'utf8');
    const hash = createHash('sha1').update(`${FACTS_VERSION}\n`).update(src).digest('hex');
    const cached = path.join(cacheDir, `${hash}.json`);
    try {
        return JSON.parse(readFileSync(cached, 'utf8'));
    } catch {
        /* not cached yet */
    }
    const facts = extractFile(src, file.endsWith('.trigger'));
    try {
        writeFileSync(cached, JSON.stringify(facts));
    } catch {
        /* cache is best effort */
    }
    return facts;
}

const SYSTEM_NAMESPACES = new Set([
    'system',
    'schema',
    'database',
    'test',
    'eventbus',
    'connectapi',
    'messaging',
    'cache',
    'auth',
    'json',
    'limits',
    'userinfo',
    'string',
    'math',
    'datetime',
    'date',
    'time',
    'integer',
    'decimal',
    'long',
    'double',
    'boolean',
    'id',
    'blob',
    'encodingutil',
    'crypto',
    'url',
    'pagereference',
    'apexpages',
    'label',
    'assert',
    'trigger',
    'search',
    'type',
    'list',
    'set',
    'map',
    'sobject',
    'http',
    'httprequest',
    'httpresponse',
    'restcontext',
    'queueablecontext',
    'finalizercontext',
    'schedulablecontext',
    'pattern',
    'matcher',
    'timezone',
    'useragent',
    'site',
    'network',
    'approval',
    'process',
    'flow',
    'invocable',
    'dom',
    'xmlstreamreader',
    'xmlstreamwriter',
    'jsongenerator',
    'jsonparser',
    'exception',
    'featuremanagement',
    'metadata',
    'reports',
    'quickaction',
    'platformcachepartition',
    'accesslevel',
    'securitytype',
    'security',
    'object',
    'domain',
    'orglimits',
    'packaging',
    'lwc',
    'aura',
    'auraenabled'
]);

function buildModel(root) {
    // Keyed by content, so one cache serves the project and its self-test sandboxes.
    const cacheDir = path.join(ROOT, '.check-tmp', 'apex-model-cache');
    try {
        mkdirSync(cacheDir, { recursive: true });
    } catch {
        /* best effort */
    }
    const absFiles = listFiles(path.join(root, 'force-app'), (p) => p.endsWith('.cls') || p.endsWith('.trigger'));
    const classes = new Map();
    const methods = new Map();
    const errors = [];
    const files = [];
    for (const abs of absFiles) {
        const file = rel(root, abs);
        files.push(file);
        const facts = readFacts(root, abs, cacheDir);
        for (const e of facts.errors) errors.push({ file, line: e.line, message: e.message });
        for (const c of facts.classes) {
            c.file = file;
            if (c.outer) {
                const o = classes.get(lc(c.outer));
                if (o?.isTest) c.isTest = true;
            }
            const methodKeys = [];
            for (const m of c.methods) {
                m.file = file;
                m.isTest = m.isTest || false;
                let key = `${c.name}.${m.name}/${m.params.length}`;
                if (methods.has(key)) key = `${key}#${m.line}`; // overloads with the same arity
                m.key = key;
                m.calls = [];
                methods.set(key, m);
                methodKeys.push(key);
            }
            c.methods = methodKeys;
            classes.set(lc(c.name), c);
        }
    }
    const model = { root, files, errors, classes, methods };

    const classOf = (name, from) => {
        if (!name) return null;
        let n = String(name)
            .replace(/^zoomsf\./i, '')
            .replace(/\[\]$/, '');
        if (n.includes('<')) return null;
        const l = lc(n);
        if (from) {
            // Inner class of the current class or of its outer class(es); then inherited inner classes.
            let scope = from;
            while (scope) {
                const c = classes.get(`${lc(scope.name)}.${l}`);
                if (c) return c;
                scope = scope.outer ? classes.get(lc(scope.outer)) : null;
            }
        }
        return classes.get(l) ?? null;
    };
    model.classOf = classOf;

    const superOf = (c) => (c?.extends ? classOf(c.extends, c.outer ? classes.get(lc(c.outer)) : c) : null);
    const fieldOf = (c, name) => {
        for (let k = c, guard = 0; k && guard < 20; k = superOf(k), guard++) {
            const f = k.fields.find((x) => lc(x.name) === lc(name));
            if (f) return { field: f, cls: k };
        }
        return null;
    };
    // Subtypes (classes extending or implementing), transitively.
    const subtypes = new Map();
    for (const c of classes.values()) {
        const parents = [c.extends, ...c.implements].filter(Boolean);
        for (const p of parents) {
            const pc = classOf(p, c.outer ? classes.get(lc(c.outer)) : c);
            if (!pc) continue;
            if (!subtypes.has(pc.name)) subtypes.set(pc.name, []);
            subtypes.get(pc.name).push(c);
        }
    }
    const allSubtypes = (c) => {
        const out = [];
        const seen = new Set();
        const go = (k) => {
            for (const s of subtypes.get(k.name) ?? []) {
                if (seen.has(s.name)) continue;
                seen.add(s.name);
                out.push(s);
                go(s);
            }
        };
        go(c);
        return out;
    };

    const elemType = (t) => {
        const m = /^(?:List|Set)<(.+)>$/i.exec(t ?? '') ?? /^Map<[^,]+,(.+)>$/i.exec(t ?? '');
        if (m) return m[1].trim();
        if (/\[\]$/.test(t ?? '')) return t.slice(0, -2);
        return null;
    };

    const methodsNamed = (c, name, argc) => {
        const out = [];
        for (let k = c, guard = 0; k && guard < 20; k = superOf(k), guard++) {
            const found = k.methods
                .map((key) => methods.get(key))
                .filter((m) => lc(m.name) === lc(name) && m.params.length === argc);
            if (found.length) {
                out.push(...found);
                break;
            }
        }
        return out;
    };

    // Resolve type references in each method (events in order: a call's return type is known before it is used).
    const resolveRef = (ref, m, cls) => {
        if (!ref) return null;
        if (ref.n) return ref.n;
        if (ref.self) return cls.name;
        if (ref.super) return cls.extends;
        if (ref.ret !== undefined) return m.events[ref.ret]?.retType ?? null;
        if (ref.elem) return elemType(resolveRef(ref.elem, m, cls));
        if (ref.id) {
            const f = fieldOf(cls, ref.id);
            if (f) return f.field.type;
            // Static fields of outer classes are visible in inner classes.
            for (
                let o = cls.outer ? classes.get(lc(cls.outer)) : null;
                o;
                o = o.outer ? classes.get(lc(o.outer)) : null
            ) {
                const of = fieldOf(o, ref.id);
                if (of) return of.field.type;
            }
            const c = classOf(ref.id, cls);
            if (c) return `class:${c.name}`;
            if (SYSTEM_NAMESPACES.has(lc(ref.id))) return `class:${ref.id}`;
            return `class:${ref.id}`;
        }
        if (ref.fld !== undefined) {
            const of = resolveRef(ref.of, m, cls);
            if (!of) return null;
            if (of.startsWith('class:')) {
                const c = classOf(of.slice(6), cls);
                if (c) {
                    const f = fieldOf(c, ref.fld);
                    if (f) return f.field.type;
                    const inner = classOf(`${c.name}.${ref.fld}`);
                    if (inner) return `class:${inner.name}`;
                    return null;
                }
                return `class:${of.slice(6)}.${ref.fld}`;
            }
            const c = classOf(of, cls);
            if (c) return fieldOf(c, ref.fld)?.field.type ?? null;
            // A field of a platform type or SObject (its own type is not modelled): calls on it are external.
            return `${of}.${ref.fld}`;
        }
        return null;
    };
    model.resolveType = (ref, m) => resolveRef(ref, m, classes.get(lc(m.cls)));

    for (const m of methods.values()) {
        const cls = classes.get(lc(m.cls));
        m.locals = undefined;
        m.events.forEach((e, i) => {
            if (e.k === 'new') {
                const c = classOf(e.type, cls);
                const call = { event: i, line: e.line, target: [], async: false };
                if (c) {
                    const ctors = c.methods
                        .map((k) => methods.get(k))
                        .filter((x) => x.ctor && x.params.length === e.argc);
                    call.target.push(...ctors.map((x) => x.key));
                    const fi = methods.get(`${c.name}.<fields>/0`);
                    if (fi) call.target.push(fi.key);
                    const si = methods.get(`${c.name}.<static>/0`);
                    if (si) call.target.push(si.key);
                    if (!call.target.length) call.trivial = true; // default constructor, no initialisers
                } else {
                    call.external = e.type;
                }
                e.calls = [m.calls.length];
                m.calls.push(call);
            } else if (e.k === 'enqueue') {
                const jt = resolveRef(e.job, m, cls);
                const c = jt && !jt.startsWith('class:') ? classOf(jt, cls) : null;
                e.jobClass = c?.name ?? jt ?? null;
                const call = { event: i, line: e.line, target: [], async: true };
                if (c) {
                    const names = e.kind === 'batch' ? ['start', 'execute', 'finish'] : ['execute'];
                    for (let k = c, guard = 0; k && guard < 10; k = superOf(k), guard++) {
                        for (const key of k.methods) {
                            const mm = methods.get(key);
                            if (names.includes(lc(mm.name)) && !mm.abstract) call.target.push(key);
                        }
                        if (call.target.length) break;
                    }
                } else {
                    call.unresolved = `job type ${jt ?? 'unknown'}`;
                }
                e.calls = [m.calls.length];
                m.calls.push(call);
            } else if (e.k === 'dml' || e.k === 'assign') {
                const t = resolveRef(e.type, m, cls);
                e.sobject = sobjectName(t ? (elemType(t) ?? t) : null);
                if (e.sobject && /^(SObject|Object)$/i.test(e.sobject)) e.sobject = null;
                delete e.type;
            } else if (e.k === 'call') {
                const call = { event: i, line: e.line, target: [], async: false };
                e.calls = [m.calls.length];
                m.calls.push(call);
                let recvType;
                let isStaticRef = false;
                if (e.recv === null || e.recv === undefined) {
                    if (e.name === '<this>' || e.name === '<super>') {
                        const target = e.name === '<this>' ? cls : superOf(cls);
                        if (target) {
                            const ctors = target.methods
                                .map((k) => methods.get(k))
                                .filter((x) => x.ctor && x.params.length === e.argc);
                            call.target.push(...ctors.map((x) => x.key));
                        }
                        e.retType = null;
                        return;
                    }
                    // Implicit: this class, its superclasses, then outer classes (static methods).
                    let found = [];
                    for (let k = cls; k && !found.length; k = k.outer ? classes.get(lc(k.outer)) : null) {
                        found = methodsNamed(k, e.name, e.argc);
                        if (found.length) recvType = k.name;
                    }
                    if (!found.length) {
                        call.unresolved = `no method ${e.name}/${e.argc} in ${cls.name}`;
                        e.retType = null;
                        return;
                    }
                } else {
                    recvType = resolveRef(e.recv, m, cls);
                    if (recvType?.startsWith('class:')) {
                        isStaticRef = true;
                        recvType = recvType.slice(6);
                    }
                }
                const lname = lc(e.name);
                const target = recvType ? classOf(recvType, cls) : null;
                if (!target) {
                    const rt = lc(recvType ?? '');
                    if ((rt === 'http' || rt === 'system.http') && lname === 'send') {
                        e.k = 'callout';
                        e.via = 'Http.send';
                        call.callout = true;
                    }
                    if (recvType) call.external = `${recvType}.${e.name}`;
                    else call.unresolved = `receiver type unknown (${e.name})`;
                    // A few system calls whose return types matter for later resolution.
                    e.retType = systemReturn(recvType, e.name);
                    return;
                }
                if (lc(target.name) === 'dml' && /^(insert|update|upsert|delete)records$/.test(lname)) {
                    const t = resolveRef(e.args?.[0], m, cls);
                    e.seam = { op: lname.replace('records', ''), sobject: sobjectName(t ? (elemType(t) ?? t) : null) };
                    if (e.seam.sobject && /^(SObject|Object)$/i.test(e.seam.sobject)) e.seam.sobject = null;
                }
                const found = methodsNamed(target, e.name, e.argc);
                if (!found.length) {
                    // Methods every class inherits from the platform (Object, Exception) are external calls.
                    let top = target;
                    for (let guard = 0; superOf(top) && guard < 20; guard++) top = superOf(top);
                    const platformBase = top.extends && !classOf(top.extends, top);
                    if (platformBase || ['tostring', 'equals', 'hashcode'].includes(lname)) {
                        call.external = `${top.extends ?? 'Object'}.${e.name}`;
                        e.retType = null;
                        return;
                    }
                    call.unresolved = `no method ${e.name}/${e.argc} on ${target.name}`;
                    e.retType = null;
                    return;
                }
                const targets = new Set(found.map((x) => x.key));
                // Dynamic dispatch: overriding methods in subtypes (interfaces, abstract and virtual classes).
                if (!isStaticRef) {
                    for (const sub of allSubtypes(target)) {
                        for (const key of sub.methods) {
                            const mm = methods.get(key);
                            if (lc(mm.name) === lname && mm.params.length === e.argc && !mm.static) targets.add(key);
                        }
                    }
                }
                for (const key of [...targets]) {
                    const owner = classes.get(lc(methods.get(key).cls));
                    const si = methods.get(`${owner.name}.<static>/0`);
                    if (si) targets.add(si.key);
                }
                call.target.push(...[...targets].filter((k) => !methods.get(k).abstract || targets.size === 1));
                e.retType = found[0].returnType;
            }
        });
        // Field initialisers run with every constructor.
    }
    // Dml seam calls become DML events at the call site.
    for (const m of methods.values()) {
        for (const e of m.events) {
            if (e.k === 'call' && e.seam) {
                e.dml = { op: e.seam.op, mode: 'user', sobject: e.seam.sobject, via: 'seam' };
            }
        }
    }

    // Summaries (synchronous calls only), by fixpoint.
    const summaries = new Map();
    const site = (m, i) => ({ method: m.key, event: i, file: m.file, line: m.events[i].line });
    const isSeamMethod = (m) => lc(m.cls) === 'dml';
    for (const m of methods.values()) {
        summaries.set(m.key, {
            dml: false,
            callout: false,
            enqueue: false,
            publish: false,
            soql: new Map(),
            dmlSites: new Map(),
            assigns: new Map(),
            callouts: new Map(),
            calloutAfterDml: null
        });
    }
    const addAll = (into, from) => {
        let changed = false;
        for (const [k, v] of from) if (!into.has(k)) (into.set(k, v), (changed = true));
        return changed;
    };
    const exclusive = (a, b) => {
        if (!a.br || !b.br) return false;
        const am = new Map(a.br.map((s) => s.split(':')));
        const excl = (x, y) => {
            if (x === y) return false;
            if (x.startsWith('r')) return !y.startsWith('r') && x.slice(1).split('.').includes(y);
            if (y.startsWith('r')) return y.slice(1).split('.').includes(x);
            return true;
        };
        return b.br.some((s) => {
            const [id, arm] = s.split(':');
            return am.has(id) && excl(am.get(id), arm);
        });
    };
    let changed = true;
    let rounds = 0;
    while (changed && rounds++ < 50) {
        changed = false;
        for (const m of methods.values()) {
            const s = summaries.get(m.key);
            const before = `${s.dml}${s.callout}${s.enqueue}${s.publish}${s.soql.size}${s.dmlSites.size}${s.assigns.size}${s.callouts.size}${!!s.calloutAfterDml}`;
            const dmlSeen = []; // {event, site}
            m.events.forEach((e, i) => {
                let evDml = null;
                let evCallout = null;
                if (e.k === 'soql' || e.k === 'sosl') s.soql.set(`${m.key}#${i}`, { ...site(m, i), ...e });
                if (e.k === 'dml' && !isSeamMethod(m)) {
                    s.dml = true;
                    s.dmlSites.set(`${m.key}#${i}`, { ...site(m, i), ...e });
                    evDml = site(m, i);
                }
                if (e.k === 'call' && e.dml) {
                    s.dml = true;
                    s.dmlSites.set(`${m.key}#${i}`, { ...site(m, i), ...e.dml, k: 'dml' });
                    evDml = site(m, i);
                }
                if (e.k === 'assign') s.assigns.set(`${m.key}#${i}`, { ...site(m, i), ...e });
                if (e.k === 'callout') {
                    s.callout = true;
                    s.callouts.set(`${m.key}#${i}`, { ...site(m, i), ...e });
                    evCallout = site(m, i);
                }
                if (e.k === 'enqueue') s.enqueue = true;
                if (e.k === 'publish') s.publish = true;
                if ((e.k === 'call' || e.k === 'new') && !e.dml) {
                    for (const ci of e.calls ?? []) {
                        const call = m.calls[ci];
                        if (call.async) continue;
                        for (const t of call.target) {
                            const ts = summaries.get(t);
                            if (!ts || (t === m.key && false)) continue;
                            if (ts.dml) s.dml = true;
                            if (ts.callout) s.callout = true;
                            if (ts.enqueue) s.enqueue = true;
                            if (ts.publish) s.publish = true;
                            addAll(s.soql, ts.soql);
                            addAll(s.dmlSites, ts.dmlSites);
                            addAll(s.assigns, ts.assigns);
                            addAll(s.callouts, ts.callouts);
                            if (ts.calloutAfterDml && !s.calloutAfterDml) s.calloutAfterDml = ts.calloutAfterDml;
                            if (ts.callout && !evCallout)
                                evCallout = { ...site(m, i), via: t, inner: ts.callouts.values().next().value };
                            if (ts.dml && !evDml)
                                evDml = { ...site(m, i), via: t, inner: ts.dmlSites.values().next().value };
                        }
                    }
                }
                if (evCallout && !s.calloutAfterDml) {
                    const prior = dmlSeen.find((d) => !exclusive(d.event, e));
                    const loopDml =
                        e.loop &&
                        m.events.some(
                            (o, j) =>
                                j !== i &&
                                o.loop?.includes(e.loop[e.loop.length - 1]) &&
                                eventDoesDml(o, m, summaries) &&
                                !exclusive(o, e)
                        );
                    if (prior) s.calloutAfterDml = { dml: prior.site, callout: evCallout };
                    else if (loopDml) s.calloutAfterDml = { dml: { ...site(m, i), loop: true }, callout: evCallout };
                }
                if (evDml) dmlSeen.push({ event: e, site: evDml });
            });
            const after = `${s.dml}${s.callout}${s.enqueue}${s.publish}${s.soql.size}${s.dmlSites.size}${s.assigns.size}${s.callouts.size}${!!s.calloutAfterDml}`;
            if (before !== after) changed = true;
        }
    }
    model.summary = (key) => {
        const s = summaries.get(key);
        if (!s) return null;
        return {
            dml: s.dml,
            callout: s.callout,
            enqueue: s.enqueue,
            publish: s.publish,
            soql: [...s.soql.values()],
            dmlSites: [...s.dmlSites.values()],
            assigns: [...s.assigns.values()],
            callouts: [...s.callouts.values()],
            calloutAfterDml: s.calloutAfterDml
        };
    };
    /** True when event `e` of method `m` may do DML (itself or through a synchronous call). */
    model.eventDoesDml = (e, m) => eventDoesDml(e, m, summaries);
    model.eventDoesCallout = (e, m) => eventDoes(e, m, summaries, 'callout');
    model.exclusive = exclusive;

    model.reach = (keys, { async = true } = {}) => {
        const parents = new Map();
        const queue = [];
        for (const k of keys) {
            if (methods.has(k) && !parents.has(k)) {
                parents.set(k, null);
                queue.push(k);
            }
        }
        while (queue.length) {
            const k = queue.shift();
            const m = methods.get(k);
            for (const call of m.calls) {
                if (call.async && !async) continue;
                for (const t of call.target) {
                    if (!parents.has(t)) {
                        parents.set(t, k);
                        queue.push(t);
                    }
                }
            }
        }
        return parents;
    };
    model.unresolvedCalls = (keys = methods.keys()) => {
        const out = [];
        for (const key of keys) {
            const m = methods.get(key);
            for (const c of m?.calls ?? []) {
                if (c.unresolved) out.push({ method: key, file: m.file, line: c.line, reason: c.unresolved });
            }
        }
        return out;
    };
    model.pathTo = (parents, key) => {
        const out = [];
        for (let k = key, guard = 0; k && guard < 100; k = parents.get(k), guard++) out.unshift(k);
        return out;
    };
    return model;
}

function eventDoesDml(e, m, summaries) {
    if (e.k === 'dml' && lc(m.cls) !== 'dml') return true;
    if (e.k === 'call' && e.dml) return true;
    return eventDoes(e, m, summaries, 'dml');
}

function eventDoes(e, m, summaries, what) {
    if (what === 'callout' && e.k === 'callout') return true;
    if (e.k !== 'call' && e.k !== 'new') return false;
    return (e.calls ?? []).some((ci) => {
        const call = m.calls[ci];
        return !call.async && call.target.some((t) => summaries.get(t)?.[what]);
    });
}

/** SObject API name without Schema./namespace prefixes; null for SObject/Object/unknown. */
function sobjectName(t) {
    if (!t) return null;
    const n = t.replace(/^Schema\./i, '').replace(/^zoomsf__/i, '');
    return /^(SObject|Object)$/i.test(n) || /[<.]/.test(n) ? null : n;
}

/** Type arguments of a generic type text ('Map<Id,List<X>>' -> ['Id', 'List<X>']). */
function typeArgs(t) {
    const open = t.indexOf('<');
    if (open < 0 || !t.endsWith('>')) return [];
    const inner = t.slice(open + 1, -1);
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '<') depth++;
        else if (inner[i] === '>') depth--;
        else if (inner[i] === ',' && depth === 0) {
            out.push(inner.slice(start, i).trim());
            start = i + 1;
        }
    }
    out.push(inner.slice(start).trim());
    return out;
}

/** Return types of the platform collection and query methods the model needs to follow records. */
function systemReturn(recvType, name) {
    const r = lc(recvType);
    const n = lc(name);
    if ((r === 'database' || r === 'system.database') && n.startsWith('query')) return 'List<SObject>';
    const args = typeArgs(recvType ?? '');
    if (/^map</.test(r)) {
        if (n === 'values') return `List<${args[1]}>`;
        if (n === 'keyset') return `Set<${args[0]}>`;
        if (n === 'get' || n === 'remove' || n === 'put') return args[1];
        if (n === 'clone' || n === 'deepclone') return recvType;
    }
    if (/^(list|set)</.test(r)) {
        if (n === 'get' || n === 'remove') return args[0];
        if (n === 'clone' || n === 'deepclone') return recvType;
    }
    return null;
}
