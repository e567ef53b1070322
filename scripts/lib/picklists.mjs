// Picklist fields of the package and their homes in Apex: read from the field metadata (the truth) and from the
// constants classes that name a field in `FIELD` (MeetingStatus, LogStatus, …). Used by the picklist-values check
// and to generate types/apex/picklists.d.ts (one string-literal union type per picklist, named after its home class):
//   node scripts/lib/picklists.mjs          rewrites types/apex/picklists.d.ts from the metadata
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, lineAt, listFiles, rel } from './project.mjs';

/** The generated TypeScript declarations (checked to be current by the picklist-values check). */
export const TYPES_FILE = 'types/apex/picklists.d.ts';

/**
 * Picklist fields that have no home class, each with the reason. Their values are data, not states of the code:
 * the literal rules do not apply to them either.
 */
export const EXEMPT = new Map([
    [
        'Activity.Customer_Time_Zone__c',
        'its values are IANA time-zone ids (data the rep picks, sent to Zoom as is), not states the code branches on; ' +
            'the picklist is unrestricted so an admin can add zones, and the code writes any IANA id it is given'
    ]
]);

/** Object API name as Apex names it: Activity fields are fields of Event (and Task). */
const APEX_OBJECT = { Activity: 'Event' };

/**
 * Every picklist field under force-app: [{key 'Object.Field', object, apexObject, field, file, line (of <type>),
 * multi, values: [{name, line}]}] in metadata order.
 */
export function readPicklistFields(root = ROOT) {
    const out = [];
    for (const abs of listFiles(path.join(root, 'force-app'), (p) => p.endsWith('.field-meta.xml'))) {
        const xml = readFileSync(abs, 'utf8');
        const type = /<type>(Picklist|MultiselectPicklist)<\/type>/.exec(xml);
        if (!type) continue;
        const parts = abs.split(path.sep);
        const object = parts[parts.indexOf('fields') - 1];
        const field = path.basename(abs, '.field-meta.xml');
        const values = [];
        const def = /<valueSetDefinition>([\s\S]*?)<\/valueSetDefinition>/.exec(xml);
        if (def) {
            const start = def.index + def[0].indexOf(def[1]);
            for (const v of def[1].matchAll(/<value>\s*<fullName>([^<]*)<\/fullName>/g)) {
                const at = start + v.index + v[0].indexOf('<fullName>');
                values.push({ name: unescapeXml(v[1]), line: lineAt(xml, at) });
            }
        }
        out.push({
            key: `${object}.${field}`,
            object,
            apexObject: APEX_OBJECT[object] ?? object,
            field,
            file: rel(root, abs),
            line: lineAt(xml, type.index),
            multi: type[1] === 'MultiselectPicklist',
            values
        });
    }
    return out;
}

const unescapeXml = (s) =>
    s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

/** Replaces comments by spaces (keeping offsets and lines); string literals stay. */
export function blankComments(src) {
    return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) =>
        m.startsWith("'") ? m : m.replace(/[^\n]/g, ' ')
    );
}

/** Apex string literal body → its value. */
export const apexString = (s) => s.replace(/\\(.)/g, (m, c) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);

/**
 * The picklist home classes: top-level classes declaring `static final Schema.SObjectField FIELD = Obj.Field;`.
 * [{name, file, line, fieldLine, object, field, constants: [{name, value, line}], values: {names, line} | null}]
 */
export function readHomes(root = ROOT) {
    const homes = [];
    for (const abs of listFiles(path.join(root, 'force-app'), (p) => p.endsWith('.cls'))) {
        const raw = readFileSync(abs, 'utf8');
        if (!/\bSObjectField\s+FIELD\b/.test(raw)) continue;
        const src = blankComments(raw);
        const f =
            /\bstatic\s+final\s+(?:Schema\.)?SObjectField\s+FIELD\s*=\s*(?:zoomsf\.)?(\w+)\s*\.\s*(?:zoomsf__)?(\w+)\s*;/i.exec(
                src
            );
        if (!f) continue;
        const cls = /\bclass\s+(\w+)/i.exec(src);
        const constants = [];
        for (const c of src.matchAll(/\bstatic\s+final\s+String\s+(\w+)\s*=\s*'((?:\\.|[^'\\\n])*)'\s*;/gi)) {
            constants.push({ name: c[1], value: apexString(c[2]), line: lineAt(src, c.index) });
        }
        const v = /\bstatic\s+final\s+List<String>\s+VALUES\s*=\s*new\s+List<String>\s*\{([^}]*)\}/i.exec(src);
        homes.push({
            name: cls ? cls[1] : path.basename(abs, '.cls'),
            file: rel(root, abs),
            line: cls ? lineAt(src, cls.index) : 1,
            fieldLine: lineAt(src, f.index),
            object: f[1],
            field: f[2],
            constants,
            values: v
                ? {
                      names: v[1]
                          .split(',')
                          .map((s) => s.trim())
                          .filter(Boolean),
                      line: lineAt(src, v.index)
                  }
                : null
        });
    }
    return homes;
}

/** The picklist field a home's FIELD names (Event/Task fields are Activity fields), or undefined. */
export function fieldOfHome(fields, home) {
    const object = home.object.toLowerCase();
    return fields.find(
        (f) =>
            f.field.toLowerCase() === home.field.toLowerCase() &&
            (f.object.toLowerCase() === object ||
                f.apexObject.toLowerCase() === object ||
                (f.object === 'Activity' && /^(event|task)$/.test(object)))
    );
}

/** The text of types/apex/picklists.d.ts for the project at `root` (prettier-formatted). */
export async function renderPicklistTypes(root = ROOT) {
    const fields = readPicklistFields(root);
    const homes = readHomes(root);
    const lines = [
        '// Generated by `node scripts/lib/picklists.mjs` from the picklist fields of force-app (their API values) and',
        '// their home classes; the picklist-values check fails when this file is stale. Do not edit by hand.',
        'declare namespace Apex {'
    ];
    const rows = homes
        .map((h) => ({ home: h, field: fieldOfHome(fields, h) }))
        .filter((r) => r.field)
        .sort((a, b) => a.home.name.localeCompare(b.home.name));
    for (const { home, field } of rows) {
        const union = field.values.map((v) => `'${v.name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(' | ');
        lines.push(
            `    /** ${field.apexObject}.${field.field}${field.multi ? ' (multi-select: one value)' : ''}; Apex: ${home.name}. */`
        );
        lines.push(`    type ${home.name} = ${union || 'never'};`);
    }
    lines.push('}', '');
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(path.join(root, TYPES_FILE))) ?? {};
    return prettier.format(lines.join('\n'), {
        ...options,
        parser: 'typescript',
        filepath: path.join(root, TYPES_FILE)
    });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const text = await renderPicklistTypes(ROOT);
    writeFileSync(path.join(ROOT, TYPES_FILE), text);
    console.log(`wrote ${TYPES_FILE}`);
}
