/**
 * Language helpers for components: custom labels filled with values, plural forms and number/date formats of the
 * running user's locale. Service component (no template): import from 'c/i18n'.
 *
 * Labels are imported one by one (`import PANEL_START from '@salesforce/label/c.Panel_StartMeeting'`). A label
 * carries `{0}`, `{1}`… for values; never build a sentence by concatenating labels and values. Plurals are two
 * labels, `X_One` and `X_Other` (Japanese uses Other only).
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** The running user's locale (e.g. "de-DE") and time zone, as the platform gives them. */
export const USER_LOCALE: string = LOCALE;
export const USER_TIME_ZONE: string = TIME_ZONE;

/**
 * `label` with `{0}`, `{1}`… replaced by `args` (null and undefined become ''). A placeholder without a value stays
 * as written, so a missing argument shows. Apostrophes are plain text here (no MessageFormat quoting in JavaScript).
 */
export function formatLabel(label: string, ...args: unknown[]): string {
    return label.replace(/\{(\d+)\}/g, (placeholder: string, index: string) => {
        const i = Number(index);
        if (i >= args.length) return placeholder;
        const value = args[i];
        return value === null || value === undefined ? '' : String(value);
    });
}

let pluralRules: Intl.PluralRules | undefined;

/**
 * `one` or `other` by the plural rule of the user's locale (Intl.PluralRules: French takes "one" for 0 and 1,
 * Japanese always "other"), with `{0}` replaced by the count in the locale's number format and `{1}`… by `args`.
 */
export function pluralLabel(count: number, one: string, other: string, ...args: unknown[]): string {
    pluralRules ??= new Intl.PluralRules(LOCALE);
    const label = pluralRules.select(count) === 'one' ? one : other;
    return formatLabel(label, formatNumber(count), ...args);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.NumberFormat of the user's locale. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat(LOCALE, options);
        numberFormats.set(key, format);
    }
    return format;
}

/**
 * A cached Intl.DateTimeFormat of the user's locale, in the user's time zone unless `options.timeZone` says
 * otherwise (e.g. a customer's zone).
 */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
    const resolved = { timeZone: TIME_ZONE, ...options };
    const key = JSON.stringify(resolved);
    let format = dateFormats.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(LOCALE, resolved);
        dateFormats.set(key, format);
    }
    return format;
}

/** `value` in the user's number format ('' when it is not a finite number). */
export function formatNumber(value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
    return typeof value === 'number' && Number.isFinite(value) ? numberFormat(options).format(value) : '';
}

/**
 * A date/time (Date, epoch milliseconds or ISO string) in the user's locale and time zone; '' when missing or
 * invalid. Default: medium date and short time.
 */
export function formatDateTime(
    value: Date | number | string | null | undefined,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }
): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? '' : dateTimeFormat(options).format(date);
}
