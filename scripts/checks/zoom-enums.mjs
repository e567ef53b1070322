// Issue #14 (directory and presence), "Zoom's values, all of them": a restricted picklist that stores a value Zoom sends
// holds exactly the values Zoom's own type (@zoom/rivet) declares for it. The defect this catches: a value Zoom adds
// or one the picklist misspells is refused by the restricted picklist (the event is then Ignored or fails), and a
// value Zoom never sends is dead weight the badge and translations carry.
//
// Rules (each problem names file and line):
//   zoom-value-missing   a value of Zoom's union that the picklist lacks (at the picklist's valueSetDefinition)
//   zoom-value-unknown   a picklist value Zoom's union does not have (at the value)
//   zoom-type-missing    the rivet type or property a mirror names was not found (Zoom renamed it: update MIRRORS)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lineAt } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = "Zoom enums (picklists storing a Zoom value hold exactly the values Zoom's types declare)";

/** Picklists that store a Zoom value, with the rivet type and property whose string union they mirror. */
export const MIRRORS = [
    {
        field: 'force-app/main/core/objects/Zoom_User__c/fields/Presence_Status__c.field-meta.xml',
        rivet: 'node_modules/@zoom/rivet/users/users.d.ts',
        type: 'UserPresenceStatusUpdatedEvent',
        property: 'presence_status',
        usedBy: 'UserWebhookHandler stores payload.object.presence_status through ZoomPresenceStatus'
    }
];

/** The string literals of the first `property: "a" | "b" …;` inside `type <name> = …` (up to the next type), or null. */
export function unionOf(declarations, typeName, property) {
    const start = declarations.indexOf(`type ${typeName} = `);
    if (start < 0) return null;
    const next = declarations.indexOf('\ntype ', start + 1);
    const body = declarations.slice(start, next < 0 ? undefined : next);
    const match = new RegExp(`\\b${property}\\??:\\s*((?:"[^"]*"\\s*\\|?\\s*)+);`).exec(body);
    return match ? [...match[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]) : null;
}

/** The API names of a field's picklist values, each with the index of its <fullName> in the file. */
export function picklistValues(xml) {
    return [...xml.matchAll(/<value>\s*<fullName>([^<]+)<\/fullName>/g)].map((m) => ({
        value: m[1],
        index: m.index + m[0].indexOf('<fullName>')
    }));
}

export async function run({ root = ROOT, mirrors = MIRRORS } = {}) {
    const problems = [];
    let compared = 0;
    for (const mirror of mirrors) {
        const zoom = unionOf(readFileSync(path.join(root, mirror.rivet), 'utf8'), mirror.type, mirror.property);
        if (!zoom) {
            problems.push({
                file: mirror.rivet,
                line: 1,
                rule: 'zoom-type-missing',
                message: `no string union ${mirror.type}.${mirror.property} in ${mirror.rivet}: Zoom renamed it; update MIRRORS in scripts/checks/zoom-enums.mjs`
            });
            continue;
        }
        const xml = readFileSync(path.join(root, mirror.field), 'utf8');
        const values = picklistValues(xml);
        const ours = new Set(values.map((v) => v.value));
        const missing = zoom.filter((v) => !ours.has(v));
        if (missing.length) {
            const at = xml.indexOf('<valueSetDefinition>');
            problems.push({
                file: mirror.field,
                line: lineAt(xml, at < 0 ? 0 : at),
                rule: 'zoom-value-missing',
                message: `Zoom sends ${missing.join(', ')} (${mirror.type}.${mirror.property}), which the picklist lacks; ${mirror.usedBy}: add the value(s), their translations and the home class constant`
            });
        }
        for (const { value, index } of values) {
            if (!zoom.includes(value)) {
                problems.push({
                    file: mirror.field,
                    line: lineAt(xml, index),
                    rule: 'zoom-value-unknown',
                    message: `${value} is not a value of ${mirror.type}.${mirror.property} (Zoom's values: ${zoom.join(', ')}): Zoom never sends it`
                });
            }
        }
        compared += zoom.length;
    }
    return { problems, summary: `${mirrors.length} picklist(s) compared with ${compared} Zoom value(s)` };
}

await runIfMain(import.meta.url, run);
