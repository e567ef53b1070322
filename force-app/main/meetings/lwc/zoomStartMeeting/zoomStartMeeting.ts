import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import startMeeting from '@salesforce/apex/MeetingLaunchController.startMeeting';
import { errorMessage } from 'c/zoomErrors';
import { closeTab, mappingRequestMailto, openBlankTab, pointTab, recordUrl } from 'c/meetingLaunch';
import type { Notice } from 'c/zoomNotice';
import { formatLabel, pluralLabel } from 'c/i18n';
import ASK_SALESFORCE_ADMIN from '@salesforce/label/c.Start_AskSalesforceAdmin';
import CLOSE from '@salesforce/label/c.Start_Close';
import CONFIRM from '@salesforce/label/c.Start_Confirm';
import EMAIL_ADMIN from '@salesforce/label/c.Start_EmailAdmin';
import EMAIL_NOT_SENT from '@salesforce/label/c.Start_EmailNotSent';
import EMAIL_SENT_ONE from '@salesforce/label/c.Start_EmailSent_One';
import EMAIL_SENT_OTHER from '@salesforce/label/c.Start_EmailSent_Other';
import EVENT from '@salesforce/label/c.Start_Event';
import JOIN_LINK from '@salesforce/label/c.Start_JoinLink';
import OPENED_NEW_TAB from '@salesforce/label/c.Start_OpenedNewTab';
import POPUP_BLOCKED from '@salesforce/label/c.Start_PopupBlocked';
import RETRY from '@salesforce/label/c.Start_Retry';
import START_MEETING from '@salesforce/label/c.Start_StartMeeting';
import STARTING from '@salesforce/label/c.Start_Starting';
import STARTING_SPINNER from '@salesforce/label/c.Start_StartingSpinner';
import TITLE from '@salesforce/label/c.Start_Title';
import TOPIC from '@salesforce/label/c.Start_Topic';
import VIEW_EVENT from '@salesforce/label/c.Start_ViewEvent';
import type { MeetingEmailSentDetail } from 'c/zoomMeetingEmail';

/** Labels the template reads. */
const LABELS = {
    title: TITLE,
    confirm: CONFIRM,
    startMeeting: START_MEETING,
    startingSpinner: STARTING_SPINNER,
    starting: STARTING,
    retry: RETRY,
    askSalesforceAdmin: ASK_SALESFORCE_ADMIN,
    popupBlocked: POPUP_BLOCKED,
    openedNewTab: OPENED_NEW_TAB,
    topic: TOPIC,
    joinLink: JOIN_LINK,
    event: EVENT,
    viewEvent: VIEW_EVENT,
    close: CLOSE
};

/**
 * Start Zoom Meeting: a screen quick action on Lead and Contact (also placed on a Classic Visualforce page through
 * Lightning Out). Opening it calls nothing: the rep clicks Start meeting, and only that click starts an instant Zoom
 * meeting with the record's person (a link that opens the action cannot create meetings). Inside the click an empty
 * tab opens at once; it is pointed at the start URL when Apex answers (so no popup blocker stops it), and closed
 * when nothing started (error or no Zoom user), with the reason inline. When Email Launch Attendees is on, the
 * meeting email either went out by itself (its outcome is a notice) or the composer follows. Closing fires
 * CloseActionScreenEvent (quick action) and `close` (the Classic page listens for it). Links are plain hrefs and
 * outcomes inline notices, so it works the same through Lightning Out.
 *
 * Why a button in the modal and not a headless action whose invoke() runs on the action click: a quick action can
 * be opened by a URL (/lightning/action/quick/…), so invoke() is no proof of a click; the platform does not promise
 * that invoke() still holds the click's user activation (the new tab could be blocked); and a headless action has no
 * modal for the not-mapped request, the composer or an inline error.
 */
export default class ZoomStartMeeting extends LightningElement {
    readonly labels = LABELS;

    /** The Lead or Contact the meeting is with (record page context, or the Classic page's parameter). */
    @api recordId?: string;

    /** The org's URL, set by the Classic (Lightning Out) page: the Event link points at the org, not the page's host. */
    @api recordBaseUrl?: string;

    /** Outcome of the email, shown inline (toasts show nothing in Lightning Out). */
    notice: Notice | null = null;

    result: Apex.MeetingLaunchResult | null = null;
    errorText = '';
    isStarting = false;
    popupBlocked = false;
    emailDone = false;

    get showConfirm(): boolean {
        return !this.isStarting && !this.result && !this.errorText;
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
        return !this.recordId;
    }

    get startUrl(): string | null {
        return this.result?.startUrl ?? null;
    }

    get eventUrl(): string | null {
        return recordUrl(this.result?.eventId, this.recordBaseUrl);
    }

    get emailAdminText(): string {
        return formatLabel(EMAIL_ADMIN, this.result?.adminEmail);
    }

    get adminMailto(): string | null {
        const result = this.result;
        return result ? mappingRequestMailto(result.adminEmail, result.userName, result.userUsername) : null;
    }

    /** Start meeting: the only way the action calls Apex (and through it Zoom). */
    handleStart(): void {
        this.startInClick();
    }

    /** Retry after an error: a click too, so the tab opens inside it again. */
    handleRetry(): void {
        this.startInClick();
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

    /**
     * Runs inside the click handler: opens the empty tab before anything is awaited (the click's user activation is
     * still there), then starts the meeting.
     */
    private startInClick(): void {
        if (!this.recordId || this.isStarting) return;
        const tab = openBlankTab();
        // start() reports its own failures inline and closes the tab, so the promise is not awaited here.
        this.start(this.recordId, tab);
    }

    private async start(recordId: string, tab: Window | null): Promise<void> {
        this.isStarting = true;
        this.errorText = '';
        this.result = null;
        this.notice = null;
        this.popupBlocked = false;
        this.emailDone = false;
        try {
            const result = await startMeeting({ recordId });
            this.result = result;
            if (result.status === 'Started' && result.startUrl) {
                this.popupBlocked = !pointTab(tab, result.startUrl);
                if (this.popupBlocked) closeTab(tab);
                this.notice = launchEmailNotice(result);
            } else {
                closeTab(tab);
            }
        } catch (error) {
            closeTab(tab);
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

/** The automatic launch email's outcome as a notice, or null when none was sent by itself. */
function launchEmailNotice(result: Apex.MeetingLaunchResult): Notice | null {
    if (result.emailSent === null || result.emailSent === undefined) return null;
    const sent = result.emailSent;
    return sent > 0
        ? {
              title: pluralLabel(sent, EMAIL_SENT_ONE, EMAIL_SENT_OTHER),
              message: result.emailMessage ?? '',
              variant: 'success'
          }
        : { title: EMAIL_NOT_SENT, message: result.emailMessage ?? '', variant: 'warning' };
}
