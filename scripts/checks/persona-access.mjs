// Persona access: every field and object a permission set's code path reads or writes in user mode is granted by
// that permission set at that level (user mode throws on the first field the running user cannot access).
//
// Personas are the permission sets under force-app/main/core/permissionsets (each test persona holds exactly one).
// What a persona can reach (its entry points, then everything reachable through the Apex model's call graph,
// scripts/lib/apex-model.mjs, including enqueued/scheduled jobs and finalizers, which run as the same user):
//  - the Apex classes it grants (classAccesses): their @AuraEnabled, @InvocableMethod, @RemoteAction, webservice and
//    public/global methods, constructors and property accessors (top-level class members);
//  - Visualforce pages it grants (pageAccesses): their controller/extensions classes as above, and the LWC components
//    they create through Lightning Out (<c:ZoomLightningOut component="…"> → the Aura app's dependencies);
//  - LWC components that import an Apex method of a class it grants (`@salesforce/apex/Class.method`), the components
//    they contain (<c-…> in their templates), the components on the same FlexiPage as one of them (a record page is
//    built for the persona whose components it shows) and those created by its Lightning Out pages;
//    their `@salesforce/schema/Object.Field` imports are reads (getRecord, getFieldValue); the ones used as
//    `FIELD.fieldApiName` in a component that calls updateRecord/createRecord are writes;
//  - triggers on objects it can change: a custom object with Create, Edit or Delete, a standard object when it makes
//    at least one custom field of that object editable (platform-event triggers run as the Automated Process user and
//    are not a persona's);
//  - platform-event triggers declared in config/platform-event-subscribers.json as running as the persona's user (a
//    PlatformEventSubscriberConfig names an org user, so it cannot ship: the declaration says which persona the
//    admin's config runs the trigger as, and scripts/webhook-subscriber.sh writes the config from it). Rule
//    `subscriber-config` (the declaration's file): an entry naming no platform-event trigger or no permission set.
// Checked on every reachable production method (test classes never are):
//  - read     SOQL/SOSL WITH USER_MODE (or SECURITY_ENFORCED; Database.query* with AccessLevel.USER_MODE is listed in
//             the summary, its fields are not known): every custom field in SELECT, WHERE, ORDER BY, relationship
//             paths (each lookup hop and the target's field) and sub-queries must be readable, custom objects Read;
//  - write    user-mode DML (insert/update/upsert/delete as user, Database.* with AccessLevel.USER_MODE, the Dml seam)
//             on an SObject type: object Create/Edit/Delete by operation, and every custom field of that type assigned
//             in the persona's reachable code (`new T(F__c = …)`, `x.F__c = …`) must be editable;
//  - lwc-read / lwc-write  the component fields above, likewise; `class-access`  a persona component calls Apex
//             of a class the set does not grant.
// Standard fields and standard-object permissions come from the profile and are not checked; required and
// master-detail fields take no field permission. Each problem is reported once per permission set, grant and line (the
// query field, assignment or component line), with the path entry point → … → method.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { XMLParser } from 'fast-xml-parser';
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Persona access (permission sets cover every field their code path touches)';

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });
const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const lc = (s) => String(s ?? '').toLowerCase();
const strip = (s) => String(s ?? '').replace(/zoomsf__/gi, '');
const isCustom = (name) => /__c$/i.test(name);
const short = (key) => key.replace(/\/\d+(#\d+)?$/, '');

/** Custom fields per object (lower-case keys): {name, type, referenceTo, relationshipName, required, formula}. */
export function readFieldCatalog(root) {
    const objects = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.field-meta.xml'))) {
        const objectName = path.basename(path.dirname(path.dirname(file)));
        const f = xml.parse(readFileSync(file, 'utf8')).CustomField ?? {};
        const field = {
            name: path.basename(file, '.field-meta.xml'),
            type: f.type ?? '',
            referenceTo: f.referenceTo ?? '',
            relationshipName: f.relationshipName ?? '',
            required: f.required === 'true' || f.type === 'MasterDetail',
            formula: !!f.formula
        };
        for (const o of objectName === 'Activity' ? ['Event', 'Task'] : [objectName]) {
            if (!objects.has(lc(o))) objects.set(lc(o), { name: o, fields: new Map() });
            objects.get(lc(o)).fields.set(lc(field.name), field);
        }
    }
    return objects;
}

/** One permission set: grants by lower-case key. */
export function readPermissionSet(file) {
    const ps = xml.parse(readFileSync(file, 'utf8')).PermissionSet ?? {};
    const fields = new Map();
    for (const fp of asList(ps.fieldPermissions)) {
        fields.set(lc(strip(fp.field)), { readable: fp.readable === 'true', editable: fp.editable === 'true' });
    }
    const objects = new Map();
    for (const op of asList(ps.objectPermissions)) {
        objects.set(lc(strip(op.object)), {
            read: op.allowRead === 'true',
            create: op.allowCreate === 'true',
            edit: op.allowEdit === 'true',
            delete: op.allowDelete === 'true'
        });
    }
    return {
        name: path.basename(file, '.permissionset-meta.xml'),
        label: ps.label ?? path.basename(file),
        classes: asList(ps.classAccesses)
            .filter((c) => c.enabled === 'true')
            .map((c) => strip(c.apexClass)),
        pages: asList(ps.pageAccesses)
            .filter((p) => p.enabled === 'true')
            .map((p) => strip(p.apexPage)),
        fields,
        objects
    };
}

/** LWC bundles: apex imports, schema imports (reads/writes with lines), child components, file. */
export function readComponents(root) {
    const out = new Map();
    const files = listFiles(path.join(root, 'force-app'), (f) => /\/lwc\/[^/]+\/[^/]+\.(ts|js)$/.test(f));
    for (const file of files) {
        const bundle = path.basename(path.dirname(file));
        if (path.basename(file).replace(/\.(ts|js)$/, '') !== bundle) continue;
        if (file.endsWith('.js') && files.includes(file.replace(/\.js$/, '.ts'))) continue; // build output
        const src = readFileSync(file, 'utf8');
        const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
        const lineAt = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const comp = { name: bundle, file: rel(root, file), apex: [], schema: new Map(), writes: [], children: [] };
        let writesRecords = false;
        const visit = (node) => {
            if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
                const spec = node.moduleSpecifier.text;
                const local = node.importClause?.name?.text;
                const apex = /^@salesforce\/apex\/(?:zoomsf\.)?(\w+)\.(\w+)$/.exec(spec);
                if (apex) comp.apex.push({ cls: apex[1], method: apex[2], line: lineAt(node) });
                const schema = /^@salesforce\/schema\/(\w+)\.([\w.]+)$/.exec(spec);
                if (schema && local) {
                    comp.schema.set(local, { object: strip(schema[1]), field: strip(schema[2]), line: lineAt(node) });
                }
                const names = node.importClause?.namedBindings;
                if (spec === 'lightning/uiRecordApi' && names && ts.isNamedImports(names)) {
                    if (names.elements.some((e) => ['updateRecord', 'createRecord'].includes(e.name.text))) {
                        writesRecords = true;
                    }
                }
            }
            if (
                ts.isPropertyAccessExpression(node) &&
                node.name.text === 'fieldApiName' &&
                ts.isIdentifier(unwrap(node.expression))
            ) {
                comp.writes.push({ local: unwrap(node.expression).text, line: lineAt(node) });
            }
            ts.forEachChild(node, visit);
        };
        visit(sf);
        if (!writesRecords) comp.writes = [];
        comp.writes = comp.writes.filter((w) => comp.schema.has(w.local));
        try {
            const html = readFileSync(file.replace(/\.(ts|js)$/, '.html'), 'utf8');
            for (const m of html.matchAll(/<c-([a-z0-9-]+)/g)) {
                comp.children.push(m[1].replace(/-([a-z0-9])/g, (_, ch) => ch.toUpperCase()));
            }
        } catch {
            /* no template */
        }
        out.set(bundle, comp);
    }
    return out;
}

function unwrap(e) {
    while (ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
    return e;
}

/** Component groups: FlexiPages (components placed together) and Lightning Out pages (components they create). */
function readPlacements(root) {
    const flexi = [];
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.flexipage-meta.xml'))) {
        const src = readFileSync(file, 'utf8');
        flexi.push([...src.matchAll(/<componentName>(?:c:|zoomsf:)?(\w+)<\/componentName>/g)].map((m) => m[1]));
    }
    const pages = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.page'))) {
        const src = readFileSync(file, 'utf8');
        const tag = /<apex:page\b[^>]*>/i.exec(src)?.[0] ?? '';
        const classes = [
            ...(/\bcontroller="(\w+)"/i.exec(tag)?.[1] ? [/\bcontroller="(\w+)"/i.exec(tag)[1]] : []),
            ...(/\bextensions="([\w, ]+)"/i.exec(tag)?.[1]?.split(',') ?? [])
        ].map((s) => s.trim());
        const components = [...src.matchAll(/<c:\w+[^>]*\bcomponent="(\w+)"/g)].map((m) => m[1]);
        pages.set(path.basename(file, '.page'), { classes, components });
    }
    return { flexi, pages };
}

const ENTRY_ANNOTATIONS = ['auraenabled', 'invocablemethod', 'remoteaction'];

function entryMethods(model, className) {
    const cls = model.classOf(className);
    if (!cls || cls.isTest) return [];
    return cls.methods.filter((key) => {
        const m = model.methods.get(key);
        if (m.abstract) return false;
        return (
            m.annotations.some((a) => ENTRY_ANNOTATIONS.includes(a)) ||
            m.modifiers.some((x) => ['public', 'global', 'webservice'].includes(x)) ||
            m.name.startsWith('<')
        );
    });
}

/** Where platform-event triggers that run as a persona's user are declared (trigger → permission set). */
export const SUBSCRIBERS_FILE = 'config/platform-event-subscribers.json';

/** The declared platform-event subscribers: [{trigger, permissionSet, batchSize, line}] (none without the file). */
export function readSubscribers(root) {
    let text;
    try {
        text = readFileSync(path.join(root, SUBSCRIBERS_FILE), 'utf8');
    } catch {
        return [];
    }
    const lines = text.split('\n');
    return asList(JSON.parse(text).subscribers).map((s) => ({
        ...s,
        line: Math.max(1, lines.findIndex((l) => l.includes(`"${s.trigger}"`)) + 1)
    }));
}

/** @returns {Promise<{problems: Array<{file: string, line: number, rule: string, message: string}>, summary: string}>} */
export async function run({ root = ROOT } = {}) {
    const model = await loadApexModel(root);
    const subscribers = readSubscribers(root);
    const catalog = readFieldCatalog(root);
    const components = readComponents(root);
    const placements = readPlacements(root);
    const setFiles = listFiles(path.join(root, 'force-app/main/core/permissionsets'), (f) =>
        f.endsWith('.permissionset-meta.xml')
    );
    const problems = [];
    const stats = [];
    const setNames = new Set(setFiles.map((f) => path.basename(f, '.permissionset-meta.xml')));
    for (const s of subscribers) {
        const trigger = model.classes.get(lc(`trigger:${s.trigger}`));
        const where = { file: SUBSCRIBERS_FILE, line: s.line, rule: 'subscriber-config' };
        if (!trigger || !/__e$/i.test(trigger.trigger?.object ?? '')) {
            problems.push({ ...where, message: `${s.trigger} is not a platform-event trigger of the project` });
        }
        if (!setNames.has(s.permissionSet)) {
            problems.push({ ...where, message: `${s.trigger} runs as ${s.permissionSet}, which is no permission set` });
        }
    }
    for (const file of setFiles) {
        const set = readPermissionSet(file);
        const seen = new Set();
        const report = (what, p) => {
            // Once per permission set, grant and place (each of those statements would throw).
            const key = `${what}@${p.file}:${p.line}`;
            if (seen.has(key)) return;
            seen.add(key);
            problems.push({ ...p, message: `${set.label}: ${p.message}` });
        };
        const fieldGrant = (object, field) => set.fields.get(lc(`${object}.${field}`));
        const objectGrant = (object) => set.objects.get(lc(object));
        const fieldMeta = (object, field) => catalog.get(lc(object))?.fields.get(lc(field));

        // Entry points.
        const granted = new Set(set.classes.map(lc));
        const entryKeys = [];
        const entryOf = new Map();
        const addEntry = (key, why) => {
            if (!entryOf.has(key)) {
                entryOf.set(key, why);
                entryKeys.push(key);
            }
        };
        for (const c of set.classes) for (const key of entryMethods(model, c)) addEntry(key, `class access ${c}`);
        const personaComponents = new Map(); // name -> why
        const addComponent = (name, why) => {
            if (!components.has(name) || personaComponents.has(name)) return;
            personaComponents.set(name, why);
            for (const child of components.get(name).children) addComponent(child, `${why} → ${child}`);
        };
        for (const comp of components.values()) {
            if (comp.apex.some((a) => granted.has(lc(a.cls)))) addComponent(comp.name, comp.name);
        }
        for (const page of set.pages) {
            const p = placements.pages.get(page);
            if (!p) continue;
            for (const c of p.classes) for (const key of entryMethods(model, c)) addEntry(key, `page ${page}`);
            for (const c of p.components) addComponent(c, `page ${page} → ${c}`);
        }
        for (const group of placements.flexi) {
            const anchor = group.find((c) => personaComponents.has(c));
            if (anchor) for (const c of group) addComponent(c, `FlexiPage with ${anchor} → ${c}`);
        }
        for (const [name, why] of personaComponents) {
            const comp = components.get(name);
            for (const a of comp.apex) {
                if (!granted.has(lc(a.cls))) {
                    report(`class:${a.cls}`, {
                        file: comp.file,
                        line: a.line,
                        rule: 'class-access',
                        message: `${name} calls ${a.cls}.${a.method} but the permission set grants no access to class ${a.cls} (${why})`
                    });
                }
                const cls = model.classOf(a.cls);
                for (const key of cls?.methods ?? []) {
                    if (lc(model.methods.get(key).name) === lc(a.method)) addEntry(key, `${name} (LWC)`);
                }
            }
        }
        for (const s of subscribers) {
            const cls = model.classes.get(lc(`trigger:${s.trigger}`));
            if (s.permissionSet !== set.name || !cls || !/__e$/i.test(cls.trigger.object)) continue;
            addEntry(
                cls.methods[0],
                `trigger ${cls.simpleName} on ${cls.trigger.object}, run as ${set.name} (${SUBSCRIBERS_FILE})`
            );
        }
        for (const cls of model.classes.values()) {
            if (cls.kind !== 'trigger' || /__e$/i.test(cls.trigger.object)) continue;
            const object = cls.trigger.object;
            const op = objectGrant(object);
            const changes = isCustom(object)
                ? op && (op.create || op.edit || op.delete)
                : [...set.fields.entries()].some(([k, v]) => k.startsWith(`${lc(object)}.`) && v.editable);
            if (changes) addEntry(cls.methods[0], `trigger ${cls.simpleName} on ${object}`);
        }

        // Reachable code.
        const parents = model.reach(entryKeys, { async: true });
        const reached = [...parents.keys()].filter((k) => {
            const m = model.methods.get(k);
            return !model.classes.get(lc(m.cls))?.isTest;
        });
        const pathText = (key) => {
            const p = model.pathTo(parents, key);
            return `${entryOf.get(p[0]) ?? ''}: ${p.map(short).join(' → ')}`;
        };

        const checkRead = (object, fieldPath, where, how, rule = 'read') => {
            // fieldPath: 'F__c' or 'Rel__r.F__c' (relationship hops) on `object`.
            const hops = strip(fieldPath).split('.');
            let current = object;
            for (let i = 0; i < hops.length && current; i++) {
                const hop = hops[i];
                const last = i === hops.length - 1;
                const fieldName = last ? hop : hop.replace(/__r$/i, '__c');
                if (isCustom(current)) {
                    const og = objectGrant(current);
                    if (!og?.read) {
                        report(`obj-read:${current}`, {
                            ...where,
                            rule,
                            message: `${how} object ${current} but the permission set grants no Read on it (${where.path})`
                        });
                    }
                }
                if (isCustom(fieldName)) {
                    const meta = fieldMeta(current, fieldName);
                    const g = fieldGrant(current, fieldName);
                    if (!meta?.required && !g?.readable) {
                        report(`read:${current}.${fieldName}`, {
                            ...where,
                            rule,
                            message: `${how} ${current}.${fieldName} but the permission set grants no Read on it (${where.path})`
                        });
                    }
                }
                if (last) break;
                current = /__r$/i.test(hop)
                    ? strip(fieldMeta(current, fieldName)?.referenceTo) || null
                    : ({ Owner: 'User', CreatedBy: 'User', LastModifiedBy: 'User', Account: 'Account' }[hop] ?? null);
            }
        };
        const childObject = (parent, relName) => {
            for (const o of catalog.values()) {
                for (const f of o.fields.values()) {
                    if (
                        lc(strip(f.referenceTo)) === lc(parent) &&
                        lc(`${f.relationshipName}__r`) === lc(strip(relName))
                    ) {
                        return o.name;
                    }
                }
            }
            return null;
        };

        let queries = 0;
        let dmls = 0;
        let dynamic = 0;
        let partFields = 0;
        let built = 0;
        const writeTypes = new Map(); // sobject -> first DML site {method, line, file, op}
        for (const key of reached) {
            const m = model.methods.get(key);
            m.events.forEach((e) => {
                const where = { file: m.file, line: e.line, path: pathText(key) };
                if (e.k === 'soql' && (e.mode === 'user' || e.mode === 'enforced')) {
                    if (e.dynamic) {
                        // SoqlQuery runs what selectors build from their declared parts (checked where they are used).
                        if (lc(m.cls) === 'soqlquery') built++;
                        else dynamic++;
                        return;
                    }
                    if (e.part) partFields += e.fields.length;
                    else queries++;
                    const how = e.part
                        ? `${short(key)} reads in user mode through ${e.constant} (SoqlQuery ${e.part})`
                        : `${short(key)} reads in user mode`;
                    e.fields.forEach((f, i) =>
                        checkRead(e.object, f, { ...where, line: e.fieldLines?.[i] ?? e.line }, how)
                    );
                    for (const s of e.sub) {
                        const obj = s.object ?? childObject(e.object, s.rel);
                        if (!obj) continue;
                        s.fields.forEach((f, i) =>
                            checkRead(obj, f, { ...where, line: s.fieldLines?.[i] ?? e.line }, how)
                        );
                    }
                }
                if (e.k === 'sosl' && e.mode === 'user') {
                    queries++;
                    for (const o of e.objects) {
                        for (const f of o.fields) checkRead(o.object, f, where, `${short(key)} searches in user mode`);
                    }
                }
                const dml = e.k === 'dml' && lc(m.cls) !== 'dml' ? e : e.k === 'call' && e.dml ? e.dml : null;
                if (dml && dml.mode === 'user') {
                    dmls++;
                    if (!dml.sobject) return;
                    const object = strip(dml.sobject);
                    const writesFields = ['insert', 'update', 'upsert', 'merge'].includes(dml.op);
                    if (writesFields && !writeTypes.has(lc(object)))
                        writeTypes.set(lc(object), { ...where, object, method: key });
                    if (isCustom(object)) {
                        const og = objectGrant(object);
                        const need =
                            {
                                insert: ['create'],
                                update: ['edit'],
                                upsert: ['create', 'edit'],
                                delete: ['delete'],
                                undelete: ['delete'],
                                merge: ['edit', 'delete']
                            }[dml.op] ?? [];
                        for (const n of need) {
                            if (!og?.[n]) {
                                report(`obj-${n}:${object}`, {
                                    ...where,
                                    rule: 'write',
                                    message: `${short(key)} ${dml.op}s ${object} in user mode but the permission set grants no ${n[0].toUpperCase() + n.slice(1)} on it (${where.path})`
                                });
                            }
                        }
                    }
                }
            });
        }
        // Fields assigned on records of a type the persona's code writes in user mode.
        for (const key of reached) {
            const m = model.methods.get(key);
            for (const e of m.events) {
                if (e.k !== 'assign' || !e.sobject) continue;
                const object = strip(e.sobject);
                const site = writeTypes.get(lc(object));
                if (!site) continue;
                const field = strip(e.field);
                const meta = fieldMeta(object, field);
                if (meta?.required) continue;
                const g = fieldGrant(object, field);
                if (!g?.editable) {
                    report(`edit:${object}.${field}`, {
                        file: m.file,
                        line: e.line,
                        rule: 'write',
                        message:
                            `${short(key)} sets ${object}.${field}, written in user mode by ${short(site.method)} ` +
                            `(${site.file}:${site.line}), but the permission set does not make it editable (${pathText(key)})`
                    });
                }
            }
        }
        // Components.
        for (const [name, why] of personaComponents) {
            const comp = components.get(name);
            for (const [, s] of comp.schema) {
                checkRead(s.object, s.field, { file: comp.file, line: s.line, path: why }, `${name} reads`, 'lwc-read');
            }
            for (const w of comp.writes) {
                const s = comp.schema.get(w.local);
                const field = s.field;
                if (!isCustom(field) || fieldMeta(s.object, field)?.required) continue;
                if (isCustom(s.object) && !objectGrant(s.object)?.edit) {
                    report(`obj-edit:${s.object}`, {
                        file: comp.file,
                        line: w.line,
                        rule: 'lwc-write',
                        message: `${name} writes ${s.object} with updateRecord/createRecord but the permission set grants no Edit on it (${why})`
                    });
                }
                if (!fieldGrant(s.object, field)?.editable) {
                    report(`edit:${s.object}.${field}`, {
                        file: comp.file,
                        line: w.line,
                        rule: 'lwc-write',
                        message: `${name} writes ${s.object}.${field} with updateRecord/createRecord but the permission set does not make it editable (${why})`
                    });
                }
            }
        }
        stats.push(
            `${set.label}: ${entryKeys.length} entry points, ${reached.length} methods, ${queries} user-mode queries, ` +
                `${dmls} user-mode DML, ${personaComponents.size} components, ` +
                `${model.unresolvedCalls(reached).length} calls the model could not type` +
                (built ? `, ${partFields} field uses through SoqlQuery parts (${built} SoqlQuery runs)` : '') +
                (dynamic ? `, ${dynamic} dynamic user-mode queries (fields not checked)` : '')
        );
    }
    for (const p of problems) {
        p.message = p.message.replace(/\(([^()]*)\)$/, (all, inner) => (inner ? all : ''));
    }
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { problems, summary: stats.join('; ') };
}

await runIfMain(import.meta.url, () => run({ root: ROOT }));
