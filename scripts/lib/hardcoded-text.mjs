// Finds user-facing text written into the source instead of a custom label (used by the labels check).
// What counts as user-facing (docs/architecture.md, "Language"):
//  - LWC templates: text nodes, and the attributes in TEMPLATE_ATTRIBUTES, when they hold a letter outside `{…}`;
//  - LWC TypeScript (not tests): a string literal (or the text of a template literal) that
//      * reads as prose anywhere (two words or more, not a CSS class list, selector, URL or identifier list), or
//      * holds a word and sits where text reaches the user: a property named in TEXT_PROPERTIES of an object literal
//        (toasts, notices, columns, checklist steps…), a `new Error(…)`/ShowToastEvent argument, the value of a
//        class field or getter the template renders as text or in a user-facing attribute;
//    never: imports, type positions, comparisons and `case` labels, object keys, event names, console/querySelector/
//    classList/setAttribute arguments, Intl options;
//  - Visualforce pages and components: text nodes and VF_ATTRIBUTES outside `{!…}`;
//  - Apex (not tests): a literal with a word in `new UserMessageException(…)` or `.addError(…)`, a prose literal
//    assigned to a DTO text field (APEX_TEXT_FIELDS, `x.field = '…'` or a field initialiser), every prose constant of
//    ControllerErrors, and every prose literal of the classes that write emails and calendar invitations
//    (APEX_TEXT_CLASSES). Log messages (IntegrationLogger, Zoom_Log__c) and developer exceptions are not flagged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFragment } from 'parse5';
import ts from 'typescript';
import { blankCommentsAndStrings } from './apex-source.mjs';
import { lineAt, listFiles, rel } from './project.mjs';

/** Template attributes whose static value is read by a person (lower case, as parse5 gives them). */
export const TEMPLATE_ATTRIBUTES = new Set([
    'label',
    'title',
    'placeholder',
    'alternative-text',
    'aria-label',
    'aria-description',
    'aria-roledescription',
    'aria-valuetext',
    'alt',
    'field-level-help',
    'header',
    'heading',
    'help-text',
    'loading-text',
    'assistive-text',
    'button-label',
    'title-text'
]);
/** Visualforce attributes whose static value is read by a person. */
export const VF_ATTRIBUTES = new Set(['title', 'label', 'alt', 'placeholder', 'aria-label', 'headervalue', 'summary']);
/** Object-literal properties whose string value reaches the user in LWC TypeScript. */
export const TEXT_PROPERTIES = new Set([
    'title',
    'message',
    'label',
    'heading',
    'header',
    'alternativeText',
    'placeholder',
    'helpText',
    'text',
    'ariaLabel',
    'tooltip',
    'hint',
    'emptyMessage',
    'description',
    'detail',
    'summary',
    'action',
    'actionLabel'
]);
/** DTO fields whose text a person reads (Apex `x.field = '…'` or `String field = '…'`). */
export const APEX_TEXT_FIELDS = new Set([
    'message',
    'subject',
    'body',
    'htmlBody',
    'plainTextBody',
    'reason',
    'detail',
    'label',
    'title',
    'heading',
    'summary',
    'explanation',
    'failureReason',
    'failure',
    'credentialMessage',
    'purpose',
    'description',
    'outcome'
]);
/** Apex classes whose prose literals are all user text (they write emails and calendar invitations). */
export const APEX_TEXT_CLASSES = new Set([
    'MeetingInvitation',
    'MeetingCalendarInvite',
    'MeetingEmailService',
    'ControllerErrors'
]);

const LETTER = /\p{L}/u;
const WORD = /^\(?\p{L}{2}[\p{L}'’-]*[.,!?:;…)]*$|^\p{L}$/u;

/**
 * True when `text` reads as words a person reads: two or more words, at least one plain word (not an identifier,
 * CSS class, URL, path or API name), or a single capitalised word ending in sentence punctuation.
 */
export function isProse(text) {
    const t = text.replace(/\{[^{}]*\}/g, ' ').trim();
    if (!LETTER.test(t)) return false;
    if (/^(https?:|mailto:|tel:|\/|\.\/|#|data:)/i.test(t)) return false;
    const tokens = t.split(/\s+/).filter(Boolean);
    const words = tokens.filter((w) => WORD.test(w) && !/^[a-z]+-[a-z-]+$/.test(w));
    if (tokens.length >= 2) {
        // CSS class lists, selectors, SOQL-like upper-case keyword lists, identifier lists.
        if (tokens.every((w) => /^[a-z0-9]+([-_:.][a-z0-9]+)+$/i.test(w) || /^[-_a-z0-9]*_[-_a-z0-9]*$/i.test(w)))
            return false;
        const long = words.some((w) => /\p{L}{2}/u.test(w));
        return long && (words.length >= 2 || /[.!?:]$/.test(t));
    }
    return /^\p{Lu}[\p{L}'’]+[.!?…]$/u.test(t);
}

/** True when `text` holds a word (for positions where any word is user text). */
export function hasWord(text) {
    const t = text.replace(/\{[^{}]*\}/g, ' ').trim();
    if (!/\p{L}{2,}/u.test(t)) return false;
    // Icons, CSS classes, identifiers with separators, URLs.
    if (/^[a-z]+:[a-z_]+$/.test(t)) return false; // utility:close
    if (/^[A-Za-z0-9]+(_+[A-Za-z0-9]+)+$/.test(t)) return false; // NO_MASS_MAIL_PERMISSION, Zoom_Meeting__c
    if (/^(https?:|mailto:|\/|#)/i.test(t)) return false;
    if (/^[a-z0-9]+([-_][a-z0-9]+)+(\s+[a-z0-9]+([-_][a-z0-9]+)*)*$/.test(t)) return false; // slds-x slds-y
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Templates (LWC .html) and Visualforce (.page, .component)

function walk(node, visit) {
    visit(node);
    for (const child of node.childNodes ?? []) walk(child, visit);
    if (node.content) walk(node.content, visit);
}

/** Names of the component properties a template renders as text or in a user-facing attribute. */
function renderedProperties(doc) {
    const names = new Set();
    const take = (value) => {
        for (const m of value.matchAll(/\{\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
    };
    walk(doc, (n) => {
        if (n.nodeName === '#text') take(n.value);
        for (const a of n.attrs ?? []) if (TEMPLATE_ATTRIBUTES.has(a.name)) take(a.value);
    });
    return names;
}

/** First line of `text` (starting at `startLine`) that holds a letter outside `{…}`. */
function letterLine(text, startLine) {
    const blanked = text.replace(/\{[^{}]*\}/g, (m) => m.replace(/[^\n]/g, ' '));
    const i = blanked.search(/\p{L}/u);
    return startLine + (i < 0 ? 0 : (blanked.slice(0, i).match(/\n/g) ?? []).length);
}

/**
 * Hard-coded text of one template (LWC, `kind` 'lwc') or Visualforce file ('vf').
 * @returns {{ findings: Array<{line: number, message: string}>, rendered: Set<string> }}
 */
export function scanMarkup(text, kind = 'lwc') {
    const doc = parseFragment(text, { sourceCodeLocationInfo: true });
    const findings = [];
    const attributes = kind === 'vf' ? VF_ATTRIBUTES : TEMPLATE_ATTRIBUTES;
    const expression = kind === 'vf' ? /\{!(?:[^{}]|\{[^{}]*\})*\}/g : /\{[^{}]*\}/g;
    walk(doc, (n) => {
        if (n.nodeName === 'script' || n.nodeName === 'style') {
            n.childNodes = [];
            return;
        }
        if (n.nodeName === '#text') {
            const rest = n.value.replace(expression, ' ');
            if (/\p{L}/u.test(rest) && n.sourceCodeLocation) {
                findings.push({
                    line: letterLine(
                        n.value.replace(expression, (m) => m.replace(/[^\n]/g, ' ')),
                        n.sourceCodeLocation.startLine
                    ),
                    message: `text "${rest.trim().replace(/\s+/g, ' ').slice(0, 60)}" is written into the ${kind === 'vf' ? 'page' : 'template'}: use a custom label${kind === 'vf' ? ' ({!$Label.X})' : ''}`
                });
            }
            return;
        }
        for (const a of n.attrs ?? []) {
            if (!attributes.has(a.name)) continue;
            const rest = a.value.replace(expression, ' ');
            if (!/\p{L}/u.test(rest)) continue;
            const loc = n.sourceCodeLocation?.attrs?.[a.name];
            findings.push({
                line: loc?.startLine ?? n.sourceCodeLocation?.startLine ?? 1,
                message: `${a.name}="${a.value.slice(0, 60)}" on <${n.nodeName}> is hard-coded: use a custom label`
            });
        }
    });
    return { findings, rendered: kind === 'lwc' ? renderedProperties(doc) : new Set() };
}

// ---------------------------------------------------------------------------------------------------------------
// LWC TypeScript

const SKIP_CALLS =
    /^(console\.\w+|.*\.querySelector(All)?|.*\.closest|.*\.addEventListener|.*\.removeEventListener|.*\.setAttribute|.*\.getAttribute|.*\.classList\.\w+|.*\.toggleAttribute|.*\.hasAttribute|.*\.matches|.*\.startsWith|.*\.endsWith|.*\.includes|.*\.indexOf|.*\.split|.*\.join|.*\.replace(All)?|.*\.localeCompare|.*\.padStart|.*\.padEnd|Symbol|.*\.getItem|.*\.setItem|.*\.removeItem|.*\.get|.*\.has|.*\.set|.*\.delete|encodeURIComponent|.*\.searchParams\.\w+|.*\.append|.*\.toLocale\w+|Intl\.\w+|new Intl\.\w+|require|jest\.\w+|.*\.dispatchEvent|getFieldValue|getFieldDisplayValue)$/;
const INTL_CTORS = /^Intl\.\w+$/;

/** Text of a call's callee (`a.b.c`), '' when not a plain name chain. */
function calleeText(node) {
    const e = node.expression;
    return ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) ? e.getText() : '';
}

/**
 * Hard-coded user text of one LWC TypeScript module.
 * @param {string} text source
 * @param {Set<string>} rendered properties/getters the bundle's template renders as text (empty for service modules)
 * @returns {Array<{ line: number, message: string }>}
 */
export function scanTypeScript(text, rendered = new Set(), fileName = 'x.ts') {
    const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const findings = [];
    const seen = new Set();
    const report = (node, value, why) => {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const key = `${line}:${value}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push({
            line,
            message: `"${value.trim().replace(/\s+/g, ' ').slice(0, 60)}" ${why}: use a custom label (@salesforce/label/c.X, formatLabel from c/i18n)`
        });
    };

    /** Why the position of a literal is user-facing (a reason), 'never' when it cannot be, or '' when neutral. */
    const position = (node) => {
        let child = node;
        let parent = node.parent;
        // Climb through expressions that pass the value on.
        while (
            parent &&
            (ts.isParenthesizedExpression(parent) ||
                ts.isConditionalExpression(parent) ||
                (ts.isBinaryExpression(parent) &&
                    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(
                        parent.operatorToken.kind
                    )) ||
                ts.isTemplateSpan(parent) ||
                ts.isTemplateExpression(parent) ||
                ts.isAsExpression(parent) ||
                ts.isArrayLiteralExpression(parent))
        ) {
            if (ts.isConditionalExpression(parent) && parent.condition === child) return 'never';
            child = parent;
            parent = parent.parent;
        }
        if (!parent) return '';
        if (
            ts.isImportDeclaration(parent) ||
            ts.isExportDeclaration(parent) ||
            ts.isLiteralTypeNode(parent) ||
            ts.isExternalModuleReference(parent) ||
            ts.isCaseClause(parent) ||
            ts.isElementAccessExpression(parent) ||
            (ts.isPropertyAssignment(parent) && parent.name === child) ||
            ts.isComputedPropertyName(parent)
        )
            return 'never';
        if (
            ts.isBinaryExpression(parent) &&
            [
                ts.SyntaxKind.EqualsEqualsEqualsToken,
                ts.SyntaxKind.ExclamationEqualsEqualsToken,
                ts.SyntaxKind.EqualsEqualsToken,
                ts.SyntaxKind.ExclamationEqualsToken,
                ts.SyntaxKind.InKeyword
            ].includes(parent.operatorToken.kind)
        )
            return 'never';
        if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
            const callee = parent.expression.getText(sf);
            if (
                ts.isNewExpression(parent) &&
                /^(CustomEvent|Event|RegExp|Intl\.\w+|URL|URLSearchParams|Date|Set|Map)$/.test(callee)
            )
                return 'never';
            if (ts.isNewExpression(parent) && /Error$/.test(callee)) return `is the message of new ${callee}`;
            if (ts.isCallExpression(parent) && SKIP_CALLS.test(calleeText(parent))) return 'never';
            return '';
        }
        if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
            const name = parent.name.getText(sf).replace(/['"]/g, '');
            // Intl options and other option bags of the platform.
            const owner = parent.parent?.parent;
            if (owner && (ts.isNewExpression(owner) || ts.isCallExpression(owner))) {
                const callee = owner.expression.getText(sf);
                if (INTL_CTORS.test(callee) || (/format\w*$/i.test(callee) && !TEXT_PROPERTIES.has(name)))
                    return 'never';
                if (/ShowToastEvent$/.test(callee) && ['title', 'message'].includes(name)) return `is a toast ${name}`;
            }
            if (TEXT_PROPERTIES.has(name)) return `is the ${name} of an object`;
            return '';
        }
        if (ts.isPropertyDeclaration(parent) && parent.initializer === child) {
            const name = parent.name.getText(sf);
            if (rendered.has(name)) return `initialises ${name}, which the template renders`;
            return '';
        }
        if (
            ts.isBinaryExpression(parent) &&
            parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            parent.right === child
        ) {
            const m = /^this\.(\w+)$/.exec(parent.left.getText(sf));
            if (m && rendered.has(m[1])) return `is assigned to ${m[1]}, which the template renders`;
            return '';
        }
        if (ts.isReturnStatement(parent)) {
            let fn = parent.parent;
            while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
            if (fn && ts.isGetAccessorDeclaration(fn) && rendered.has(fn.name.getText(sf)))
                return `is returned by the getter ${fn.name.getText(sf)}, which the template renders`;
            return '';
        }
        return '';
    };

    const visit = (node) => {
        let value = null;
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) value = node.text;
        else if (ts.isTemplateExpression(node))
            value = [node.head.text, ...node.templateSpans.map((s, i) => `{${i}}${s.literal.text}`)].join('');
        if (value !== null) {
            const where = position(node);
            if (where !== 'never') {
                if (where && hasWord(value)) report(node, value, where);
                else if (isProse(value)) report(node, value, 'reads as text a person sees');
            }
            if (ts.isTemplateExpression(node)) {
                for (const span of node.templateSpans) visit(span.expression);
            }
            return;
        }
        if (ts.isImportDeclaration(node) || ts.isTypeNode(node)) return;
        ts.forEachChild(node, visit);
    };
    visit(sf);
    return findings;
}

// ---------------------------------------------------------------------------------------------------------------
// Apex

/** Unescapes an Apex string literal body. */
function apexString(body) {
    return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c) =>
        c[0] === 'u' ? String.fromCharCode(parseInt(c.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r' }[c] ?? c)
    );
}

/**
 * Hard-coded user text of one Apex class.
 * @returns {Array<{ line: number, message: string }>}
 */
export function scanApex(text, className) {
    const findings = [];
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
    const blanked = blankCommentsAndStrings(text);
    const literals = [...code.matchAll(/'((?:\\.|[^'\\\n])*)'/g)].map((m) => ({
        index: m.index,
        end: m.index + m[0].length,
        value: apexString(m[1])
    }));
    const report = (lit, why) =>
        findings.push({
            line: lineAt(text, lit.index),
            message: `'${lit.value.slice(0, 60)}' ${why}: use a custom label (Label.X, LabelFormat.format)`
        });
    const inside = (start, end) => literals.filter((l) => l.index >= start && l.end <= end);
    /** End offset of the argument list opening at `open` (a "(" in blanked). */
    const closeOf = (open) => {
        let depth = 0;
        for (let i = open; i < blanked.length; i++) {
            if (blanked[i] === '(') depth++;
            else if (blanked[i] === ')' && --depth === 0) return i;
        }
        return blanked.length;
    };
    const flagged = new Set();
    for (const m of blanked.matchAll(/\bnew\s+UserMessageException\s*\(|\.addError\s*\(/gi)) {
        const open = m.index + m[0].length - 1;
        const why = /addError/i.test(m[0]) ? 'is an addError text' : 'is a UserMessageException sentence';
        for (const lit of inside(open, closeOf(open))) {
            if (hasWord(lit.value) && !flagged.has(lit.index)) {
                flagged.add(lit.index);
                report(lit, why);
            }
        }
    }
    const fields = [...APEX_TEXT_FIELDS].join('|');
    const assign = new RegExp(`\\.(${fields})\\s*=(?!=)`, 'g');
    for (const m of blanked.matchAll(assign)) {
        const start = m.index + m[0].length;
        const end = blanked.indexOf(';', start);
        for (const lit of inside(start, end < 0 ? blanked.length : end)) {
            if (isProse(lit.value) && !flagged.has(lit.index)) {
                flagged.add(lit.index);
                report(lit, `is assigned to the user-facing field ${m[1]}`);
            }
        }
    }
    if (APEX_TEXT_CLASSES.has(className)) {
        for (const lit of literals) {
            if (isProse(lit.value) && !flagged.has(lit.index)) {
                flagged.add(lit.index);
                report(lit, `is text of ${className}, which writes what users read`);
            }
        }
    }
    return findings.sort((a, b) => a.line - b.line);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Every hard-coded user text of the project.
 * @param {string} root
 * @returns {Array<{ file: string, line: number, rule: string, message: string }>}
 */
export function hardcodedText(root) {
    const out = [];
    const force = path.join(root, 'force-app');
    const isTest = (f) =>
        /[/\\]__tests__[/\\]/.test(f) || /Test\.cls$/.test(f) || f.includes(`${path.sep}test${path.sep}`);
    const bundles = listFiles(force, (f) => /[/\\]lwc[/\\][^/\\]+[/\\][^/\\]+\.(ts|html)$/.test(f) && !isTest(f));
    const rendered = new Map();
    for (const f of bundles.filter((x) => x.endsWith('.html'))) {
        const { findings, rendered: names } = scanMarkup(readFileSync(f, 'utf8'), 'lwc');
        const bundle = path.dirname(f);
        rendered.set(bundle, new Set([...(rendered.get(bundle) ?? []), ...names]));
        for (const x of findings)
            out.push({ file: rel(root, f), line: x.line, rule: 'hardcoded-template', message: x.message });
    }
    for (const f of bundles.filter((x) => x.endsWith('.ts') && !x.endsWith('.d.ts'))) {
        const names =
            path.basename(f, '.ts') === path.basename(path.dirname(f)) ? rendered.get(path.dirname(f)) : undefined;
        for (const x of scanTypeScript(readFileSync(f, 'utf8'), names ?? new Set(), f))
            out.push({ file: rel(root, f), line: x.line, rule: 'hardcoded-ts', message: x.message });
    }
    for (const f of listFiles(force, (x) => /\.(page|component)$/.test(x))) {
        for (const x of scanMarkup(readFileSync(f, 'utf8'), 'vf').findings)
            out.push({ file: rel(root, f), line: x.line, rule: 'hardcoded-visualforce', message: x.message });
    }
    for (const f of listFiles(force, (x) => /\.(cls|trigger)$/.test(x) && !isTest(x))) {
        const text = readFileSync(f, 'utf8');
        if (/@IsTest/i.test(text.slice(0, 400))) continue;
        for (const x of scanApex(text, path.basename(f).replace(/\.(cls|trigger)$/, '')))
            out.push({ file: rel(root, f), line: x.line, rule: 'hardcoded-apex', message: x.message });
    }
    return out;
}
