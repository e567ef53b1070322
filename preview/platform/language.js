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
