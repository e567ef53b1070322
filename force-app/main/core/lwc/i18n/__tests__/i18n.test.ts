import GENERIC from '@salesforce/label/c.Errors_Generic';
import {
    USER_LOCALE,
    dateTimeFormat,
    formatDateTime,
    formatLabel,
    formatNumber,
    numberFormat,
    pluralLabel
} from 'c/i18n';
import type * as I18nModule from 'c/i18n';

type I18n = typeof I18nModule;

/** The module loaded as a user of `locale` (and `timeZone`). */
function loadAs(locale: string, timeZone = 'Europe/Berlin'): I18n {
    let mod: I18n | undefined;
    jest.isolateModules(() => {
        jest.doMock('@salesforce/i18n/locale', () => ({ __esModule: true, default: locale }));
        jest.doMock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: timeZone }));
        mod = jest.requireActual<I18n>('c/i18n');
    });
    return mod as I18n;
}

describe('labels in Jest', () => {
    it('resolve to their English value', () => {
        expect(GENERIC).toBe(
            'Something went wrong, and the action was not completed. Try again; if it keeps happening, give your Zoom admin the log reference.'
        );
    });
});

describe('formatLabel', () => {
    it('fills placeholders in any order, repeated', () => {
        expect(formatLabel('{1} invited {0}; {0} accepted.', 'Ana', 'Ben')).toBe('Ben invited Ana; Ana accepted.');
    });

    it('keeps apostrophes and braces that are not placeholders', () => {
        expect(formatLabel("Zoom can't reach {0} {x}.", 'Acme')).toBe("Zoom can't reach Acme {x}.");
    });

    it('turns null and undefined into empty text and keeps a placeholder without a value', () => {
        expect(formatLabel('[{0}][{1}][{2}]', null, undefined)).toBe('[][][{2}]');
        expect(formatLabel('{0} min', 45)).toBe('45 min');
    });
});

describe('pluralLabel', () => {
    it('uses the English rule by default and formats the count', () => {
        expect(USER_LOCALE).toBe('en-US');
        expect(pluralLabel(1, '{0} participant', '{0} participants')).toBe('1 participant');
        expect(pluralLabel(0, '{0} participant', '{0} participants')).toBe('0 participants');
        expect(pluralLabel(1200, '{0} participant', '{0} participants')).toBe('1,200 participants');
        expect(pluralLabel(2, '{0} of {1} joined', '{0} of {1} joined', 'Acme')).toBe('2 of Acme joined');
    });

    it('treats 0 as one in French and has no singular in Japanese', () => {
        const fr = loadAs('fr-FR');
        expect(fr.pluralLabel(0, '{0} participant', '{0} participants')).toBe('0 participant');
        expect(fr.pluralLabel(2, '{0} participant', '{0} participants')).toBe('2 participants');
        const ja = loadAs('ja-JP', 'Asia/Tokyo');
        expect(ja.pluralLabel(1, '{0} one', '{0} other')).toBe('1 other');
    });
});

describe('numbers and dates', () => {
    it('format numbers in the user locale, cached per options', () => {
        expect(formatNumber(1234.5)).toBe('1,234.5');
        expect(formatNumber(null)).toBe('');
        expect(formatNumber(Number.NaN)).toBe('');
        expect(numberFormat({ style: 'percent' })).toBe(numberFormat({ style: 'percent' }));
        expect(loadAs('de-DE').formatNumber(1234.5)).toBe('1.234,5');
    });

    it('format dates in the user time zone, or a given one', () => {
        const start = '2026-03-02T15:30:00Z';
        expect(formatDateTime(start)).toBe('Mar 2, 2026, 7:30 AM');
        expect(formatDateTime(start, { timeStyle: 'short', timeZone: 'Europe/Paris' })).toBe('4:30 PM');
        expect(formatDateTime(new Date(start).getTime(), { dateStyle: 'short' })).toBe('3/2/26');
        expect(formatDateTime('not a date')).toBe('');
        expect(formatDateTime(null)).toBe('');
        expect(formatDateTime('')).toBe('');
        expect(dateTimeFormat({ dateStyle: 'long' })).toBe(dateTimeFormat({ dateStyle: 'long' }));
        expect(loadAs('de-DE').formatDateTime(new Date(start))).toBe('02.03.2026, 16:30');
    });
});
