import { LightningElement, api, wire } from 'lwc';
import getPresence from '@salesforce/apex/ZoomPresenceController.getPresence';
import { errorMessage } from 'c/zoomErrors';
import { USER_LOCALE, formatLabel } from 'c/i18n';
import BADGE from '@salesforce/label/c.Presence_Badge';
import BADGE_NO_TIME from '@salesforce/label/c.Presence_BadgeNoTime';
import LOADING from '@salesforce/label/c.Presence_Loading';
import NO_PRESENCE_YET from '@salesforce/label/c.Presence_NoPresenceYet';
import NOT_LINKED from '@salesforce/label/c.Presence_NotLinked';
import OF from '@salesforce/label/c.Presence_Of';

/** Labels the template reads. */
const LABELS = { loading: LOADING };

/** Colour of the dot by presence: green free, orange away, red busy in some way, grey offline or unknown. */
const TONES: Partial<Record<Apex.ZoomPresenceStatus, string>> = {
    Available: 'available',
    Mobile_signed_in: 'available',
    Away: 'away',
    Do_Not_Disturb: 'busy',
    In_Meeting: 'busy',
    Presenting: 'busy',
    On_Phone_Call: 'busy',
    In_Calendar_Event: 'busy',
    Busy: 'busy'
};

/** Relative-time units, largest first, with their length in seconds. */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60]
];

let relativeFormat: Intl.RelativeTimeFormat | undefined;

/**
 * How long ago `iso` was, in the user's language ("5 min. ago", "vor 5 Min.", "now"); '' for a missing or invalid
 * time. A time slightly in the future (clock skew) reads as now.
 */
export function sinceText(iso: string | null, now: number): string {
    const at = iso ? Date.parse(iso) : NaN;
    if (Number.isNaN(at)) return '';
    relativeFormat ??= new Intl.RelativeTimeFormat(USER_LOCALE, { numeric: 'auto', style: 'short' });
    const seconds = Math.max(0, Math.round((now - at) / 1000));
    for (const [unit, length] of UNITS) {
        if (seconds >= length) return relativeFormat.format(-Math.floor(seconds / length), unit);
    }
    return relativeFormat.format(0, 'second');
}

/**
 * Zoom presence badge for User, Contact and Account record pages: the presence of the person behind the record (the
 * user itself on a User page, the record's owner otherwise) as a small badge with a coloured dot and a text that
 * says it ("Available in Zoom · 5 min. ago"), or "Not linked to Zoom" / "No presence yet". Zoom's presence events keep
 * the presence current (UserWebhookHandler); the badge reads it once per page load (cacheable Apex).
 */
export default class ZoomPresenceBadge extends LightningElement {
    /** The record of the page (set by the record page). */
    @api recordId?: string;

    labels = LABELS;
    presence?: Apex.ZoomPresenceDto;
    error?: ApexError;

    @wire(getPresence, { recordId: '$recordId' })
    wiredPresence({ data, error }: ApexWireResult<Apex.ZoomPresenceDto>): void {
        this.presence = data ?? undefined;
        this.error = error;
    }

    get loading(): boolean {
        return !this.presence && !this.error;
    }

    get errorText(): string {
        return this.error ? errorMessage(this.error) : '';
    }

    /** What the badge says. */
    get badgeText(): string {
        const presence = this.presence;
        if (!presence) return '';
        if (presence.state === 'notLinked') return NOT_LINKED;
        if (presence.state === 'noPresence') return NO_PRESENCE_YET;
        const since = sinceText(presence.updatedAt, Date.now());
        const label = presence.statusLabel ?? presence.status ?? '';
        return since ? formatLabel(BADGE, label, since) : formatLabel(BADGE_NO_TIME, label);
    }

    /** The badge with whose presence it is, for screen readers and the tooltip. */
    get accessibleText(): string {
        return formatLabel(OF, this.presence?.ownerName ?? '', this.badgeText);
    }

    get badgeClass(): string {
        return `slds-badge presence presence_${this.tone}`;
    }

    get dotClass(): string {
        return `dot dot_${this.tone}`;
    }

    private get tone(): string {
        const status = this.presence?.state === 'presence' ? this.presence.status : null;
        return (status && TONES[status]) || 'none';
    }
}
