// Converts the project's source to the Metadata API format with @salesforce/source-deploy-retrieve (SDR), the library
// the Salesforce CLI deploys with, so anything a deploy would trip over at conversion time shows up here first:
//  - a file SDR cannot type (unknown suffix or folder) or cannot parse;
//  - a source file no component owns (an Apex class without its -meta.xml, an LWC folder without .js-meta.xml, …):
//    SDR silently leaves such files out of the deploy, so they are reported here;
//  - an LWC bundle without its main .js module: the .js files are the build output of the TypeScript sources
//    (npm run build), so the message says to build first instead of letting the deploy fail later;
//  - any error of the conversion itself (MetadataConverter into a temporary folder, removed afterwards).
// .forceignore is respected exactly as the CLI does (SDR's own ForceIgnore).
// The helpers `packageDirectories` and `resolveSource` are shared with metadata-schema.mjs and metadata-xref.mjs.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ComponentSet, ForceIgnore, MetadataConverter, RegistryAccess } from '@salesforce/source-deploy-retrieve';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Metadata conversion (source-deploy-retrieve)';

/**
 * Absolute paths of the package directories listed in sfdx-project.json.
 * @param {string} root project root
 * @returns {string[]}
 */
export function packageDirectories(root) {
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8'));
    return (project.packageDirectories ?? []).map((d) => path.resolve(root, d.path));
}

/** The namespace of sfdx-project.json ('' when none). */
export function projectNamespace(root) {
    return JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')).namespace ?? '';
}

const registries = new Map();
/**
 * SDR's registry for the project at `root`, with the presets of its sfdx-project.json `sourceBehaviorOptions`
 * (decomposed custom labels: `labels/<Name>.label-meta.xml` files are CustomLabel children merged into one
 * CustomLabels on convert). SDR reads the project of process.cwd() by default, which is not the self-tests' sandbox.
 * @param {string} root project root
 * @returns {RegistryAccess}
 */
export function projectRegistry(root) {
    root = path.resolve(root);
    if (!registries.has(root)) registries.set(root, new RegistryAccess(undefined, root));
    return registries.get(root);
}

/** Turns an SDR error into a problem on the file it names (absolute paths shortened to project paths). */
function problemFromError(root, error, fallbackFile) {
    const text = String(error?.message ?? error);
    // The first project path in the message (paths may hold spaces, e.g. layouts: shorten until it exists).
    const at = text.indexOf(root + path.sep);
    let named =
        at < 0
            ? ''
            : text
                  .slice(at)
                  .split(/[:'"\n]/)[0]
                  .trim();
    while (named && !existsSync(named)) named = named.includes(' ') ? named.slice(0, named.lastIndexOf(' ')) : '';
    const file = rel(root, named || fallbackFile);
    const line = Number(text.match(/line:\s*(\d+)/)?.[1]) || undefined;
    const message = text
        .split(root + path.sep)
        .join('')
        .replace(/\\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    // SDR's `actions` (long lists of "did you mean" suffixes and links) are left out: the message names the file.
    return { file, line, rule: 'sdr', message: `${error?.name ?? 'Error'}: ${message}` };
}

/**
 * Resolves the source components of every package directory with SDR. A resolution error (unknown type, unparsable
 * file, missing source file) aborts SDR for the whole folder it was given, so on error the folder is split into its
 * entries and each is resolved alone: every bad file is reported and everything else is still resolved.
 * @param {string} root project root
 * @returns {{ components: import('@salesforce/source-deploy-retrieve').SourceComponent[], problems: object[],
 *             forceIgnore: ForceIgnore, dirs: string[] }}
 *   `components` lists top-level components; use `flatten` for their children too.
 */
export function resolveSource(root) {
    root = path.resolve(root);
    const dirs = packageDirectories(root);
    const problems = [];
    const forceIgnore = ForceIgnore.findAndCreate(root);
    const registry = projectRegistry(root);
    const resolve = (fsPath) => {
        try {
            return ComponentSet.fromSource({ fsPaths: [fsPath], registry })
                .getSourceComponents()
                .toArray();
        } catch (error) {
            if (statSync(fsPath).isDirectory()) {
                return readdirSync(fsPath)
                    .sort()
                    .flatMap((entry) => resolve(path.join(fsPath, entry)));
            }
            problems.push(problemFromError(root, error, fsPath));
            return [];
        }
    };
    const components = new ComponentSet(dirs.filter((d) => existsSync(d)).flatMap(resolve), registry)
        .getSourceComponents()
        .toArray();
    return { components, problems, forceIgnore, dirs };
}

/** Components and all their child components (fields, list views, …), depth first. */
export function flatten(components) {
    return components.flatMap((c) => [c, ...flatten(c.getChildren())]);
}

/** Components SDR resolved without their -meta.xml (it does so for bundles): a deploy would reject them. */
function missingXmlProblems(root, components) {
    return flatten(components)
        .filter((c) => !c.xml)
        .map((c) => {
            const suffix =
                c.type.name === 'LightningComponentBundle'
                    ? '.js-meta.xml'
                    : c.type.name === 'AuraDefinitionBundle'
                      ? '.cmp-meta.xml'
                      : `.${c.type.suffix}-meta.xml`;
            return {
                file: rel(root, c.content ?? c.name),
                rule: 'missing-meta',
                message: `${c.type.name} ${c.fullName} has no ${c.name}${suffix}; it cannot be deployed without it.`
            };
        });
}

/** Source files that belong to no component although .forceignore lets them through. */
function orphanProblems(root, dirs, components, forceIgnore) {
    const owned = new Set();
    for (const c of flatten(components)) {
        if (c.xml) owned.add(c.xml);
        if (c.content && existsSync(c.content) && statSync(c.content).isFile()) owned.add(c.content);
        for (const f of c.walkContent()) owned.add(f);
    }
    const problems = [];
    for (const dir of dirs) {
        for (const file of listFiles(dir, (f) => !forceIgnore.denies(f) && !owned.has(f))) {
            const name = path.basename(file);
            const bundle = path.basename(path.dirname(path.dirname(file)));
            let message;
            if (name.endsWith('-meta.xml')) {
                message = `${name} is not part of any metadata component (its source file is missing?); it would not be deployed.`;
            } else if (bundle === 'lwc' || bundle === 'aura') {
                const folder = path.basename(path.dirname(file));
                message = `the ${bundle} bundle ${folder} has no ${folder}.${bundle === 'lwc' ? 'js' : 'cmp'}-meta.xml, so none of its files would be deployed.`;
            } else if (existsSync(`${file}-meta.xml`)) {
                message = `${name} is not part of any metadata component; it would not be deployed.`;
            } else {
                message = `${name} has no ${name}-meta.xml (or is not a metadata source file), so SDR leaves it out of the deploy.`;
            }
            problems.push({ file: rel(root, file), rule: 'orphan', message });
        }
    }
    return problems;
}

/** LWC bundles whose main .js module is missing (the .js is the TypeScript build output). */
function lwcBuildProblems(root, components) {
    const problems = [];
    for (const c of components.filter((x) => x.type.name === 'LightningComponentBundle' && x.xml)) {
        const dir = c.content;
        const js = path.join(dir, `${c.name}.js`);
        if (existsSync(js)) continue;
        const ts = path.join(dir, `${c.name}.ts`);
        problems.push(
            existsSync(ts)
                ? {
                      file: rel(root, ts),
                      rule: 'lwc-build',
                      message: `${c.name}.js is missing: it is the build output of ${c.name}.ts; run npm run build first.`
                  }
                : {
                      file: rel(root, c.xml),
                      rule: 'lwc-build',
                      message: `the LWC bundle ${c.name} has no ${c.name}.js module (nor a ${c.name}.ts to build it from).`
                  }
        );
    }
    return problems;
}

/** Converts components into a fresh temporary folder; on failure converts them one by one to name the culprits. */
async function convertProblems(root, components) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'zoomsf-mdapi-'));
    const registry = projectRegistry(root);
    const converter = new MetadataConverter(registry);
    const convert = (set, name) =>
        converter.convert(set, 'metadata', {
            type: 'directory',
            outputDirectory: path.join(out, name),
            genUniqueDir: false
        });
    try {
        try {
            await convert(new ComponentSet(components, registry), 'all');
            return [];
        } catch {
            const problems = [];
            for (const [i, c] of components.entries()) {
                try {
                    await convert(new ComponentSet([c], registry), `c${i}`);
                } catch (error) {
                    problems.push(problemFromError(root, error, c.xml ?? c.content));
                }
            }
            return problems;
        }
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
}

/**
 * Resolves and converts every package directory.
 * @param {{ root?: string }} [options]
 * @returns {Promise<{ problems: Array<{file: string, line?: number, message: string, rule?: string}>, summary: string }>}
 */
export async function run({ root = ROOT } = {}) {
    root = path.resolve(root);
    const { components, problems, forceIgnore, dirs } = resolveSource(root);
    problems.push(...missingXmlProblems(root, components));
    const named = new Set(problems.map((p) => p.file));
    problems.push(...orphanProblems(root, dirs, components, forceIgnore).filter((p) => !named.has(p.file)));
    const lwc = lwcBuildProblems(root, components);
    problems.push(...lwc);
    // Without its .js a bundle converts "successfully" into an undeployable folder: only convert the rest.
    const convertible = components.filter(
        (c) => c.xml && (c.type.name !== 'LightningComponentBundle' || existsSync(path.join(c.content, `${c.name}.js`)))
    );
    problems.push(...(await convertProblems(root, convertible)));

    const counts = new Map();
    for (const c of flatten(components)) counts.set(c.type.name, (counts.get(c.type.name) ?? 0) + 1);
    const perType = [...counts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, n]) => `${type} ${n}`)
        .join(', ');
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return { problems, summary: `${total} components converted to Metadata API format: ${perType}` };
}

await runIfMain(import.meta.url, run);
