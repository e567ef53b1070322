/**
 * Display helpers for the Event panel and its children: what a rep reads for a recording, a participant match, a
 * meeting's Start button and the customer's time zone. Service component (no template): import from
 * 'c/meetingDisplay'.
 */

import { formatLabel, formatNumber, pluralLabel } from 'c/i18n';
import ZONE_PACIFIC_HONOLULU from '@salesforce/label/c.CustomerTime_ZonePacificHonolulu';
import ZONE_AMERICA_ANCHORAGE from '@salesforce/label/c.CustomerTime_ZoneAmericaAnchorage';
import ZONE_AMERICA_LOS_ANGELES from '@salesforce/label/c.CustomerTime_ZoneAmericaLosAngeles';
import ZONE_AMERICA_PHOENIX from '@salesforce/label/c.CustomerTime_ZoneAmericaPhoenix';
import ZONE_AMERICA_DENVER from '@salesforce/label/c.CustomerTime_ZoneAmericaDenver';
import ZONE_AMERICA_CHICAGO from '@salesforce/label/c.CustomerTime_ZoneAmericaChicago';
import ZONE_AMERICA_MEXICO_CITY from '@salesforce/label/c.CustomerTime_ZoneAmericaMexicoCity';
import ZONE_AMERICA_NEW_YORK from '@salesforce/label/c.CustomerTime_ZoneAmericaNewYork';
import ZONE_AMERICA_TORONTO from '@salesforce/label/c.CustomerTime_ZoneAmericaToronto';
import ZONE_AMERICA_BOGOTA from '@salesforce/label/c.CustomerTime_ZoneAmericaBogota';
import ZONE_AMERICA_LIMA from '@salesforce/label/c.CustomerTime_ZoneAmericaLima';
import ZONE_AMERICA_HALIFAX from '@salesforce/label/c.CustomerTime_ZoneAmericaHalifax';
import ZONE_AMERICA_SAO_PAULO from '@salesforce/label/c.CustomerTime_ZoneAmericaSaoPaulo';
import ZONE_AMERICA_ARGENTINA_BUENOS_AIRES from '@salesforce/label/c.CustomerTime_ZoneAmericaArgentinaBuenosAires';
import ZONE_U_T_C from '@salesforce/label/c.CustomerTime_ZoneUTC';
import ZONE_EUROPE_LONDON from '@salesforce/label/c.CustomerTime_ZoneEuropeLondon';
import ZONE_EUROPE_DUBLIN from '@salesforce/label/c.CustomerTime_ZoneEuropeDublin';
import ZONE_EUROPE_LISBON from '@salesforce/label/c.CustomerTime_ZoneEuropeLisbon';
import ZONE_AFRICA_LAGOS from '@salesforce/label/c.CustomerTime_ZoneAfricaLagos';
import ZONE_EUROPE_AMSTERDAM from '@salesforce/label/c.CustomerTime_ZoneEuropeAmsterdam';
import ZONE_EUROPE_BERLIN from '@salesforce/label/c.CustomerTime_ZoneEuropeBerlin';
import ZONE_EUROPE_MADRID from '@salesforce/label/c.CustomerTime_ZoneEuropeMadrid';
import ZONE_EUROPE_PARIS from '@salesforce/label/c.CustomerTime_ZoneEuropeParis';
import ZONE_EUROPE_ROME from '@salesforce/label/c.CustomerTime_ZoneEuropeRome';
import ZONE_EUROPE_STOCKHOLM from '@salesforce/label/c.CustomerTime_ZoneEuropeStockholm';
import ZONE_EUROPE_WARSAW from '@salesforce/label/c.CustomerTime_ZoneEuropeWarsaw';
import ZONE_EUROPE_ZURICH from '@salesforce/label/c.CustomerTime_ZoneEuropeZurich';
import ZONE_AFRICA_CAIRO from '@salesforce/label/c.CustomerTime_ZoneAfricaCairo';
import ZONE_AFRICA_JOHANNESBURG from '@salesforce/label/c.CustomerTime_ZoneAfricaJohannesburg';
import ZONE_EUROPE_ATHENS from '@salesforce/label/c.CustomerTime_ZoneEuropeAthens';
import ZONE_EUROPE_ISTANBUL from '@salesforce/label/c.CustomerTime_ZoneEuropeIstanbul';
import ZONE_ASIA_DUBAI from '@salesforce/label/c.CustomerTime_ZoneAsiaDubai';
import ZONE_ASIA_KOLKATA from '@salesforce/label/c.CustomerTime_ZoneAsiaKolkata';
import ZONE_ASIA_JAKARTA from '@salesforce/label/c.CustomerTime_ZoneAsiaJakarta';
import ZONE_ASIA_HONG_KONG from '@salesforce/label/c.CustomerTime_ZoneAsiaHongKong';
import ZONE_ASIA_SHANGHAI from '@salesforce/label/c.CustomerTime_ZoneAsiaShanghai';
import ZONE_ASIA_SINGAPORE from '@salesforce/label/c.CustomerTime_ZoneAsiaSingapore';
import ZONE_AUSTRALIA_PERTH from '@salesforce/label/c.CustomerTime_ZoneAustraliaPerth';
import ZONE_ASIA_SEOUL from '@salesforce/label/c.CustomerTime_ZoneAsiaSeoul';
import ZONE_ASIA_TOKYO from '@salesforce/label/c.CustomerTime_ZoneAsiaTokyo';
import ZONE_AUSTRALIA_SYDNEY from '@salesforce/label/c.CustomerTime_ZoneAustraliaSydney';
import ZONE_PACIFIC_AUCKLAND from '@salesforce/label/c.CustomerTime_ZonePacificAuckland';
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
    { value: 'Pacific/Honolulu', label: ZONE_PACIFIC_HONOLULU },
    { value: 'America/Anchorage', label: ZONE_AMERICA_ANCHORAGE },
    { value: 'America/Los_Angeles', label: ZONE_AMERICA_LOS_ANGELES },
    { value: 'America/Phoenix', label: ZONE_AMERICA_PHOENIX },
    { value: 'America/Denver', label: ZONE_AMERICA_DENVER },
    { value: 'America/Chicago', label: ZONE_AMERICA_CHICAGO },
    { value: 'America/Mexico_City', label: ZONE_AMERICA_MEXICO_CITY },
    { value: 'America/New_York', label: ZONE_AMERICA_NEW_YORK },
    { value: 'America/Toronto', label: ZONE_AMERICA_TORONTO },
    { value: 'America/Bogota', label: ZONE_AMERICA_BOGOTA },
    { value: 'America/Lima', label: ZONE_AMERICA_LIMA },
    { value: 'America/Halifax', label: ZONE_AMERICA_HALIFAX },
    { value: 'America/Sao_Paulo', label: ZONE_AMERICA_SAO_PAULO },
    {
        value: 'America/Argentina/Buenos_Aires',
        label: ZONE_AMERICA_ARGENTINA_BUENOS_AIRES
    },
    { value: 'UTC', label: ZONE_U_T_C },
    { value: 'Europe/London', label: ZONE_EUROPE_LONDON },
    { value: 'Europe/Dublin', label: ZONE_EUROPE_DUBLIN },
    { value: 'Europe/Lisbon', label: ZONE_EUROPE_LISBON },
    { value: 'Africa/Lagos', label: ZONE_AFRICA_LAGOS },
    { value: 'Europe/Amsterdam', label: ZONE_EUROPE_AMSTERDAM },
    { value: 'Europe/Berlin', label: ZONE_EUROPE_BERLIN },
    { value: 'Europe/Madrid', label: ZONE_EUROPE_MADRID },
    { value: 'Europe/Paris', label: ZONE_EUROPE_PARIS },
    { value: 'Europe/Rome', label: ZONE_EUROPE_ROME },
    { value: 'Europe/Stockholm', label: ZONE_EUROPE_STOCKHOLM },
    { value: 'Europe/Warsaw', label: ZONE_EUROPE_WARSAW },
    { value: 'Europe/Zurich', label: ZONE_EUROPE_ZURICH },
    { value: 'Africa/Cairo', label: ZONE_AFRICA_CAIRO },
    { value: 'Africa/Johannesburg', label: ZONE_AFRICA_JOHANNESBURG },
    { value: 'Europe/Athens', label: ZONE_EUROPE_ATHENS },
    { value: 'Europe/Istanbul', label: ZONE_EUROPE_ISTANBUL },
    { value: 'Asia/Dubai', label: ZONE_ASIA_DUBAI },
    { value: 'Asia/Kolkata', label: ZONE_ASIA_KOLKATA },
    { value: 'Asia/Jakarta', label: ZONE_ASIA_JAKARTA },
    { value: 'Asia/Hong_Kong', label: ZONE_ASIA_HONG_KONG },
    { value: 'Asia/Shanghai', label: ZONE_ASIA_SHANGHAI },
    { value: 'Asia/Singapore', label: ZONE_ASIA_SINGAPORE },
    { value: 'Australia/Perth', label: ZONE_AUSTRALIA_PERTH },
    { value: 'Asia/Seoul', label: ZONE_ASIA_SEOUL },
    { value: 'Asia/Tokyo', label: ZONE_ASIA_TOKYO },
    { value: 'Australia/Sydney', label: ZONE_AUSTRALIA_SYDNEY },
    { value: 'Pacific/Auckland', label: ZONE_PACIFIC_AUCKLAND }
];

/**
 * The zone options with `current` added at the end when an admin-added value is stored that the list lacks (the
 * picklist is unrestricted), so the editor never hides what is saved.
 */
export function zoneOptions(current: string | null | undefined): ZoneOption[] {
    if (!current || CUSTOMER_TIME_ZONES.some((z) => z.value === current)) return CUSTOMER_TIME_ZONES;
    return [...CUSTOMER_TIME_ZONES, { value: current, label: current }];
}
