/**
 * Formatting helpers for Zoom meetings, kept out of the components so they are unit-tested directly.
 * Service component (no template): import from 'c/meetingFormat'.
 */

/** "45 min", "1 h", "1 h 30 min"; empty string when unknown. */
export function formatDuration(minutes: number | null | undefined): string {
    if (minutes === null || minutes === undefined || !Number.isFinite(minutes) || minutes < 0) return '';
    const whole = Math.round(minutes);
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    if (hours === 0) return `${rest} min`;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Zoom meeting numbers are shown in groups the way Zoom prints them: 857 4606 5432 or 857 4606 54321. */
export function formatMeetingNumber(meetingNumber: string | null | undefined): string {
    const digits = (meetingNumber ?? '').replace(/\D/g, '');
    if (digits.length < 9) return digits;
    return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
}

/** SLDS badge class for a meeting status. */
export function statusBadgeClass(status: string | null | undefined): string {
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
    const lines = [`Join Zoom meeting: ${meeting.topic}`];
    if (startText) lines.push(`When: ${startText}`);
    if (meeting.joinUrl) lines.push(meeting.joinUrl);
    if (meeting.meetingNumber) lines.push(`Meeting ID: ${formatMeetingNumber(meeting.meetingNumber)}`);
    return lines.join('\n');
}
