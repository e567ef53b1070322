/**
 * Pure logic of the Zoom External Meetings page: the default date range and its validation, the listMeetings query,
 * sorting, the page label, the selection kept across pages, Create Events chunks and the summary of their outcomes.
 * Service component (no template): import from 'c/externalMeetingQuery'.
 */

import { utcToZoned } from 'c/customerTime';
import { USER_LOCALE, formatLabel, formatNumber, pluralLabel } from 'c/i18n';
import RANGE_MISSING from '@salesforce/label/c.External_RangeMissing';
import RANGE_ORDER from '@salesforce/label/c.External_RangeOrder';
import RANGE_TOO_LONG from '@salesforce/label/c.External_RangeTooLong';
import PAGE_LABEL_ONE from '@salesforce/label/c.External_PageLabel_One';
import PAGE_LABEL_OTHER from '@salesforce/label/c.External_PageLabel_Other';
import SELECTED_ONE from '@salesforce/label/c.External_Selected_One';
import SELECTED_OTHER from '@salesforce/label/c.External_Selected_Other';
import CREATED_ONE from '@salesforce/label/c.External_SummaryCreated_One';
import CREATED_OTHER from '@salesforce/label/c.External_SummaryCreated_Other';
import SKIPPED_ONE from '@salesforce/label/c.External_SummarySkipped_One';
import SKIPPED_OTHER from '@salesforce/label/c.External_SummarySkipped_Other';
import FAILED_ONE from '@salesforce/label/c.External_SummaryFailed_One';
import FAILED_OTHER from '@salesforce/label/c.External_SummaryFailed_Other';
import SUMMARY_SENTENCE from '@salesforce/label/c.External_SummarySentence';
import NOT_A_DATE from '@salesforce/label/c.External_NotADate';
import CHUNK_SIZE_TOO_SMALL from '@salesforce/label/c.External_ChunkSizeTooSmall';

export type SortBy = Apex.ExternalMeetingQuery['sortBy'];
export type SortDirection = Apex.ExternalMeetingQuery['sortDirection'];
export type EventFilter = Apex.ExternalMeetingQuery['eventFilter'];
export type Direction = Apex.ExternalMeetingQuery['direction'];

/** What the user chose on the page; with a direction and cursor it becomes an ExternalMeetingQuery. */
export interface MeetingFilters {
    fromDate: string;
    toDate: string;
    /** Salesforce User Id, or '' for every host. */
    hostUserId: string;
    eventFilter: EventFilter;
    sortBy: SortBy;
    sortDirection: SortDirection;
    pageSize: number;
}

/** Days the page shows when it opens (today and the 29 days before it). */
export const DEFAULT_RANGE_DAYS = 30;
/** The longest range the server accepts. */
export const MAX_RANGE_DAYS = 366;
/** Rows per page the user may choose; the first one the server rejects is 201. */
export const PAGE_SIZES = [25, 50, 100, 200];
export const DEFAULT_PAGE_SIZE = 50;
/** createEvents takes at most this many meetings per call. */
export const CREATE_CHUNK_SIZE = 50;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The sort direction a column starts with when the user first clicks it (newest meetings first). */
const FIRST_DIRECTION: Record<SortBy, SortDirection> = {
    startTime: 'desc',
    topic: 'asc',
    host: 'asc',
    participants: 'desc'
};

/** Today's date (YYYY-MM-DD) in an IANA time zone (the date part of customerTime's wall clock in that zone). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
    return utcToZoned(now.toISOString(), timeZone).slice(0, 10);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or null when it is not a real date. */
function dayNumber(isoDate: string | null | undefined): number | null {
    const match = ISO_DATE.exec(isoDate ?? '');
    if (!match) return null;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return time / DAY_MS;
}

/** A YYYY-MM-DD date moved by whole days (negative: earlier). */
export function addDays(isoDate: string, days: number): string {
    const start = dayNumber(isoDate);
    if (start === null) throw new Error(formatLabel(NOT_A_DATE, isoDate));
    return new Date((start + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The range the page opens with: the last 30 days, today included, in the user's time zone. */
export function defaultRange(timeZone: string, now: Date = new Date()): { fromDate: string; toDate: string } {
    const toDate = todayIn(timeZone, now);
    return { fromDate: addDays(toDate, 1 - DEFAULT_RANGE_DAYS), toDate };
}

/** Why a date range cannot be searched, in a sentence, or '' when it can. */
export function rangeError(fromDate: string | null | undefined, toDate: string | null | undefined): string {
    const from = dayNumber(fromDate);
    const to = dayNumber(toDate);
    if (from === null || to === null) return RANGE_MISSING;
    if (to < from) return RANGE_ORDER;
    if (to - from + 1 > MAX_RANGE_DAYS) return formatLabel(RANGE_TOO_LONG, formatNumber(MAX_RANGE_DAYS));
    return '';
}

/** The first filters of the page. */
export function defaultFilters(timeZone: string, now: Date = new Date()): MeetingFilters {
    return {
        ...defaultRange(timeZone, now),
        hostUserId: '',
        eventFilter: 'all',
        sortBy: 'startTime',
        sortDirection: 'desc',
        pageSize: DEFAULT_PAGE_SIZE
    };
}

/** The listMeetings query for the filters and a page move (cursor only for next/previous). */
export function buildQuery(
    filters: MeetingFilters,
    direction: Direction = 'first',
    cursor: string | null = null
): Apex.ExternalMeetingQuery {
    const relative = direction === 'next' || direction === 'previous';
    return {
        fromDate: filters.fromDate,
        toDate: filters.toDate,
        hostUserId: filters.hostUserId || null,
        eventFilter: filters.eventFilter,
        sortBy: filters.sortBy,
        sortDirection: filters.sortDirection,
        pageSize: filters.pageSize,
        direction: relative && !cursor ? 'first' : direction,
        cursor: relative ? cursor : null
    };
}

/** Sort after a click on a column header: the same column flips, another column starts in its usual direction. */
export function nextSort(
    current: { sortBy: SortBy; sortDirection: SortDirection },
    column: SortBy
): { sortBy: SortBy; sortDirection: SortDirection } {
    if (current.sortBy === column) {
        return { sortBy: column, sortDirection: current.sortDirection === 'asc' ? 'desc' : 'asc' };
    }
    return { sortBy: column, sortDirection: FIRST_DIRECTION[column] };
}

/** Pages needed for `total` rows (at least 1, so an empty result reads "Page 1 of 1"). */
export function pageCount(total: number, pageSize: number): number {
    return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** "Page 3 of 200 · 10,000 meetings" (labels External_PageLabel_One/_Other, numbers in the user's locale). */
export function pageLabel(page: Pick<Apex.ExternalMeetingPage, 'pageNumber' | 'pageSize' | 'totalCount'>): string {
    return pluralLabel(
        page.totalCount,
        PAGE_LABEL_ONE,
        PAGE_LABEL_OTHER,
        formatNumber(page.pageNumber),
        formatNumber(pageCount(page.totalCount, page.pageSize))
    );
}

/** Meetings the user ticked, kept by Id across pages and filter changes (with the topic, for the summary). */
export class MeetingSelection {
    private readonly topics = new Map<string, string>();

    get size(): number {
        return this.topics.size;
    }

    has(id: string): boolean {
        return this.topics.has(id);
    }

    /** Ids in the order they were ticked. */
    ids(): string[] {
        return [...this.topics.keys()];
    }

    topicOf(id: string): string {
        return this.topics.get(id) ?? '';
    }

    set(id: string, topic: string, selected: boolean): void {
        if (selected) this.topics.set(id, topic);
        else this.topics.delete(id);
    }

    /** Ticks or unticks every row of a page. */
    setAll(rows: ReadonlyArray<{ id: string; topic: string }>, selected: boolean): void {
        for (const row of rows) this.set(row.id, row.topic, selected);
    }

    /** True when every row of the page is ticked (and the page has rows). */
    allOf(rows: ReadonlyArray<{ id: string }>): boolean {
        return rows.length > 0 && rows.every((row) => this.topics.has(row.id));
    }

    /** Keeps only the given ids (e.g. the meetings whose Events failed, to try again). */
    retain(ids: Iterable<string>): void {
        const keep = new Set(ids);
        for (const id of [...this.topics.keys()]) if (!keep.has(id)) this.topics.delete(id);
    }

    clear(): void {
        this.topics.clear();
    }
}

/** "3 selected". */
export function selectionLabel(count: number): string {
    return pluralLabel(count, SELECTED_ONE, SELECTED_OTHER);
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number = CREATE_CHUNK_SIZE): T[][] {
    if (!(size >= 1)) throw new Error(CHUNK_SIZE_TOO_SMALL);
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
}

/**
 * The createEvents requests for the selected meetings: the Contacts/Leads the user picked in Get Details (each
 * once), or none so the server uses the stored matches.
 * @param picks meeting Id → participant Id → picked Contact/Lead Id ('' for none)
 */
export function buildRequests(
    meetingIds: readonly string[],
    picks: ReadonlyMap<string, ReadonlyMap<string, string>>
): Apex.ExternalEventRequest[] {
    return meetingIds.map((meetingId) => {
        const chosen = picks.get(meetingId);
        const personIds = chosen ? [...new Set([...chosen.values()].filter((id) => id))] : [];
        return { meetingId, personIds };
    });
}

/** The outcome of a chunk whose createEvents call failed as a whole: every meeting in it failed for that reason. */
export function failedChunk(
    requests: readonly Apex.ExternalEventRequest[],
    topicOf: (meetingId: string) => string,
    message: string
): Apex.ExternalEventSummary {
    return {
        created: 0,
        skipped: 0,
        failed: requests.length,
        outcomes: requests.map((r) => ({
            meetingId: r.meetingId,
            topic: topicOf(r.meetingId) || null,
            outcome: 'Failed' as const,
            message,
            eventId: null
        }))
    };
}

/** One summary of several createEvents answers. */
export function mergeSummaries(summaries: readonly Apex.ExternalEventSummary[]): Apex.ExternalEventSummary {
    return summaries.reduce<Apex.ExternalEventSummary>(
        (all, s) => ({
            created: all.created + s.created,
            skipped: all.skipped + s.skipped,
            failed: all.failed + s.failed,
            outcomes: all.outcomes.concat(s.outcomes)
        }),
        { created: 0, skipped: 0, failed: 0, outcomes: [] }
    );
}

let summaryList: Intl.ListFormat | undefined;

/**
 * "2 Events created, 1 skipped, 1 failed.": each count is a plural label, the parts a list of the user's locale
 * (Intl.ListFormat unit/short: "a, b, c" in English, "a, b und c" in German), the sentence External_SummarySentence.
 */
export function summaryText(summary: Pick<Apex.ExternalEventSummary, 'created' | 'skipped' | 'failed'>): string {
    const parts = [pluralLabel(summary.created, CREATED_ONE, CREATED_OTHER)];
    if (summary.skipped) parts.push(pluralLabel(summary.skipped, SKIPPED_ONE, SKIPPED_OTHER));
    if (summary.failed) parts.push(pluralLabel(summary.failed, FAILED_ONE, FAILED_OTHER));
    summaryList ??= new Intl.ListFormat(USER_LOCALE, { type: 'unit', style: 'short' });
    return formatLabel(SUMMARY_SENTENCE, summaryList.format(parts));
}

/** The toast variant of a summary: success when nothing failed or was skipped. */
export function summaryVariant(summary: Pick<Apex.ExternalEventSummary, 'created' | 'skipped' | 'failed'>) {
    if (summary.failed > 0) return summary.created > 0 ? 'warning' : 'error';
    return summary.skipped > 0 ? 'warning' : 'success';
}

/** Percent done of a run over `total` items. */
export function progressPercent(done: number, total: number): number {
    return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
}

/** A cached short date-time formatter ("Mar 9, 2026, 7:00 AM") for many rows: one Intl object per zone. */
export function startFormatter(locale: string, timeZone: string): (isoUtc: string | null | undefined) => string {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    return (isoUtc) => {
        if (!isoUtc) return '';
        const date = new Date(isoUtc);
        return Number.isNaN(date.getTime()) ? '' : format.format(date);
    };
}

/** The Lightning URL of a record (Events open in their own page). */
export function recordUrl(recordId: string, objectApiName = 'Event'): string {
    return `/lightning/r/${objectApiName}/${recordId}/view`;
}

/** The badge class of a match confidence. */
export function confidenceClass(confidence: Apex.ExternalParticipantDto['confidence']): string {
    switch (confidence) {
        case 'High':
            return 'slds-badge slds-theme_success';
        case 'Medium':
            return 'slds-badge slds-theme_info';
        case 'Low':
            return 'slds-badge slds-theme_warning';
        default:
            return 'slds-badge';
    }
}
