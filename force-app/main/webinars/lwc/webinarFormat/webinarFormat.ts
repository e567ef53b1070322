/**
 * Helpers of the webinar panel, kept out of the components so they are unit-tested directly (and the registrants
 * table stays fast: one pass to index, one pass per filter, pages sliced from the filtered list).
 * Service component (no template): import from 'c/webinarFormat'.
 */
import { dateTimeFormat, formatNumber } from 'c/i18n';

/** Rows per page of the registrants table. */
export const PAGE_SIZE = 50;
/** Most registrants the table loads (five pages of 2,000 from getRegistrants). */
export const MAX_REGISTRANTS = 10000;

/** A registrant with its lowercased search text, built once when loaded. */
export interface IndexedRegistrant {
    row: Apex.WebinarRegistrantDto;
    /** Name, email and linked person, lowercased. */
    search: string;
}

/** Builds the search text of every registrant once. */
export function indexRegistrants(rows: Apex.WebinarRegistrantDto[]): IndexedRegistrant[] {
    return rows.map((row) => ({
        row,
        search: [row.firstName, row.lastName, row.email, row.personName]
            .filter((part) => part)
            .join(' ')
            .toLowerCase()
    }));
}

/**
 * The registrants with status `status` ('' for all) whose search text contains every word of `text`
 * (case-insensitive), in their loaded order.
 */
export function filterRegistrants(
    rows: IndexedRegistrant[],
    status: string,
    text: string
): Apex.WebinarRegistrantDto[] {
    const words = text
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w);
    const out: Apex.WebinarRegistrantDto[] = [];
    for (const item of rows) {
        if (status && item.row.status !== status) continue;
        if (words.length && !words.every((w) => item.search.includes(w))) continue;
        out.push(item.row);
    }
    return out;
}

/**
 * A filter remembered by its inputs: the same rows, status and text give the same array without filtering again.
 */
export function memoFilter(): (rows: IndexedRegistrant[], status: string, text: string) => Apex.WebinarRegistrantDto[] {
    let lastRows: IndexedRegistrant[] | null = null;
    let lastStatus = '';
    let lastText = '';
    let last: Apex.WebinarRegistrantDto[] = [];
    return (rows, status, text) => {
        if (rows !== lastRows || status !== lastStatus || text !== lastText) {
            last = filterRegistrants(rows, status, text);
            lastRows = rows;
            lastStatus = status;
            lastText = text;
        }
        return last;
    };
}

/** How many pages `count` rows fill (at least 1). */
export function pageCount(count: number, size: number = PAGE_SIZE): number {
    return Math.max(1, Math.ceil(count / size));
}

/** Page `page` (1-based, clamped to the pages there are) of `rows`. */
export function pageOf<T>(rows: T[], page: number, size: number = PAGE_SIZE): T[] {
    const last = pageCount(rows.length, size);
    const current = Math.min(Math.max(1, page), last);
    return rows.slice((current - 1) * size, current * size);
}

/** Counts per status of loaded rows (status value → count). */
export function countByStatus(rows: Apex.WebinarRegistrantDto[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const row of rows) {
        const key = row.status ?? '';
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}

/** An attendance rate (0..100) as a percentage in the user's locale; '' when unknown. */
export function formatRate(rate: number | null | undefined): string {
    if (rate === null || rate === undefined) return '';
    return formatNumber(rate / 100, { style: 'percent', maximumFractionDigits: 1 });
}

/** A count in the user's locale; '' when unknown. */
export function formatCount(count: number | null | undefined): string {
    return count === null || count === undefined ? '' : formatNumber(count);
}

/** Minutes with at most one decimal in the user's locale; '' when unknown. */
export function formatMinutes(minutes: number | null | undefined): string {
    return minutes === null || minutes === undefined ? '' : formatNumber(minutes, { maximumFractionDigits: 1 });
}

/**
 * A UTC instant in `timeZone` (an IANA zone), in the user's locale, with the zone's short name; '' when missing or
 * the zone is invalid.
 */
export function formatInZone(isoUtc: string | null | undefined, timeZone: string | null | undefined): string {
    if (!isoUtc || !timeZone) return '';
    const date = new Date(isoUtc);
    if (Number.isNaN(date.getTime())) return '';
    try {
        // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are named one by one.
        return dateTimeFormat({
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            timeZone,
            timeZoneName: 'short'
        }).format(date);
    } catch {
        return '';
    }
}

/** The SLDS badge class of a webinar status. */
export function webinarBadgeClass(status: Apex.WebinarStatus | null | undefined): string {
    switch (status) {
        case 'Started':
            return 'slds-badge slds-theme_success';
        case 'Failed':
            return 'slds-badge slds-theme_error';
        case 'Cancelled':
            return 'slds-badge slds-theme_shade';
        case 'Ended':
            return 'slds-badge slds-badge_inverse';
        default:
            return 'slds-badge';
    }
}
