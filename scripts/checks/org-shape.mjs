// Checks the shape of the org the package needs, as the files that create orgs and package versions describe it:
//  - sfdx-project.json: every key is one the sfdx-project schema knows (@salesforce/schemas, as the CLI validates
//    it), and every package directory that builds a package names its `definitionFile`, which exists: package
//    version builds run in an org made from that file, not from the scratch org a developer happens to use;
//  - each scratch definition (config/*-def.json and every definitionFile): every `settings` key is a real `*Settings`
//    metadata type (`activitiesSettings` → ActivitiesSettings) and every key inside it a property of that type, at
//    any depth, with booleans where the type says boolean. The schema is the one metadata-schema.mjs reads (jsforce's
//    ApiSchemas, completed by @salesforce/types);
//  - features the code uses are switched on in the definition file the package build uses:
//      Shared Activities (EventRelation.IsParent/IsWhat/IsInvitee, EventWhoRelation, TaskRelation exist only with it)
//        → settings.activitiesSettings.allowUsersToRelateMultipleContactsToTasksAndEvents: true
//      Platform Cache (Cache.Org/Cache.Session, cache partitions) → feature "PlatformCache"
//      Sites (Site, SiteDetail, sites metadata) → feature "Sites";
//  - no packaged metadata needs an edition-limited allowance: a dynamic dashboard (LoggedInUser/MyTeamUser) counts
//    against a per-edition quota (none in Professional Edition), so installing it fails there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { blankCommentsAndStrings } from '../lib/apex-source.mjs';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { loadSchema } from './metadata-schema.mjs';

export const label = 'Org shape (scratch definition settings, features the code needs)';

const require = createRequire(import.meta.url);

/**
 * What the code needs from the org. `uses` finds a use in one file (project-relative path, text with comments and
 * strings blanked for Apex); `present` tells whether a definition provides it; `fix` says what to write.
 */
export const FEATURES = [
    {
        id: 'shared-activities',
        name: 'Shared Activities',
        uses: (file, text) =>
            file.endsWith('.cls') &&
            /\b(IsParent|IsWhat|IsInvitee|EventWhoRelation|TaskRelation|TaskWhoRelation)\b/.exec(text),
        present: (def) => def.settings?.activitiesSettings?.allowUsersToRelateMultipleContactsToTasksAndEvents === true,
        fix: '"settings": { "activitiesSettings": { "allowUsersToRelateMultipleContactsToTasksAndEvents": true } }'
    },
    {
        id: 'platform-cache',
        name: 'Platform Cache',
        uses: (file, text) =>
            (file.endsWith('.cls') && /\bCache\.(Org|Session)\w*\b/.exec(text)) ||
            (file.endsWith('.cachePartition-meta.xml') && /<PlatformCachePartition\b/.exec(text)),
        present: (def) => (def.features ?? []).some((f) => /^PlatformCache$/i.test(f)),
        fix: '"features": ["PlatformCache"]'
    },
    {
        id: 'sites',
        name: 'Sites',
        uses: (file, text) =>
            (file.endsWith('.cls') && /\b(FROM\s+Site(Detail)?|Site\.\w+\s*\()\b/i.exec(text)) ||
            (file.endsWith('.site-meta.xml') && /<CustomSite\b/.exec(text)),
        present: (def) => (def.features ?? []).some((f) => /^Sites$/i.test(f)),
        fix: '"features": ["Sites"]'
    }
];

/** Top-level and package-directory keys the sfdx-project schema allows. */
function projectSchemaKeys() {
    const schema = require('@salesforce/schemas/sfdx-project.schema.json');
    const top = new Set(Object.keys(schema.properties ?? {}));
    const dir = new Set();
    const collect = (node) => {
        if (!node || typeof node !== 'object') return;
        if (node.properties && ('path' in node.properties || 'package' in node.properties)) {
            for (const k of Object.keys(node.properties)) dir.add(k);
        }
        for (const v of Object.values(node)) collect(v);
    };
    collect(schema.definitions ?? schema.$defs ?? {});
    return { top, dir };
}

/** Line of the first `"key"` at or after character `from` (1 when absent). */
function lineOfKey(text, key, from = 0) {
    const i = text.indexOf(`"${key}"`, from);
    return i < 0 ? 1 : lineAt(text, i);
}

/**
 * Checks one scratch definition's `settings` against the metadata schema.
 * @returns {Array<{ line: number, rule: string, message: string }>}
 */
export function checkSettings(def, text) {
    const schema = loadSchema();
    const problems = [];
    const walk = (value, type, keyPath, from) => {
        const props = schema.props(type);
        for (const [key, child] of Object.entries(value ?? {})) {
            const line = lineOfKey(text, key, from);
            const at = text.indexOf(`"${key}"`, from);
            const prop = props.get(key);
            if (!prop) {
                const close = [...props.keys()].filter((p) => p.toLowerCase() === key.toLowerCase());
                problems.push({
                    line,
                    rule: 'settings-property',
                    message: `${keyPath}.${key} is not a property of ${type}${close.length ? ` (did you mean ${close[0]}?)` : ''}.`
                });
                continue;
            }
            if (prop.type === 'boolean' && typeof child !== 'boolean') {
                problems.push({ line, rule: 'settings-value', message: `${keyPath}.${key} must be true or false.` });
            } else if (child && typeof child === 'object' && !Array.isArray(child) && schema.has(prop.type)) {
                walk(child, prop.type, `${keyPath}.${key}`, at < 0 ? from : at);
            }
        }
    };
    for (const [key, value] of Object.entries(def.settings ?? {})) {
        const type = key.charAt(0).toUpperCase() + key.slice(1);
        const line = lineOfKey(text, key, text.indexOf('"settings"'));
        if (!type.endsWith('Settings') || !schema.has(type)) {
            const stem = type.replace(/Settings$/, '');
            const guess = [`${stem}s`, stem.replace(/y$/, 'ies'), `${stem}es`, stem.replace(/s$/, '')]
                .map((t) => `${t}Settings`)
                .find((t) => t !== type && schema.has(t));
            const hint = guess ? ` (did you mean ${guess.charAt(0).toLowerCase()}${guess.slice(1)}?)` : '';
            problems.push({
                line,
                rule: 'settings-type',
                message: `settings.${key}: ${type} is not a *Settings metadata type, so org creation fails${hint}.`
            });
            continue;
        }
        walk(value, type, `settings.${key}`, text.indexOf(`"${key}"`));
    }
    return problems;
}

/**
 * @param {{ root?: string }} [options]
 */
export async function run({ root = ROOT } = {}) {
    root = path.resolve(root);
    const problems = [];
    const projectFile = 'sfdx-project.json';
    const projectText = readFileSync(path.join(root, projectFile), 'utf8');
    const project = JSON.parse(projectText);
    const keys = projectSchemaKeys();
    for (const key of Object.keys(project)) {
        if (!keys.top.has(key)) {
            problems.push({
                file: projectFile,
                line: lineOfKey(projectText, key),
                rule: 'project-key',
                message: `"${key}" is not an sfdx-project.json property.`
            });
        }
    }
    const buildDefinitions = new Map();
    for (const dir of project.packageDirectories ?? []) {
        const at = projectText.indexOf(`"${dir.path}"`);
        for (const key of Object.keys(dir)) {
            if (keys.dir.size && !keys.dir.has(key)) {
                problems.push({
                    file: projectFile,
                    line: lineOfKey(projectText, key, at),
                    rule: 'project-key',
                    message: `"${key}" is not a package directory property.`
                });
            }
        }
        if (!dir.package) continue;
        if (!dir.definitionFile) {
            problems.push({
                file: projectFile,
                line: lineAt(projectText, Math.max(at, 0)),
                rule: 'definition-file',
                message: `package directory ${dir.path} builds package "${dir.package}" but names no definitionFile: package versions would be built in an org without the features the code needs.`
            });
        } else if (!existsSync(path.join(root, dir.definitionFile))) {
            problems.push({
                file: projectFile,
                line: lineOfKey(projectText, 'definitionFile', at),
                rule: 'definition-file',
                message: `definitionFile ${dir.definitionFile} does not exist.`
            });
        } else {
            buildDefinitions.set(dir.definitionFile.split(path.sep).join('/'), dir.package);
        }
    }

    // Every scratch definition: real settings types and properties.
    const configDir = path.join(root, 'config');
    const definitions = new Set([...buildDefinitions.keys()]);
    if (existsSync(configDir))
        for (const f of readdirSync(configDir)) if (f.endsWith('-def.json')) definitions.add(`config/${f}`);
    const parsed = new Map();
    for (const file of [...definitions].sort()) {
        const text = readFileSync(path.join(root, file), 'utf8');
        let def;
        try {
            def = JSON.parse(text);
        } catch (e) {
            problems.push({ file, line: 1, rule: 'json', message: `not JSON: ${e.message}` });
            continue;
        }
        parsed.set(file, { def, text });
        for (const p of checkSettings(def, text)) problems.push({ file, ...p });
    }

    // Features the code uses, against the definitions the package build uses.
    const used = new Map();
    const files = (project.packageDirectories ?? []).flatMap((d) => listFiles(path.join(root, d.path)));
    for (const abs of files) {
        if (!/\.cls$|-meta\.xml$/.test(abs)) continue;
        const file = rel(root, abs);
        const raw = readFileSync(abs, 'utf8');
        const text = file.endsWith('.cls') ? blankCommentsAndStrings(raw) : raw;
        for (const feature of FEATURES) {
            if (used.has(feature.id)) continue;
            const m = feature.uses(file, text);
            if (m) used.set(feature.id, `${file}:${lineAt(text, m.index)}`);
        }
    }
    for (const [file, pkg] of buildDefinitions) {
        const entry = parsed.get(file);
        if (!entry) continue;
        for (const feature of FEATURES) {
            if (!used.has(feature.id) || feature.present(entry.def)) continue;
            problems.push({
                file,
                line: 1,
                rule: 'feature-missing',
                message: `${feature.name} is used (${used.get(feature.id)}) but not switched on for package "${pkg}": add ${feature.fix}.`
            });
        }
    }
    // Metadata that only some editions can hold: the install fails where the edition lacks it.
    for (const abs of files.filter((f) => f.endsWith('.dashboard-meta.xml'))) {
        const text = readFileSync(abs, 'utf8');
        const m = /<dashboardType>\s*(LoggedInUser|MyTeamUser)\s*<\/dashboardType>/.exec(text);
        if (m) {
            problems.push({
                file: rel(root, abs),
                line: lineAt(text, m.index),
                rule: 'edition-limit',
                message:
                    `a ${m[1]} (dynamic) dashboard counts against a small per-edition quota that Professional Edition ` +
                    'lacks: the package would not install there. Use <dashboardType>SpecifiedUser</dashboardType> ' +
                    'without <runningUser> (it runs as the installing user).'
            });
        }
    }
    const featureNote = [...used.keys()].map((id) => FEATURES.find((f) => f.id === id).name).join(', ') || 'none';
    return {
        problems,
        summary: `${parsed.size} scratch definition(s) use real *Settings types; features the code uses (${featureNote}) are on in ${[...buildDefinitions.keys()].join(', ') || 'no definition file'}`
    };
}

await runIfMain(import.meta.url, run);
