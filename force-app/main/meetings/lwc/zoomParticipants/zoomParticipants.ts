import { LightningElement, api } from 'lwc';
import relinkParticipant from '@salesforce/apex/ZoomMeetingController.relinkParticipant';
import searchPeople from '@salesforce/apex/ZoomMeetingController.searchPeople';
import timeZone from '@salesforce/i18n/timeZone';
import { errorMessage, errorParts } from 'c/zoomErrors';
import { formatDuration } from 'c/meetingFormat';
import { matchBadge } from 'c/meetingDisplay';
import { recordLinkTarget, recordUrl } from 'c/meetingLaunch';
import type { Notice } from 'c/zoomNotice';
import { formatLabel, formatNumber } from 'c/i18n';
import ACTIONS from '@salesforce/label/c.Participants_Actions';
import CANCEL from '@salesforce/label/c.Participants_Cancel';
import CHANGE from '@salesforce/label/c.Participants_Change';
import CHANGE_TITLE from '@salesforce/label/c.Participants_ChangeTitle';
import CONTACT from '@salesforce/label/c.Participants_Contact';
import CONTACT_OR_LEAD from '@salesforce/label/c.Participants_ContactOrLead';
import COULD_NOT_LINK from '@salesforce/label/c.Participants_CouldNotLink';
import DURATION from '@salesforce/label/c.Participants_Duration';
import EMAIL from '@salesforce/label/c.Participants_Email';
import FIRST_JOIN from '@salesforce/label/c.Participants_FirstJoin';
import LAST_LEAVE from '@salesforce/label/c.Participants_LastLeave';
import LEAD from '@salesforce/label/c.Participants_Lead';
import LINK_TITLE from '@salesforce/label/c.Participants_LinkTitle';
import LINKED_MESSAGE from '@salesforce/label/c.Participants_LinkedMessage';
import LINKED_TITLE from '@salesforce/label/c.Participants_LinkedTitle';
import MATCH from '@salesforce/label/c.Participants_Match';
import MATCHING_PEOPLE from '@salesforce/label/c.Participants_MatchingPeople';
import NAME from '@salesforce/label/c.Participants_Name';
import NAME_OR_EMAIL from '@salesforce/label/c.Participants_NameOrEmail';
import NO_PARTICIPANTS from '@salesforce/label/c.Participants_NoParticipants';
import NO_RESULTS from '@salesforce/label/c.Participants_NoResults';
import NOT_ADMITTED from '@salesforce/label/c.Participants_NotAdmitted';
import SAVING_LINK from '@salesforce/label/c.Participants_SavingLink';
import SEARCH_HINT from '@salesforce/label/c.Participants_SearchHint';
import SEARCH_PEOPLE from '@salesforce/label/c.Participants_SearchPeople';
import SEARCHING from '@salesforce/label/c.Participants_Searching';
import SELECTED_RECORD from '@salesforce/label/c.Participants_SelectedRecord';
import SESSIONS from '@salesforce/label/c.Participants_Sessions';
import TABLE from '@salesforce/label/c.Participants_Table';
import THE_PARTICIPANT from '@salesforce/label/c.Participants_TheParticipant';
import THIS_PARTICIPANT from '@salesforce/label/c.Participants_ThisParticipant';
import UNLINKED_MESSAGE from '@salesforce/label/c.Participants_UnlinkedMessage';
import UNLINK from '@salesforce/label/c.Participants_Unlink';
import UNLINKED_TITLE from '@salesforce/label/c.Participants_UnlinkedTitle';
import UNNAMED from '@salesforce/label/c.Participants_Unnamed';
import VIEW_PERSON from '@salesforce/label/c.Participants_ViewPerson';
import WAITED_NOT_ADMITTED from '@salesforce/label/c.Participants_WaitedNotAdmitted';
import WAITED from '@salesforce/label/c.Participants_Waited';
import WAITING_ROOM from '@salesforce/label/c.Participants_WaitingRoom';
import WAITING_ROOM_HELP from '@salesforce/label/c.Participants_WaitingRoomHelp';

/** Milliseconds the search waits after the last keystroke before it asks Apex. */
/** Labels the template reads. */
const LABELS = {
    table: TABLE,
    name: NAME,
    email: EMAIL,
    firstJoin: FIRST_JOIN,
    lastLeave: LAST_LEAVE,
    duration: DURATION,
    sessions: SESSIONS,
    waitingRoomHelp: WAITING_ROOM_HELP,
    waitingRoom: WAITING_ROOM,
    contactOrLead: CONTACT_OR_LEAD,
    match: MATCH,
    actions: ACTIONS,
    change: CHANGE,
    waitedNotAdmitted: WAITED_NOT_ADMITTED,
    notAdmitted: NOT_ADMITTED,
    waited: WAITED,
    searchPeople: SEARCH_PEOPLE,
    nameOrEmail: NAME_OR_EMAIL,
    searching: SEARCHING,
    matchingPeople: MATCHING_PEOPLE,
    unlink: UNLINK,
    cancel: CANCEL,
    savingLink: SAVING_LINK,
    noParticipants: NO_PARTICIPANTS
};

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
    /** The object's name in the reader's language. */
    personObjectLabel: string;
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

/** The name of Contact or Lead in the reader's language. */
function objectLabel(objectType: string | null | undefined): string {
    if (objectType === 'Contact') return CONTACT;
    if (objectType === 'Lead') return LEAD;
    return objectType ?? '';
}

interface PersonOption extends Apex.PersonOptionDto {
    objectLabel: string;
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
    readonly labels = LABELS;

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
                name: p.name || UNNAMED,
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
                name: p.name || UNNAMED,
                email: p.email ?? '',
                firstJoin: p.firstJoin,
                lastLeave: p.lastLeave,
                durationText: formatDuration(p.durationMinutes),
                sessions: p.sessions,
                waitingText: waitingText(p.waitingRoomMinutes),
                personId,
                personObject,
                personObjectLabel: objectLabel(personObject),
                personName: p.personName || (personObject ? formatLabel(VIEW_PERSON, objectLabel(personObject)) : ''),
                personUrl: recordUrl(personId, this.recordBaseUrl),
                hasPerson: personId !== null,
                matchLabel: badge.label,
                matchClass: badge.cssClass,
                matchHelp: badge.help,
                changeLabel: formatLabel(CHANGE_TITLE, p.name || THIS_PARTICIPANT)
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
        return formatLabel(LINK_TITLE, this.editing?.name || THIS_PARTICIPANT);
    }

    get canUnlink(): boolean {
        const p = this.editing;
        return Boolean(p && (p.contactId || p.leadId));
    }

    get personOptions(): PersonOption[] {
        return this.options.map((o) => ({
            ...o,
            objectLabel: objectLabel(o.objectType),
            description: [objectLabel(o.objectType), o.email, o.detail].filter(Boolean).join(' · '),
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
        return formatLabel(SEARCH_HINT, formatNumber(MIN_SEARCH_LENGTH));
    }

    get noResultsText(): string {
        return formatLabel(NO_RESULTS, this.searchTerm);
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
        await this.relink(personId, formatLabel(LINKED_TITLE, person?.name ?? SELECTED_RECORD));
    }

    async handleUnlink(): Promise<void> {
        await this.relink(null, UNLINKED_TITLE);
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
                personId
                    ? formatLabel(
                          LINKED_MESSAGE,
                          participant.name || THE_PARTICIPANT,
                          updated.personName ?? SELECTED_RECORD
                      )
                    : formatLabel(UNLINKED_MESSAGE, participant.name || THE_PARTICIPANT),
                'success'
            );
            this.dispatchEvent(new CustomEvent('relinked', { detail: { participant: updated } }));
        } catch (error) {
            const { message, reference } = errorParts(error as ApexError);
            this.notice = { title: COULD_NOT_LINK, message, variant: 'error', reference };
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
