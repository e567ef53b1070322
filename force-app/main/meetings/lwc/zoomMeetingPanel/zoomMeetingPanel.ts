import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getMeeting from '@salesforce/apex/ZoomMeetingController.getMeeting';
import timeZone from '@salesforce/i18n/timeZone';
import locale from '@salesforce/i18n/locale';
import { errorMessage } from 'c/zoomErrors';
import { buildInvitation, formatDuration, formatMeetingNumber, formatStart, statusBadgeClass } from 'c/meetingFormat';

/**
 * Zoom meeting panel for Event and Zoom Meeting record pages: shows the linked meeting, lets attendees join and
 * anyone copy the invitation.
 */
export default class ZoomMeetingPanel extends NavigationMixin(LightningElement) {
    /** Record page context: an Event or Zoom Meeting Id. */
    @api recordId?: string;
    /** Record page context: the object of the page. */
    @api objectApiName?: string;

    meeting: Apex.ZoomMeetingDto | null = null;
    errorText = '';
    isLoading = true;
    /** Shown when the browser refuses clipboard access, so the rep can copy by hand. */
    manualCopyText = '';

    @wire(getMeeting, { recordId: '$recordId' })
    wiredMeeting({ data, error }: ApexWireResult<Apex.ZoomMeetingDto | null>): void {
        if (data !== undefined) {
            this.meeting = data;
            this.errorText = '';
            this.isLoading = false;
        } else if (error) {
            this.meeting = null;
            this.errorText = errorMessage(error);
            this.isLoading = false;
        }
    }

    get hasMeeting(): boolean {
        return this.meeting !== null;
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.errorText && this.meeting === null;
    }

    get cardTitle(): string {
        return this.meeting ? this.meeting.topic : 'Zoom Meeting';
    }

    get meetingNumberText(): string {
        return formatMeetingNumber(this.meeting?.meetingNumber);
    }

    get durationText(): string {
        return formatDuration(this.meeting?.durationMinutes);
    }

    get statusText(): string {
        return this.meeting?.status ?? 'Unknown';
    }

    get statusClass(): string {
        return statusBadgeClass(this.meeting?.status);
    }

    get timeZone(): string {
        return timeZone;
    }

    get joinDisabled(): boolean {
        return !this.meeting?.joinUrl || this.meeting.status === 'Deleted' || this.meeting.status === 'Ended';
    }

    get copyDisabled(): boolean {
        return !this.meeting;
    }

    handleJoin(): void {
        const url = this.meeting?.joinUrl;
        if (!url) return;
        this[NavigationMixin.Navigate]({ type: 'standard__webPage', attributes: { url } });
    }

    async handleCopy(): Promise<void> {
        if (!this.meeting) return;
        const text = buildInvitation(this.meeting, formatStart(this.meeting.scheduledStart, locale, timeZone));
        try {
            if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
            await navigator.clipboard.writeText(text);
            this.manualCopyText = '';
            this.toast('Invitation copied', 'Paste it into an email or chat to invite people.', 'success');
        } catch {
            this.manualCopyText = text;
            this.toast('Copy the invitation below', 'Your browser did not allow automatic copying.', 'warning');
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'warning' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
