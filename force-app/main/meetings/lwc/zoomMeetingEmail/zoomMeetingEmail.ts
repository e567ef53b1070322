import { LightningElement, api } from 'lwc';
import getEmailDraft from '@salesforce/apex/ZoomMeetingController.getEmailDraft';
import sendMeetingEmail from '@salesforce/apex/ZoomMeetingController.sendMeetingEmail';
import { errorMessage } from 'c/zoomErrors';
import { addAddresses, addressKey, addressProblem, MAX_RECIPIENTS } from 'c/emailAddresses';
import type { AddressProblem } from 'c/emailAddresses';
import type { Notice } from 'c/zoomNotice';

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
            this.loadError = 'No Zoom meeting was given, so there is nothing to email about.';
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
        return `${left} ${left === 1 ? 'email' : 'emails'} left today`;
    }

    get emailsLeftClass(): string {
        return this.emailsLeft === 0 ? 'slds-text-color_error' : 'slds-text-color_weak';
    }

    /** Reps may add addresses of their own (the admin did not restrict emails to the Event's people). */
    get canAddAddresses(): boolean {
        return this.draft?.eventPeopleOnly !== true;
    }

    get noRecipientsText(): string {
        return this.canAddAddresses
            ? 'No recipients yet. Add at least one email address below.'
            : 'The meeting’s Event has no one with an email address, so there is no one to email.';
    }

    get recipientCountText(): string {
        const n = this.recipients.length;
        return `${n} ${n === 1 ? 'recipient' : 'recipients'}`;
    }

    get hasAddressProblems(): boolean {
        return this.addressProblems.length > 0;
    }

    get addressProblemTitle(): string {
        return this.addressProblems.length === 1
            ? 'This address was not added:'
            : `These ${this.addressProblems.length} addresses were not added:`;
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
        return this.isSending ? 'Sending…' : 'Send';
    }

    get previewTo(): string {
        return this.recipients.map((r) => r.email).join(', ');
    }

    get attachmentText(): string {
        return `A calendar invitation (${this.draft?.icsFileName ?? ''}) is attached.`;
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
            notes.push(`Already in the list, so not added again: ${result.duplicates.join(', ')}.`);
        }
        if (result.overLimit.length) {
            notes.push(
                `An email can go to at most ${MAX_RECIPIENTS} people; not added: ${result.overLimit.join(', ')}.`
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
                this.sendError = result?.message || 'The email was not sent. Try again.';
                return;
            }
            const partial = result.sent < toAddresses.length;
            const notice: Notice = {
                title: partial
                    ? `Email sent to ${result.sent} of ${toAddresses.length} people`
                    : `Email sent to ${people(result.sent)}`,
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
            problems.push('Fix or remove the addresses in the “Add recipients” box; nothing was sent.');
        }
        for (const r of this.recipients) {
            const reason = addressProblem(r.email);
            if (reason) problems.push(`${reason} Remove it before sending.`);
        }
        if (this.recipients.length === 0) problems.push('Add at least one recipient.');
        const left = this.emailsLeft;
        if (left !== null && left === 0) {
            problems.push('You have no meeting emails left today (each recipient counts as one); try again tomorrow.');
        } else if (left !== null && this.recipients.length > left) {
            problems.push(
                `You have ${left} ${left === 1 ? 'email' : 'emails'} left today and each recipient counts as one; ` +
                    'remove some recipients.'
            );
        }
        if (this.recipients.length > MAX_RECIPIENTS) {
            problems.push(`An email can go to at most ${MAX_RECIPIENTS} people; remove some recipients.`);
        }
        if (!this.subject.trim()) problems.push('Enter a subject.');
        if (!this.body.trim()) problems.push('Enter a message.');
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

function people(n: number): string {
    return `${n} ${n === 1 ? 'person' : 'people'}`;
}
