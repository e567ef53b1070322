// Checks every metadata XML file (*-meta.xml) of the package directories against the Metadata API schema:
//  - the root element is the metadata type of the file (as SDR resolves it from its suffix and folder) and is in
//    the namespace http://soap.sforce.com/2006/04/metadata;
//  - every element, at every depth, is a property of the type of its parent element (nested complex types, arrays,
//    and base types followed), so a misspelt element (<lenght>) or one placed in the wrong parent (<referenceTo>
//    inside <valueSet>) is reported at its line;
//  - a simple-typed element (string, number, boolean) holds no child elements, booleans are true/false and numbers
//    are numbers; a complex-typed element holds no stray text.
//
// Schema source. The primary table is `ApiSchemas` of @jsforce/jsforce-node (lib/api/metadata/schema.js): one entry
// per WSDL complex type, `{ type, props: { name: 'T' | '?T' | ['T'] }, extends? }`, where '?' marks an optional
// property, ['T'] a repeated one, and `extends` the base type whose props are inherited (Metadata → fullName).
// That table was generated from an older Metadata WSDL: it lacks types and properties newer API versions added
// (ExternalCredential, NamedCredential.namedCredentialParameters, PermissionSet.externalCredentialPrincipalAccesses,
// …). A type or property missing there is looked up in the second table, @salesforce/types/lib/metadata.d.ts
// (TypeScript types Salesforce generates from the current Metadata WSDL, repository forcedotcom/wsdl; installed as
// a dependency of @salesforce/source-deploy-retrieve), read with the TypeScript compiler API. A type missing from
// both is reported as a problem: its file cannot be checked.
//
// Limits (issue #9 check h). Beyond the shape, the Metadata API rejects text longer than a property allows and numbers
// outside their range; neither is in the WSDL. TEXT_LIMITS, NUMBER_RANGES, NAME_LIMITS and the custom-field rules
// below hold the limits from the Salesforce references, each with its source (SOURCES); a description whose type has
// no documented limit is held to 255 characters, the length of Setup's description fields, so that no deploy
// depends on an undocumented limit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ts from 'typescript';
import { ROOT, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';
import { flatten, projectRegistry, resolveSource } from './metadata-convert.mjs';

export const label = 'Metadata schema (Metadata API elements and limits)';

export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const PRIMITIVES = new Set(['string', 'number', 'boolean', 'any']);

/**
 * Properties typed `string` in the WSDL whose content is nevertheless XML that the platform parses itself
 * (LightningComponentBundle.targetConfigs holds <targetConfig> elements). Their children are not checked.
 */
const OPAQUE = new Set(['LightningComponentBundle.targetConfigs']);

const require = createRequire(import.meta.url);

/** Where each limit comes from. */
export const SOURCES = {
    permissionSet:
        'Tooling API, PermissionSet: Description limit 255, Label limit 80, Name 80 ' +
        '(developer.salesforce.com/docs/platform/api-tooling/references/tooling-objects/tooling-permissionset.html; ' +
        'Metadata API PermissionSet: description "maximum 255 characters")',
    fieldAttributes:
        'Salesforce Help, Custom Field Attributes: field label 40, field name 40, description 1,000, help text 510 ' +
        'characters, # Visible Lines 2 through 50 (help.salesforce.com/s/articleView?id=platform.custom_field_attributes.htm)',
    fieldTypes:
        'Salesforce Help, Custom Field Types: Text up to 255 characters, Text Area (Long) and Rich 256 to 131,072, ' +
        'Text (Encrypted) 175, Number/Currency/Percent up to 18 digits, picklist values up to 255 characters ' +
        '(help.salesforce.com/s/articleView?id=platform.custom_field_types.htm)',
    customObject:
        'Salesforce Help, Custom Object Definition: label and plural label 40 characters, object name 40, ' +
        'description 1,000 (help.salesforce.com/s/articleView?id=platform.dev_objectedit.htm)',
    reportType:
        'Salesforce Help, Create a Custom Report Type: label up to 50 characters, description up to 255 ' +
        '(help.salesforce.com/s/articleView?id=analytics.reports_defining_report_types.htm)',
    cachePartition: 'Apex/Metadata API PlatformCachePartitionType: allocated capacities are whole MB, 0 or more',
    house: 'no documented limit found: held to 255 characters, the length of Setup description fields'
};

/** Maximum length in characters of a string property, by `Type.property`. */
export const TEXT_LIMITS = new Map([
    ['PermissionSet.description', { max: 255, source: SOURCES.permissionSet }],
    ['PermissionSet.label', { max: 80, source: SOURCES.permissionSet }],
    ['CustomField.label', { max: 40, source: SOURCES.fieldAttributes }],
    ['CustomField.description', { max: 1000, source: SOURCES.fieldAttributes }],
    ['CustomField.inlineHelpText', { max: 510, source: SOURCES.fieldAttributes }],
    // A translation is held to the limit of the text it translates (issue #13): help text 510, report type 50/255.
    ['CustomFieldTranslation.help', { max: 510, source: SOURCES.fieldAttributes }],
    ['ReportTypeTranslation.label', { max: 50, source: SOURCES.reportType }],
    ['ReportTypeTranslation.description', { max: 255, source: SOURCES.reportType }],
    ['CustomValue.label', { max: 255, source: SOURCES.fieldTypes }],
    ['CustomValue.fullName', { max: 255, source: SOURCES.fieldTypes }],
    ['CustomObject.label', { max: 40, source: SOURCES.customObject }],
    ['CustomObject.pluralLabel', { max: 40, source: SOURCES.customObject }],
    ['CustomObject.description', { max: 1000, source: SOURCES.customObject }],
    ['ReportType.label', { max: 50, source: SOURCES.reportType }],
    ['ReportType.description', { max: 255, source: SOURCES.reportType }],
    ...[
        'ExternalCredential.description',
        'ExternalCredentialParameter.description',
        'NamedCredential.description',
        'NamedCredentialParameter.description',
        'PlatformCachePartition.description',
        'FlexiPage.description',
        'Dashboard.description',
        'Report.description',
        'CustomPermission.description',
        'CustomApplication.description',
        'CustomTab.description',
        'QuickAction.description',
        'WebLink.description',
        'ApexPage.description',
        'ApexComponent.description'
    ].map((key) => [key, { max: 255, source: SOURCES.house }])
]);

/** Allowed range of a number property, by `Type.property`. */
export const NUMBER_RANGES = new Map(
    [
        'PlatformCachePartitionType.allocatedCapacity',
        'PlatformCachePartitionType.allocatedPartnerCapacity',
        'PlatformCachePartitionType.allocatedPurchasedCapacity',
        'PlatformCachePartitionType.allocatedTrialCapacity'
    ].map((key) => [key, { min: 0, integer: true, source: SOURCES.cachePartition }])
);

/** Maximum length of a component's API name (without its __c / __e suffix), by metadata type. */
export const NAME_LIMITS = new Map([
    ['CustomField', { max: 40, source: SOURCES.fieldAttributes }],
    ['CustomObject', { max: 40, source: SOURCES.customObject }],
    ['PermissionSet', { max: 80, source: SOURCES.permissionSet }]
]);

/** Length and number ranges of a custom field, by its <type> (fields of other types have none of these). */
export const FIELD_RANGES = {
    Text: { length: [1, 255] },
    EncryptedText: { length: [1, 175] },
    LongTextArea: { length: [256, 131072], visibleLines: [2, 50] },
    Html: { length: [256, 131072], visibleLines: [2, 50] },
    Number: { precision: [1, 18] },
    Currency: { precision: [1, 18] },
    Percent: { precision: [1, 18] }
};

/** @typedef {{ type: string, array: boolean, source: string }} Prop */
/** @typedef {{ props: Map<string, Prop>, bases: string[] }} SchemaType */

/** The jsforce ApiSchemas table, normalised to Map<typeName, SchemaType>. */
function loadJsforceTable() {
    const { ApiSchemas } = require('@jsforce/jsforce-node/lib/api/metadata/schema.js');
    const table = new Map();
    for (const [name, def] of Object.entries(ApiSchemas)) {
        const props = new Map();
        for (const [prop, raw] of Object.entries(def.props ?? {})) {
            const array = Array.isArray(raw);
            // Entries look like 'string', '?string', ['Type'] and once ['?', 'Type'].
            const type = (array ? raw.filter((t) => t !== '?').pop() : raw).replace(/^\?/, '') || 'any';
            props.set(prop, { type, array, source: 'jsforce' });
        }
        table.set(name, { props, bases: def.extends ? [def.extends] : [] });
    }
    return table;
}

/** Path of metadata.d.ts of the @salesforce/types version that source-deploy-retrieve depends on. */
function salesforceTypesFile() {
    const sdr = require.resolve('@salesforce/source-deploy-retrieve');
    const metadataJs = createRequire(sdr).resolve('@salesforce/types/metadata');
    return path.join(path.dirname(metadataJs), 'metadata.d.ts');
}

/** The @salesforce/types Metadata API declarations, normalised to Map<typeName, SchemaType>. */
function loadSalesforceTypesTable() {
    const file = salesforceTypesFile();
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const enums = new Set();
    const aliases = [];
    for (const stmt of source.statements) {
        if (!ts.isTypeAliasDeclaration(stmt)) continue;
        const node = stmt.type;
        const isEnum =
            ts.isUnionTypeNode(node) &&
            node.types.every((t) => ts.isLiteralTypeNode(t) || t.kind === ts.SyntaxKind.StringKeyword);
        if (isEnum || ts.isLiteralTypeNode(node)) enums.add(stmt.name.text);
        else aliases.push(stmt);
    }
    const typeOf = (node) => {
        if (ts.isArrayTypeNode(node)) return { ...typeOf(node.elementType), array: true };
        if (node.kind === ts.SyntaxKind.StringKeyword) return { type: 'string', array: false };
        if (node.kind === ts.SyntaxKind.NumberKeyword) return { type: 'number', array: false };
        if (node.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean', array: false };
        if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
            const name = node.typeName.text;
            return { type: enums.has(name) ? 'string' : name, array: false };
        }
        return { type: 'any', array: false };
    };
    const table = new Map();
    for (const stmt of aliases) {
        const parts = ts.isIntersectionTypeNode(stmt.type) ? stmt.type.types : [stmt.type];
        const props = new Map();
        const bases = [];
        for (const part of parts) {
            if (ts.isTypeReferenceNode(part) && ts.isIdentifier(part.typeName)) bases.push(part.typeName.text);
            if (!ts.isTypeLiteralNode(part)) continue;
            for (const member of part.members) {
                if (!ts.isPropertySignature(member) || !member.type) continue;
                props.set(member.name.getText(source), { ...typeOf(member.type), source: '@salesforce/types' });
            }
        }
        table.set(stmt.name.text, { props, bases });
    }
    return table;
}

let cachedSchema;

/**
 * The merged Metadata API schema: jsforce's ApiSchemas first, @salesforce/types for what it lacks.
 * @returns {{ has(type: string): boolean, props(type: string): Map<string, Prop>, sourceOf(type: string): string }}
 */
export function loadSchema() {
    if (cachedSchema) return cachedSchema;
    const tables = [loadJsforceTable(), loadSalesforceTypesTable()];
    const memo = new Map();
    const collect = (table, name, into, seen = new Set()) => {
        const def = table.get(name);
        if (!def || seen.has(name)) return;
        seen.add(name);
        for (const base of def.bases) collect(table, base, into, seen);
        for (const [prop, info] of def.props) if (!into.has(prop)) into.set(prop, info);
    };
    cachedSchema = {
        has: (name) => tables.some((t) => t.has(name)),
        sourceOf: (name) => (tables[0].has(name) ? 'jsforce' : tables[1].has(name) ? '@salesforce/types' : ''),
        props(name) {
            if (!memo.has(name)) {
                const merged = new Map();
                for (const table of tables) collect(table, name, merged);
                memo.set(name, merged);
            }
            return memo.get(name);
        }
    };
    return cachedSchema;
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}

const elementChildren = (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 1);
const ownText = (el) =>
    Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3 || n.nodeType === 4)
        .map((n) => n.data)
        .join('');

/** Reports a string longer than its TEXT_LIMITS entry or a number outside its NUMBER_RANGES entry. */
function checkLimits(el, type, name, declared, value, report) {
    const text = TEXT_LIMITS.get(`${type}.${name}`);
    if (text && declared === 'string' && value.length > text.max) {
        report(
            el,
            'limit',
            `<${name}> of ${type} is ${value.length} characters; the limit is ${text.max} (${text.source}).`
        );
    }
    const range = NUMBER_RANGES.get(`${type}.${name}`);
    if (range && declared === 'number') {
        const n = Number(value);
        if ((range.integer && !Number.isInteger(n)) || n < range.min || (range.max !== undefined && n > range.max)) {
            report(
                el,
                'limit',
                `<${name}> of ${type} is ${value}; allowed: ${range.integer ? 'whole numbers ' : ''}from ${range.min}` +
                    `${range.max !== undefined ? ` to ${range.max}` : ''} (${range.source}).`
            );
        }
    }
}

/**
 * The range rules of a CustomField document that depend on its <type> (FIELD_RANGES), plus scale ≤ precision.
 * @returns {object[]} problems
 */
export function checkFieldRanges(doc, file) {
    const problems = [];
    const root = doc.documentElement;
    if (!root || root.localName !== 'CustomField') return problems;
    const child = (name) => elementChildren(root).find((c) => c.localName === name);
    const num = (name) => (child(name) ? Number(ownText(child(name)).trim()) : undefined);
    const fieldType = child('type') ? ownText(child('type')).trim() : '';
    const rules = FIELD_RANGES[fieldType] ?? {};
    for (const [prop, [min, max]] of Object.entries(rules)) {
        const value = num(prop);
        if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) continue;
        problems.push({
            file,
            line: child(prop).lineNumber,
            rule: 'limit',
            message: `<${prop}> of a ${fieldType} field is ${value}; allowed: ${min} to ${max} (${SOURCES.fieldTypes}).`
        });
    }
    const precision = num('precision');
    const scale = num('scale');
    if (precision !== undefined && scale !== undefined && (scale < 0 || scale > precision)) {
        problems.push({
            file,
            line: child('scale').lineNumber,
            rule: 'limit',
            message: `<scale> ${scale} must be from 0 to the precision ${precision} (${SOURCES.fieldTypes}).`
        });
    }
    return problems;
}

/** Reports an API name longer than its NAME_LIMITS entry (from the file or folder name). */
export function checkNameLength(type, file) {
    const limit = NAME_LIMITS.get(type);
    if (!limit) return [];
    const base =
        type === 'CustomObject'
            ? path.basename(file).replace(/\.object-meta\.xml$/, '')
            : path.basename(file).replace(/\.[^.]+-meta\.xml$/, '');
    const name = base.replace(/__(c|e|mdt|b|x)$/, '');
    if (name.length <= limit.max) return [];
    return [
        {
            file,
            line: 1,
            rule: 'limit',
            message: `API name ${base} has ${name.length} characters before its suffix; the limit is ${limit.max} (${limit.source}).`
        }
    ];
}

/**
 * Checks one parsed metadata document against the schema.
 * @param {Document} doc parsed XML (xmldom, with line numbers)
 * @param {string} expectedType metadata type name the file must hold
 * @param {string} file project-relative path used in problems
 * @returns {{ problems: object[], elements: number, supplemented: Set<string> }}
 */
export function checkDocument(doc, expectedType, file) {
    const schema = loadSchema();
    const problems = [];
    const supplemented = new Set();
    let elements = 0;
    const root = doc.documentElement;
    const report = (node, rule, message) => problems.push({ file, line: node?.lineNumber ?? 1, rule, message });
    if (!root) {
        report(null, 'xml', 'no root element');
        return { problems, elements, supplemented };
    }
    if (root.namespaceURI !== METADATA_NS) {
        report(
            root,
            'namespace',
            `root element <${root.tagName}> must declare xmlns="${METADATA_NS}" (found ${root.namespaceURI ? `"${root.namespaceURI}"` : 'none'}).`
        );
    }
    if (root.localName !== expectedType) {
        report(
            root,
            'root-type',
            `root element <${root.localName}> does not match the file's metadata type ${expectedType}.`
        );
    }
    const rootType = root.localName === expectedType || !schema.has(expectedType) ? root.localName : expectedType;
    if (!schema.has(rootType)) {
        report(
            root,
            'schema-missing-type',
            `metadata type ${rootType} is in neither the jsforce ApiSchemas table nor @salesforce/types: its elements cannot be checked.`
        );
        return { problems, elements, supplemented };
    }
    if (schema.sourceOf(rootType) !== 'jsforce') supplemented.add(rootType);

    /** @param {Element} el @param {string} type @param {Array<{name: string, type: string}>} ancestors */
    const walk = (el, type, ancestors) => {
        const props = schema.props(type);
        for (const child of elementChildren(el)) {
            elements++;
            const name = child.localName;
            const prop = props.get(name);
            const where = `<${el.localName}> (${type})`;
            if (!prop) {
                const owner = [...ancestors].reverse().find((a) => schema.props(a.type).has(name));
                const close = [...props.keys()].filter((p) => distance(p.toLowerCase(), name.toLowerCase()) <= 2);
                const hint = owner
                    ? ` It belongs directly in <${owner.name}> (${owner.type}).`
                    : close.length
                      ? ` Did you mean <${close.join('> or <')}>?`
                      : '';
                report(child, 'unknown-element', `<${name}> is not an element of ${where}.${hint}`);
                continue;
            }
            if (prop.source !== 'jsforce')
                supplemented.add(schema.sourceOf(type) === 'jsforce' ? `${type}.${name}` : type);
            const xsiType = child.getAttributeNS(XSI_NS, 'type');
            const declared =
                xsiType && schema.has(xsiType.replace(/^\w+:/, '')) ? xsiType.replace(/^\w+:/, '') : prop.type;
            const kids = elementChildren(child);
            if (!PRIMITIVES.has(declared) && !schema.has(declared)) {
                report(child, 'schema-missing-type', `type ${declared} of ${type}.${name} is in neither schema table.`);
                continue;
            }
            if (PRIMITIVES.has(declared)) {
                if (declared === 'any' || OPAQUE.has(`${type}.${name}`)) continue;
                if (kids.length) {
                    report(
                        kids[0],
                        'unexpected-child',
                        `<${kids[0].localName}> cannot be placed inside <${name}>: ${type}.${name} is a ${declared} value.`
                    );
                    continue;
                }
                const value = ownText(child).trim();
                if (declared === 'boolean' && !/^(true|false)$/.test(value)) {
                    report(child, 'value', `<${name}> must be true or false (found "${value}").`);
                } else if (declared === 'number' && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) {
                    report(child, 'value', `<${name}> must be a number (found "${value}").`);
                } else {
                    checkLimits(child, type, name, declared, value, report);
                }
                continue;
            }
            if (ownText(child).trim()) {
                report(child, 'value', `<${name}> (${declared}) holds text; it expects child elements.`);
            }
            walk(child, declared, [...ancestors, { name: el.localName, type }]);
        }
    };
    walk(root, rootType, []);
    return { problems, elements, supplemented };
}

/**
 * Parses XML with xmldom, keeping line numbers; errors (fatal or not) are returned instead of thrown.
 * @param {string} text
 * @returns {{ doc: Document | null, errors: Array<{ line: number, message: string }> }}
 */
export function parseXml(text) {
    const errors = [];
    const strip = (message) => String(message).replace(/\s*@#\[line:.*$/s, '');
    const lineOf = (message) => Number(String(message).match(/@#\[line:(\d+)/)?.[1]) || 1;
    try {
        const doc = new DOMParser({
            onError: (level, message, context) => {
                const line = context?.locator?.lineNumber || lineOf(message);
                if (level !== 'warning') errors.push({ line, message: strip(message) });
            }
        }).parseFromString(text, 'text/xml');
        return { doc, errors };
    } catch (error) {
        if (!errors.length)
            errors.push({ line: error.locator?.lineNumber || lineOf(error.message), message: strip(error.message) });
        return { doc: null, errors };
    }
}

/** Metadata type of each -meta.xml, as SDR resolves it; files it cannot resolve fall back to the suffix registry. */
function expectedTypes(root, components) {
    const byFile = new Map();
    for (const c of flatten(components)) if (c.xml) byFile.set(c.xml, c.type.name);
    const registry = projectRegistry(root);
    return (file) => {
        if (byFile.has(file)) return byFile.get(file);
        const suffix = path.basename(file).match(/\.([^.]+)-meta\.xml$/)?.[1];
        return (suffix && registry.getTypeBySuffix(suffix)?.name) || '';
    };
}

/**
 * Checks every *-meta.xml file of the package directories that .forceignore lets through.
 * @param {{ root?: string }} [options]
 * @returns {Promise<{ problems: Array<{file: string, line?: number, message: string, rule?: string}>, summary: string }>}
 */
export async function run({ root = ROOT } = {}) {
    root = path.resolve(root);
    loadSchema();
    const { dirs, forceIgnore, components } = resolveSource(root);
    const typeOf = expectedTypes(root, components);
    const problems = [];
    const supplemented = new Set();
    let files = 0;
    let elements = 0;
    for (const dir of dirs) {
        for (const abs of listFiles(dir, (f) => f.endsWith('-meta.xml') && !forceIgnore.denies(f))) {
            const file = rel(root, abs);
            files++;
            const parsed = parseXml(readFileSync(abs, 'utf8'));
            if (parsed.errors.length) {
                // Later errors usually follow from the first one.
                const [first] = parsed.errors;
                problems.push({ file, line: first.line, rule: 'xml', message: `XML error: ${first.message}` });
                continue;
            }
            const doc = parsed.doc;
            const expected = typeOf(abs);
            if (!expected) {
                problems.push({
                    file,
                    line: 1,
                    rule: 'unknown-type',
                    message: 'cannot tell the metadata type of this file from its suffix and folder; it is not checked.'
                });
                continue;
            }
            const result = checkDocument(doc, expected, file);
            problems.push(...result.problems, ...checkFieldRanges(doc, file), ...checkNameLength(expected, file));
            elements += result.elements;
            for (const s of result.supplemented) supplemented.add(s);
        }
    }
    const extra = supplemented.size
        ? `; from @salesforce/types (newer than jsforce's table): ${[...supplemented].sort().join(', ')}`
        : '';
    return {
        problems,
        summary: `${elements} elements in ${files} metadata files match the Metadata API schema and its limits (${TEXT_LIMITS.size} text limits, ${NAME_LIMITS.size} name limits, field ranges)${extra}`
    };
}

await runIfMain(import.meta.url, run);
