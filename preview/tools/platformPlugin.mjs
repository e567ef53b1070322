// Rollup plugin that stands in for the Salesforce platform modules the LWC module resolver cannot find:
// `@salesforce/apex/<Class>.<method>`, `@salesforce/schema/*`, `@salesforce/label/*`, `@salesforce/i18n/*` and other
// scoped imports, plus the generated component registry the shell imports as `preview:registry`.
// It runs after @lwc/rollup-plugin, so lightning-base-components keep their own scoped-import stubs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ROOT, listFiles } from '../../scripts/lib/project.mjs';
import { LANGUAGES, readLabelTranslations, readLabels } from '../../scripts/lib/labels.mjs';

const PLATFORM_DIR = path.join(ROOT, 'preview', 'platform');
const LBC_SCOPED_IMPORTS = path.join(ROOT, 'node_modules', 'lightning-base-components', 'scopedImports');

/** Id of the generated registry module (a path that does not exist; `load` supplies its code). */
export const REGISTRY_ID = path.join(ROOT, 'preview', 'shell', 'registry.generated.js');
const VIRTUAL = '\0preview-platform:';

/**
 * Values of the project's custom labels, keyed `c.<fullName>`, each `{ en, es, de, fr, ja }` (a language without a
 * translation is left out): the decomposed labels (one file per label, force-app/main/<area>/labels/<Name>.label-meta.xml,
 * the project's format) with their translations (force-app/main/core/translations/<lang>.translation-meta.xml), and
 * any CustomLabels file (*.labels-meta.xml, English only).
 * @returns {Map<string, Record<string, string>>}
 */
export function readCustomLabels(root = ROOT) {
    const parser = new XMLParser({ isArray: (name) => name === 'labels' });
    const labels = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.labels-meta.xml'))) {
        const doc = parser.parse(readFileSync(file, 'utf8'));
        for (const label of doc?.CustomLabels?.labels ?? [])
            labels.set(`c.${label.fullName}`, { en: String(label.value) });
    }
    for (const label of readLabels(root)) labels.set(`c.${label.name}`, { en: label.value });
    for (const { code } of LANGUAGES) {
        for (const t of readLabelTranslations(root, code).labels) {
            const values = labels.get(`c.${t.name}`);
            if (values && t.value.trim()) values[code] = t.value;
        }
    }
    return labels;
}

/** `@salesforce/i18n/*` values that follow the preview's language (see preview/platform/language.js). */
const I18N_FROM_LANGUAGE = {
    locale: 'current.locale',
    lang: 'lang',
    firstDayOfWeek: 'firstDayOfWeek',
    'number.decimalSeparator': 'decimalSeparator',
    'number.groupingSeparator': 'groupingSeparator'
};

/** Source of a language-dependent `@salesforce/i18n/<key>` module, or null for the other keys. */
export function i18nModuleSource(source) {
    const key = /^@salesforce\/i18n\/(.+)$/.exec(source)?.[1];
    const value = key && Object.hasOwn(I18N_FROM_LANGUAGE, key) ? I18N_FROM_LANGUAGE[key] : null;
    if (!value) return null;
    const name = value.split('.')[0];
    return `import { ${name} } from ${platformImport('language.js')};\nexport default ${value};\n`;
}

/**
 * Rollup plugin, placed before @lwc/rollup-plugin: the language-dependent `@salesforce/i18n/*` imports of every
 * module, lightning-base-components included (so lightning-formatted-* follow `?lang=` too).
 * @returns {import('rollup').Plugin}
 */
export function previewI18n() {
    const PREFIX = '\0preview-i18n:';
    return {
        name: 'preview-i18n',
        resolveId: (source) => (i18nModuleSource(source) === null ? null : PREFIX + source),
        load: (id) => (id.startsWith(PREFIX) ? i18nModuleSource(id.slice(PREFIX.length)) : null)
    };
}

/** `import x from '/abs/file.js'` with a path rollup resolves on every OS. */
const platformImport = (file) => JSON.stringify(path.join(PLATFORM_DIR, file).split(path.sep).join('/'));

/**
 * Source of a virtual module for one platform import, or null when the preview has no stand-in for it.
 * @param {string} source the import specifier, e.g. "@salesforce/apex/ZoomMeetingController.getMeeting"
 * @param {Map<string, string>} labels custom labels
 */
export function platformModuleSource(source, labels) {
    const [, type, key] = /^@salesforce\/([^/]+)\/(.+)$/.exec(source) ?? [];
    if (!type) return null;
    switch (type) {
        case 'apex':
            // `<Class>.<method>` or `<namespace>.<Class>.<method>`: one callable that is also a wire adapter.
            return (
                `import { createApexMethod } from ${platformImport('apexRuntime.js')};\n` +
                `export default createApexMethod(${JSON.stringify(key.split('.').slice(-2).join('.'))});\n`
            );
        case 'schema': {
            // Like the platform (and sfdx-lwc-jest): an object reference, not a string.
            const dot = key.indexOf('.');
            const ref =
                dot === -1
                    ? { objectApiName: key }
                    : { objectApiName: key.slice(0, dot), fieldApiName: key.slice(dot + 1) };
            return `export default Object.freeze(${JSON.stringify(ref)});\n`;
        }
        case 'label': {
            // Every language's value; language.js picks the page's (?lang=).
            if (labels.has(key))
                return (
                    `import { pick } from ${platformImport('language.js')};\n` +
                    `export default pick(${JSON.stringify(labels.get(key))});\n`
                );
            break;
        }
        case 'customPermission':
        case 'userPermission':
            // The preview user is an administrator who holds every permission.
            return 'export default true;\n';
        default:
            break;
    }
    // i18n, client, internal and Salesforce labels: the values lightning-base-components ship for local use.
    const lbcFile = path.join(LBC_SCOPED_IMPORTS, `@salesforce-${type}-${key}.js`);
    if (existsSync(lbcFile)) return readFileSync(lbcFile, 'utf8');
    return null;
}

/**
 * The `preview:server-labels` module: every label that has a translation, as `[english, { es, de, fr, ja }]`. Apex
 * answers in the user's language (its sentences are labels, formatted with String.format), but the fixtures and
 * handlers the preview answers with are written in English; language.js translates them with this table.
 * @param {Map<string, Record<string, string>>} labels
 */
export function serverLabelsSource(labels) {
    const rows = [...labels.values()].filter((v) => Object.keys(v).length > 1).map((v) => [v.en, v]);
    return `export default ${JSON.stringify(rows)};\n`;
}

/** The registry module: every bundle under force-app imported by its `c/<name>` specifier. */
export function registrySource(bundles) {
    const lines = bundles.map((b, i) => `import * as m${i} from 'c/${b.name}';`);
    const map = bundles.map((b, i) => `    ${JSON.stringify(b.name)}: m${i}`).join(',\n');
    return `${lines.join('\n')}\n\n/** Module namespace of every LWC bundle, by bundle name. */\nexport default {\n${map}\n};\n`;
}

/**
 * @param {{ bundles: Array<{name: string}>, mode?: 'development'|'production' }} options
 * @returns {import('rollup').Plugin}
 */
export default function previewPlatform({ bundles, mode = 'development' }) {
    const labels = readCustomLabels();
    return {
        name: 'preview-platform',
        resolveId(source, importer) {
            if (source === 'preview:registry') return REGISTRY_ID;
            if (source === 'preview:server-labels') return VIRTUAL + source;
            if (platformModuleSource(source, labels) !== null) return VIRTUAL + source;
            if (importer && source.startsWith('@salesforce/label/c.')) {
                this.error(
                    `Custom label "${source.slice('@salesforce/label/'.length)}" (imported by ` +
                        `${path.relative(ROOT, importer)}) is not defined: add force-app/main/<area>/labels/<Name>.label-meta.xml.`
                );
            }
            if (importer && /^(@salesforce|lightning)\//.test(source)) {
                this.error(
                    `The preview has no stand-in for "${source}" (imported by ${path.relative(ROOT, importer)}). ` +
                        'Add a stub under preview/platform and map it in preview/tools/build.mjs.'
                );
            }
            return null;
        },
        load(id) {
            if (id === REGISTRY_ID) return registrySource(bundles);
            if (id === VIRTUAL + 'preview:server-labels') return serverLabelsSource(labels);
            if (id.startsWith(VIRTUAL)) return platformModuleSource(id.slice(VIRTUAL.length), labels);
            return null;
        },
        transform(code) {
            // What a bundler's "define" does for the LWC engine and lightning-base-components.
            if (!code.includes('process.env.NODE_ENV') && !code.includes('import.meta.env.SSR')) return null;
            return {
                code: code
                    .replaceAll('process.env.NODE_ENV', JSON.stringify(mode))
                    .replaceAll('import.meta.env.SSR', 'false'),
                map: null
            };
        }
    };
}
