/**
 * Display helpers for the Event panel and its children: what a rep reads for a recording, a participant match, a
 * meeting's Start button and the customer's time zone. Service component (no template): import from
 * 'c/meetingDisplay'.
 */

import { formatLabel, formatNumber, pluralLabel } from 'c/i18n';
import RECORDING from '@salesforce/label/c.Meeting_Recording';
import REC_ACTIVE_SPEAKER from '@salesforce/label/c.Meeting_RecordingActiveSpeaker';
import REC_AUDIO_ONLY from '@salesforce/label/c.Meeting_RecordingAudioOnly';
import REC_CHAT from '@salesforce/label/c.Meeting_RecordingChat';
import REC_CLOSED_CAPTIONS from '@salesforce/label/c.Meeting_RecordingClosedCaptions';
import REC_GALLERY_VIEW from '@salesforce/label/c.Meeting_RecordingGalleryView';
import REC_POLLS from '@salesforce/label/c.Meeting_RecordingPolls';
import REC_SHARED_SCREEN from '@salesforce/label/c.Meeting_RecordingSharedScreen';
import REC_SHARED_SCREEN_GALLERY from '@salesforce/label/c.Meeting_RecordingSharedScreenGallery';
import REC_SHARED_SCREEN_SPEAKER from '@salesforce/label/c.Meeting_RecordingSharedScreenSpeaker';
import REC_SHARED_SCREEN_SPEAKER_CC from '@salesforce/label/c.Meeting_RecordingSharedScreenSpeakerCc';
import REC_SPEAKER_VIEW from '@salesforce/label/c.Meeting_RecordingSpeakerView';
import REC_SUMMARY from '@salesforce/label/c.Meeting_RecordingSummary';
import REC_TIMELINE from '@salesforce/label/c.Meeting_RecordingTimeline';
import REC_TRANSCRIPT from '@salesforce/label/c.Meeting_RecordingTranscript';
import MATCH_AMBIGUOUS from '@salesforce/label/c.Meeting_MatchAmbiguous';
import MATCH_AMBIGUOUS_HELP from '@salesforce/label/c.Meeting_MatchAmbiguousHelp';
import MATCH_EMAIL from '@salesforce/label/c.Meeting_MatchEmail';
import MATCH_EMAIL_HELP from '@salesforce/label/c.Meeting_MatchEmailHelp';
import MATCH_MANUAL from '@salesforce/label/c.Meeting_MatchManual';
import MATCH_MANUAL_HELP from '@salesforce/label/c.Meeting_MatchManualHelp';
import MATCH_NAME from '@salesforce/label/c.Meeting_MatchName';
import MATCH_NAME_HELP from '@salesforce/label/c.Meeting_MatchNameHelp';
import MATCH_NONE from '@salesforce/label/c.Meeting_MatchNone';
import MATCH_NONE_HELP from '@salesforce/label/c.Meeting_MatchNoneHelp';
import AHEAD_OF_YOU from '@salesforce/label/c.Meeting_AheadOfYou';
import BEHIND_YOU from '@salesforce/label/c.Meeting_BehindYou';
import HOURS_ONE from '@salesforce/label/c.Meeting_Hours_One';
import HOURS_OTHER from '@salesforce/label/c.Meeting_Hours_Other';
import MINUTES_ONE from '@salesforce/label/c.Meeting_Minutes_One';
import MINUTES_OTHER from '@salesforce/label/c.Meeting_Minutes_Other';
import SAME_TIME from '@salesforce/label/c.Meeting_SameTime';
import YES from '@salesforce/label/c.Meeting_Yes';
import NO from '@salesforce/label/c.Meeting_No';
import STATUS_DELETED from '@salesforce/label/c.Meeting_StatusDeleted';
import STATUS_ENDED from '@salesforce/label/c.Meeting_StatusEnded';
import STATUS_FAILED from '@salesforce/label/c.Meeting_StatusFailed';
import STATUS_SCHEDULED from '@salesforce/label/c.Meeting_StatusScheduled';
import STATUS_STARTED from '@salesforce/label/c.Meeting_StatusStarted';
import STATUS_UNKNOWN from '@salesforce/label/c.Meeting_StatusUnknown';
import TYPE_INSTANT from '@salesforce/label/c.Meeting_TypeInstant';
import TYPE_RECURRING_FIXED from '@salesforce/label/c.Meeting_TypeRecurringFixed';
import TYPE_RECURRING_NO_FIXED from '@salesforce/label/c.Meeting_TypeRecurringNoFixed';
import TYPE_SCHEDULED from '@salesforce/label/c.Meeting_TypeScheduled';

const RECORDING_TYPES: Record<string, string> = {
    shared_screen_with_speaker_view: REC_SHARED_SCREEN_SPEAKER,
    'shared_screen_with_speaker_view(CC)': REC_SHARED_SCREEN_SPEAKER_CC,
    shared_screen_with_gallery_view: REC_SHARED_SCREEN_GALLERY,
    speaker_view: REC_SPEAKER_VIEW,
    active_speaker: REC_ACTIVE_SPEAKER,
    gallery_view: REC_GALLERY_VIEW,
    shared_screen: REC_SHARED_SCREEN,
    audio_only: REC_AUDIO_ONLY,
    audio_transcript: REC_TRANSCRIPT,
    chat_file: REC_CHAT,
    closed_caption: REC_CLOSED_CAPTIONS,
    timeline: REC_TIMELINE,
    poll: REC_POLLS,
    summary: REC_SUMMARY
};

/** "Shared screen with speaker view" for `shared_screen_with_speaker_view`; unknown types are spelt out. */
export function recordingTypeLabel(recordingType: string | null | undefined, fileType?: string | null): string {
    if (recordingType && RECORDING_TYPES[recordingType]) return RECORDING_TYPES[recordingType];
    const raw = (recordingType || fileType || '').trim();
    if (!raw) return RECORDING;
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
    return `${formatNumber(rounded, { useGrouping: false })} ${UNITS[unit]}`;
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
            return { label: MATCH_EMAIL, cssClass: 'slds-theme_success', help: MATCH_EMAIL_HELP };
        case 'Name':
            return { label: MATCH_NAME, cssClass: 'slds-badge_lightest', help: MATCH_NAME_HELP };
        case 'Manual':
            return { label: MATCH_MANUAL, cssClass: 'slds-badge_inverse', help: MATCH_MANUAL_HELP };
        case 'Ambiguous':
            return { label: MATCH_AMBIGUOUS, cssClass: 'slds-theme_warning', help: MATCH_AMBIGUOUS_HELP };
        default:
            return { label: MATCH_NONE, cssClass: 'slds-badge_lightest', help: MATCH_NONE_HELP };
    }
}

const STATUS_LABELS: Record<Apex.MeetingStatus, string> = {
    Scheduled: STATUS_SCHEDULED,
    Started: STATUS_STARTED,
    Ended: STATUS_ENDED,
    Deleted: STATUS_DELETED,
    Failed: STATUS_FAILED
};

/**
 * The status picklist value in the reader's language (a label per value: the DTO carries the API value, which the
 * component also compares); a value this list lacks is shown as stored, none as "Unknown".
 */
export function meetingStatusLabel(status: Apex.MeetingStatus | null | undefined): string {
    if (!status) return STATUS_UNKNOWN;
    return STATUS_LABELS[status] ?? status;
}

const TYPE_LABELS: Record<Apex.MeetingType, string> = {
    Instant: TYPE_INSTANT,
    Scheduled: TYPE_SCHEDULED,
    'Recurring (No Fixed Time)': TYPE_RECURRING_NO_FIXED,
    'Recurring (Fixed Time)': TYPE_RECURRING_FIXED
};

/** The meeting type picklist value in the reader's language; empty when none is stored. */
export function meetingTypeLabel(type: Apex.MeetingType | null | undefined): string {
    if (!type) return '';
    return TYPE_LABELS[type] ?? type;
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
    if (aheadMinutes === 0) return SAME_TIME;
    const total = Math.abs(aheadMinutes);
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    const parts = [];
    if (hours) parts.push(pluralLabel(hours, HOURS_ONE, HOURS_OTHER));
    if (minutes) parts.push(pluralLabel(minutes, MINUTES_ONE, MINUTES_OTHER));
    return formatLabel(aheadMinutes > 0 ? AHEAD_OF_YOU : BEHIND_YOU, parts.join(' '));
}

/** "Yes" / "No" for a checkbox setting. */
export function yesNo(value: boolean | null | undefined): string {
    return value ? YES : NO;
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
