/**
 * Customer start-time logic for the meeting panel: the rep picks the customer's IANA time zone, the panel shows
 * the meeting time in both zones, and a time typed in the customer's zone is converted to the UTC instant.
 * Service component (no template): import from 'c/customerTime'.
 *
 * Every offset comes from the platform's Intl time-zone data (Intl.DateTimeFormat#formatToParts with timeZone);
 * there are no hand-written offsets or daylight-saving tables, so the rules stay as current as the browser's ICU.
 */

import { formatLabel } from 'c/i18n';
import ERROR_MALFORMED from '@salesforce/label/c.CustomerTime_ErrorMalformed';
import ERROR_NOT_INSTANT from '@salesforce/label/c.CustomerTime_ErrorNotInstant';
import ERROR_UNKNOWN_ZONE from '@salesforce/label/c.CustomerTime_ErrorUnknownZone';

/** How a wall-clock time was resolved to an instant. */
export type Adjustment = 'none' | 'gap' | 'overlap';

export interface ZonedToUtcResult {
    /** The UTC instant, ISO 8601 (`2026-03-08T07:30:00.000Z`). */
    utc: string;
    /**
     * `none`: the wall-clock time exists exactly once. `gap`: it does not exist (clocks sprang forward), so it was
     * moved forward by the length of the gap. `overlap`: it exists twice (clocks fell back); the earlier instant
     * was taken. The UI should warn on anything but `none`.
     */
    adjusted: Adjustment;
}

export interface BothZones {
    /** The instant as the rep reads it, in the rep's zone. */
    rep: string;
    /** The instant as the customer reads it, in the customer's zone. */
    customer: string;
    /** True when both zones have the same UTC offset at that instant (the panel can show one line). */
    sameOffset: boolean;
    /** Customer offset minus rep offset at that instant, in minutes (positive: the customer is ahead). */
    customerAheadMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const MALFORMED: string = ERROR_MALFORMED;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** True when the platform knows the IANA time zone (e.g. `America/New_York`, `UTC`). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
    if (partsFormatters.has(timeZone)) return true;
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone !== '';
    } catch {
        return false;
    }
}

function requireTimeZone(timeZone: string): void {
    if (!isValidTimeZone(timeZone)) throw new Error(formatLabel(ERROR_UNKNOWN_ZONE, String(timeZone)));
}

/** A numeric, 24-hour, Latin-digit formatter for the zone (cached: formatters are costly to create). */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
    let formatter = partsFormatters.get(timeZone);
    if (!formatter) {
        requireTimeZone(timeZone);
        formatter = new Intl.DateTimeFormat('en-US-u-nu-latn', {
            timeZone,
            hourCycle: 'h23',
            era: 'short',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        partsFormatters.set(timeZone, formatter);
    }
    return formatter;
}

interface WallClock {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
}

/** The wall clock in the zone at the instant, read from Intl parts. */
function wallClock(epochMs: number, timeZone: string): WallClock {
    const values: Record<string, string> = {};
    for (const part of partsFormatter(timeZone).formatToParts(epochMs)) values[part.type] = part.value;
    const year = Number(values.year);
    return {
        // Years before 1 CE are printed as "2 BC"; astronomical numbering keeps the arithmetic continuous.
        year: values.era === 'BC' ? 1 - year : year,
        month: Number(values.month),
        day: Number(values.day),
        // Some older ICU builds print midnight as "24" even with h23.
        hour: Number(values.hour) % 24,
        minute: Number(values.minute),
        second: Number(values.second)
    };
}

/** The wall clock read as if it were UTC, in epoch milliseconds. */
function wallClockAsUtc(w: WallClock): number {
    const date = new Date(0);
    date.setUTCFullYear(w.year, w.month - 1, w.day);
    date.setUTCHours(w.hour, w.minute, w.second, 0);
    return date.getTime();
}

/**
 * Epoch milliseconds of a Date or of an ISO string that names its offset (`Z`, `+01:00`, or Salesforce's `+0000`).
 * A string without an offset is refused: the browser would read it in its own zone, which is neither the rep's
 * chosen zone nor the customer's.
 */
function toInstant(instant: Date | string): number {
    let epochMs = Number.NaN;
    if (instant instanceof Date) {
        epochMs = instant.getTime();
    } else if (typeof instant === 'string' && INSTANT_PATTERN.test(instant.trim())) {
        epochMs = Date.parse(instant.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    }
    if (Number.isNaN(epochMs)) throw new Error(formatLabel(ERROR_NOT_INSTANT, String(instant)));
    return epochMs;
}

function offsetAt(epochMs: number, timeZone: string): number {
    const whole = Math.floor(epochMs / 1000) * 1000; // Intl parts carry no milliseconds
    return Math.round((wallClockAsUtc(wallClock(whole, timeZone)) - whole) / MINUTE_MS);
}

/**
 * The zone's UTC offset in minutes at the instant (east of UTC is positive: New York in winter is -300,
 * Kolkata is 330).
 */
export function offsetMinutes(instant: Date | string, timeZone: string): number {
    requireTimeZone(timeZone);
    return offsetAt(toInstant(instant), timeZone);
}

function pad(value: number, width = 2): string {
    return String(value).padStart(width, '0');
}

/** The instant as the wall clock in the zone, `YYYY-MM-DDTHH:mm` (the value of an `<input type="datetime-local">`). */
export function utcToZoned(isoUtc: string, timeZone: string): string {
    requireTimeZone(timeZone);
    const w = wallClock(toInstant(isoUtc), timeZone);
    return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** Parses `YYYY-MM-DDTHH:mm` (seconds are not accepted) into a wall clock; throws on malformed or impossible dates. */
function parseLocal(local: string): WallClock {
    const match = typeof local === 'string' ? LOCAL_PATTERN.exec(local.trim()) : null;
    if (!match) throw new Error(MALFORMED);
    const [year, month, day, hour, minute] = match.slice(1).map(Number);
    const w: WallClock = { year, month, day, hour, minute, second: 0 };
    const check = new Date(wallClockAsUtc(w));
    if (
        hour > 23 ||
        minute > 59 ||
        check.getUTCFullYear() !== year ||
        check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day
    ) {
        throw new Error(MALFORMED);
    }
    return w;
}

/**
 * The UTC instant of a wall-clock time in the zone. Every offset the zone has within a day either side is tried,
 * and an offset is kept only if the zone really has that offset at the resulting instant; this finds both
 * instants of a fall-back overlap and none inside a spring-forward gap.
 */
export function zonedToUtc(local: string, timeZone: string): ZonedToUtcResult {
    const wall = wallClockAsUtc(parseLocal(local));
    requireTimeZone(timeZone);
    const before = offsetAt(wall - DAY_MS, timeZone);
    const offsets = new Set([before, offsetAt(wall, timeZone), offsetAt(wall + DAY_MS, timeZone)]);
    const matches = [...offsets]
        .map((offset) => wall - offset * MINUTE_MS)
        .filter((epochMs) => wall - offsetAt(epochMs, timeZone) * MINUTE_MS === epochMs)
        .sort((a, b) => a - b);
    if (matches.length === 0) {
        // In a gap the clock still reads the offset from before the change; applying it lands after the change,
        // i.e. the wall-clock time moved forward by the length of the gap (02:30 EST → 03:30 EDT).
        return { utc: new Date(wall - before * MINUTE_MS).toISOString(), adjusted: 'gap' };
    }
    return { utc: new Date(matches[0]).toISOString(), adjusted: matches.length > 1 ? 'overlap' : 'none' };
}

/** Weekday, date, time and zone abbreviation in the locale ("Mon, Mar 16, 2026, 9:00 AM PDT"); empty if unknown. */
export function formatInZone(isoUtc: string | null | undefined, timeZone: string, locale: string): string {
    requireTimeZone(timeZone);
    if (!isoUtc) return '';
    let epochMs: number;
    try {
        epochMs = toInstant(isoUtc);
    } catch {
        return '';
    }
    return new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short'
    }).format(epochMs);
}

/** The meeting time for the rep and for the customer, and whether the two zones currently agree. */
export function bothZones(isoUtc: string, repZone: string, customerZone: string, locale: string): BothZones {
    requireTimeZone(repZone);
    requireTimeZone(customerZone);
    const epochMs = toInstant(isoUtc);
    const customerAheadMinutes = offsetAt(epochMs, customerZone) - offsetAt(epochMs, repZone);
    return {
        rep: formatInZone(isoUtc, repZone, locale),
        customer: formatInZone(isoUtc, customerZone, locale),
        sameOffset: customerAheadMinutes === 0,
        customerAheadMinutes
    };
}
