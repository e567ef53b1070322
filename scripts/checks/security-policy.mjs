// Security policy (issue #11 item 8): the permission sets, object metadata and page layouts are held to the table
// config/security-policy.json.
//  - identity-edit    a permission set makes an identity field editable that its `mayEdit` does not list (reported
//                     at the <field> line of the permission set);
//  - sharing          an object's sharingModel/externalSharingModel differs from the table (at the element, or the
//                     object's first line when the element is missing);
//  - read-only-object a permission set grants Create, Edit, Delete or Modify All on a read-only object (at the
//                     element);
//  - no-modify-all    a permission set holds Modify All on an object no one may modify all (at the element);
//  - record-access    a permission set holds View All / Modify All its table entry does not list (at the element),
//                     or the table lists one the set does not hold (at the table line: the table documents the sets);
//  - no-read          a permission set grants Read on an object its table entry lists under `noRead` (at the element);
//  - shared-writer    a non-rep permission set (its jobs and admin actions update rows other users own, in user mode)
//                     grants Edit on an object whose sharing is Read or Private without Modify All on it: with that
//                     sharing a user edits only the rows it owns, so the update fails on every other row (at the
//                     allowEdit element);
//  - layout-edit      a page layout under force-app/main/*/layouts shows an identity field that a rep permission
//                     set cannot edit with behavior Edit or Required (at the <behavior> line);
//  - table            the table names a field, object or permission set the project does not have, an entry has no
//                     reason, or a permission set of the project is missing from it (at the table line).
// `Object.*` in the table means every custom field of that object, so a new field is covered when it is added.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Security policy (identity fields, fixed sharing, read-only logs, View/Modify All)';

export const POLICY_FILE = 'config/security-policy.json';
const SETS_DIR = 'force-app/main/core/permissionsets';

const lc = (s) => String(s ?? '').toLowerCase();
const strip = (s) => String(s ?? '').replace(/zoomsf__/gi, '');

/** Custom fields per object (Activity fields count for Event and Task): Map<lower object, {name, fields: Set<name>}>. */
function readFields(root) {
    const objects = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.field-meta.xml'))) {
        const objectName = path.basename(path.dirname(path.dirname(file)));
        const field = path.basename(file, '.field-meta.xml');
        for (const o of objectName === 'Activity' ? ['Event', 'Task'] : [objectName]) {
            if (!objects.has(lc(o))) objects.set(lc(o), { name: o, fields: new Set() });
            objects.get(lc(o)).fields.add(field);
        }
    }
    return objects;
}

/** Every `<tag>…</tag>` block of `text` with the offset of its body. */
function blocks(text, tag) {
    const out = [];
    const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
    for (const m of text.matchAll(re)) out.push({ body: m[1], offset: m.index + tag.length + 2 });
    return out;
}

/** Value and line of `<name>` inside a block (null when absent). */
function element(text, block, name) {
    const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(block.body);
    return m ? { value: m[1].trim(), line: lineAt(text, block.offset + m.index) } : null;
}

/** One permission set: field permissions and object permissions with the lines of their elements. */
function readPermissionSet(file) {
    const text = readFileSync(file, 'utf8');
    const fields = [];
    for (const b of blocks(text, 'fieldPermissions')) {
        const field = element(text, b, 'field');
        if (!field) continue;
        fields.push({
            field: strip(field.value),
            line: field.line,
            editable: element(text, b, 'editable')?.value === 'true',
            editableLine: element(text, b, 'editable')?.line ?? field.line
        });
    }
    const objects = [];
    for (const b of blocks(text, 'objectPermissions')) {
        const object = element(text, b, 'object');
        if (!object) continue;
        const grant = {};
        for (const key of [
            'allowRead',
            'allowCreate',
            'allowEdit',
            'allowDelete',
            'viewAllRecords',
            'modifyAllRecords'
        ]) {
            const e = element(text, b, key);
            grant[key] = { on: e?.value === 'true', line: e?.line ?? object.line };
        }
        objects.push({ object: strip(object.value), line: object.line, grant });
    }
    return { name: path.basename(file, '.permissionset-meta.xml'), fields, objects };
}

/** Line of the first line of `text` containing `needle` after the first line containing `after` (1 when absent). */
function tableLine(text, needle, after) {
    const lines = text.split('\n');
    let from = 0;
    if (after) {
        const i = lines.findIndex((l) => l.includes(after));
        if (i >= 0) from = i;
    }
    const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
    return i < 0 ? 1 : i + 1;
}

/** @returns {Promise<{problems: Array<{file: string, line: number, rule: string, message: string}>, summary: string}>} */
export async function run({ root = ROOT } = {}) {
    const problems = [];
    const policyPath = path.join(root, POLICY_FILE);
    if (!existsSync(policyPath)) {
        return {
            problems: [{ file: POLICY_FILE, line: 1, rule: 'table', message: 'the policy table is missing' }],
            summary: ''
        };
    }
    const policyText = readFileSync(policyPath, 'utf8');
    let policy;
    try {
        policy = JSON.parse(policyText);
    } catch (e) {
        return {
            problems: [{ file: POLICY_FILE, line: 1, rule: 'table', message: `not JSON: ${e.message}` }],
            summary: ''
        };
    }
    const tableProblem = (needle, message, after) =>
        problems.push({ file: POLICY_FILE, line: tableLine(policyText, needle, after), rule: 'table', message });
    const catalog = readFields(root);

    // The identity fields, expanded (`Object.*` = every custom field of the object).
    const expand = (entry, where) => {
        const [object, field] = String(entry).split('.');
        const o = catalog.get(lc(object));
        if (field === '*') {
            if (!o)
                tableProblem(`"${entry}"`, `${where} names object ${object}, which has no custom field in force-app`);
            return o ? [...o.fields].map((f) => `${o.name}.${f}`) : [];
        }
        const known = o && [...o.fields].find((f) => lc(f) === lc(field));
        if (!known) {
            tableProblem(`"${entry}"`, `${where} names ${entry}, which is not a custom field in force-app`);
            return [];
        }
        return [`${o.name}.${known}`];
    };
    const identity = new Map(); // lower field -> {field, reason}
    for (const entry of policy.identityFields ?? []) {
        if (!String(entry.reason ?? '').trim())
            tableProblem(`"${entry.field}"`, `identity field ${entry.field} has no reason`);
        for (const f of expand(entry.field, 'identityFields')) identity.set(lc(f), { field: f, reason: entry.reason });
    }

    // Permission sets: each one of the project is in the table and the other way round.
    const setFiles = listFiles(path.join(root, SETS_DIR), (f) => f.endsWith('.permissionset-meta.xml'));
    const sets = setFiles.map((f) => ({ file: rel(root, f), ...readPermissionSet(f) }));
    const table = policy.permissionSets ?? {};
    for (const name of Object.keys(table)) {
        if (!sets.some((s) => s.name === name)) {
            tableProblem(`"${name}"`, `permissionSets names ${name}, which is not a permission set of ${SETS_DIR}`);
        }
        if (!String(table[name].reason ?? '').trim()) tableProblem(`"${name}"`, `permission set ${name} has no reason`);
    }
    const readOnly = new Map((policy.readOnlyObjects ?? []).map((o) => [lc(o.object), o]));
    const noModifyAll = new Map((policy.noModifyAll ?? []).map((o) => [lc(o.object), o]));
    for (const [list, key] of [
        [policy.readOnlyObjects, 'readOnlyObjects'],
        [policy.noModifyAll, 'noModifyAll'],
        [policy.sharing, 'sharing']
    ]) {
        for (const o of list ?? []) {
            if (!String(o.reason ?? '').trim())
                tableProblem(`"${o.object}"`, `${key} entry ${o.object} has no reason`, `"${key}"`);
        }
    }

    // Org-wide default of each custom object of the project (lower-case name → sharingModel).
    const sharingOf = new Map();
    for (const f of listFiles(path.join(root, 'force-app'), (x) => x.endsWith('.object-meta.xml'))) {
        const m = /<sharingModel>([^<]*)<\/sharingModel>/.exec(readFileSync(f, 'utf8'));
        if (m) sharingOf.set(lc(path.basename(f, '.object-meta.xml')), m[1].trim());
    }

    const repCannotEdit = new Set(identity.keys()); // identity fields no rep set may edit (narrowed below)
    let fieldGrants = 0;
    for (const set of sets) {
        const entry = table[set.name];
        if (!entry) {
            problems.push({
                file: set.file,
                line: 1,
                rule: 'table',
                message: `${set.name} is not in ${POLICY_FILE} (permissionSets): say which identity fields it may edit and which View All / Modify All it holds`
            });
            continue;
        }
        const mayEdit = new Set();
        for (const f of entry.mayEdit ?? []) {
            for (const x of expand(f, `permissionSets.${set.name}.mayEdit`)) {
                if (!identity.has(lc(x))) {
                    tableProblem(
                        `"${f}"`,
                        `${set.name} mayEdit lists ${x}, which is not an identity field`,
                        `"${set.name}"`
                    );
                }
                mayEdit.add(lc(x));
            }
        }
        if (entry.rep) for (const f of mayEdit) repCannotEdit.delete(f);
        for (const fp of set.fields) {
            const id = identity.get(lc(fp.field));
            if (!id || !fp.editable) continue;
            fieldGrants++;
            if (!mayEdit.has(lc(fp.field))) {
                problems.push({
                    file: set.file,
                    line: fp.editableLine,
                    rule: 'identity-edit',
                    message: `${set.name} makes identity field ${fp.field} editable, which ${POLICY_FILE} does not allow it (${id.reason})`
                });
            }
        }
        // Object permissions.
        const listed = {
            viewAllRecords: new Set((entry.viewAll ?? []).map(lc)),
            modifyAllRecords: new Set((entry.modifyAll ?? []).map(lc))
        };
        const noRead = new Set((entry.noRead ?? []).map(lc));
        for (const op of set.objects) {
            if (noRead.has(lc(op.object)) && op.grant.allowRead.on) {
                problems.push({
                    file: set.file,
                    line: op.grant.allowRead.line,
                    rule: 'no-read',
                    message: `${set.name} grants Read on ${op.object}, which its entry in ${POLICY_FILE} forbids (${entry.reason})`
                });
            }
            const ro = readOnly.get(lc(op.object));
            if (ro) {
                for (const key of ['allowCreate', 'allowEdit', 'allowDelete', 'modifyAllRecords']) {
                    if (!op.grant[key].on) continue;
                    problems.push({
                        file: set.file,
                        line: op.grant[key].line,
                        rule: 'read-only-object',
                        message: `${set.name} grants ${key} on ${op.object}, which no permission set may change (${ro.reason})`
                    });
                }
            }
            const owd = sharingOf.get(lc(strip(op.object)));
            if (
                !entry.rep &&
                op.grant.allowEdit.on &&
                !op.grant.modifyAllRecords.on &&
                ['Read', 'Private'].includes(owd)
            ) {
                problems.push({
                    file: set.file,
                    line: op.grant.allowEdit.line,
                    rule: 'shared-writer',
                    message: `${set.name} edits ${op.object} for every user (a non-rep set), but ${op.object} has ${owd} sharing and the set no Modify All: a user edits only the rows it owns, so updating a row another user created fails in user mode; make the sharing Public Read/Write (reps without Edit gain nothing) or justify Modify All`
                });
            }
            const nm = noModifyAll.get(lc(op.object));
            if (nm && op.grant.modifyAllRecords.on) {
                problems.push({
                    file: set.file,
                    line: op.grant.modifyAllRecords.line,
                    rule: 'no-modify-all',
                    message: `${set.name} holds Modify All on ${op.object}, which no permission set may hold (${nm.reason})`
                });
            }
            for (const key of ['viewAllRecords', 'modifyAllRecords']) {
                if (op.grant[key].on && !listed[key].has(lc(op.object))) {
                    problems.push({
                        file: set.file,
                        line: op.grant[key].line,
                        rule: 'record-access',
                        message: `${set.name} holds ${key === 'viewAllRecords' ? 'View All' : 'Modify All'} on ${op.object}, which its entry in ${POLICY_FILE} does not list`
                    });
                }
            }
        }
        for (const [key, word, tableKey] of [
            ['viewAllRecords', 'View All', 'viewAll'],
            ['modifyAllRecords', 'Modify All', 'modifyAll']
        ]) {
            for (const object of entry[tableKey] ?? []) {
                const op = set.objects.find((o) => lc(o.object) === lc(object));
                if (!op?.grant[key].on) {
                    tableProblem(
                        `"${object}"`,
                        `${set.name} ${tableKey} lists ${object}, but the permission set does not hold ${word} on it`,
                        `"${set.name}"`
                    );
                }
            }
        }
    }

    // Fixed sharing.
    const objectFiles = listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.object-meta.xml'));
    for (const s of policy.sharing ?? []) {
        const file = objectFiles.find((f) => lc(path.basename(f, '.object-meta.xml')) === lc(s.object));
        if (!file) {
            tableProblem(
                `"${s.object}"`,
                `sharing names ${s.object}, which has no object metadata in force-app`,
                '"sharing"'
            );
            continue;
        }
        const text = readFileSync(file, 'utf8');
        for (const key of ['sharingModel', 'externalSharingModel']) {
            if (!s[key]) continue;
            const m = new RegExp(`<${key}>([^<]*)</${key}>`).exec(text);
            if (!m || m[1].trim() !== s[key]) {
                problems.push({
                    file: rel(root, file),
                    line: m ? lineAt(text, m.index) : 1,
                    rule: 'sharing',
                    message: `${s.object} ${key} is ${m ? m[1].trim() : 'missing'}; ${POLICY_FILE} fixes it at ${s[key]} (${s.reason})`
                });
            }
        }
    }

    // Layouts: an identity field a rep cannot edit is never editable on a layout.
    const layoutFiles = listFiles(path.join(root, 'force-app/main'), (f) =>
        /\/layouts\/[^/]+\.layout-meta\.xml$/.test(f.split(path.sep).join('/'))
    );
    let layoutItems = 0;
    for (const file of layoutFiles) {
        const text = readFileSync(file, 'utf8');
        const object = path.basename(file, '.layout-meta.xml').split('-')[0];
        for (const b of blocks(text, 'layoutItems')) {
            const field = element(text, b, 'field');
            const behavior = element(text, b, 'behavior');
            if (!field) continue;
            const key = lc(`${object}.${strip(field.value)}`);
            if (!identity.has(key)) continue;
            layoutItems++;
            const shown = behavior?.value ?? 'Edit'; // a layout item without behavior is editable
            if (repCannotEdit.has(key) && shown !== 'Readonly') {
                problems.push({
                    file: rel(root, file),
                    line: behavior?.line ?? field.line,
                    rule: 'layout-edit',
                    message: `${identity.get(key).field} is ${shown} on this layout, but no rep may edit it: make it Readonly (${identity.get(key).reason})`
                });
            }
        }
    }

    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return {
        problems,
        summary:
            `${identity.size} identity fields held in ${sets.length} permission sets (${fieldGrants} edit grants, each listed), ` +
            `${(policy.sharing ?? []).length} objects with fixed sharing, ${readOnly.size} read-only, ` +
            `${noModifyAll.size} without Modify All, ${layoutItems} identity fields on ${layoutFiles.length} layouts read-only`
    };
}

await runIfMain(import.meta.url, () => run({ root: ROOT }));
