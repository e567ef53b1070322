// The package namespace in source, and the one rewrite that turns the source into what an unnamespaced org needs.
//
// The package is always built and installed with the namespace of sfdx-project.json (zoomsf). Most references in
// metadata are resolved by the deploy itself in the namespace being deployed (a named credential's
// <externalCredential>, a FlexiPage's LWC, a permission set's fields and classes), so source writes them bare. A few
// are plain text that the platform only matches by full name: the external-credential principal a permission set
// grants ("zoomsf__Zoom-ZoomAccount") and `$Credential.<external credential>.<parameter>` merge fields in
// named-credential formulas. Source writes those in the namespaced form, the form the package needs, and
// QUALIFIED_FORMS lists them. An unnamespaced org (an unnamespaced scratch org, a sandbox deploy of the source) gets
// a copy of the source with exactly those prefixes removed (`unnamespacedCopy`, used by scripts/deploy.sh and
// scripts/scratch-org.sh); scripts/checks/namespace.mjs proves both forms resolve.
//   node scripts/lib/namespace.mjs unnamespaced-copy <outDir>   writes the copy (a project folder) and prints its path
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, listFiles } from './project.mjs';

/**
 * Text references that the platform matches by full (namespaced) name. `pattern` has three groups: what comes
 * before the name, the name, what follows; `files` selects the metadata files where the form occurs.
 */
export const QUALIFIED_FORMS = [
    {
        id: 'principal',
        what: 'external-credential principal granted by a permission set',
        files: /\.permissionset-meta\.xml$/,
        pattern: /(<externalCredentialPrincipal>\s*)([^<\s]+)(\s*<\/externalCredentialPrincipal>)/g
    },
    {
        id: 'credential-merge-field',
        what: '$Credential merge field in a credential formula',
        files: /\.(namedCredential|externalCredential)-meta\.xml$/,
        pattern: /(\$Credential\.)([A-Za-z][A-Za-z0-9_]*)(\.)/g
    }
];

/** The namespace of sfdx-project.json ('' when none). */
export function projectNamespace(root = ROOT) {
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'));
    return project.namespace ?? '';
}

/**
 * Removes `ns__` from the names of the qualified forms in one file's text.
 * @returns {{ text: string, count: number }}
 */
export function stripNamespace(text, file, ns) {
    let count = 0;
    if (!ns) return { text, count };
    for (const form of QUALIFIED_FORMS) {
        if (!form.files.test(file)) continue;
        text = text.replace(form.pattern, (all, before, name, after) => {
            if (!name.startsWith(`${ns}__`)) return all;
            count++;
            return before + name.slice(ns.length + 2) + after;
        });
    }
    return { text, count };
}

/**
 * Writes an unnamespaced copy of the project (sfdx-project.json without namespace, .forceignore, config/, every
 * package directory with the qualified forms stripped) to `outDir`, replacing what was there.
 * @returns {{ dir: string, rewritten: number }}
 */
export function unnamespacedCopy(root, outDir) {
    const ns = projectNamespace(root);
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'));
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    delete project.namespace;
    writeFileSync(path.join(outDir, 'sfdx-project.json'), `${JSON.stringify(project, null, 2)}\n`);
    for (const item of ['.forceignore', 'config']) {
        cpSync(path.join(root, item), path.join(outDir, item), { recursive: true });
    }
    let rewritten = 0;
    for (const dir of project.packageDirectories.map((d) => d.path)) {
        cpSync(path.join(root, dir), path.join(outDir, dir), { recursive: true });
        for (const file of listFiles(path.join(outDir, dir), (f) => f.endsWith('-meta.xml'))) {
            const { text, count } = stripNamespace(readFileSync(file, 'utf8'), file, ns);
            if (count) writeFileSync(file, text);
            rewritten += count;
        }
    }
    return { dir: outDir, rewritten };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const [command, outDir] = process.argv.slice(2);
    if (command !== 'unnamespaced-copy' || !outDir) {
        console.error('usage: node scripts/lib/namespace.mjs unnamespaced-copy <outDir>');
        process.exit(2);
    }
    const { dir, rewritten } = unnamespacedCopy(ROOT, path.resolve(outDir));
    console.error(`Unnamespaced copy of the source in ${dir} (${rewritten} namespaced references made bare).`);
    console.log(dir);
}
