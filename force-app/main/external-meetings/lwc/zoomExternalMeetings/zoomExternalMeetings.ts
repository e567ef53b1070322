import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listMeetings from '@salesforce/apex/ExternalMeetingController.listMeetings';
import getHosts from '@salesforce/apex/ExternalMeetingController.getHosts';
import getMeetingDetails from '@salesforce/apex/ExternalMeetingController.getMeetingDetails';
import createEvents from '@salesforce/apex/ExternalMeetingController.createEvents';
import timeZone from '@salesforce/i18n/timeZone';
import locale from '@salesforce/i18n/locale';
import { errorMessage } from 'c/zoomErrors';
import { formatDuration } from 'c/meetingFormat';
import {
    MeetingSelection,
    PAGE_SIZES,
    buildQuery,
    buildRequests,
    chunk,
    confidenceClass,
    defaultFilters,
    failedChunk,
    mergeSummaries,
    nextSort,
    pageLabel,
    progressPercent,
    rangeError,
    recordUrl,
    selectionLabel,
    startFormatter,
    summaryText,
    summaryVariant
} from 'c/externalMeetingQuery';
import type { Direction, EventFilter, MeetingFilters, SortBy } from 'c/externalMeetingQuery';

/** One table row, computed once per page (and per tick of its checkbox). */
interface RowView {
    /**
     * The row's position on the page, its key in the template: a page switch patches the rows already on screen
     * (text and attributes) instead of removing every row and creating new ones.
     */
    key: number;
    id: string;
    topic: string;
    startText: string;
    durationText: string;
    participantsText: string;
    hostName: string;
    matchedText: string;
    eventId: string | null;
    eventUrl: string;
    checked: boolean;
    selectLabel: string;
    detailsLabel: string;
    rowClass: string;
}

interface ParticipantView {
    id: string;
    name: string;
    email: string;
    durationText: string;
    confidence: string;
    badgeClass: string;
    pick: string;
    options: Array<{ label: string; value: string }>;
    pickLabel: string;
}

interface SortColumn {
    sortBy: SortBy;
    label: string;
    cssClass: string;
    ariaSort: string;
    arrow: string;
    title: string;
}

interface OutcomeView {
    key: string;
    topic: string;
    message: string;
    eventId: string | null;
    eventUrl: string;
}

const SORTABLE: Array<{ sortBy: SortBy; label: string; cssClass: string }> = [
    { sortBy: 'startTime', label: 'Start', cssClass: 'slds-is-sortable col-start' },
    { sortBy: 'topic', label: 'Topic', cssClass: 'slds-is-sortable' },
    { sortBy: 'host', label: 'Host', cssClass: 'slds-is-sortable col-host' },
    { sortBy: 'participants', label: 'Participants', cssClass: 'slds-is-sortable col-number' }
];

const EVENT_FILTER_OPTIONS: Array<{ label: string; value: EventFilter }> = [
    { label: 'All meetings', value: 'all' },
    { label: 'Without an Event', value: 'withoutEvent' },
    { label: 'With an Event', value: 'withEvent' }
];

/** Header cells for a sort; rebuilt only when the sort changes, so a page switch leaves the header alone. */
function sortColumnsFor(sortBy: SortBy, sortDirection: 'asc' | 'desc'): SortColumn[] {
    return SORTABLE.map((c) => {
        const active = c.sortBy === sortBy;
        return {
            ...c,
            ariaSort: active ? (sortDirection === 'asc' ? 'ascending' : 'descending') : 'none',
            arrow: active ? (sortDirection === 'asc' ? '▲' : '▼') : '',
            title: `Sort by ${c.label.toLowerCase()}`
        };
    });
}

const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ label: `${size} per page`, value: String(size) }));

const NONE = '';

/**
 * Zoom External Meetings page (app page / tab): meetings hosts created in Zoom itself, filtered by date range, host
 * and Event, sorted and paged on the server (keyset cursors, so any page of a large range is one bounded query).
 * The user ticks meetings across pages, checks who attended in Get Details (and picks the Contact or Lead for
 * each participant), then creates their Events in chunks of at most 50 with a progress bar and a summary.
 */
export default class ZoomExternalMeetings extends LightningElement {
    filters: MeetingFilters = defaultFilters(timeZone);
    sortColumns: SortColumn[] = sortColumnsFor(this.filters.sortBy, this.filters.sortDirection);
    rangeMessage = '';
    page: Apex.ExternalMeetingPage | null = null;
    rows: RowView[] = [];
    loading = false;
    loadError = '';
    /** Host filter choices; computed when the hosts arrive, not on every render. */
    hostOptions: Array<{ label: string; value: string }> = [{ label: 'All hosts', value: NONE }];
    hostsError = '';

    selectedCount = 0;
    allOnPageSelected = false;

    detailsId: string | null = null;
    details: Apex.ExternalMeetingDetails | null = null;
    participants: ParticipantView[] = [];
    detailsLoading = false;
    detailsError = '';

    creating = false;
    progress = 0;
    progressText = '';
    summary: Apex.ExternalEventSummary | null = null;
    createdOutcomes: OutcomeView[] = [];
    skippedOutcomes: OutcomeView[] = [];
    failedOutcomes: OutcomeView[] = [];

    private readonly selection = new MeetingSelection();
    /** meeting Id → participant Id → picked Contact/Lead Id ('' for none). */
    private readonly picks = new Map<string, Map<string, string>>();
    private readonly formatStart = startFormatter(locale, timeZone);
    private lastQuery: Apex.ExternalMeetingQuery | null = null;
    private requestNumber = 0;
    private detailsRequest = 0;

    override connectedCallback(): void {
        // Both report their own failures on the page, so the promises are not awaited here.
        this.loadHosts();
        this.load(buildQuery(this.filters, 'first'));
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    async loadHosts(): Promise<void> {
        try {
            const hosts = await getHosts({});
            this.hostOptions = [
                { label: 'All hosts', value: NONE },
                ...hosts.map((h) => ({ label: h.name, value: h.id }))
            ];
            this.hostsError = '';
        } catch (error) {
            this.hostsError = `Hosts could not be loaded: ${errorMessage(error as ApexError)}`;
        }
    }

    /** Asks for one page; a later request wins over an earlier one that answers late. */
    async load(query: Apex.ExternalMeetingQuery): Promise<void> {
        const number = ++this.requestNumber;
        this.lastQuery = query;
        this.loading = true;
        try {
            const page = await listMeetings({ query });
            if (number !== this.requestNumber) return;
            this.page = page;
            this.loadError = '';
            this.rows = this.buildRows(page.rows);
            this.allOnPageSelected = this.selection.allOf(page.rows);
        } catch (error) {
            if (number !== this.requestNumber) return;
            this.loadError = errorMessage(error as ApexError);
        } finally {
            if (number === this.requestNumber) this.loading = false;
        }
    }

    private buildRows(rows: readonly Apex.ExternalMeetingRow[]): RowView[] {
        const selection = this.selection;
        const openId = this.detailsId;
        return rows.map((row, key) => {
            const topic = row.topic || '(no topic)';
            return {
                key,
                id: row.id,
                topic,
                startText: this.formatStart(row.startTime),
                durationText: formatDuration(row.durationMinutes),
                participantsText: row.participantCount === null ? '' : String(row.participantCount),
                hostName: row.hostName ?? '',
                matchedText: String(row.matchedCount),
                eventId: row.eventId,
                eventUrl: row.eventId ? recordUrl(row.eventId) : '',
                checked: selection.has(row.id),
                selectLabel: `Select ${topic}`,
                detailsLabel: `Get details of ${topic}`,
                rowClass: row.id === openId ? 'slds-hint-parent slds-is-selected' : 'slds-hint-parent'
            };
        });
    }

    /** Runs the search again from the first page (after a filter, sort or page size change). */
    private search(): void {
        const problem = rangeError(this.filters.fromDate, this.filters.toDate);
        this.rangeMessage = problem;
        if (problem) return;
        this.load(buildQuery(this.filters, 'first'));
    }

    private move(direction: Direction): void {
        if (this.rangeMessage || this.loading) return;
        this.load(buildQuery(this.filters, direction, this.page?.cursor ?? null));
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get isInitialLoad(): boolean {
        return this.loading && !this.page && !this.loadError;
    }

    get showError(): boolean {
        return Boolean(this.loadError) && !this.rangeMessage;
    }

    get showTable(): boolean {
        return Boolean(this.page) && !this.showError && !this.rangeMessage && this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return Boolean(this.page) && !this.showError && !this.rangeMessage && this.rows.length === 0;
    }

    get pageText(): string {
        return this.page ? pageLabel(this.page) : '';
    }

    get firstDisabled(): boolean {
        return this.loading || !this.page?.hasPrevious;
    }

    get lastDisabled(): boolean {
        return this.loading || !this.page?.hasNext;
    }

    get eventFilterOptions(): Array<{ label: string; value: string }> {
        return EVENT_FILTER_OPTIONS;
    }

    get pageSizeOptions(): Array<{ label: string; value: string }> {
        return PAGE_SIZE_OPTIONS;
    }

    get pageSizeValue(): string {
        return String(this.filters.pageSize);
    }

    get selectionText(): string {
        return selectionLabel(this.selectedCount);
    }

    get hasSelection(): boolean {
        return this.selectedCount > 0;
    }

    get createDisabled(): boolean {
        return this.creating || this.selectedCount === 0;
    }

    get createLabel(): string {
        return this.creating ? 'Creating Events…' : 'Create Events';
    }

    get hasDetails(): boolean {
        return this.detailsId !== null;
    }

    get tableColumnClass(): string {
        return this.hasDetails ? 'slds-col slds-size_1-of-1 slds-large-size_8-of-12' : 'slds-col slds-size_1-of-1';
    }

    get detailsTitle(): string {
        return this.details?.meeting.topic ?? 'Meeting details';
    }

    get hasParticipants(): boolean {
        return this.participants.length > 0;
    }

    get summaryMessage(): string {
        return this.summary ? summaryText(this.summary) : '';
    }

    get hasCreated(): boolean {
        return this.createdOutcomes.length > 0;
    }

    get hasSkipped(): boolean {
        return this.skippedOutcomes.length > 0;
    }

    get hasFailed(): boolean {
        return this.failedOutcomes.length > 0;
    }

    private outcomeViews(
        summary: Apex.ExternalEventSummary,
        kind: Apex.ExternalEventOutcome['outcome']
    ): OutcomeView[] {
        return summary.outcomes
            .filter((o) => o.outcome === kind)
            .map((o) => ({
                key: o.meetingId,
                topic: o.topic || this.selection.topicOf(o.meetingId) || o.meetingId,
                message: o.message,
                eventId: o.eventId,
                eventUrl: o.eventId ? recordUrl(o.eventId) : ''
            }));
    }

    // ---- filters, sort, paging --------------------------------------------------------------------------------

    handleFromDate(event: CustomEvent<{ value: string }>): void {
        this.filters = { ...this.filters, fromDate: event.detail.value ?? '' };
        this.search();
    }

    handleToDate(event: CustomEvent<{ value: string }>): void {
        this.filters = { ...this.filters, toDate: event.detail.value ?? '' };
        this.search();
    }

    handleHost(event: CustomEvent<{ value: string }>): void {
        this.filters = { ...this.filters, hostUserId: event.detail.value ?? NONE };
        this.search();
    }

    handleEventFilter(event: CustomEvent<{ value: EventFilter }>): void {
        this.filters = { ...this.filters, eventFilter: event.detail.value };
        this.search();
    }

    handlePageSize(event: CustomEvent<{ value: string }>): void {
        this.filters = { ...this.filters, pageSize: Number(event.detail.value) };
        this.search();
    }

    handleSort(event: Event): void {
        const column = (event.currentTarget as HTMLElement).dataset.sort as SortBy;
        this.filters = { ...this.filters, ...nextSort(this.filters, column) };
        this.sortColumns = sortColumnsFor(this.filters.sortBy, this.filters.sortDirection);
        this.search();
    }

    handleFirst(): void {
        this.move('first');
    }

    handlePrevious(): void {
        this.move('previous');
    }

    handleNext(): void {
        this.move('next');
    }

    handleLast(): void {
        this.move('last');
    }

    handleRetry(): void {
        if (this.lastQuery) this.load(this.lastQuery);
    }

    // ---- selection --------------------------------------------------------------------------------------------

    handleRowSelect(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.id as string;
        const row = this.rows.find((r) => r.id === id);
        if (!row) return;
        this.selection.set(id, row.topic, input.checked);
        this.rows = this.rows.map((r) => (r.id === id ? { ...r, checked: input.checked } : r));
        this.afterSelectionChange();
    }

    handleSelectPage(event: Event): void {
        const checked = (event.target as HTMLInputElement).checked;
        this.selection.setAll(this.rows, checked);
        this.rows = this.rows.map((r) => (r.checked === checked ? r : { ...r, checked }));
        this.afterSelectionChange();
    }

    handleClearSelection(): void {
        this.selection.clear();
        this.rows = this.rows.map((r) => (r.checked ? { ...r, checked: false } : r));
        this.afterSelectionChange();
    }

    private afterSelectionChange(): void {
        this.selectedCount = this.selection.size;
        this.allOnPageSelected = this.selection.allOf(this.rows);
    }

    // ---- Get Details ------------------------------------------------------------------------------------------

    async handleDetails(event: Event): Promise<void> {
        const meetingId = (event.currentTarget as HTMLElement).dataset.id as string;
        const number = ++this.detailsRequest;
        this.detailsId = meetingId;
        this.details = null;
        this.participants = [];
        this.detailsError = '';
        this.detailsLoading = true;
        this.rows = this.rows.map((r) => this.withOpenClass(r, meetingId));
        try {
            const details = await getMeetingDetails({ meetingId });
            if (number !== this.detailsRequest) return;
            this.details = details;
            this.participants = this.buildParticipants(details);
        } catch (error) {
            if (number !== this.detailsRequest) return;
            this.detailsError = errorMessage(error as ApexError);
        } finally {
            if (number === this.detailsRequest) this.detailsLoading = false;
        }
    }

    handleCloseDetails(): void {
        this.detailsRequest++;
        this.detailsId = null;
        this.details = null;
        this.participants = [];
        this.detailsError = '';
        this.detailsLoading = false;
        this.rows = this.rows.map((r) => this.withOpenClass(r, null));
    }

    handlePick(event: CustomEvent<{ value: string }>): void {
        const participantId = (event.currentTarget as HTMLElement).dataset.id as string;
        const meetingId = this.detailsId;
        if (!meetingId) return;
        const value = event.detail.value ?? NONE;
        const picks = this.picks.get(meetingId) ?? new Map<string, string>();
        picks.set(participantId, value);
        this.picks.set(meetingId, picks);
        this.participants = this.participants.map((p) => (p.id === participantId ? { ...p, pick: value } : p));
    }

    private withOpenClass(row: RowView, openId: string | null): RowView {
        const rowClass = row.id === openId ? 'slds-hint-parent slds-is-selected' : 'slds-hint-parent';
        return row.rowClass === rowClass ? row : { ...row, rowClass };
    }

    private buildParticipants(details: Apex.ExternalMeetingDetails): ParticipantView[] {
        let picks = this.picks.get(details.meeting.id);
        if (!picks) {
            // The suggestions are the starting picks, so creating the Event relates the people shown here.
            picks = new Map(details.participants.map((p) => [p.id, p.suggestedId ?? NONE]));
            this.picks.set(details.meeting.id, picks);
        }
        const chosen = picks;
        return details.participants.map((p) => {
            const name = p.name || p.email || 'Unnamed participant';
            return {
                id: p.id,
                name,
                email: p.email ?? '',
                durationText: formatDuration(p.durationMinutes),
                confidence: p.confidence,
                badgeClass: confidenceClass(p.confidence),
                pick: chosen.get(p.id) ?? NONE,
                pickLabel: `Contact or Lead for ${name}`,
                options: [
                    { label: 'None', value: NONE },
                    ...p.candidates.map((c) => ({
                        label: `${c.name} (${c.objectType}${c.detail ? ', ' + c.detail : ''})`,
                        value: c.id
                    }))
                ]
            };
        });
    }

    // ---- Create Events ----------------------------------------------------------------------------------------

    async handleCreateEvents(): Promise<void> {
        if (this.createDisabled) return;
        const requests = buildRequests(this.selection.ids(), this.picks);
        const chunks = chunk(requests);
        const topicOf = (id: string) => this.selection.topicOf(id);
        const results: Apex.ExternalEventSummary[] = [];
        this.creating = true;
        this.summary = null;
        this.progress = 0;
        let done = 0;
        this.progressText = `0 of ${requests.length} meetings`;
        try {
            // One chunk after the other: each call creates up to 50 Events within the server's limits.
            await chunks.reduce(async (previous, part) => {
                await previous;
                try {
                    results.push(await createEvents({ requests: part }));
                } catch (error) {
                    results.push(failedChunk(part, topicOf, errorMessage(error as ApexError)));
                }
                done += part.length;
                this.progress = progressPercent(done, requests.length);
                this.progressText = `${done} of ${requests.length} meetings`;
            }, Promise.resolve());
            const summary = mergeSummaries(results);
            this.summary = summary;
            this.createdOutcomes = this.outcomeViews(summary, 'Created');
            this.skippedOutcomes = this.outcomeViews(summary, 'Skipped');
            this.failedOutcomes = this.outcomeViews(summary, 'Failed');
            // Failed meetings stay ticked so the user can try them again.
            this.selection.retain(summary.outcomes.filter((o) => o.outcome === 'Failed').map((o) => o.meetingId));
            this.afterSelectionChange();
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Create Events finished',
                    message: summaryText(summary),
                    variant: summaryVariant(summary)
                })
            );
        } finally {
            this.creating = false;
        }
        if (this.lastQuery) await this.load(this.lastQuery);
    }

    handleDismissSummary(): void {
        this.summary = null;
    }
}
