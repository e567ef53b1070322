import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import startMeeting from '@salesforce/apex/MeetingLaunchController.startMeeting';
import { errorMessage } from 'c/zoomErrors';
import { mappingRequestMailto, openInNewTab, recordUrl } from 'c/meetingLaunch';
import type { Notice } from 'c/zoomNotice';
import type { MeetingEmailSentDetail } from 'c/zoomMeetingEmail';

/**
 * Start Zoom Meeting: a screen quick action on Lead and Contact (also placed on a Classic Visualforce page through
 * Lightning Out). On open it starts an instant Zoom meeting with the record's person, opens the start URL in a new
 * tab (or offers a link when the browser blocks the popup), and links the Event created on the record. When
 * Email Launch Attendees is on, the email composer follows; once it is sent the outcome stays on screen until the
 * rep closes. Closing fires CloseActionScreenEvent (quick action) and `close` (the Classic page listens for it).
 * Links are plain hrefs and outcomes inline notices, so it works the same through Lightning Out.
 */
export default class ZoomStartMeeting extends LightningElement {
    private currentRecordId?: string;
    private startedFor?: string;
    private confirmed = false;

    /**
     * Wait for the rep to click Start meeting instead of starting on open (the Classic page sets it: a page visit
     * alone never starts a meeting, and the click lets the browser open the new tab).
     */
    @api confirmFirst = false;

    /** The org's URL, set by the Classic (Lightning Out) page: the Event link points at the org, not the page's host. */
    @api recordBaseUrl?: string;

    /** Outcome of the email, shown inline (toasts show nothing in Lightning Out). */
    notice: Notice | null = null;

    result: Apex.MeetingLaunchResult | null = null;
    errorText = '';
    isStarting = false;
    popupBlocked = false;
    emailDone = false;

    /** The Lead or Contact the meeting is with (record page context, or the Classic page's parameter). */
    @api
    get recordId(): string | undefined {
        return this.currentRecordId;
    }
    set recordId(value: string | undefined) {
        this.currentRecordId = value;
        // Screen actions may set recordId after connecting: start as soon as it is known.
        if (this.isConnected) this.startOnce();
    }

    override connectedCallback(): void {
        this.startOnce();
    }

    get showConfirm(): boolean {
        return this.confirmFirst && !this.confirmed;
    }

    get isStarted(): boolean {
        return this.result?.status === 'Started';
    }

    get isNotMapped(): boolean {
        return this.result?.status === 'NotMapped';
    }

    get hasError(): boolean {
        return !this.isStarting && this.errorText !== '';
    }

    get showComposer(): boolean {
        return this.isStarted && this.result!.emailLaunchAttendees && !!this.result!.meetingId && !this.emailDone;
    }

    get showFooter(): boolean {
        return !this.isStarting && !this.showComposer;
    }

    get confirmDisabled(): boolean {
        return !this.currentRecordId;
    }

    get startUrl(): string | null {
        return this.result?.startUrl ?? null;
    }

    get eventUrl(): string | null {
        return recordUrl(this.result?.eventId, this.recordBaseUrl);
    }

    get adminMailto(): string | null {
        const result = this.result;
        return result ? mappingRequestMailto(result.adminEmail, result.userName, result.userUsername) : null;
    }

    handleConfirm(): void {
        this.confirmed = true;
        this.startOnce();
    }

    async handleRetry(): Promise<void> {
        await this.start();
    }

    handleOpenStart(): void {
        // A click on the link itself opens the tab (a user gesture is never blocked); only note it here.
        this.popupBlocked = false;
    }

    handleEmailSent(event: CustomEvent<MeetingEmailSentDetail>): void {
        // The rep reads the outcome, then closes: closing at once would hide it.
        this.emailDone = true;
        this.notice = event.detail?.notice ?? null;
    }

    handleEmailCancel(): void {
        this.emailDone = true;
        this.close();
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleClose(): void {
        this.close();
    }

    private startOnce(): void {
        const recordId = this.currentRecordId;
        if (!recordId || this.startedFor === recordId || this.showConfirm) return;
        this.startedFor = recordId;
        // start() reports its own failures inline, so the promise is not awaited here.
        this.start();
    }

    private async start(): Promise<void> {
        if (!this.currentRecordId || this.isStarting) return;
        this.isStarting = true;
        this.errorText = '';
        this.result = null;
        this.popupBlocked = false;
        try {
            const result = await startMeeting({ recordId: this.currentRecordId });
            this.result = result;
            if (result.status === 'Started' && result.startUrl) {
                this.popupBlocked = !openInNewTab(result.startUrl);
            }
        } catch (error) {
            this.errorText = errorMessage(error as ApexError);
        } finally {
            this.isStarting = false;
        }
    }

    private close(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
        this.dispatchEvent(new CustomEvent('close'));
    }
}
