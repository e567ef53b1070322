/**
 * Formatting helpers for Zoom meetings, kept out of the components so they are unit-tested directly.
 * Service component (no template): import from 'c/meetingFormat'.
 */

import { formatLabel, formatNumber } from 'c/i18n';
import LINK_REFUSED_TEXT from '@salesforce/label/c.Meeting_LinkRefused';
import DURATION_HOURS from '@salesforce/label/c.Meeting_DurationHours';
import DURATION_HOURS_MINUTES from '@salesforce/label/c.Meeting_DurationHoursMinutes';
import DURATION_MINUTES from '@salesforce/label/c.Meeting_DurationMinutes';
import INVITATION_MEETING_ID from '@salesforce/label/c.Meeting_InvitationMeetingId';
import INVITATION_TITLE from '@salesforce/label/c.Meeting_InvitationTitle';
import INVITATION_WHEN from '@salesforce/label/c.Meeting_InvitationWhen';

/** What a component says instead of a link that does not lead to Zoom. */
export const LINK_REFUSED: string = LINK_REFUSED_TEXT;

const ZOOM_DOMAINS = ['zoom.us', 'zoomgov.com'];
const MAX_LINK_LENGTH = 2048;
// Same rule as Apex ZoomLinks.isZoomLink: https, a plain host (no user info, "@", percent-encoding or backslash),
// at most port 443, and no whitespace, control character, backslash, quote or angle bracket after it.
// eslint-disable-next-line no-control-regex
const LINK = /^https:\/\/([A-Za-z0-9.-]+)(?::443)?(?:[/?#][^\s\\"<>`\x00-\x1F\x7F]*)?$/i;

/** True for zoom.us, zoomgov.com and their subdomains (any case); look-alikes such as evilzoom.us are not. */
export function isZoomHost(host: string | null | undefined): boolean {
    if (!host) return false;
    const name = host.toLowerCase();
    if (name.startsWith('.') || name.endsWith('.') || name.includes('..')) return false;
    return ZOOM_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

/**
 * True for an https link on a Zoom host: the only links a component renders as `<a href>`, opens or copies into
 * an invitation. The twin of Apex ZoomLinks.isZoomLink (the server already withholds other links; this keeps the
 * browser from following one that slipped through).
 */
export function isZoomLink(url: string | null | undefined): boolean {
    if (typeof url !== 'string' || url.length === 0 || url.length > MAX_LINK_LENGTH) return false;
    const match = LINK.exec(url);
    return match !== null && isZoomHost(match[1]);
}

/** `url` when it is a Zoom link, else null (bind the result to href). */
export function zoomLinkOrNull(url: string | null | undefined): string | null {
    return isZoomLink(url) ? (url as string) : null;
}

/** "45 min", "1 h", "1 h 30 min"; empty string when unknown. */
export function formatDuration(minutes: number | null | undefined): string {
    if (minutes === null || minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return '';
    const whole = Math.round(minutes);
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    if (hours === 0) return formatLabel(DURATION_MINUTES, formatNumber(rest));
    return rest === 0
        ? formatLabel(DURATION_HOURS, formatNumber(hours))
        : formatLabel(DURATION_HOURS_MINUTES, formatNumber(hours), formatNumber(rest));
}

/** Zoom meeting numbers are shown in groups the way Zoom prints them: 857 4606 5432 or 857 4606 54321. */
export function formatMeetingNumber(meetingNumber: string | null | undefined): string {
    const digits = (meetingNumber ?? '').replace(/\D/g, '');
    if (digits.length < 9) return digits;
    return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
}

/** SLDS badge class for a meeting status. */
export function statusBadgeClass(status: Apex.MeetingStatus | null | undefined): string {
    switch (status) {
        case 'Started':
            return 'slds-theme_success';
        case 'Failed':
            return 'slds-theme_error';
        case 'Deleted':
            return 'slds-theme_shade';
        case 'Ended':
            return 'slds-badge_inverse';
        default:
            return 'slds-badge_lightest';
    }
}

/**
 * A meeting start as a rep reads it in an invitation, in the given IANA time zone, with the zone's abbreviation
 * ("Monday, March 9, 2026 at 11:00 AM EDT"). Daylight saving is resolved by the platform's Intl time-zone data.
 */
export function formatStart(isoUtc: string | null | undefined, locale: string, timeZone: string): string {
    if (!isoUtc) return '';
    const date = new Date(isoUtc);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short'
    }).format(date);
}

/**
 * Plain-text invitation a rep can paste into an email or chat. `start` is formatted by the caller in the
 * reader's time zone.
 */
export function buildInvitation(meeting: Apex.ZoomMeetingDto, startText: string): string {
    const lines = [formatLabel(INVITATION_TITLE, meeting.topic)];
    if (startText) lines.push(formatLabel(INVITATION_WHEN, startText));
    if (isZoomLink(meeting.joinUrl)) lines.push(meeting.joinUrl as string);
    if (meeting.meetingNumber)
        lines.push(formatLabel(INVITATION_MEETING_ID, formatMeetingNumber(meeting.meetingNumber)));
    return lines.join('\n');
}
