// Cross-references between the project's metadata and code: every custom field or object named somewhere must exist
// in the project's object metadata, and permission sets must take an explicit decision on every custom field.
//
// Model. objects/<Object>/fields/*.field-meta.xml (custom objects and standard objects), objects/<Object>/
// <Object>.object-meta.xml, with each lookup's referenceTo and relationshipName. Fields under objects/Activity/ are
// fields of both Event and Task. API names are case-insensitive and may carry the project namespace (zoomsf__).
//
// References checked (a name is verified when it is custom: a __c field or object, or a __r relationship; standard
// fields of standard objects are not known offline and are accepted):
//  (a) Apex inline SOQL and SOSL in *.cls and *.trigger: SELECT list, WHERE, GROUP BY, ORDER BY, … of each
//      [SELECT … FROM Object …], relationship paths (Host_User__r.Name), child subqueries in the SELECT list
//      (FROM Child__r, resolved through the lookups' relationship names), semi-join subqueries in WHERE, and the
//      RETURNING clause of [FIND …]. Comments and string literals are blanked first and bind expressions (:x.y) are
//      skipped. This is a token-level extractor, not a SOQL grammar: TYPEOF branches and WITH DATA CATEGORY are
//      skipped. Dynamic SOQL is seen only as the parts a selector declares for `SoqlQuery` (see (a2)).
//  (a2) Query parts: every `static final` constant initialised by `SoqlQuery.fields(Obj.SObjectType, new
//      List<String>{ 'F__c', 'Rel__r.Name' })`, `SoqlQuery.condition(Obj.SObjectType, 'F__c = :x' + …)` or
//      `SoqlQuery.sortFields(Obj.SObjectType, new Map<String, String>{ KEY => 'F__c' }, …)` or
//      `SoqlQuery.ordering(Obj.SObjectType, 'F__c DESC, Id')` (read by the Apex model,
//      scripts/lib/apex-model.mjs, with the real SOQL parser): each field its literals name exists, at the literal's
//      line. Rule `xref-soql-part`: such a call anywhere else (a local, a non-final field), an argument that is not
//      made of string literals, or SOQL that does not parse — the checks could not read it.
//  (b) LWC `@salesforce/schema/Object.Field__c` imports in lwc/**/*.ts and *.js (found with TypeScript's
//      preProcessFile; a .js beside a .ts of the same name is build output and skipped);
//  (c) layouts: layoutItems/field;
//  (d) reports: columns, groupings, filter criteria, sort and time-frame columns (`Object.Field__c` for standard
//      report types, `Table$Field__c` for custom report types); report types: baseObject and sections/columns
//      field + table (Base.ChildRelationship…);
//  (e) list views: columns and filters/field;
//  (f) permission sets: fieldPermissions/field, objectPermissions/object, classAccesses/apexClass;
//  (g) reports on a project report type use only the columns that report type offers; a report chart groups by a
//      grouping of its report and summarises a column the report summarises that way;
//  (h) dashboards: each component's report exists, with the grouping and summarised column the component shows;
//  (i) FlexiPages: each project component (bare name, c: or the project namespace) is an exposed LWC bundle whose
//      targets (and record-page objects) fit the page;
//  (j) layouts: custom related lists and their columns, object-specific quick actions whose name carries an
//      underscore (standard ones such as Task.UpdateStatus have none and are not files), custom buttons and
//      Visualforce pages exist in the project.
// Permission-set rules (facts: FieldPermissions.Field is "SobjectType.Field"; custom fields stored under
// objects/Activity are granted per Event and Task, e.g. Event.Zoom_Meeting__c — see forcedotcom/cli#2278 and
// @salesforce/packaging's profileRewriter, which maps Event./Task. back to Activity.):
//  - a permission set that grants read on an object must list every custom field of it that can have field-level
//    security (not required, not master-detail; the Name field is not a custom field file) — readable true or false,
//    an explicit decision; a permission set listing any field of a standard object (Event, Task, Lead, …) must do
//    the same for that object, which covers Activity fields as Event.X__c / Task.X__c;
//  - no entry for a required or master-detail field (the platform rejects them), no `Activity.` prefix, and no
//    editable without readable.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { loadApexModel } from '../lib/apex-model.mjs';
import { blankCommentsAndStrings } from '../lib/apex-source.mjs';
import { runIfMain } from '../lib/report.mjs';
import { projectNamespace, resolveSource } from './metadata-convert.mjs';
import { parseXml } from './metadata-schema.mjs';

export const label = 'Metadata cross-references';

const CUSTOM_OBJECT = /__(c|mdt|e|x|b)$/i;
const isCustomName = (name) => /__(c|r|mdt|e|x|b)$/i.test(name);
/** Standard relationships every custom object has, with their target. */
const CUSTOM_OBJECT_RELATIONSHIPS = new Map([
    ['owner', 'User'],
    ['createdby', 'User'],
    ['lastmodifiedby', 'User']
]);

// ---------------------------------------------------------------------------------------------------------------
// Object model
// ---------------------------------------------------------------------------------------------------------------

/** @typedef {{ name: string, object: string, file: string, line: number, type: string, required: boolean,
 *              referenceTo: string, relationshipName: string }} FieldInfo */
/** @typedef {{ name: string, file: string | null, settings: boolean, fields: Map<string, FieldInfo> }} ObjectInfo */

const childElements = (el, name) =>
    el ? Array.from(el.childNodes).filter((n) => n.nodeType === 1 && (!name || n.localName === name)) : [];
const childText = (el, name) => childElements(el, name)[0]?.textContent.trim() ?? '';

/**
 * Reads the project's objects and fields.
 * @param {string} root project root
 * @param {{ dirs: string[], forceIgnore: { denies(p: string): boolean } }} source package directories and ignore rules
 */
export function readModel(root, { dirs, forceIgnore }) {
    const namespace = projectNamespace(root);
    const strip = (name) =>
        namespace &&
        name.toLowerCase().startsWith(`${namespace.toLowerCase()}__`) &&
        name.slice(namespace.length + 2).includes('__')
            ? name.slice(namespace.length + 2)
            : name;
    /** @type {Map<string, ObjectInfo>} */
    const objects = new Map();
    const ensure = (name) => {
        const key = name.toLowerCase();
        if (!objects.has(key)) objects.set(key, { name, file: null, settings: false, fields: new Map() });
        return objects.get(key);
    };
    const files = dirs.flatMap((d) =>
        listFiles(d, (f) => !forceIgnore.denies(f) && /[\\/]objects[\\/][^\\/]+[\\/].+-meta\.xml$/.test(f))
    );
    for (const file of files) {
        const parts = file.split(path.sep);
        const objectName = parts[parts.lastIndexOf('objects') + 1];
        const doc = parseXml(readFileSync(file, 'utf8')).doc;
        const top = doc?.documentElement;
        if (file.endsWith('.object-meta.xml') && path.basename(file) === `${objectName}.object-meta.xml`) {
            const obj = ensure(objectName);
            obj.file = rel(root, file);
            obj.settings = Boolean(childText(top, 'customSettingsType'));
        } else if (file.endsWith('.field-meta.xml') && parts.at(-2) === 'fields') {
            const name = path.basename(file, '.field-meta.xml');
            ensure(objectName).fields.set(name.toLowerCase(), {
                name,
                object: objectName,
                file: rel(root, file),
                line: top?.lineNumber ?? 1,
                type: childText(top, 'type'),
                required: childText(top, 'required') === 'true',
                referenceTo: childText(top, 'referenceTo'),
                relationshipName: childText(top, 'relationshipName')
            });
        }
    }
    // Child relationships: Parent -> "<relationshipName>__r" -> child object.
    const children = new Map();
    for (const obj of objects.values()) {
        for (const f of obj.fields.values()) {
            if (!f.referenceTo || !f.relationshipName) continue;
            const key = f.referenceTo.toLowerCase();
            if (!children.has(key)) children.set(key, new Map());
            children.get(key).set(`${f.relationshipName}__r`.toLowerCase(), obj.name);
            children.get(key).set(f.relationshipName.toLowerCase(), obj.name);
        }
    }
    const isActivityChild = (name) => /^(event|task)$/i.test(name);
    return {
        namespace,
        strip,
        objects,
        /** The object as known from the project, or undefined. */
        object: (name) => objects.get(strip(name).toLowerCase()),
        /** True when the project defines the object (folder with an object file or fields). */
        hasObject: (name) => objects.has(strip(name).toLowerCase()),
        /** Custom fields of an object; Event and Task include the Activity fields. */
        fields(name) {
            const own = [...(objects.get(strip(name).toLowerCase())?.fields.values() ?? [])];
            const shared = isActivityChild(strip(name)) ? [...(objects.get('activity')?.fields.values() ?? [])] : [];
            return [...shared, ...own];
        },
        field(objectName, fieldName) {
            const key = strip(fieldName).toLowerCase();
            const own = objects.get(strip(objectName).toLowerCase())?.fields.get(key);
            if (own) return own;
            return isActivityChild(strip(objectName)) ? objects.get('activity')?.fields.get(key) : undefined;
        },
        /** Child object of a child relationship name (Activities__r), or undefined. */
        child(parent, relationship) {
            return children.get(strip(parent).toLowerCase())?.get(strip(relationship).toLowerCase());
        }
    };
}

/**
 * Checks a dotted reference (Field__c, Lookup__r.Field__c, Lookup__c.Name) starting at an object.
 * @returns {string | null} a problem message, or null when it exists (or cannot be verified offline)
 */
function checkPath(model, objectName, segments) {
    let current = objectName;
    for (const [i, raw] of segments.entries()) {
        const seg = model.strip(raw);
        const last = i === segments.length - 1;
        if (!current) return null;
        if (CUSTOM_OBJECT.test(model.strip(current)) && !model.hasObject(current)) {
            return `object ${current} does not exist in the project.`;
        }
        if (!isCustomName(seg)) {
            if (last) return null;
            const target = CUSTOM_OBJECT.test(model.strip(current))
                ? CUSTOM_OBJECT_RELATIONSHIPS.get(seg.toLowerCase())
                : undefined;
            current = target;
            continue;
        }
        const asField = /__r$/i.test(seg) ? seg.replace(/__r$/i, '__c') : seg;
        const field = model.field(current, asField);
        if (!field) {
            return /__r$/i.test(seg)
                ? `relationship ${current}.${seg} does not exist: the project has no lookup field ${current}.${asField}.`
                : `field ${current}.${seg} does not exist in the project.`;
        }
        if (last) return null;
        if (!field.referenceTo)
            return `${current}.${asField} is not a lookup, so ${segments.join('.')} cannot follow it.`;
        current = field.referenceTo;
    }
    return null;
}

/** Fast 1-based line lookup for many offsets in one text. */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    };
}

// ---------------------------------------------------------------------------------------------------------------
// (a) Apex SOQL / SOSL
// ---------------------------------------------------------------------------------------------------------------

/** Blanks bind expressions (:name, :obj.field, :list[0], :call(x).y) so their names are not taken for fields. */
function blankBinds(text) {
    const out = text.split('');
    for (let i = 0; i < text.length; i++) {
        if (text[i] !== ':') continue;
        let j = i + 1;
        while (/\s/.test(text[j] ?? '')) j++;
        if (!/[A-Za-z_]/.test(text[j] ?? '')) continue; // date literal such as LAST_N_DAYS:30
        while (j < text.length) {
            if (/[\w.]/.test(text[j])) {
                j++;
            } else if (text[j] === '(' || text[j] === '[') {
                const open = text[j];
                const close = open === '(' ? ')' : ']';
                let depth = 0;
                for (; j < text.length; j++) {
                    if (text[j] === open) depth++;
                    else if (text[j] === close && --depth === 0) break;
                }
                j++;
            } else break;
        }
        for (let k = i; k < j && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
        i = j - 1;
    }
    return out.join('');
}

/** Inline queries: [SELECT …] and [FIND …] with their offset in the file. */
function inlineQueries(code) {
    const queries = [];
    const start = /\[\s*(SELECT|FIND)\b/gi;
    let m;
    while ((m = start.exec(code))) {
        let depth = 0;
        let end = m.index;
        for (; end < code.length; end++) {
            if (code[end] === '[') depth++;
            else if (code[end] === ']' && --depth === 0) break;
        }
        queries.push({ offset: m.index + 1, text: code.slice(m.index + 1, end) });
        start.lastIndex = end;
    }
    return queries;
}

const TOKEN = /[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*|[(),]/g;
const CLAUSES = new Set([
    'where',
    'with',
    'group',
    'order',
    'limit',
    'offset',
    'for',
    'having',
    'using',
    'update',
    'all'
]);

/**
 * Field references of one SOQL/SOSL query (the text between [ and ], comments and strings already blanked).
 * @returns {Array<{ object: string | null, path: string[], offset: number, error?: string }>}
 */
export function soqlReferences(model, text) {
    const tokens = [];
    let m;
    TOKEN.lastIndex = 0;
    const clean = blankBinds(text);
    while ((m = TOKEN.exec(clean))) tokens.push({ t: m[0], u: m[0].toLowerCase(), offset: m.index });
    const refs = [];
    const matching = (k) => {
        let depth = 0;
        for (let j = k; j < tokens.length; j++) {
            if (tokens[j].t === '(') depth++;
            else if (tokens[j].t === ')' && --depth === 0) return j;
        }
        return tokens.length;
    };
    const isIdent = (tok) => tok && /^[A-Za-z_]/.test(tok.t);

    /** Scans tokens [from, to) that belong to `object`, queueing field references; recurses into subqueries. */
    const scan = (from, to, object, names, selectEnd) => {
        for (let k = from; k < to; k++) {
            const tok = tokens[k];
            if (tok.t === '(' && tokens[k + 1]?.u === 'select') {
                const end = matching(k);
                query(k + 1, end, k < selectEnd ? object : null);
                k = end;
                continue;
            }
            if (tok.u === 'typeof') {
                while (k < to && tokens[k].u !== 'end') k++;
                continue;
            }
            if (tok.u === 'with' && tokens[k + 1]?.u === 'data') {
                while (k + 1 < to && !CLAUSES.has(tokens[k + 1].u)) k++;
                continue;
            }
            if ((tok.u === 'with' || tok.u === 'scope') && isIdent(tokens[k + 1])) {
                k++;
                continue;
            }
            if (!isIdent(tok) || tokens[k + 1]?.t === '(') continue; // punctuation, or a function name
            let segments = tok.t.split('.');
            if (segments.length > 1 && names.has(segments[0].toLowerCase())) segments = segments.slice(1);
            if (!segments.some(isCustomName)) continue;
            refs.push({ object, path: segments, offset: tok.offset });
        }
    };

    /** A SELECT … FROM … query spanning tokens [start, end); `parent` is set for child-relationship subqueries. */
    const query = (start, end, parent) => {
        let depth = 0;
        let from = -1;
        for (let k = start + 1; k < end; k++) {
            if (tokens[k].t === '(') depth++;
            else if (tokens[k].t === ')') depth--;
            else if (depth === 0 && tokens[k].u === 'from') {
                from = k;
                break;
            }
        }
        if (from < 0 || !isIdent(tokens[from + 1])) return;
        const source = tokens[from + 1];
        let object = source.t;
        if (parent) {
            object = model.child(parent, source.t);
            if (!object && /__r$/i.test(source.t)) {
                refs.push({
                    object: null,
                    path: [],
                    offset: source.offset,
                    error: `child relationship ${parent}.${source.t} does not exist in the project.`
                });
            }
        } else if (CUSTOM_OBJECT.test(model.strip(object)) && !model.hasObject(object)) {
            refs.push({
                object: null,
                path: [],
                offset: source.offset,
                error: `object ${object} does not exist in the project.`
            });
            object = null;
        }
        const names = new Set([source.u]);
        const alias = tokens[from + 2];
        if (isIdent(alias) && !CLAUSES.has(alias.u) && !alias.t.includes('.')) names.add(alias.u);
        scan(start + 1, from, object, names, from);
        scan(from + 2 + (names.size > 1 ? 1 : 0), end, object, names, -1);
    };

    if (tokens[0]?.u === 'select') {
        query(0, tokens.length, null);
    } else {
        // SOSL: FIND … RETURNING Obj (fields WHERE …), Obj2, …
        const returning = tokens.findIndex((t) => t.u === 'returning');
        for (let k = returning + 1; returning >= 0 && k < tokens.length; k++) {
            if (!isIdent(tokens[k]) || CLAUSES.has(tokens[k].u)) continue;
            const object = tokens[k].t;
            if (CUSTOM_OBJECT.test(model.strip(object)) && !model.hasObject(object)) {
                refs.push({
                    object: null,
                    path: [],
                    offset: tokens[k].offset,
                    error: `object ${object} does not exist in the project.`
                });
            }
            if (tokens[k + 1]?.t === '(') {
                const end = matching(k + 1);
                scan(k + 2, end, object, new Set([object.toLowerCase()]), end);
                k = end;
            }
        }
    }
    return refs;
}

function apexProblems(root, model, dirs, count) {
    const problems = [];
    for (const file of dirs.flatMap((d) => listFiles(d, (f) => /\.(cls|trigger)$/.test(f)))) {
        const text = readFileSync(file, 'utf8');
        const code = blankCommentsAndStrings(text);
        const lineAt = lineIndex(text);
        const trigger = code.match(/\btrigger\s+\w+\s+on\s+(\w+)/i);
        if (
            file.endsWith('.trigger') &&
            trigger &&
            CUSTOM_OBJECT.test(model.strip(trigger[1])) &&
            !model.hasObject(trigger[1])
        ) {
            problems.push({
                file: rel(root, file),
                line: lineAt(trigger.index),
                rule: 'xref-soql',
                message: `trigger object ${trigger[1]} does not exist in the project.`
            });
        }
        for (const q of inlineQueries(code)) {
            for (const ref of soqlReferences(model, q.text)) {
                count.soql++;
                const message = ref.error ?? checkPath(model, ref.object, ref.path);
                if (message) {
                    problems.push({
                        file: rel(root, file),
                        line: lineAt(q.offset + ref.offset),
                        rule: 'xref-soql',
                        message: `SOQL: ${message}`
                    });
                }
            }
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// (a2) SoqlQuery parts
// ---------------------------------------------------------------------------------------------------------------

const PART_CALL = /\bSoqlQuery\s*\.\s*(fields|condition|sortFields|ordering)\s*\(/g;

async function partProblems(root, model, dirs, count) {
    const apex = await loadApexModel(root);
    const problems = [];
    const declared = new Set();
    for (const cls of apex.classes.values()) {
        for (const f of cls.fields) {
            const q = f.query;
            if (!q) continue;
            declared.add(`${cls.file}:${q.line}`);
            const at = (line, message) =>
                problems.push({
                    file: cls.file,
                    line,
                    rule: 'xref-soql-part',
                    message: `${cls.name}.${f.name}: ${message}`
                });
            if (!q.constant) at(q.line, 'declare a query part as a static final constant, so the checks read it.');
            if (q.opaque)
                at(
                    q.line,
                    'a query part is made of string literals only (and the object as Obj.SObjectType), so the checks read it.'
                );
            for (const e of q.errors) at(q.line, `its SOQL does not parse: ${e}`);
            q.fields.forEach((field, i) => {
                count.part++;
                const message = checkPath(model, q.object, field.split('.'));
                if (message) at(q.fieldLines[i], `SOQL: ${message}`);
            });
        }
    }
    for (const file of dirs.flatMap((d) => listFiles(d, (x) => x.endsWith('.cls')))) {
        const text = readFileSync(file, 'utf8');
        const code = blankCommentsAndStrings(text);
        const lineAt = lineIndex(text);
        for (const m of code.matchAll(PART_CALL)) {
            const line = lineAt(m.index);
            if (!declared.has(`${rel(root, file)}:${line}`)) {
                problems.push({
                    file: rel(root, file),
                    line,
                    rule: 'xref-soql-part',
                    message: `SoqlQuery.${m[1]} outside a field initialiser: declare query parts as static final constants of the class, so the checks read their fields.`
                });
            }
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// (b) LWC schema imports
// ---------------------------------------------------------------------------------------------------------------

function lwcProblems(root, model, dirs, count) {
    const problems = [];
    const sources = dirs.flatMap((d) =>
        listFiles(d, (f) => /[\\/]lwc[\\/]/.test(f) && /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    );
    for (const file of sources) {
        if (file.endsWith('.js') && existsSync(file.replace(/\.js$/, '.ts'))) continue; // build output of the .ts
        const text = readFileSync(file, 'utf8');
        const lineAt = lineIndex(text);
        for (const imp of ts.preProcessFile(text, true, true).importedFiles) {
            if (!imp.fileName.startsWith('@salesforce/schema/')) continue;
            count.lwc++;
            const [object, ...fieldPath] = imp.fileName.slice('@salesforce/schema/'.length).split('.');
            const message =
                CUSTOM_OBJECT.test(model.strip(object)) && !model.hasObject(object)
                    ? `object ${object} does not exist in the project.`
                    : checkPath(model, object, fieldPath);
            if (message) {
                problems.push({
                    file: rel(root, file),
                    line: lineAt(imp.pos),
                    rule: 'xref-lwc',
                    message: `import '${imp.fileName}': ${message}`
                });
            }
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// (c)–(f) metadata XML
// ---------------------------------------------------------------------------------------------------------------

/** Elements reached by a path of child element names from `el`. */
function select(el, ...names) {
    let current = [el];
    for (const name of names) current = current.flatMap((e) => childElements(e, name));
    return current;
}

/** Resolves a report type table (Base or Base.ChildRelationship…) to an object. */
function resolveTable(model, table) {
    const [base, ...relationships] = table.split('.');
    let object = base;
    for (const r of relationships) {
        const child = model.child(object, r);
        if (!child)
            return {
                object: null,
                error: /__r$/i.test(r) ? `relationship ${object}.${r} does not exist in the project.` : null
            };
        object = child;
    }
    return { object, error: null };
}

/** Splits a report column into object and field path, or null when it is a standard column token (CUST_NAME…). */
function reportColumn(model, value) {
    const text = value.replace(/^FK_\$?/, '');
    const dollar = text.lastIndexOf('$');
    if (dollar > 0) {
        const { object, error } = resolveTable(model, text.slice(0, dollar));
        return { object, path: text.slice(dollar + 1).split('.'), error };
    }
    const segments = text.split('.');
    if (segments.length < 2) return null;
    const first = segments[0];
    if (model.hasObject(first) || CUSTOM_OBJECT.test(model.strip(first)) || /^(activity|event|task)$/i.test(first)) {
        return { object: first, path: segments.slice(1), error: null };
    }
    return null;
}

function xmlProblems(root, model, source, count, classes) {
    const problems = [];
    const files = source.dirs.flatMap((d) =>
        listFiles(d, (f) => f.endsWith('-meta.xml') && !source.forceIgnore.denies(f))
    );
    const reportTypes = new Set(
        files
            .filter((f) => f.endsWith('.reportType-meta.xml'))
            .map((f) => path.basename(f, '.reportType-meta.xml').toLowerCase())
    );
    const permissionSets = [];
    for (const abs of files) {
        const name = path.basename(abs);
        const kind = name.match(/\.(layout|report|reportType|listView|permissionset)-meta\.xml$/)?.[1];
        if (!kind) continue;
        const doc = parseXml(readFileSync(abs, 'utf8')).doc;
        const top = doc?.documentElement;
        if (!top) continue; // metadata-schema reports unparsable XML
        const file = rel(root, abs);
        const check = (el, object, segments, rule, what, error = null) => {
            count[rule]++;
            const message = error ?? checkPath(model, object, segments);
            if (message)
                problems.push({ file, line: el.lineNumber, rule: `xref-${rule}`, message: `${what}: ${message}` });
        };
        if (kind === 'layout') {
            const object = model.strip(name.slice(0, name.indexOf('-')));
            for (const el of select(top, 'layoutSections', 'layoutColumns', 'layoutItems', 'field')) {
                check(el, object, el.textContent.trim().split('.'), 'layout', `layout field ${el.textContent.trim()}`);
            }
        } else if (kind === 'listView') {
            const parts = abs.split(path.sep);
            const object = parts[parts.lastIndexOf('objects') + 1];
            for (const el of [...select(top, 'columns'), ...select(top, 'filters', 'field')]) {
                const value = el.textContent.trim();
                const segments = value.split('.');
                const qualified = segments.length > 1 && model.hasObject(segments[0]);
                check(
                    el,
                    qualified ? segments[0] : object,
                    qualified ? segments.slice(1) : segments,
                    'listView',
                    `list view column ${value}`
                );
            }
        } else if (kind === 'report') {
            const reportType = childText(top, 'reportType');
            if (
                /^\w+__c$/i.test(reportType) &&
                !reportTypes.has(model.strip(reportType).replace(/__c$/i, '').toLowerCase())
            ) {
                const el = childElements(top, 'reportType')[0];
                problems.push({
                    file,
                    line: el.lineNumber,
                    rule: 'xref-report',
                    message: `report type ${reportType} does not exist in the project.`
                });
            }
            const standardEntity = reportType.match(/^CustomEntity\$(\w+)$/)?.[1];
            if (standardEntity && CUSTOM_OBJECT.test(model.strip(standardEntity)) && !model.hasObject(standardEntity)) {
                const el = childElements(top, 'reportType')[0];
                problems.push({
                    file,
                    line: el.lineNumber,
                    rule: 'xref-report',
                    message: `report type ${reportType}: object ${standardEntity} does not exist in the project.`
                });
            }
            const columns = [
                ...select(top, 'columns', 'field'),
                ...select(top, 'groupingsDown', 'field'),
                ...select(top, 'groupingsAcross', 'field'),
                ...select(top, 'filter', 'criteriaItems', 'column'),
                ...select(top, 'sortColumn'),
                ...select(top, 'timeFrameFilter', 'dateColumn')
            ];
            for (const el of columns) {
                const value = el.textContent.trim();
                const column = reportColumn(model, value);
                if (column && (column.error || column.path.some(isCustomName))) {
                    check(el, column.object, column.path, 'report', `report column ${value}`, column.error);
                }
            }
        } else if (kind === 'reportType') {
            const baseEl = childElements(top, 'baseObject')[0];
            const base = baseEl?.textContent.trim() ?? '';
            if (baseEl && CUSTOM_OBJECT.test(model.strip(base)) && !model.hasObject(base)) {
                problems.push({
                    file,
                    line: baseEl.lineNumber,
                    rule: 'xref-report',
                    message: `base object ${base} does not exist in the project.`
                });
            }
            for (const col of select(top, 'sections', 'columns')) {
                const fieldEl = childElements(col, 'field')[0];
                const table = childText(col, 'table') || base;
                if (!fieldEl) continue;
                const { object, error } = resolveTable(model, table);
                const value = fieldEl.textContent.trim();
                check(fieldEl, object, value.split('.'), 'report', `report type column ${table}.${value}`, error);
            }
        } else if (kind === 'permissionset') {
            permissionSets.push({ file, top });
            for (const fp of select(top, 'fieldPermissions')) {
                const el = childElements(fp, 'field')[0];
                if (!el) continue;
                const value = el.textContent.trim();
                const [object, ...segments] = value.split('.');
                if (/^activity$/i.test(object)) {
                    count.permissionSet++;
                    problems.push({
                        file,
                        line: el.lineNumber,
                        rule: 'xref-permissionset',
                        message: `${value}: Activity custom fields are granted per object; write Event.${segments.join('.')} and/or Task.${segments.join('.')}.`
                    });
                    continue;
                }
                check(el, object, segments, 'permissionSet', `field permission ${value}`);
                const field = model.field(object, segments.join('.'));
                if (field && (field.required || field.type === 'MasterDetail')) {
                    problems.push({
                        file,
                        line: el.lineNumber,
                        rule: 'xref-permissionset',
                        message: `${value} is ${field.required ? 'required' : 'a master-detail field'}: it has no field-level security, so the platform rejects a fieldPermissions entry for it.`
                    });
                }
                if (childText(fp, 'editable') === 'true' && childText(fp, 'readable') !== 'true') {
                    problems.push({
                        file,
                        line: el.lineNumber,
                        rule: 'xref-permissionset',
                        message: `${value} is editable but not readable; edit access needs read access.`
                    });
                }
            }
            for (const el of select(top, 'objectPermissions', 'object')) {
                const object = el.textContent.trim();
                count.permissionSet++;
                if (CUSTOM_OBJECT.test(model.strip(object)) && !model.hasObject(object)) {
                    problems.push({
                        file,
                        line: el.lineNumber,
                        rule: 'xref-permissionset',
                        message: `object permission ${object}: object ${object} does not exist in the project.`
                    });
                }
            }
            for (const el of select(top, 'classAccesses', 'apexClass')) {
                const cls = el.textContent.trim();
                count.permissionSet++;
                if (!classes.has(model.strip(cls).toLowerCase())) {
                    problems.push({
                        file,
                        line: el.lineNumber,
                        rule: 'xref-permissionset',
                        message: `class access ${cls}: Apex class ${cls} does not exist in the project.`
                    });
                }
            }
        }
    }
    problems.push(...permissionSetCompleteness(model, permissionSets));
    problems.push(...linkedMetadataProblems(root, model, files, count));
    return { problems, permissionSets: permissionSets.length };
}

// ---------------------------------------------------------------------------------------------------------------
// (g)–(j) references between metadata components
// ---------------------------------------------------------------------------------------------------------------

const REPORT_COLUMN_PATHS = [
    ['columns', 'field'],
    ['groupingsDown', 'field'],
    ['groupingsAcross', 'field'],
    ['filter', 'criteriaItems', 'column'],
    ['sortColumn'],
    ['timeFrameFilter', 'dateColumn'],
    ['chart', 'groupingColumn'],
    ['chart', 'secondaryGroupingColumn'],
    ['chart', 'chartSummaries', 'column']
];

/** Every element of `el` (at any depth) with the local name `name`. */
const descendants = (el, name) => Array.from(el.getElementsByTagNameNS('*', name));

/**
 * References from one component to another that the deployment resolves, checked against the project:
 *  (g) a report on one of the project's custom report types uses only columns that report type offers
 *      (`Table$Field` of its sections);
 *  (h) a dashboard component's report (`Folder/DeveloperName`) exists, its grouping columns are groupings of that
 *      report, and its chart summary is RowCount or a column of the report summarised the same way;
 *  (i) a FlexiPage component without a platform namespace (bare, `c:` or the project namespace) is an exposed LWC
 *      bundle of the project whose targets include the page type, and, for a record page, whose target
 *      configuration (when it lists objects) names the page's object;
 *  (j) layouts: related lists `Child__c.Lookup__c` (the child object and a lookup from it to the layout's object)
 *      with their custom columns, object-specific quick actions (`Object.Name`, a quickAction file), custom
 *      buttons (a webLink of the layout's object) and Visualforce pages.
 */
function linkedMetadataProblems(root, model, files, count) {
    const problems = [];
    const lower = (s) => model.strip(s).toLowerCase();
    const docs = new Map();
    const docOf = (abs) => {
        if (!docs.has(abs)) docs.set(abs, parseXml(readFileSync(abs, 'utf8')).doc?.documentElement ?? null);
        return docs.get(abs);
    };
    const textOf = (el) => el.textContent.trim();
    const add = (file, el, rule, message) => problems.push({ file, line: el?.lineNumber ?? 1, rule, message });

    // Report types: name -> Set of "table$field" they offer.
    const reportTypes = new Map();
    for (const abs of files.filter((f) => f.endsWith('.reportType-meta.xml'))) {
        const top = docOf(abs);
        if (!top) continue;
        const base = childText(top, 'baseObject');
        const offered = new Set();
        for (const col of select(top, 'sections', 'columns')) {
            offered.add(`${lower(childText(col, 'table') || base)}$${lower(childText(col, 'field'))}`);
        }
        reportTypes.set(lower(path.basename(abs, '.reportType-meta.xml')), { file: rel(root, abs), offered });
    }

    // Reports: "Folder/Name" (lower case) -> columns, groupings and summaries.
    const reports = new Map();
    for (const abs of files.filter((f) => f.endsWith('.report-meta.xml'))) {
        const top = docOf(abs);
        if (!top) continue;
        const file = rel(root, abs);
        const key = `${path.basename(path.dirname(abs))}/${path.basename(abs, '.report-meta.xml')}`.toLowerCase();
        const columns = new Map();
        for (const col of select(top, 'columns')) {
            const field = childText(col, 'field');
            if (field)
                columns.set(
                    lower(field),
                    childElements(col, 'aggregateTypes').map((a) => textOf(a).toLowerCase())
                );
        }
        const groupings = new Set(
            [...select(top, 'groupingsDown', 'field'), ...select(top, 'groupingsAcross', 'field')].map((el) =>
                lower(textOf(el))
            )
        );
        reports.set(key, { file, columns, groupings });
        const chartProblem = (what, el, message) =>
            add(file, el, 'xref-report', `report chart ${what} ${textOf(el)}: ${message}`);
        for (const el of [
            ...select(top, 'chart', 'groupingColumn'),
            ...select(top, 'chart', 'secondaryGroupingColumn')
        ]) {
            count.report++;
            if (!groupings.has(lower(textOf(el)))) chartProblem('grouping', el, 'not a grouping of this report.');
        }
        for (const summary of select(top, 'chart', 'chartSummaries')) {
            const el = childElements(summary, 'column')[0];
            if (!el || textOf(el) === 'RowCount') continue;
            count.report++;
            const aggregates = columns.get(lower(textOf(el)));
            const aggregate = childText(summary, 'aggregate').toLowerCase();
            if (!aggregates) chartProblem('summary', el, 'not a column of this report.');
            else if (aggregate && !aggregates.includes(aggregate))
                chartProblem(
                    'summary',
                    el,
                    `the column is not summarised as ${childText(summary, 'aggregate')} (aggregateTypes ${aggregates.join(', ') || 'none'}).`
                );
        }
        const reportType = childText(top, 'reportType');
        const type = /^\w+__c$/i.test(reportType) ? reportTypes.get(lower(reportType).replace(/__c$/, '')) : null;
        if (!type) continue;
        for (const segments of REPORT_COLUMN_PATHS) {
            for (const el of select(top, ...segments)) {
                const value = textOf(el);
                if (!value.includes('$')) continue; // RowCount, standard tokens
                count.report++;
                const [table, field] = value.split('$');
                if (!type.offered.has(`${lower(table)}$${lower(field)}`)) {
                    add(
                        file,
                        el,
                        'xref-report',
                        `report column ${value} is not offered by report type ${reportType} (${type.file}); add it to a section of the report type or use one of its columns.`
                    );
                }
            }
        }
    }

    // (h) dashboards
    for (const abs of files.filter((f) => f.endsWith('.dashboard-meta.xml'))) {
        const top = docOf(abs);
        if (!top) continue;
        const file = rel(root, abs);
        for (const component of descendants(top, 'dashboardComponent').concat(descendants(top, 'components'))) {
            const reportEl = childElements(component, 'report')[0];
            if (!reportEl) continue;
            count.dashboard++;
            const name = textOf(reportEl);
            const report = reports.get(name.toLowerCase());
            if (!report) {
                add(
                    file,
                    reportEl,
                    'xref-dashboard',
                    `dashboard component report ${name} does not exist in the project (reports/<Folder>/<Name>.report-meta.xml).`
                );
                continue;
            }
            for (const el of childElements(component, 'groupingColumn')) {
                count.dashboard++;
                if (!report.groupings.has(lower(textOf(el)))) {
                    add(
                        file,
                        el,
                        'xref-dashboard',
                        `grouping column ${textOf(el)} is not a grouping of report ${name} (${report.file}).`
                    );
                }
            }
            for (const summary of childElements(component, 'chartSummary')) {
                const el = childElements(summary, 'column')[0];
                if (!el || textOf(el) === 'RowCount') continue;
                count.dashboard++;
                const aggregates = report.columns.get(lower(textOf(el)));
                const aggregate = childText(summary, 'aggregate').toLowerCase();
                if (!aggregates) {
                    add(
                        file,
                        el,
                        'xref-dashboard',
                        `chart summary column ${textOf(el)} is not a column of report ${name} (${report.file}).`
                    );
                } else if (aggregate && !aggregates.includes(aggregate)) {
                    add(
                        file,
                        el,
                        'xref-dashboard',
                        `chart summary ${childText(summary, 'aggregate')} of ${textOf(el)}: report ${name} (${report.file}) does not summarise that column that way (aggregateTypes ${aggregates.join(', ') || 'none'}).`
                    );
                }
            }
        }
    }

    // (i) FlexiPages -> LWC bundles
    const bundles = new Map();
    for (const abs of files.filter((f) => f.endsWith('.js-meta.xml') && /[\\/]lwc[\\/]/.test(f))) {
        const top = docOf(abs);
        if (!top) continue;
        const targets = select(top, 'targets', 'target').map(textOf);
        const objectsByTarget = new Map();
        for (const config of select(top, 'targetConfigs')
            .flatMap((c) => Array.from(c.childNodes))
            .filter((n) => n.nodeType === 1 && n.localName === 'targetConfig')) {
            const objects = select(config, 'objects', 'object').map((el) => lower(textOf(el)));
            for (const target of (config.getAttribute('targets') ?? '').split(',').map((t) => t.trim())) {
                if (objects.length) objectsByTarget.set(target, objects);
            }
        }
        bundles.set(path.basename(abs, '.js-meta.xml').toLowerCase(), {
            file: rel(root, abs),
            exposed: childText(top, 'isExposed') === 'true',
            targets,
            objectsByTarget
        });
    }
    const PAGE_TARGETS = {
        RecordPage: 'lightning__RecordPage',
        AppPage: 'lightning__AppPage',
        HomePage: 'lightning__HomePage'
    };
    const namespace = (model.namespace ?? '').toLowerCase();
    for (const abs of files.filter((f) => f.endsWith('.flexipage-meta.xml'))) {
        const top = docOf(abs);
        if (!top) continue;
        const file = rel(root, abs);
        const target = PAGE_TARGETS[childText(top, 'type')];
        const sobject = childText(top, 'sobjectType');
        for (const el of descendants(top, 'componentName')) {
            const value = textOf(el);
            const [ns, name] = value.includes(':') ? value.split(':') : ['c', value];
            if (ns.toLowerCase() !== 'c' && ns.toLowerCase() !== namespace) continue; // platform component
            count.flexipage++;
            const bundle = bundles.get(name.toLowerCase());
            const what = `FlexiPage component ${value}`;
            if (!bundle) {
                add(
                    file,
                    el,
                    'xref-flexipage',
                    `${what}: the project has no LWC bundle ${name} (lwc/${name}/${name}.js-meta.xml).`
                );
            } else if (!bundle.exposed) {
                add(
                    file,
                    el,
                    'xref-flexipage',
                    `${what}: ${bundle.file} is not exposed (isExposed true is needed to place it on a page).`
                );
            } else if (target && !bundle.targets.includes(target)) {
                add(file, el, 'xref-flexipage', `${what}: ${bundle.file} has no target ${target}.`);
            } else if (
                target &&
                sobject &&
                bundle.objectsByTarget.get(target) &&
                !bundle.objectsByTarget.get(target).includes(lower(sobject))
            ) {
                add(
                    file,
                    el,
                    'xref-flexipage',
                    `${what}: ${bundle.file} limits ${target} to ${bundle.objectsByTarget.get(target).join(', ')}, not ${sobject}.`
                );
            }
        }
    }

    // (j) layouts -> related lists, quick actions, custom buttons, Visualforce pages
    const named = (suffix) =>
        new Set(files.filter((f) => f.endsWith(suffix)).map((f) => path.basename(f, suffix).toLowerCase()));
    const quickActions = named('.quickAction-meta.xml');
    const pages = named('.page-meta.xml');
    const webLinks = new Set(
        files
            .filter((f) => f.endsWith('.webLink-meta.xml'))
            .map((f) => {
                const parts = f.split(path.sep);
                return `${lower(parts[parts.lastIndexOf('objects') + 1])}.${path.basename(f, '.webLink-meta.xml').toLowerCase()}`;
            })
    );
    for (const abs of files.filter((f) => f.endsWith('.layout-meta.xml'))) {
        const top = docOf(abs);
        if (!top) continue;
        const file = rel(root, abs);
        const base = path.basename(abs);
        const object = model.strip(base.slice(0, base.indexOf('-')));
        for (const list of select(top, 'relatedLists')) {
            const el = childElements(list, 'relatedList')[0];
            const value = el ? textOf(el) : '';
            const [child, lookup] = value.split('.');
            if (!lookup || !(isCustomName(child) || isCustomName(lookup))) continue; // RelatedActivityList, …
            count.layout++;
            const field = model.field(child, lookup);
            if (CUSTOM_OBJECT.test(model.strip(child)) && !model.hasObject(child)) {
                add(file, el, 'xref-layout', `related list ${value}: object ${child} does not exist in the project.`);
                continue;
            }
            if (isCustomName(lookup) && !field) {
                add(
                    file,
                    el,
                    'xref-layout',
                    `related list ${value}: field ${child}.${lookup} does not exist in the project.`
                );
                continue;
            }
            if (field && lower(field.referenceTo) !== lower(object)) {
                add(
                    file,
                    el,
                    'xref-layout',
                    `related list ${value}: ${child}.${lookup} looks up ${field.referenceTo || 'nothing'}, not ${object}.`
                );
            }
            for (const col of childElements(list, 'fields')) {
                const name = textOf(col);
                if (!isCustomName(name)) continue;
                count.layout++;
                const message = checkPath(model, child, name.split('.'));
                if (message) add(file, col, 'xref-layout', `related list ${value} column ${name}: ${message}`);
            }
        }
        const actions = [
            ...select(top, 'platformActionList', 'platformActionListItems')
                .filter((item) => childText(item, 'actionType') === 'QuickAction')
                .map((item) => childElements(item, 'actionName')[0]),
            ...select(top, 'quickActionList', 'quickActionListItems', 'quickActionName')
        ].filter(Boolean);
        for (const el of actions) {
            const value = textOf(el);
            const [prefix, name] = value.split('.');
            if (!name || /^(feeditem|global)$/i.test(prefix) || !isCustomNameOrProjectAction(name)) continue;
            count.layout++;
            if (!quickActions.has(`${lower(prefix)}.${name.toLowerCase()}`)) {
                add(
                    file,
                    el,
                    'xref-layout',
                    `quick action ${value} does not exist in the project (quickActions/${value}.quickAction-meta.xml).`
                );
            }
        }
        const buttons = [
            ...select(top, 'customButtons'),
            ...select(top, 'platformActionList', 'platformActionListItems')
                .filter((item) => childText(item, 'actionType') === 'CustomButton')
                .map((item) => childElements(item, 'actionName')[0])
                .filter(Boolean)
        ];
        for (const el of buttons) {
            count.layout++;
            if (!webLinks.has(`${lower(object)}.${textOf(el).toLowerCase()}`)) {
                add(
                    file,
                    el,
                    'xref-layout',
                    `custom button ${textOf(el)} does not exist in the project (objects/${object}/webLinks/${textOf(el)}.webLink-meta.xml).`
                );
            }
        }
        for (const el of select(top, 'layoutSections', 'layoutColumns', 'layoutItems', 'page')) {
            count.layout++;
            if (!pages.has(textOf(el).toLowerCase())) {
                add(
                    file,
                    el,
                    'xref-layout',
                    `Visualforce page ${textOf(el)} does not exist in the project (pages/${textOf(el)}.page).`
                );
            }
        }
    }
    return problems;
}

/** Standard object-specific quick actions (Task.UpdateStatus, Contact.EditRecordAction) have no underscore. */
const isCustomNameOrProjectAction = (name) => name.includes('_');

/** Every object a permission set opens must have an explicit field-permission decision for each custom field. */
function permissionSetCompleteness(model, permissionSets) {
    const problems = [];
    for (const { file, top } of permissionSets) {
        const listed = new Set(
            select(top, 'fieldPermissions', 'field').map((el) => model.strip(el.textContent.trim()).toLowerCase())
        );
        const listedKey = (object, field) => `${model.strip(object)}.${model.strip(field)}`.toLowerCase();
        const scopes = new Map(); // object (lower case) -> { object, el, why }
        for (const op of select(top, 'objectPermissions')) {
            const el = childElements(op, 'object')[0];
            if (!el || childText(op, 'allowRead') !== 'true') continue;
            const object = el.textContent.trim();
            const info = model.object(object);
            if (info?.settings || /__mdt$/i.test(object)) continue; // custom settings and metadata have no FLS
            scopes.set(model.strip(object).toLowerCase(), { object, el, why: `grants read on ${object}` });
        }
        for (const el of select(top, 'fieldPermissions', 'field')) {
            const object = el.textContent.trim().split('.')[0];
            if (CUSTOM_OBJECT.test(model.strip(object)) || /^activity$/i.test(object)) continue;
            const key = model.strip(object).toLowerCase();
            if (!scopes.has(key)) scopes.set(key, { object, el, why: `sets field permissions on ${object}` });
        }
        for (const { object, el, why } of scopes.values()) {
            for (const field of model.fields(object)) {
                if (field.required || field.type === 'MasterDetail') continue;
                if (listed.has(listedKey(object, field.name))) continue;
                problems.push({
                    file,
                    line: el.lineNumber,
                    rule: 'xref-permissionset-complete',
                    message: `${why} but has no fieldPermissions entry for ${model.strip(object)}.${field.name} (${field.file}); add one with readable true or false.`
                });
            }
        }
    }
    return problems;
}

/**
 * Runs every cross-reference check.
 * @param {{ root?: string }} [options]
 * @returns {Promise<{ problems: Array<{file: string, line?: number, message: string, rule?: string}>, summary: string }>}
 */
export async function run({ root = ROOT } = {}) {
    root = path.resolve(root);
    const source = resolveSource(root);
    const model = readModel(root, source);
    const classes = new Set(
        source.dirs
            .flatMap((d) => listFiles(d, (f) => f.endsWith('.cls')))
            .map((f) => path.basename(f, '.cls').toLowerCase())
    );
    const count = {
        soql: 0,
        part: 0,
        lwc: 0,
        layout: 0,
        report: 0,
        listView: 0,
        permissionSet: 0,
        dashboard: 0,
        flexipage: 0
    };
    const problems = [
        ...apexProblems(root, model, source.dirs, count),
        ...(await partProblems(root, model, source.dirs, count)),
        ...lwcProblems(root, model, source.dirs, count)
    ];
    const xml = xmlProblems(root, model, source, count, classes);
    problems.push(...xml.problems);
    const fields = [...model.objects.values()].reduce((n, o) => n + o.fields.size, 0);
    const total = Object.values(count).reduce((a, b) => a + b, 0);
    return {
        problems,
        summary:
            `${total} references checked against ${fields} custom fields of ${model.objects.size} objects ` +
            `(SOQL ${count.soql}, SoqlQuery parts ${count.part}, LWC schema ${count.lwc}, layouts ${count.layout}, reports ${count.report}, ` +
            `list views ${count.listView}, permission sets ${count.permissionSet}, dashboards ${count.dashboard}, ` +
            `FlexiPages ${count.flexipage}); ` +
            `${xml.permissionSets} permission sets cover every custom field of the objects they open`
    };
}

await runIfMain(import.meta.url, run);
