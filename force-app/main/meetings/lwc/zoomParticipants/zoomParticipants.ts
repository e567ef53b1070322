import { LightningElement, api } from 'lwc';
import relinkParticipant from '@salesforce/apex/ZoomMeetingController.relinkParticipant';
import searchPeople from '@salesforce/apex/ZoomMeetingController.searchPeople';
import timeZone from '@salesforce/i18n/timeZone';
import { errorMessage, errorParts } from 'c/zoomErrors';
import { formatDuration } from 'c/meetingFormat';
import { matchBadge } from 'c/meetingDisplay';
import { recordLinkTarget, recordUrl } from 'c/meetingLaunch';
import type { Notice } from 'c/zoomNotice';

/** Milliseconds the search waits after the last keystroke before it asks Apex. */
export const SEARCH_DELAY_MS = 300;
/** Shortest search term Apex accepts. */
export const MIN_SEARCH_LENGTH = 2;

interface ParticipantRow {
    id: string;
    name: string;
    email: string;
    firstJoin: string | null;
    lastLeave: string | null;
    durationText: string;
    sessions: number | null;
    waitingText: string;
    personId: string | null;
    personObject: 'Contact' | 'Lead' | null;
    personName: string;
    personUrl: string | null;
    hasPerson: boolean;
    matchLabel: string;
    matchClass: string;
    matchHelp: string;
    changeLabel: string;
}

/** Someone who only waited in the waiting room and was never admitted: listed apart from the attendees. */
interface WaitingRow {
    id: string;
    name: string;
    email: string;
    waitingText: string;
}

/** True for an attendee; false for someone who only waited (older rows without the flag were admitted). */
function isAdmitted(p: Apex.ZoomParticipantDto): boolean {
    return p.admitted !== false;
}

/** Waiting-room time as text, empty when the person never waited. */
function waitingText(minutes: number | null | undefined): string {
    return minutes ? formatDuration(minutes) : '';
}

interface PersonOption extends Apex.PersonOptionDto {
    description: string;
    icon: string;
}

/**
 * Participants table of a Zoom meeting: who attended, for how long (time in the waiting room shown apart, never as
 * attendance), and which Contact or Lead each person is linked to. "Change" opens a search to link a participant to
 * another Contact or Lead, or to unlink them. People who only waited and were never admitted are listed below the
 * table, not as attendees.
 */
export default class ZoomParticipants extends LightningElement {
    private rows: Apex.ZoomParticipantDto[] = [];

    /**
     * The org's URL on a Lightning Out page (Classic): record links then point at the org and open in the whole
     * window. Unset in Lightning Experience.
     */
    @api recordBaseUrl?: string;

    /** Outcome of the last re-link, shown inline (toasts do not exist in Lightning Out). */
    notice: Notice | null = null;

    /** Participant being re-linked, or null when the search is closed. */
    editingId: string | null = null;
    searchTerm = '';
    options: Apex.PersonOptionDto[] = [];
    searching = false;
    searched = false;
    searchError = '';
    /** Id of the person (or 'unlink') being saved, or null. */
    saving: string | null = null;

    private searchTimer: ReturnType<typeof setTimeout> | undefined;
    private searchSequence = 0;

    /** The meeting's participants (ZoomMeetingDto.participants); a new list resets the table. */
    @api
    get participants(): Apex.ZoomParticipantDto[] {
        return this.rows;
    }
    set participants(value: Apex.ZoomParticipantDto[] | null | undefined) {
        this.rows = [...(value ?? [])];
        if (this.editingId && !this.rows.some((p) => p.id === this.editingId)) this.closeSearch();
    }

    override disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get hasParticipants(): boolean {
        return this.rows.length > 0;
    }

    get timeZone(): string {
        return timeZone;
    }

    get hasAttendees(): boolean {
        return this.rows.some(isAdmitted);
    }

    /** People who waited in the waiting room and were never admitted. */
    get waitingRows(): WaitingRow[] {
        return this.rows
            .filter((p) => !isAdmitted(p))
            .map((p) => ({
                id: p.id,
                name: p.name || 'Unnamed participant',
                email: p.email ?? '',
                waitingText: waitingText(p.waitingRoomMinutes)
            }));
    }

    get hasWaitingOnly(): boolean {
        return this.waitingRows.length > 0;
    }

    get tableRows(): ParticipantRow[] {
        return this.rows.filter(isAdmitted).map((p) => {
            const badge = matchBadge(p.matchMethod);
            const personId = p.contactId ?? p.leadId ?? null;
            const personObject = p.contactId ? 'Contact' : p.leadId ? 'Lead' : null;
            return {
                id: p.id,
                name: p.name || 'Unnamed participant',
                email: p.email ?? '',
                firstJoin: p.firstJoin,
                lastLeave: p.lastLeave,
                durationText: formatDuration(p.durationMinutes),
                sessions: p.sessions,
                waitingText: waitingText(p.waitingRoomMinutes),
                personId,
                personObject,
                personName: p.personName || (personObject ? `View ${personObject}` : ''),
                personUrl: recordUrl(personId, this.recordBaseUrl),
                hasPerson: personId !== null,
                matchLabel: badge.label,
                matchClass: badge.cssClass,
                matchHelp: badge.help,
                changeLabel: `Change the Contact or Lead of ${p.name || 'this participant'}`
            };
        });
    }

    get linkTarget(): string {
        return recordLinkTarget(this.recordBaseUrl);
    }

    get editing(): Apex.ZoomParticipantDto | undefined {
        return this.rows.find((p) => p.id === this.editingId);
    }

    get isEditing(): boolean {
        return this.editing !== undefined;
    }

    get editingTitle(): string {
        return `Link ${this.editing?.name || 'this participant'} to a Contact or Lead`;
    }

    get canUnlink(): boolean {
        const p = this.editing;
        return Boolean(p && (p.contactId || p.leadId));
    }

    get personOptions(): PersonOption[] {
        return this.options.map((o) => ({
            ...o,
            description: [o.objectType, o.email, o.detail].filter(Boolean).join(' · '),
            icon: o.objectType === 'Lead' ? 'standard:lead' : 'standard:contact'
        }));
    }

    get hasOptions(): boolean {
        return this.options.length > 0;
    }

    get noResults(): boolean {
        return this.searched && !this.searching && !this.searchError && this.options.length === 0;
    }

    get searchHint(): string {
        return `Type at least ${MIN_SEARCH_LENGTH} characters of a name or email.`;
    }

    get isSaving(): boolean {
        return this.saving !== null;
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleChange(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id ?? null;
        this.closeSearch();
        this.editingId = id;
    }

    handleCancel(): void {
        this.closeSearch();
    }

    handleSearchInput(event: CustomEvent<{ value: string }>): void {
        this.searchTerm = event.detail?.value ?? (event.target as HTMLInputElement).value ?? '';
        clearTimeout(this.searchTimer);
        this.searchError = '';
        const term = this.searchTerm.trim();
        if (term.length < MIN_SEARCH_LENGTH) {
            this.searchSequence++;
            this.options = [];
            this.searched = false;
            this.searching = false;
            return;
        }
        // Debounce: ask Apex once the rep stops typing.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => {
            this.search(term);
        }, SEARCH_DELAY_MS);
    }

    async search(term: string): Promise<void> {
        const sequence = ++this.searchSequence;
        this.searching = true;
        try {
            const options = await searchPeople({ searchTerm: term });
            if (sequence !== this.searchSequence) return; // a newer search superseded this one
            this.options = options;
            this.searchError = '';
        } catch (error) {
            if (sequence !== this.searchSequence) return;
            this.options = [];
            this.searchError = errorMessage(error as ApexError);
        } finally {
            if (sequence === this.searchSequence) {
                this.searching = false;
                this.searched = true;
            }
        }
    }

    async handlePick(event: Event): Promise<void> {
        const personId = (event.currentTarget as HTMLElement).dataset.id;
        if (!personId) return;
        const person = this.options.find((o) => o.id === personId);
        await this.relink(personId, `Linked to ${person?.name ?? 'the selected record'}`);
    }

    async handleUnlink(): Promise<void> {
        await this.relink(null, 'Participant unlinked');
    }

    private async relink(personId: string | null, title: string): Promise<void> {
        const participant = this.editing;
        if (!participant || this.isSaving) return;
        this.saving = personId ?? 'unlink';
        this.notice = null;
        try {
            const updated = await relinkParticipant({ participantId: participant.id, personId });
            this.rows = this.rows.map((p) => (p.id === updated.id ? updated : p));
            this.closeSearch();
            this.toast(
                title,
                `${participant.name || 'The participant'} is now shown ${
                    personId ? `as ${updated.personName ?? 'the selected record'}` : 'without a Contact or Lead'
                } on this meeting.`,
                'success'
            );
            this.dispatchEvent(new CustomEvent('relinked', { detail: { participant: updated } }));
        } catch (error) {
            const { message, reference } = errorParts(error as ApexError);
            this.notice = { title: 'The participant could not be linked', message, variant: 'error', reference };
        } finally {
            this.saving = null;
        }
    }

    private closeSearch(): void {
        clearTimeout(this.searchTimer);
        this.searchSequence++;
        this.editingId = null;
        this.searchTerm = '';
        this.options = [];
        this.searching = false;
        this.searched = false;
        this.searchError = '';
    }

    private toast(title: string, message: string, variant: 'success' | 'error'): void {
        this.notice = { title, message, variant };
    }
}
