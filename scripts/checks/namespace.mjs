// Checks that every name the platform resolves at run time or by plain text resolves both in the zoomsf package
// (and a zoomsf-namespaced scratch org) and in an unnamespaced org that gets scripts/lib/namespace.mjs's copy.
//
// How the platform resolves names (see docs/architecture.md, "Namespace"):
//  - References the deploy itself understands (a named credential's <externalCredential>, a FlexiPage's component, a
//    permission set's fields and classes) resolve in the namespace being deployed: source writes them bare.
//  - Text matched by full developer name: the principal a permission set grants (`zoomsf__Zoom-ZoomAccount` once the
//    package has its namespace) and `$Credential.<external credential>.<parameter>` in credential formulas
//    (`$Credential.zoomsf__Zoom.ClientId`): source writes the namespaced form (QUALIFIED_FORMS), and the unnamespaced
//    copy strips it.
//  - Names that Apex hands to the platform as strings (`callout:…`, `$Credential.…` in a request, cache partitions,
//    Apex REST paths, Lightning component names, ConnectApi developer names): built by the Namespace class from the
//    running namespace, never written as literals.
// The check reads the metadata twice: as the namespaced package sees it (the source) and as an unnamespaced org sees
// it (the source after `stripNamespace`), and reports every reference that names nothing in either view.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { QUALIFIED_FORMS, projectNamespace, stripNamespace } from '../lib/namespace.mjs';
import { runIfMain } from '../lib/report.mjs';
import { packageDirectories } from './metadata-convert.mjs';

export const label = 'Namespace (run-time names resolve namespaced and unnamespaced)';

/**
 * Literals awaiting their owner's fix, each reported to that owner (file, rule, why). They are still
 * printed in the summary, and an entry that no longer matches a problem fails the check (so it cannot go stale).
 */
export const PENDING = [];

const qualify = (ns, name) => (ns ? `${ns}__${name}` : name);
const elementValues = (text, element) =>
    [...text.matchAll(new RegExp(`<${element}>\\s*([^<]*?)\\s*</${element}>`, 'g'))].map((m) => ({
        value: m[1],
        index: m.index
    }));

/** Packaged components whose names the checks resolve, from the package directories. */
export function collectComponents(root) {
    const dirs = packageDirectories(root);
    const files = dirs.flatMap((d) => listFiles(d));
    const nameOf = (f, suffix) => path.basename(f).slice(0, -suffix.length);
    const externalCredentials = new Map();
    for (const f of files.filter((f) => f.endsWith('.externalCredential-meta.xml'))) {
        const text = readFileSync(f, 'utf8');
        const principals = new Set();
        for (const block of text.match(/<externalCredentialParameters>[\s\S]*?<\/externalCredentialParameters>/g) ??
            []) {
            const type = /<parameterType>\s*(\w+)\s*</.exec(block)?.[1];
            const name = /<parameterName>\s*([^<]*?)\s*</.exec(block)?.[1];
            if (/^(NamedPrincipal|PerUserPrincipal)$/.test(type ?? '') && name) principals.add(name);
        }
        externalCredentials.set(nameOf(f, '.externalCredential-meta.xml'), principals);
    }
    const bundles = new Set(
        files
            .filter((f) => /[\\/](lwc|aura)[\\/][^\\/]+[\\/][^\\/]+$/.test(f))
            .map((f) => path.basename(path.dirname(f)))
    );
    return {
        files,
        externalCredentials,
        namedCredentials: new Set(
            files
                .filter((f) => f.endsWith('.namedCredential-meta.xml'))
                .map((f) => nameOf(f, '.namedCredential-meta.xml'))
        ),
        cachePartitions: new Set(
            files
                .filter((f) => f.endsWith('.cachePartition-meta.xml'))
                .map((f) => nameOf(f, '.cachePartition-meta.xml'))
        ),
        bundles
    };
}

/**
 * Checks the metadata text references of one file in one view (`ns` = the namespace that view runs with).
 * @returns {Array<{ line: number, rule: string, message: string }>}
 */
export function checkMetadataText(text, file, ns, components) {
    const problems = [];
    const where = ns ? `the ${ns} package` : 'an unnamespaced org';
    const add = (index, rule, message) => problems.push({ line: lineAt(text, index), rule, message });
    const credentialNamed = (name) =>
        [...components.externalCredentials.keys()].find((c) => qualify(ns, c) === name) ?? null;
    for (const form of QUALIFIED_FORMS) {
        if (!form.files.test(file)) continue;
        for (const m of text.matchAll(form.pattern)) {
            const name = m[2];
            const index = m.index + m[1].length;
            if (form.id === 'principal') {
                const dash = name.indexOf('-');
                const credential = credentialNamed(dash < 0 ? name : name.slice(0, dash));
                const principal = dash < 0 ? '' : name.slice(dash + 1);
                const bare = name.replace(/^\w+?__/, '');
                if (!credential) {
                    const known = [...components.externalCredentials.keys()];
                    const hint = known.find((c) => bare.startsWith(`${c}-`));
                    add(
                        index,
                        'principal',
                        `principal "${name}" names no external credential in ${where}` +
                            (hint ? `: the platform expects "${qualify(ns, bare)}".` : '.')
                    );
                } else if (!components.externalCredentials.get(credential).has(principal)) {
                    add(
                        index,
                        'principal',
                        `principal "${principal}" is not a principal of external credential ${credential} ` +
                            `(${[...components.externalCredentials.get(credential)].join(', ') || 'none'}).`
                    );
                }
            } else if (!credentialNamed(name)) {
                const bare = name.replace(/^\w+?__/, '');
                const hint = components.externalCredentials.has(bare)
                    ? `: write $Credential.${qualify(ns, bare)}.`
                    : '.';
                add(
                    index,
                    'credential-merge-field',
                    `$Credential.${name} names no external credential in ${where}${hint}`
                );
            }
        }
    }
    if (file.endsWith('.permissionset-meta.xml') && /<externalCredentialPrincipal>/.test(text)) {
        // Calling out through a principal reads the user's UserExternalCredential row: without Read on it a user on a
        // Minimum Access profile cannot call out (DESIGN §4).
        const reads = [...text.matchAll(/<objectPermissions>([\s\S]*?)<\/objectPermissions>/g)].some(
            (m) =>
                /<object>\s*UserExternalCredential\s*<\/object>/.test(m[1]) &&
                /<allowRead>\s*true\s*<\/allowRead>/.test(m[1])
        );
        if (!reads) {
            add(
                text.indexOf('<externalCredentialPrincipalAccesses>'),
                'user-external-credential',
                'grants an external-credential principal but not Read on UserExternalCredential: users on a Minimum ' +
                    'Access profile cannot call out. Add <objectPermissions> with <object>UserExternalCredential</object> and <allowRead>true</allowRead>.'
            );
        }
    }
    if (file.endsWith('.namedCredential-meta.xml')) {
        for (const { value, index } of elementValues(text, 'externalCredential')) {
            if (
                !components.externalCredentials.has(value) &&
                !(
                    ns &&
                    value === qualify(ns, value.replace(/^\w+?__/, '')) &&
                    components.externalCredentials.has(value.replace(/^\w+?__/, ''))
                )
            ) {
                add(
                    index,
                    'external-credential',
                    `<externalCredential>${value}</externalCredential> names no packaged external credential.`
                );
            }
        }
    }
    if (file.endsWith('.flexipage-meta.xml')) {
        for (const { value, index } of elementValues(text, 'componentName')) {
            const [space, name] = value.includes(':') ? value.split(':', 2) : ['', value];
            if (space === 'c') {
                add(
                    index,
                    'flexipage-component',
                    `${value}: "c:" names no component inside the ${ns || ''} package; write the bare bundle name.`
                );
            } else if ((space === '' || (ns && space === ns)) && !components.bundles.has(name)) {
                add(index, 'flexipage-component', `component ${value} is not a Lightning component of the package.`);
            } else if (space && space !== ns && !/^[a-z_]+$/.test(space)) {
                add(index, 'flexipage-component', `component ${value} has an unexpected namespace.`);
            }
        }
    }
    return problems;
}

/** Apex source with comments blanked, string literals kept (offsets and lines unchanged). */
function blankComments(src) {
    return src.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (m) =>
        m.startsWith("'") ? m : m.replace(/[^\n]/g, ' ')
    );
}

/** Platform calls that take a packaged component's name. */
const NAME_TAKING_CALLS =
    /\b(Cache\.(?:Org|Session)\.getPartition|ConnectApi\.NamedCredentials\.(?:getExternalCredential|getNamedCredential|getCredential)|Type\.forName|Page\.\w+)\s*\(\s*'/g;

/**
 * Checks one Apex class for run-time names written as literals.
 * @returns {Array<{ line: number, rule: string, message: string }>}
 */
export function checkApex(src, file, ns, components) {
    const problems = [];
    if (/(^|\/)Namespace\.cls$/.test(file)) return problems;
    const text = blankComments(src);
    const isTest = /@IsTest/i.test(text);
    const add = (index, message) => problems.push({ line: lineAt(text, index), rule: 'apex-literal', message });
    for (const m of text.matchAll(NAME_TAKING_CALLS)) {
        add(
            m.index,
            `${m[1]}(...) gets a literal name: build it with the Namespace class so it resolves namespaced and not.`
        );
    }
    if (isTest) return problems;
    for (const m of text.matchAll(/'((?:\\.|[^'\\\n])*)'/g)) {
        const s = m[1];
        let why = '';
        if (/^callout:\w/.test(s)) why = 'a named credential endpoint: use Namespace.callout(name)';
        else if (/\$Credential\.\w/.test(s))
            why = 'a $Credential merge field: use Namespace.credentialMergeField(credential, parameter)';
        else if (/^local\./.test(s) || (ns && (s.startsWith(`${ns}.`) || s === ns)))
            why = 'a cache partition or namespace: use Namespace.cachePartition / Namespace.PREFIX';
        else if (ns && new RegExp(`\\b${ns}__\\w`).test(s)) why = `a ${ns}__ name: use Namespace.qualify(name)`;
        else if (/\/services\/apexrest\//.test(s)) why = 'an Apex REST path: use Namespace.apexRestPath(urlMapping)';
        else if (/^c:\w+$/.test(s) && components.bundles.has(s.slice(2)))
            why = 'a Lightning component name: use Namespace.componentNamespace()';
        if (why) add(m.index, `'${s}' is ${why}.`);
    }
    return problems;
}

/**
 * @param {{ root?: string, pending?: Array<{file: string, rule: string, why: string}> }} [options] `pending`
 *   replaces PENDING (self-tests)
 */
export async function run({ root = ROOT, pending = PENDING } = {}) {
    root = path.resolve(root);
    const ns = projectNamespace(root);
    const components = collectComponents(root);
    const problems = [];
    let references = 0;
    let classes = 0;
    for (const abs of components.files) {
        const file = rel(root, abs);
        if (abs.endsWith('-meta.xml')) {
            const text = readFileSync(abs, 'utf8');
            const namespaced = checkMetadataText(text, file, ns, components);
            const stripped = stripNamespace(text, file, ns).text;
            // stripNamespace keeps line breaks, so lines of both views match.
            const bare = ns ? checkMetadataText(stripped, file, '', components) : [];
            const seen = new Set();
            for (const [view, list] of [
                [ns ? `as the ${ns} package` : 'unnamespaced', namespaced],
                ['in the unnamespaced copy', bare]
            ]) {
                for (const p of list) {
                    const key = `${p.line}|${p.rule}`;
                    if (seen.has(key)) continue;
                    seen.add(key);
                    problems.push({ file, line: p.line, rule: p.rule, message: `${p.message} (${view})` });
                }
            }
            for (const form of QUALIFIED_FORMS)
                if (form.files.test(file)) references += [...text.matchAll(form.pattern)].length;
        } else if (abs.endsWith('.cls')) {
            classes++;
            for (const p of checkApex(readFileSync(abs, 'utf8'), file, ns, components)) problems.push({ file, ...p });
        }
    }
    const held = [];
    const remaining = problems.filter((p) => {
        const entry = pending.find((e) => e.file === p.file && e.rule === p.rule);
        if (entry) held.push(`${p.file}:${p.line} (${entry.why})`);
        return !entry;
    });
    for (const entry of pending) {
        if (!problems.some((p) => p.file === entry.file && p.rule === entry.rule)) {
            remaining.push({
                file: entry.file,
                rule: 'pending-stale',
                message: `PENDING entry no longer matches a problem: remove it from scripts/checks/namespace.mjs (${entry.why}).`
            });
        }
    }
    const pendingNote = held.length ? `; ${held.length} awaiting their owner: ${held.join('; ')}` : '';
    return {
        problems: remaining,
        summary:
            `${references} namespaced text references resolve as the ${ns || 'unnamespaced'} package and in the unnamespaced copy; ` +
            `${components.externalCredentials.size} external credentials, ${components.namedCredentials.size} named credentials, ` +
            `no run-time name literal in ${classes} Apex classes${pendingNote}`
    };
}

await runIfMain(import.meta.url, run);
