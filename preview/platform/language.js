/**
 * The preview's language: `?lang=es|de|fr|ja|en` on any page (English by default). Custom labels, and the
 * `@salesforce/i18n/*` values the components and lightning-base-components read (locale, lang, first day of the
 * week, number separators), follow it, as they follow the user's language and locale in Salesforce.
 */
export const LANGUAGES = [
    { code: 'en', locale: 'en-US', name: 'English' },
    { code: 'es', locale: 'es-ES', name: 'Español' },
    { code: 'de', locale: 'de-DE', name: 'Deutsch' },
    { code: 'fr', locale: 'fr-FR', name: 'Français' },
    { code: 'ja', locale: 'ja-JP', name: '日本語' }
];

const requested = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');

/** The language of this page. */
export const current = LANGUAGES.find((l) => l.code === requested) ?? LANGUAGES[0];

/** `@salesforce/i18n/lang`: "en-US" for English (as Salesforce gives it), else the language code. */
export const lang = current.code === 'en' ? 'en-US' : current.code;

/** `@salesforce/i18n/firstDayOfWeek` (0 = Sunday): Monday in the European locales. */
export const firstDayOfWeek = ['de', 'es', 'fr'].includes(current.code) ? 1 : 0;

const parts = new Intl.NumberFormat(current.locale).formatToParts(12345.6);
/** `@salesforce/i18n/number.decimalSeparator` and `groupingSeparator` of the locale. */
export const decimalSeparator = parts.find((p) => p.type === 'decimal')?.value ?? '.';
export const groupingSeparator = parts.find((p) => p.type === 'group')?.value ?? ',';

/**
 * A custom label's value in the page's language (English when it has no translation).
 * @param {Record<string, string>} values by language code, `en` always present
 */
export function pick(values) {
    return values[current.code] ?? values.en;
}

/**
 * The translated labels as `[english, { es, de, fr, ja }]`, set by the shell (preview/shell/main.js imports the build's
 * `preview:server-labels` module) before any component asks Apex; Node (gallery checks, handler tests) has none.
 */
let tables = null;
function labelTables() {
    if (tables) return tables;
    const rows = globalThis.__previewServerLabels ?? [];
    const exact = new Map(rows.map(([en, values]) => [en, values]));
    const templates = rows
        .filter(([en]) => /\{\d+\}/.test(en))
        .sort((a, b) => b[0].length - a[0].length)
        .map(([en, values]) => {
            const order = [];
            const source = en
                .split(/(\{\d+\})/)
                .map((part) => {
                    const n = /^\{(\d+)\}$/.exec(part);
                    if (n) {
                        order.push(Number(n[1]));
                        return '(.+?)';
                    }
                    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                })
                .join('');
            return { pattern: new RegExp(`^${source}$`, 's'), order, values };
        });
    tables = { exact, templates };
    return tables;
}

/** One sentence in the page's language, when it is a label's English value (formatted or not); else unchanged. */
function translateSentence(text) {
    const { exact, templates } = labelTables();
    const values = exact.get(text);
    if (values) return values[current.code] ?? text;
    for (const t of templates) {
        const m = t.pattern.exec(text);
        if (!m) continue;
        const translated = t.values[current.code];
        if (!translated) return text;
        const args = [];
        t.order.forEach((n, i) => (args[n] = m[i + 1]));
        return translated.replace(/\{(\d+)\}/g, (whole, n) =>
            args[Number(n)] !== undefined ? args[Number(n)] : whole
        );
    }
    return text;
}

/**
 * What Apex would have answered to a user of the page's language: every string of `value` (a fixture, a handler's
 * answer, an error, gallery properties) that is the English value of a translated custom label — as such or formatted
 * with its placeholders — in the page's language. English pages get `value` unchanged.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function serverText(value) {
    if (current.code === 'en') return value;
    if (typeof value === 'string') {
        const whole = translateSentence(value);
        // A text Apex composes line by line from labels (an email body): each line on its own.
        return whole === value && value.includes('\n') ? value.split('\n').map(translateSentence).join('\n') : whole;
    }
    if (Array.isArray(value)) return value.map(serverText);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, serverText(v)]));
    }
    return value;
}
