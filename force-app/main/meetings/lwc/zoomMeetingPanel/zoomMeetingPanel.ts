import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getMeeting from '@salesforce/apex/ZoomMeetingController.getMeeting';
import getStartUrl from '@salesforce/apex/ZoomMeetingController.getStartUrl';
import syncNow from '@salesforce/apex/ZoomMeetingController.syncNow';
import timeZone from '@salesforce/i18n/timeZone';
import locale from '@salesforce/i18n/locale';
import { errorMessage, errorParts } from 'c/zoomErrors';
import { formatLabel, formatNumber } from 'c/i18n';
import ACTUAL from '@salesforce/label/c.Panel_Actual';
import BROWSER_BLOCKED_TAB from '@salesforce/label/c.Panel_BrowserBlockedTab';
import BUSY_STARTING from '@salesforce/label/c.Panel_BusyStarting';
import BUSY_SYNCING from '@salesforce/label/c.Panel_BusySyncing';
import CLOSE from '@salesforce/label/c.Panel_Close';
import COPY_BELOW from '@salesforce/label/c.Panel_CopyBelow';
import COPY_INVITATION from '@salesforce/label/c.Panel_CopyInvitation';
import COPY_NOT_ALLOWED from '@salesforce/label/c.Panel_CopyNotAllowed';
import CUSTOMER_TIME from '@salesforce/label/c.Panel_CustomerTime';
import DEFAULT_TITLE from '@salesforce/label/c.Panel_DefaultTitle';
import DURATION from '@salesforce/label/c.Panel_Duration';
import EMAIL_DIALOG_TITLE from '@salesforce/label/c.Panel_EmailDialogTitle';
import EMPTY from '@salesforce/label/c.Panel_Empty';
import HOST_PRESENCE from '@salesforce/label/c.Panel_HostPresence';
import SUMMARY_HEADING from '@salesforce/label/c.Panel_SummaryHeading';
import SUMMARY_KEYWORDS from '@salesforce/label/c.Panel_SummaryKeywords';
import SUMMARY_NEXT_STEPS from '@salesforce/label/c.Panel_SummaryNextSteps';
import SUMMARY_NONE from '@salesforce/label/c.Panel_SummaryNone';
import FAILED_DEFAULT from '@salesforce/label/c.Panel_FailedDefault';
import HOST from '@salesforce/label/c.Panel_Host';
import INVITATION_COPIED from '@salesforce/label/c.Panel_InvitationCopied';
import INVITATION_COPIED_MESSAGE from '@salesforce/label/c.Panel_InvitationCopiedMessage';
import INVITATION from '@salesforce/label/c.Panel_Invitation';
import JOIN from '@salesforce/label/c.Panel_Join';
import JOIN_BEFORE_HOST from '@salesforce/label/c.Panel_JoinBeforeHost';
import JOIN_URL from '@salesforce/label/c.Panel_JoinUrl';
import LAST_SYNCED from '@salesforce/label/c.Panel_LastSynced';
import LOADING from '@salesforce/label/c.Panel_Loading';
import MEETING_ID from '@salesforce/label/c.Panel_MeetingId';
import NEVER from '@salesforce/label/c.Panel_Never';
import NO_RECORDINGS from '@salesforce/label/c.Panel_NoRecordings';
import NOT_SYNCED from '@salesforce/label/c.Panel_NotSynced';
import OPEN_ZOOM_TO_START from '@salesforce/label/c.Panel_OpenZoomToStart';
import PARTICIPANT_COUNT_UNKNOWN from '@salesforce/label/c.Panel_ParticipantCountUnknown';
import PARTICIPANTS from '@salesforce/label/c.Panel_Participants';
import PARTICIPANTS_TITLE from '@salesforce/label/c.Panel_ParticipantsTitle';
import PERSONAL_MEETING_ID from '@salesforce/label/c.Panel_PersonalMeetingId';
import PLAY from '@salesforce/label/c.Panel_Play';
import PLAY_RECORDING from '@salesforce/label/c.Panel_PlayRecording';
import RECORDINGS_TITLE from '@salesforce/label/c.Panel_RecordingsTitle';
import SCHEDULED from '@salesforce/label/c.Panel_Scheduled';
import SEND_EMAIL from '@salesforce/label/c.Panel_SendEmail';
import START from '@salesforce/label/c.Panel_Start';
import START_FAILED from '@salesforce/label/c.Panel_StartFailed';
import STARTING from '@salesforce/label/c.Panel_Starting';
import STARTS_IN_NEW_TAB from '@salesforce/label/c.Panel_StartsInNewTab';
import STATUS from '@salesforce/label/c.Panel_Status';
import SYNC_FAILED from '@salesforce/label/c.Panel_SyncFailed';
import SYNC_NOW from '@salesforce/label/c.Panel_SyncNow';
import SYNCED from '@salesforce/label/c.Panel_Synced';
import SYNCING from '@salesforce/label/c.Panel_Syncing';
import TAB_BLOCKED_MESSAGE from '@salesforce/label/c.Panel_TabBlockedMessage';
import TAB_BLOCKED_TITLE from '@salesforce/label/c.Panel_TabBlockedTitle';
import TYPE from '@salesforce/label/c.Panel_Type';
import ZOOM_OPENING from '@salesforce/label/c.Panel_ZoomOpening';
import YOUR_TIME from '@salesforce/label/c.Panel_YourTime';
import {
    LINK_REFUSED,
    buildInvitation,
    formatDuration,
    formatMeetingNumber,
    formatStart,
    isZoomLink,
    statusBadgeClass,
    zoomLinkOrNull
} from 'c/meetingFormat';
import { bothZones, isValidTimeZone } from 'c/customerTime';
import {
    canSeeStart,
    canStart,
    describeDifference,
    detailText,
    formatBytes,
    meetingStatusLabel,
    meetingTypeLabel,
    recordingTypeLabel,
    yesNo
} from 'c/meetingDisplay';
import { openInNewTab } from 'c/meetingLaunch';
import type { Notice } from 'c/zoomNotice';
import type { MeetingEmailSentDetail } from 'c/zoomMeetingEmail';

/** Labels the template reads. */
const LABELS = {
    join: JOIN,
    copyInvitation: COPY_INVITATION,
    sendEmail: SEND_EMAIL,
    loading: LOADING,
    browserBlockedTab: BROWSER_BLOCKED_TAB,
    openZoomToStart: OPEN_ZOOM_TO_START,
    status: STATUS,
    type: TYPE,
    scheduled: SCHEDULED,
    customerTime: CUSTOMER_TIME,
    actual: ACTUAL,
    duration: DURATION,
    participants: PARTICIPANTS,
    meetingId: MEETING_ID,
    host: HOST,
    personalMeetingId: PERSONAL_MEETING_ID,
    joinBeforeHost: JOIN_BEFORE_HOST,
    joinUrl: JOIN_URL,
    lastSynced: LAST_SYNCED,
    never: NEVER,
    invitation: INVITATION,
    play: PLAY,
    noRecordings: NO_RECORDINGS,
    emailDialogTitle: EMAIL_DIALOG_TITLE,
    close: CLOSE,
    empty: EMPTY,
    hostPresence: HOST_PRESENCE,
    summaryHeading: SUMMARY_HEADING,
    summaryKeywords: SUMMARY_KEYWORDS,
    summaryNextSteps: SUMMARY_NEXT_STEPS,
    summaryNone: SUMMARY_NONE
};

/** The icon of each Zoom presence on the host's presence badge (the text is the picklist's label). */
const PRESENCE_ICONS: Record<Apex.ZoomPresenceStatus, string> = {
    Available: 'utility:success',
    Away: 'utility:away',
    Do_Not_Disturb: 'utility:ban',
    In_Meeting: 'utility:video',
    Presenting: 'utility:screen',
    On_Phone_Call: 'utility:call',
    In_Calendar_Event: 'utility:event',
    Busy: 'utility:clock',
    Mobile_signed_in: 'utility:phone_portrait',
    Offline: 'utility:offline'
};

/** One line of the AI Companion summary, keyed for the template. */
interface SummaryLine {
    key: string;
    text: string;
}

type Busy = 'start' | 'sync' | null;
type NoticeVariant = 'success' | 'warning' | 'error';

interface RecordingRow {
    id: string;
    label: string;
    fileType: string;
    recordingStart: string | null;
    sizeText: string;
    /** The play link when it leads to Zoom, else null (never rendered as a link). */
    playUrl: string | null;
    playLabel: string;
    /** True when a play link is stored but does not lead to Zoom. */
    playRefused: boolean;
}

/** One admin-chosen detail (field set "Event panel details") as the details list renders it. */
interface DetailRow {
    labelKey: string;
    valueKey: string;
    fieldPath: string;
    label: string;
    /** The ISO 8601 value of a date and time (formatted in the reader's zone by the template), else null. */
    dateTime: string | null;
    /** What is shown for every other kind. */
    text: string;
}

interface CustomerTimeView {
    rep: string;
    customer: string;
    zone: string;
    sameOffset: boolean;
    difference: string;
}

/**
 * Zoom meeting panel for Event and Zoom Meeting record pages: every detail of the linked meeting, Start (host),
 * Join, Copy invitation, Send Email, Sync now, the participants with their Contacts/Leads, the recordings, and the
 * start time in the customer's time zone.
 *
 * The same component runs on the Lightning record page and, through Lightning Out, on the Classic Event layout:
 * links are plain hrefs (Join opens the join URL in a new tab) and every outcome is an inline notice, since
 * NavigationMixin and toasts do nothing in Lightning Out. Only Zoom links (isZoomLink: https on zoom.us or
 * zoomgov.com) are rendered as links or opened; a stored link that leads elsewhere is replaced by a sentence.
 */
export default class ZoomMeetingPanel extends LightningElement {
    /** Record page context: an Event or Zoom Meeting Id. */
    @api recordId?: string;
    /** Record page context: the object of the page. */
    @api objectApiName?: string;
    /** The org's URL, set by the Classic (Lightning Out) page: record links point there and open in the window. */
    @api recordBaseUrl?: string;

    readonly labels = LABELS;

    /** Outcome of the last action (start, copy, sync, email), shown inline. */
    notice: Notice | null = null;

    meeting: Apex.ZoomMeetingDto | null = null;
    errorText = '';
    isLoading = true;
    /** Shown when the browser refuses clipboard access, so the rep can copy by hand. */
    manualCopyText = '';
    busy: Busy = null;
    /** A start URL the browser refused to open in a new tab; shown as a link the host clicks. */
    blockedStartUrl = '';
    showEmail = false;
    /** What gets focus after the next render: the opened dialog, or (after it closed) the Send Email button. */
    private focusAfterRender: 'dialog' | 'opener' | null = null;

    /** What the wire provisioned, kept for refreshApex. */
    private wiredResult: ApexWireResult<Apex.ZoomMeetingDto | null> | undefined;

    @wire(getMeeting, { recordId: '$recordId' })
    wiredMeeting(result: ApexWireResult<Apex.ZoomMeetingDto | null>): void {
        this.wiredResult = result;
        const { data, error } = result;
        if (data !== undefined) {
            if (data?.id !== this.meeting?.id) this.blockedStartUrl = '';
            this.meeting = data;
            this.errorText = '';
            this.isLoading = false;
        } else if (error) {
            this.meeting = null;
            this.errorText = errorMessage(error);
            this.isLoading = false;
        }
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get hasMeeting(): boolean {
        return this.meeting !== null;
    }

    get cardTitle(): string {
        return this.meeting ? this.meeting.topic : DEFAULT_TITLE;
    }

    get meetingNumberText(): string {
        return formatMeetingNumber(this.meeting?.meetingNumber);
    }

    get durationText(): string {
        return formatDuration(this.meeting?.durationMinutes);
    }

    get statusText(): string {
        return meetingStatusLabel(this.meeting?.status);
    }

    get statusClass(): string {
        return statusBadgeClass(this.meeting?.status);
    }

    get isFailed(): boolean {
        return this.meeting?.status === 'Failed';
    }

    get failureText(): string {
        return this.meeting?.failureReason || FAILED_DEFAULT;
    }

    get meetingTypeText(): string {
        return meetingTypeLabel(this.meeting?.meetingType);
    }

    get hasActualTimes(): boolean {
        return Boolean(this.meeting?.actualStart || this.meeting?.actualEnd);
    }

    get participantCountText(): string {
        const count = this.meeting?.participantCount;
        return count === null || count === undefined ? PARTICIPANT_COUNT_UNKNOWN : formatNumber(count);
    }

    get pmiText(): string {
        return yesNo(this.meeting?.usePmi);
    }

    get joinBeforeHostText(): string {
        return yesNo(this.meeting?.joinBeforeHost);
    }

    get hasLastSynced(): boolean {
        return Boolean(this.meeting?.lastSynced);
    }

    /** The host's Zoom presence as text and icon, or null when unknown. */
    get hostPresence(): { label: string; icon: string } | null {
        const presence = this.meeting?.hostPresence;
        const label = this.meeting?.hostPresenceLabel;
        return presence && label ? { label, icon: PRESENCE_ICONS[presence] ?? 'utility:user' } : null;
    }

    /** The summary section shows once the meeting ended and Zoom said whether it has a summary. */
    get showSummary(): boolean {
        return this.meeting?.status === 'Ended' && Boolean(this.meeting.summary);
    }

    get summaryAvailable(): boolean {
        return this.meeting?.summary?.status === 'Available';
    }

    /** The summary's lines (overview and sections), each its own paragraph. */
    get summaryLines(): SummaryLine[] {
        return toLines(this.meeting?.summary?.text);
    }

    get summaryNextSteps(): SummaryLine[] {
        return (this.meeting?.summary?.nextSteps ?? []).map((text, index) => ({ key: `step-${index}`, text }));
    }

    get hasSummaryNextSteps(): boolean {
        return this.summaryNextSteps.length > 0;
    }

    get summaryKeywordsText(): string {
        return (this.meeting?.summary?.keywords ?? []).join(', ');
    }

    /** The fields an admin added to the field set "Event panel details", after the fixed details. */
    get details(): DetailRow[] {
        return (this.meeting?.details ?? []).map((d) => ({
            labelKey: `label-${d.fieldPath}`,
            valueKey: `value-${d.fieldPath}`,
            fieldPath: d.fieldPath,
            label: d.label,
            dateTime: d.kind === 'dateTime' ? d.value : null,
            text: d.kind === 'dateTime' ? '' : detailText(d, locale)
        }));
    }

    get timeZone(): string {
        return timeZone;
    }

    get customerTime(): CustomerTimeView | null {
        const zone = this.meeting?.customerTimeZone;
        const start = this.meeting?.scheduledStart;
        if (!zone || !start || !isValidTimeZone(zone) || !isValidTimeZone(timeZone)) return null;
        try {
            const both = bothZones(start, timeZone, zone, locale);
            return { ...both, zone, difference: describeDifference(both.customerAheadMinutes) };
        } catch {
            return null;
        }
    }

    get yourTimeText(): string {
        const time = this.customerTime;
        return time ? formatLabel(YOUR_TIME, time.rep, time.difference) : '';
    }

    get hasCustomerTime(): boolean {
        return this.customerTime !== null;
    }

    get showStart(): boolean {
        return canSeeStart(this.meeting);
    }

    get startDisabled(): boolean {
        return !canStart(this.meeting) || this.busy !== null;
    }

    get startLabel(): string {
        return this.busy === 'start' ? STARTING : START;
    }

    get joinDisabled(): boolean {
        return (
            !isZoomLink(this.meeting?.joinUrl) || this.meeting?.status === 'Deleted' || this.meeting?.status === 'Ended'
        );
    }

    /** The join link when it may be followed (a Zoom link), else null. */
    get joinHref(): string | null {
        return this.joinDisabled ? null : zoomLinkOrNull(this.meeting?.joinUrl);
    }

    /** The join link shown in the details (a Zoom link), else null. */
    get joinLink(): string | null {
        return zoomLinkOrNull(this.meeting?.joinUrl);
    }

    /** True when the meeting holds a join link that does not lead to Zoom: the panel says so instead of linking. */
    get joinRefused(): boolean {
        const url = this.meeting?.joinUrl;
        return this.meeting?.joinUrlRefused === true || (Boolean(url) && !isZoomLink(url));
    }

    get linkRefusedText(): string {
        return LINK_REFUSED;
    }

    get copyDisabled(): boolean {
        return !this.meeting;
    }

    get emailDisabled(): boolean {
        return !isZoomLink(this.meeting?.joinUrl) || this.meeting?.status === 'Deleted';
    }

    get syncDisabled(): boolean {
        return !this.meeting || this.busy !== null;
    }

    get syncLabel(): string {
        return this.busy === 'sync' ? SYNCING : SYNC_NOW;
    }

    get isBusy(): boolean {
        return this.busy !== null;
    }

    get busyText(): string {
        return this.busy === 'start' ? BUSY_STARTING : BUSY_SYNCING;
    }

    get participants(): Apex.ZoomParticipantDto[] {
        return this.meeting?.participants ?? [];
    }

    get participantsTitle(): string {
        // Attendees only: people who only waited in the waiting room are listed apart in the table.
        return formatLabel(
            PARTICIPANTS_TITLE,
            formatNumber(this.participants.filter((p) => p.admitted !== false).length)
        );
    }

    get recordings(): RecordingRow[] {
        return (this.meeting?.recordings ?? []).map((r) => {
            const label = recordingTypeLabel(r.recordingType, r.fileType);
            return {
                id: r.id,
                label,
                fileType: r.fileType ?? '',
                recordingStart: r.recordingStart,
                sizeText: formatBytes(r.sizeBytes),
                playUrl: zoomLinkOrNull(r.playUrl),
                playLabel: formatLabel(PLAY_RECORDING, label),
                playRefused: r.playUrlRefused === true || (Boolean(r.playUrl) && !isZoomLink(r.playUrl))
            };
        });
    }

    get hasRecordings(): boolean {
        return this.recordings.length > 0;
    }

    get recordingsTitle(): string {
        return formatLabel(RECORDINGS_TITLE, formatNumber(this.recordings.length));
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    /** Asks Zoom for a fresh start URL (it expires after about 2 hours, so none is stored) and opens it. */
    async handleStart(): Promise<void> {
        const meeting = this.meeting;
        if (!meeting || !canStart(meeting) || this.busy) return;
        this.busy = 'start';
        this.blockedStartUrl = '';
        try {
            const url = await getStartUrl({ meetingId: meeting.id });
            if (!isZoomLink(url)) {
                this.toast(START_FAILED, LINK_REFUSED, 'error');
            } else if (openInNewTab(url)) {
                this.toast(ZOOM_OPENING, STARTS_IN_NEW_TAB, 'success');
            } else {
                this.blockedStartUrl = url;
                this.toast(TAB_BLOCKED_TITLE, formatLabel(TAB_BLOCKED_MESSAGE, OPEN_ZOOM_TO_START), 'warning');
            }
        } catch (error) {
            this.failed(START_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    handleStartLinkClick(): void {
        // The link opens Zoom itself; a start URL is single-use, so it is not offered twice.
        this.blockedStartUrl = '';
    }

    async handleCopy(): Promise<void> {
        if (!this.meeting) return;
        const text = buildInvitation(this.meeting, formatStart(this.meeting.scheduledStart, locale, timeZone));
        try {
            // Without the Clipboard API (navigator.clipboard undefined) the call throws: manual copy below.
            await navigator.clipboard.writeText(text);
            this.manualCopyText = '';
            this.toast(INVITATION_COPIED, INVITATION_COPIED_MESSAGE, 'success');
        } catch {
            this.manualCopyText = text;
            this.toast(COPY_BELOW, COPY_NOT_ALLOWED, 'warning');
        }
    }

    /** Reads status, times, participants and recordings from Zoom now, then reloads the panel. */
    async handleSync(): Promise<void> {
        const meeting = this.meeting;
        if (!meeting || this.busy) return;
        this.busy = 'sync';
        try {
            const result = await syncNow({ meetingId: meeting.id });
            await refreshApex(this.wiredResult);
            if (result.ok) {
                this.toast(SYNCED, result.message, 'success');
            } else {
                this.toast(NOT_SYNCED, result.message, 'warning');
            }
        } catch (error) {
            this.failed(SYNC_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    override renderedCallback(): void {
        if (!this.focusAfterRender) return;
        const target = this.focusAfterRender === 'dialog' ? '[data-id="email-close"]' : '[data-id="email"]';
        const element = this.template?.querySelector<HTMLElement>(target);
        if (element) {
            this.focusAfterRender = null;
            element.focus();
        }
    }

    handleOpenEmail(): void {
        this.showEmail = true;
        this.focusAfterRender = 'dialog';
    }

    handleCloseEmail(): void {
        this.closeEmail();
    }

    handleEmailSent(event: CustomEvent<MeetingEmailSentDetail>): void {
        // The composer closes with the modal, so its outcome ("Email sent to N people") is shown here.
        this.closeEmail();
        if (event.detail?.notice) this.notice = event.detail.notice;
    }

    /** Focus trap of the dialog: Tab past its last control wraps to the first (Close). */
    handleTrapEnd(): void {
        this.template?.querySelector<HTMLElement>('[data-id="email-close"]')?.focus();
    }

    /** Shift+Tab before the first control wraps to the composer's last one (Close when it has none). */
    handleTrapStart(): void {
        const composer = this.template?.querySelector<HTMLElement & { focusLast(): boolean }>('c-zoom-meeting-email');
        if (!composer?.focusLast()) this.handleTrapEnd();
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleModalKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') this.closeEmail();
    }

    private closeEmail(): void {
        this.showEmail = false;
        this.focusAfterRender = 'opener';
    }

    private toast(title: string, message: string, variant: NoticeVariant): void {
        this.notice = { title, message, variant };
    }

    /** An error notice: the server's sentence, and the log reference apart when there is one. */
    private failed(title: string, error: ApexError): void {
        const { message, reference } = errorParts(error);
        this.notice = { title, message, variant: 'error', reference };
    }
}

/** Non-empty lines of `text`, keyed by position. */
function toLines(text: string | null | undefined): SummaryLine[] {
    return (text ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .map((line, index) => ({ key: `line-${index}`, text: line }));
}
