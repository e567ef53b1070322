/**
 * Display helpers for the Event panel and its children: what a rep reads for a recording, a participant match, a
 * meeting's Start button and the customer's time zone. Service component (no template): import from
 * 'c/meetingDisplay'.
 */

const RECORDING_TYPES: Record<string, string> = {
    shared_screen_with_speaker_view: 'Shared screen with speaker view',
    'shared_screen_with_speaker_view(CC)': 'Shared screen with speaker view (captions)',
    shared_screen_with_gallery_view: 'Shared screen with gallery view',
    speaker_view: 'Speaker view',
    active_speaker: 'Active speaker',
    gallery_view: 'Gallery view',
    shared_screen: 'Shared screen',
    audio_only: 'Audio only',
    audio_transcript: 'Transcript',
    chat_file: 'Chat',
    closed_caption: 'Closed captions',
    timeline: 'Timeline',
    poll: 'Polls',
    summary: 'Meeting summary'
};

/** "Shared screen with speaker view" for `shared_screen_with_speaker_view`; unknown types are spelt out. */
export function recordingTypeLabel(recordingType: string | null | undefined, fileType?: string | null): string {
    if (recordingType && RECORDING_TYPES[recordingType]) return RECORDING_TYPES[recordingType];
    const raw = (recordingType || fileType || '').trim();
    if (!raw) return 'Recording';
    const words = raw.replace(/[_-]+/g, ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** "812 B", "1.5 KB", "243.7 MB", "2 GB" (powers of 1024, one decimal when below 100); empty when unknown. */
export function formatBytes(bytes: number | null | undefined): string {
    if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    const rounded = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
    return `${rounded} ${UNITS[unit]}`;
}

export interface MatchBadge {
    label: string;
    cssClass: string;
    /** What the method means, for the badge's title. */
    help: string;
}

/** Badge for how a participant was matched to a Contact or Lead (Email, Name, Manual, Ambiguous, None). */
export function matchBadge(matchMethod: Apex.MatchMethod | null | undefined): MatchBadge {
    switch (matchMethod) {
        case 'Email':
            return { label: 'Email', cssClass: 'slds-theme_success', help: 'Matched by email address.' };
        case 'Name':
            return { label: 'Name', cssClass: 'slds-badge_lightest', help: 'Matched by first and last name.' };
        case 'Manual':
            return {
                label: 'Manual',
                cssClass: 'slds-badge_inverse',
                help: 'Linked or unlinked by hand; the sync keeps it.'
            };
        case 'Ambiguous':
            return {
                label: 'Ambiguous',
                cssClass: 'slds-theme_warning',
                help: 'Several Contacts or Leads fit; none was linked. Click Change to pick one.'
            };
        default:
            return { label: 'Not matched', cssClass: 'slds-badge_lightest', help: 'No Contact or Lead fits.' };
    }
}

/** Statuses in which a meeting can no longer be started. */
const NOT_STARTABLE = new Set<Apex.MeetingStatus | null>(['Ended', 'Deleted', 'Failed']);

/** True when the running user hosts the meeting (only hosts see Start). */
export function canSeeStart(meeting: Apex.ZoomMeetingDto | null | undefined): boolean {
    return Boolean(meeting?.isHost);
}

/** True when the host may start the meeting now: it exists in Zoom and has not ended or been deleted. */
export function canStart(meeting: Apex.ZoomMeetingDto | null | undefined): boolean {
    return Boolean(meeting?.isHost && meeting.meetingNumber && !NOT_STARTABLE.has(meeting.status));
}

/**
 * How far the customer's clock is from the rep's: "Same time as you", "6 hours ahead of you", "30 minutes behind
 * you", "9 hours 30 minutes ahead of you".
 */
export function describeDifference(aheadMinutes: number): string {
    if (aheadMinutes === 0) return 'Same time as you';
    const total = Math.abs(aheadMinutes);
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    const parts = [];
    if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
    if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
    return `${parts.join(' ')} ${aheadMinutes > 0 ? 'ahead of' : 'behind'} you`;
}

/** "Yes" / "No" for a checkbox setting. */
export function yesNo(value: boolean | null | undefined): string {
    return value ? 'Yes' : 'No';
}

/**
 * What the panel shows for an admin-chosen detail (the field set "Event panel details") that is not a date and time:
 * Yes/No for a checkbox, a number in the reader's locale, a date as written in the reader's locale (no time zone
 * shift: a date is a calendar day), anything else as it came. Empty for an empty field. A date and time is rendered
 * by lightning-formatted-date-time in the reader's zone instead.
 */
export function detailText(detail: Apex.ZoomMeetingDetailDto, locale: string): string {
    const { kind, value } = detail;
    if (kind === 'boolean') return yesNo(value === 'true');
    if (value === null || value === '') return '';
    if (kind === 'number') {
        const n = Number(value);
        return Number.isFinite(n) ? new Intl.NumberFormat(locale).format(n) : value;
    }
    if (kind === 'date') {
        const day = new Date(`${value}T00:00:00Z`);
        if (Number.isNaN(day.getTime())) return value;
        return new Intl.DateTimeFormat(locale, {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            timeZone: 'UTC'
        }).format(day);
    }
    return value;
}

export interface ZoneOption {
    label: string;
    value: string;
}

/**
 * The values of the Event field Customer_Time_Zone__c (force-app/main/meetings/objects/Activity/fields/
 * Customer_Time_Zone__c.field-meta.xml), in the same order; a Jest test keeps the two equal. The label shows the
 * standard-time offset; daylight saving comes from the platform's time-zone data.
 */
export const CUSTOMER_TIME_ZONES: ZoneOption[] = [
    { value: 'Pacific/Honolulu', label: '(GMT-10:00) Hawaii-Aleutian Standard Time (Pacific/Honolulu)' },
    { value: 'America/Anchorage', label: '(GMT-09:00) Alaska Time (America/Anchorage)' },
    { value: 'America/Los_Angeles', label: '(GMT-08:00) Pacific Time (America/Los_Angeles)' },
    { value: 'America/Phoenix', label: '(GMT-07:00) Mountain Standard Time, Arizona (America/Phoenix)' },
    { value: 'America/Denver', label: '(GMT-07:00) Mountain Time (America/Denver)' },
    { value: 'America/Chicago', label: '(GMT-06:00) Central Time (America/Chicago)' },
    { value: 'America/Mexico_City', label: '(GMT-06:00) Central Standard Time, Mexico City (America/Mexico_City)' },
    { value: 'America/New_York', label: '(GMT-05:00) Eastern Time (America/New_York)' },
    { value: 'America/Toronto', label: '(GMT-05:00) Eastern Time, Toronto (America/Toronto)' },
    { value: 'America/Bogota', label: '(GMT-05:00) Colombia Time (America/Bogota)' },
    { value: 'America/Lima', label: '(GMT-05:00) Peru Time (America/Lima)' },
    { value: 'America/Halifax', label: '(GMT-04:00) Atlantic Time (America/Halifax)' },
    { value: 'America/Sao_Paulo', label: '(GMT-03:00) Brasilia Time (America/Sao_Paulo)' },
    {
        value: 'America/Argentina/Buenos_Aires',
        label: '(GMT-03:00) Argentina Time (America/Argentina/Buenos_Aires)'
    },
    { value: 'UTC', label: '(GMT+00:00) Coordinated Universal Time (UTC)' },
    { value: 'Europe/London', label: '(GMT+00:00) Greenwich Mean Time, United Kingdom (Europe/London)' },
    { value: 'Europe/Dublin', label: '(GMT+00:00) Greenwich Mean Time, Ireland (Europe/Dublin)' },
    { value: 'Europe/Lisbon', label: '(GMT+00:00) Western European Time (Europe/Lisbon)' },
    { value: 'Africa/Lagos', label: '(GMT+01:00) West Africa Time (Africa/Lagos)' },
    { value: 'Europe/Amsterdam', label: '(GMT+01:00) Central European Time (Europe/Amsterdam)' },
    { value: 'Europe/Berlin', label: '(GMT+01:00) Central European Time (Europe/Berlin)' },
    { value: 'Europe/Madrid', label: '(GMT+01:00) Central European Time (Europe/Madrid)' },
    { value: 'Europe/Paris', label: '(GMT+01:00) Central European Time (Europe/Paris)' },
    { value: 'Europe/Rome', label: '(GMT+01:00) Central European Time (Europe/Rome)' },
    { value: 'Europe/Stockholm', label: '(GMT+01:00) Central European Time (Europe/Stockholm)' },
    { value: 'Europe/Warsaw', label: '(GMT+01:00) Central European Time (Europe/Warsaw)' },
    { value: 'Europe/Zurich', label: '(GMT+01:00) Central European Time (Europe/Zurich)' },
    { value: 'Africa/Cairo', label: '(GMT+02:00) Eastern European Time (Africa/Cairo)' },
    { value: 'Africa/Johannesburg', label: '(GMT+02:00) South Africa Standard Time (Africa/Johannesburg)' },
    { value: 'Europe/Athens', label: '(GMT+02:00) Eastern European Time (Europe/Athens)' },
    { value: 'Europe/Istanbul', label: '(GMT+03:00) Turkey Time (Europe/Istanbul)' },
    { value: 'Asia/Dubai', label: '(GMT+04:00) Gulf Standard Time (Asia/Dubai)' },
    { value: 'Asia/Kolkata', label: '(GMT+05:30) India Standard Time (Asia/Kolkata)' },
    { value: 'Asia/Jakarta', label: '(GMT+07:00) Western Indonesia Time (Asia/Jakarta)' },
    { value: 'Asia/Hong_Kong', label: '(GMT+08:00) Hong Kong Time (Asia/Hong_Kong)' },
    { value: 'Asia/Shanghai', label: '(GMT+08:00) China Standard Time (Asia/Shanghai)' },
    { value: 'Asia/Singapore', label: '(GMT+08:00) Singapore Time (Asia/Singapore)' },
    { value: 'Australia/Perth', label: '(GMT+08:00) Australian Western Time (Australia/Perth)' },
    { value: 'Asia/Seoul', label: '(GMT+09:00) Korean Standard Time (Asia/Seoul)' },
    { value: 'Asia/Tokyo', label: '(GMT+09:00) Japan Standard Time (Asia/Tokyo)' },
    { value: 'Australia/Sydney', label: '(GMT+10:00) Australian Eastern Time (Australia/Sydney)' },
    { value: 'Pacific/Auckland', label: '(GMT+12:00) New Zealand Time (Pacific/Auckland)' }
];

/**
 * The zone options with `current` added at the end when an admin-added value is stored that the list lacks (the
 * picklist is unrestricted), so the editor never hides what is saved.
 */
export function zoneOptions(current: string | null | undefined): ZoneOption[] {
    if (!current || CUSTOMER_TIME_ZONES.some((z) => z.value === current)) return CUSTOMER_TIME_ZONES;
    return [...CUSTOMER_TIME_ZONES, { value: current, label: current }];
}
