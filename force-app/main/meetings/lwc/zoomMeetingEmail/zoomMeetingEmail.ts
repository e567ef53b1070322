import { LightningElement, api } from 'lwc';
import getEmailDraft from '@salesforce/apex/ZoomMeetingController.getEmailDraft';
import sendMeetingEmail from '@salesforce/apex/ZoomMeetingController.sendMeetingEmail';
import { errorMessage } from 'c/zoomErrors';
import { addAddresses, addressKey, addressProblem, MAX_RECIPIENTS } from 'c/emailAddresses';
import type { AddressProblem } from 'c/emailAddresses';
import type { Notice } from 'c/zoomNotice';
import { formatLabel, formatNumber, pluralLabel } from 'c/i18n';
import ADD from '@salesforce/label/c.Email_Add';
import ADD_RECIPIENTS from '@salesforce/label/c.Email_AddRecipients';
import ADD_RECIPIENTS_HELP from '@salesforce/label/c.Email_AddRecipientsHelp';
import ADD_RECIPIENTS_PLACEHOLDER from '@salesforce/label/c.Email_AddRecipientsPlaceholder';
import ALREADY_IN_LIST from '@salesforce/label/c.Email_AlreadyInList';
import ADD_AT_LEAST_ONE from '@salesforce/label/c.Email_AddAtLeastOne';
import ADDRESS_NOT_ADDED_ONE from '@salesforce/label/c.Email_AddressNotAdded_One';
import ADDRESS_NOT_ADDED_OTHER from '@salesforce/label/c.Email_AddressNotAdded_Other';
import ATTACHMENT from '@salesforce/label/c.Email_Attachment';
import ATTACHMENT_TEXT from '@salesforce/label/c.Email_AttachmentText';
import CANCEL from '@salesforce/label/c.Email_Cancel';
import EMAILS_LEFT_ONE from '@salesforce/label/c.Email_EmailsLeft_One';
import EMAILS_LEFT_OTHER from '@salesforce/label/c.Email_EmailsLeft_Other';
import ENTER_MESSAGE from '@salesforce/label/c.Email_EnterMessage';
import ENTER_SUBJECT from '@salesforce/label/c.Email_EnterSubject';
import EVENT_PEOPLE_ONLY from '@salesforce/label/c.Email_EventPeopleOnly';
import FIX_ADDRESSES from '@salesforce/label/c.Email_FixAddresses';
import FROM from '@salesforce/label/c.Email_From';
import LOADING from '@salesforce/label/c.Email_Loading';
import MAX_RECIPIENTS_NOT_ADDED from '@salesforce/label/c.Email_MaxRecipientsNotAdded';
import MAX_RECIPIENTS_REMOVE from '@salesforce/label/c.Email_MaxRecipientsRemove';
import MESSAGE from '@salesforce/label/c.Email_Message';
import NO_EMAILS_LEFT from '@salesforce/label/c.Email_NoEmailsLeft';
import NO_MEETING from '@salesforce/label/c.Email_NoMeeting';
import NO_ONE_ON_EVENT from '@salesforce/label/c.Email_NoOneOnEvent';
import NO_RECIPIENTS from '@salesforce/label/c.Email_NoRecipients';
import NOT_SENT from '@salesforce/label/c.Email_NotSent';
import PREVIEW from '@salesforce/label/c.Email_Preview';
import PREVIEW_FROM from '@salesforce/label/c.Email_PreviewFrom';
import PREVIEW_SUBJECT from '@salesforce/label/c.Email_PreviewSubject';
import PREVIEW_TITLE from '@salesforce/label/c.Email_PreviewTitle';
import PREVIEW_TO from '@salesforce/label/c.Email_PreviewTo';
import QUOTA_EXCEEDED_ONE from '@salesforce/label/c.Email_QuotaExceeded_One';
import QUOTA_EXCEEDED_OTHER from '@salesforce/label/c.Email_QuotaExceeded_Other';
import RECIPIENT_COUNT_ONE from '@salesforce/label/c.Email_RecipientCount_One';
import RECIPIENT_COUNT_OTHER from '@salesforce/label/c.Email_RecipientCount_Other';
import REMOVE_BEFORE_SENDING from '@salesforce/label/c.Email_RemoveBeforeSending';
import SEND from '@salesforce/label/c.Email_Send';
import SENDING from '@salesforce/label/c.Email_Sending';
import SENDING_SPINNER from '@salesforce/label/c.Email_SendingSpinner';
import SENT_PARTIAL from '@salesforce/label/c.Email_SentPartial';
import SENT_ONE from '@salesforce/label/c.Email_Sent_One';
import SENT_OTHER from '@salesforce/label/c.Email_Sent_Other';
import SUBJECT from '@salesforce/label/c.Email_Subject';
import TO from '@salesforce/label/c.Email_To';
import TRY_AGAIN from '@salesforce/label/c.Email_TryAgain';

/** Labels the template reads. */
const LABELS = {
    sendingSpinner: SENDING_SPINNER,
    loading: LOADING,
    cancel: CANCEL,
    tryAgain: TRY_AGAIN,
    from: FROM,
    to: TO,
    addRecipients: ADD_RECIPIENTS,
    addRecipientsPlaceholder: ADD_RECIPIENTS_PLACEHOLDER,
    addRecipientsHelp: ADD_RECIPIENTS_HELP,
    add: ADD,
    eventPeopleOnly: EVENT_PEOPLE_ONLY,
    subject: SUBJECT,
    enterSubject: ENTER_SUBJECT,
    message: MESSAGE,
    enterMessage: ENTER_MESSAGE,
    attachment: ATTACHMENT,
    preview: PREVIEW,
    previewTitle: PREVIEW_TITLE,
    previewFrom: PREVIEW_FROM,
    previewTo: PREVIEW_TO,
    previewSubject: PREVIEW_SUBJECT
};

/** One recipient pill. */
interface Recipient {
    key: string;
    email: string;
    label: string;
    /** Why the address cannot be used (a prefilled address can be bad), or null. */
    problem: string | null;
    hasError: boolean;
}

/** Detail of the `sent` event: how many got the email, and the notice the host shows (no toasts in Lightning Out). */
export interface MeetingEmailSentDetail {
    sent: number;
    notice: Notice;
}

/**
 * Send Email composer for a Zoom meeting, rendered inline (the Event panel and the Start Zoom Meeting action host
 * it in their own modal or action screen): From, recipients as pills (prefilled from the Event), addresses added
 * and checked one by one, subject, body, a preview of the text as sent and the attached calendar invitation.
 * The admin's limits (Zoom settings) show before the rep writes: "N emails left today" (each recipient counts as one,
 * per rep per day) and, with Email Only the Event's People, no box to add other addresses. Apex enforces both again.
 * Fires `sent` (detail `{ sent, notice }`) after the email went out and `cancel` when the rep cancels. The outcome
 * is a notice, never a toast: the composer also runs in Classic through Lightning Out, where toasts show nothing.
 */
export default class ZoomMeetingEmail extends LightningElement {
    readonly labels = LABELS;

    /** Outcome of the last send, shown inline (hosts usually close the composer and show it themselves). */
    notice: Notice | null = null;

    /** Id of the Zoom meeting (Zoom_Meeting__c) the email is about. */
    @api meetingId?: string;
    /** The same Id under the name record contexts use; `meetingId` wins when both are set. */
    @api recordId?: string;

    /** Focuses the last enabled button (Send, else Cancel) for a dialog's focus trap; false when there is none. */
    @api
    focusLast(): boolean {
        const buttons = [
            ...(this.template?.querySelectorAll<HTMLElement & { disabled?: boolean }>('lightning-button') ?? [])
        ].filter((button) => !button.disabled);
        const last = buttons.at(-1);
        last?.focus();
        return Boolean(last);
    }

    draft: Apex.MeetingEmailDraft | null = null;
    recipients: Recipient[] = [];
    subject = '';
    body = '';
    addressText = '';
    /** Addresses refused on the last Add, each with its reason. */
    addressProblems: AddressProblem[] = [];
    /** Duplicates or over-limit notes of the last Add. */
    addressNotes: string[] = [];
    /** What stops Send (checked in the browser before Apex is called). */
    formErrors: string[] = [];
    loadError = '';
    sendError = '';
    isLoading = false;
    isSending = false;

    override connectedCallback(): void {
        // load() reports its own failures inline, so the promise is not awaited here.
        this.load();
    }

    get targetId(): string | undefined {
        return this.meetingId || this.recordId || undefined;
    }

    async load(): Promise<void> {
        const meetingId = this.targetId;
        if (!meetingId) {
            this.loadError = NO_MEETING;
            return;
        }
        this.isLoading = true;
        this.loadError = '';
        try {
            const draft = await getEmailDraft({ meetingId });
            this.draft = draft;
            this.subject = draft.subject ?? '';
            this.body = draft.body ?? '';
            const recipients: Recipient[] = [];
            for (const r of draft.recipients ?? []) {
                const key = addressKey(r.email);
                if (!recipients.some((p) => p.key === key)) recipients.push(toRecipient(r.email, r.name));
            }
            this.recipients = recipients;
        } catch (error) {
            this.loadError = errorMessage(error as ApexError);
        } finally {
            this.isLoading = false;
        }
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get showForm(): boolean {
        return !this.isLoading && !this.loadError && this.draft !== null;
    }

    get hasRecipients(): boolean {
        return this.recipients.length > 0;
    }

    /** Meeting emails the rep may still send today (each recipient counts as one), or null when not told. */
    get emailsLeft(): number | null {
        const left = this.draft?.emailsLeftToday;
        return typeof left === 'number' ? left : null;
    }

    get showEmailsLeft(): boolean {
        return this.emailsLeft !== null;
    }

    get emailsLeftText(): string {
        const left = this.emailsLeft ?? 0;
        return pluralLabel(left, EMAILS_LEFT_ONE, EMAILS_LEFT_OTHER);
    }

    get emailsLeftClass(): string {
        return this.emailsLeft === 0 ? 'slds-text-color_error' : 'slds-text-color_weak';
    }

    /** Reps may add addresses of their own (the admin did not restrict emails to the Event's people). */
    get canAddAddresses(): boolean {
        return this.draft?.eventPeopleOnly !== true;
    }

    get noRecipientsText(): string {
        return this.canAddAddresses ? NO_RECIPIENTS : NO_ONE_ON_EVENT;
    }

    get recipientCountText(): string {
        const n = this.recipients.length;
        return pluralLabel(n, RECIPIENT_COUNT_ONE, RECIPIENT_COUNT_OTHER);
    }

    get hasAddressProblems(): boolean {
        return this.addressProblems.length > 0;
    }

    get addressProblemTitle(): string {
        return pluralLabel(this.addressProblems.length, ADDRESS_NOT_ADDED_ONE, ADDRESS_NOT_ADDED_OTHER);
    }

    get addressProblemItems(): Array<AddressProblem & { key: string }> {
        return this.addressProblems.map((p, i) => ({ ...p, key: `${i}` }));
    }

    get addressNoteItems(): Array<{ key: string; text: string }> {
        return keyed(this.addressNotes);
    }

    get formErrorItems(): Array<{ key: string; text: string }> {
        return keyed(this.formErrors);
    }

    get hasAddressNotes(): boolean {
        return this.addressNotes.length > 0;
    }

    get hasFormErrors(): boolean {
        return this.formErrors.length > 0;
    }

    get addDisabled(): boolean {
        return this.isSending || this.addressText.trim().length === 0;
    }

    get sendDisabled(): boolean {
        return this.isSending || !this.showForm || !this.hasRecipients;
    }

    get sendLabel(): string {
        return this.isSending ? SENDING : SEND;
    }

    get previewTo(): string {
        return this.recipients.map((r) => r.email).join(', ');
    }

    get attachmentText(): string {
        return formatLabel(ATTACHMENT_TEXT, this.draft?.icsFileName ?? '');
    }

    // ---- recipients -------------------------------------------------------------------------------------------

    handleAddressChange(event: Event): void {
        this.addressText = (event.target as HTMLInputElement).value ?? '';
        if (!this.addressText.trim()) {
            this.addressProblems = [];
            this.addressNotes = [];
        }
    }

    handleAddressKeydown(event: KeyboardEvent): void {
        if (event.key === 'Enter') {
            event.preventDefault();
            this.addTypedAddresses();
        }
    }

    handleAdd(): void {
        this.addTypedAddresses();
    }

    handleRemove(event: CustomEvent<{ name: string }>): void {
        this.recipients = this.recipients.filter((r) => r.key !== event.detail.name);
        this.formErrors = [];
    }

    /**
     * Adds what is in the input: valid new addresses become pills, duplicates are skipped with a note, refused
     * addresses stay in the input with a reason each. Returns false when something was refused.
     */
    private addTypedAddresses(): boolean {
        const result = addAddresses(
            this.recipients.map((r) => r.email),
            this.addressText,
            MAX_RECIPIENTS
        );
        this.recipients = [...this.recipients, ...result.added.map((email) => toRecipient(email, null))];
        this.addressProblems = result.invalid;
        const notes: string[] = [];
        if (result.duplicates.length) {
            notes.push(formatLabel(ALREADY_IN_LIST, result.duplicates.join(', ')));
        }
        if (result.overLimit.length) {
            notes.push(
                formatLabel(MAX_RECIPIENTS_NOT_ADDED, formatNumber(MAX_RECIPIENTS), result.overLimit.join(', '))
            );
        }
        this.addressNotes = notes;
        this.addressText = result.remainder;
        if (result.added.length) this.formErrors = [];
        return result.invalid.length === 0 && result.overLimit.length === 0;
    }

    // ---- subject and body -------------------------------------------------------------------------------------

    handleSubjectChange(event: Event): void {
        this.subject = (event.target as HTMLInputElement).value ?? '';
    }

    handleBodyChange(event: Event): void {
        this.body = (event.target as HTMLTextAreaElement).value ?? '';
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    async handleRetry(): Promise<void> {
        await this.load();
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    async handleSend(): Promise<void> {
        const meetingId = this.targetId;
        if (this.isSending || !meetingId) return;
        this.sendError = '';
        this.notice = null;
        const pendingOk = this.addressText.trim() ? this.addTypedAddresses() : true;
        const problems = this.problemsBeforeSend(pendingOk);
        this.formErrors = problems;
        this.reportFieldValidity();
        if (problems.length) return;

        const toAddresses = this.recipients.map((r) => r.email);
        this.isSending = true;
        try {
            const result = await sendMeetingEmail({ meetingId, toAddresses, subject: this.subject, body: this.body });
            if (!result || result.sent <= 0) {
                this.sendError = result?.message || NOT_SENT;
                return;
            }
            const partial = result.sent < toAddresses.length;
            const notice: Notice = {
                title: partial
                    ? formatLabel(SENT_PARTIAL, formatNumber(result.sent), formatNumber(toAddresses.length))
                    : pluralLabel(result.sent, SENT_ONE, SENT_OTHER),
                message: result.message,
                variant: partial ? 'warning' : 'success'
            };
            this.notice = notice;
            if (this.draft && typeof result.emailsLeftToday === 'number') {
                this.draft = { ...this.draft, emailsLeftToday: result.emailsLeftToday };
            }
            this.dispatchEvent(
                new CustomEvent<MeetingEmailSentDetail>('sent', { detail: { sent: result.sent, notice } })
            );
        } catch (error) {
            this.sendError = errorMessage(error as ApexError);
        } finally {
            this.isSending = false;
        }
    }

    /** Everything that stops Send, as sentences; empty when the email may go to Apex. */
    private problemsBeforeSend(pendingOk: boolean): string[] {
        const problems: string[] = [];
        if (!pendingOk) {
            problems.push(FIX_ADDRESSES);
        }
        for (const r of this.recipients) {
            const reason = addressProblem(r.email);
            if (reason) problems.push(formatLabel(REMOVE_BEFORE_SENDING, reason));
        }
        if (this.recipients.length === 0) problems.push(ADD_AT_LEAST_ONE);
        const left = this.emailsLeft;
        if (left !== null && left === 0) {
            problems.push(NO_EMAILS_LEFT);
        } else if (left !== null && this.recipients.length > left) {
            problems.push(pluralLabel(left, QUOTA_EXCEEDED_ONE, QUOTA_EXCEEDED_OTHER));
        }
        if (this.recipients.length > MAX_RECIPIENTS) {
            problems.push(formatLabel(MAX_RECIPIENTS_REMOVE, formatNumber(MAX_RECIPIENTS)));
        }
        if (!this.subject.trim()) problems.push(ENTER_SUBJECT);
        if (!this.body.trim()) problems.push(ENTER_MESSAGE);
        return problems;
    }

    private reportFieldValidity(): void {
        for (const id of ['subject', 'body']) {
            const field = this.template?.querySelector<HTMLElement & { reportValidity(): boolean }>(
                `[data-id="${id}"]`
            );
            field?.reportValidity();
        }
    }
}

function toRecipient(email: string, name: string | null): Recipient {
    const problem = addressProblem(email);
    return {
        key: addressKey(email),
        email,
        label: name ? `${name} (${email})` : email,
        problem,
        hasError: problem !== null
    };
}

function keyed(texts: string[]): Array<{ key: string; text: string }> {
    return texts.map((text, i) => ({ key: `${i}`, text }));
}
