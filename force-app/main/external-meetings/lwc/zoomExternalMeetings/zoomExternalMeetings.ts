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
import { formatLabel, numberFormat, pluralLabel } from 'c/i18n';
import ZOOM_ICON from '@salesforce/label/c.External_ZoomIcon';
import PAGE_TITLE from '@salesforce/label/c.External_PageTitle';
import PAGE_INTRO from '@salesforce/label/c.External_PageIntro';
import ZOOM_REPORT_NOTE from '@salesforce/label/c.External_ZoomReportNote';
import CLEAR_SELECTION from '@salesforce/label/c.External_ClearSelection';
import CREATE_EVENTS from '@salesforce/label/c.External_CreateEvents';
import CREATING_EVENTS from '@salesforce/label/c.External_CreatingEvents';
import FROM_DATE from '@salesforce/label/c.External_FromDate';
import TO_DATE from '@salesforce/label/c.External_ToDate';
import HOST_FILTER from '@salesforce/label/c.External_HostFilter';
import EVENT_FILTER from '@salesforce/label/c.External_EventFilter';
import ROWS_PER_PAGE from '@salesforce/label/c.External_RowsPerPage';
import PER_PAGE from '@salesforce/label/c.External_PerPage';
import ALL_HOSTS from '@salesforce/label/c.External_AllHosts';
import FILTER_ALL from '@salesforce/label/c.External_FilterAll';
import FILTER_WITHOUT_EVENT from '@salesforce/label/c.External_FilterWithoutEvent';
import FILTER_WITH_EVENT from '@salesforce/label/c.External_FilterWithEvent';
import HOSTS_LOAD_FAILED from '@salesforce/label/c.External_HostsLoadFailed';
import PROGRESS_ONE from '@salesforce/label/c.External_Progress_One';
import PROGRESS_OTHER from '@salesforce/label/c.External_Progress_Other';
import DISMISS from '@salesforce/label/c.External_Dismiss';
import CREATED_HEADING from '@salesforce/label/c.External_CreatedHeading';
import SKIPPED_HEADING from '@salesforce/label/c.External_SkippedHeading';
import FAILED_HEADING from '@salesforce/label/c.External_FailedHeading';
import OUTCOME_LINE from '@salesforce/label/c.External_OutcomeLine';
import LOADING_MEETINGS from '@salesforce/label/c.External_LoadingMeetings';
import TRY_AGAIN from '@salesforce/label/c.External_TryAgain';
import EMPTY_TITLE from '@salesforce/label/c.External_EmptyTitle';
import EMPTY_HELP from '@salesforce/label/c.External_EmptyHelp';
import EMPTY_ZOOM_NOTE from '@salesforce/label/c.External_EmptyZoomNote';
import LOADING_PAGE from '@salesforce/label/c.External_LoadingPage';
import TABLE_LABEL from '@salesforce/label/c.External_TableLabel';
import SELECT_PAGE from '@salesforce/label/c.External_SelectPage';
import COLUMN_START from '@salesforce/label/c.External_ColumnStart';
import COLUMN_TOPIC from '@salesforce/label/c.External_ColumnTopic';
import COLUMN_HOST from '@salesforce/label/c.External_ColumnHost';
import COLUMN_PARTICIPANTS from '@salesforce/label/c.External_ColumnParticipants';
import COLUMN_DURATION from '@salesforce/label/c.External_ColumnDuration';
import COLUMN_MATCHED from '@salesforce/label/c.External_ColumnMatched';
import COLUMN_EVENT from '@salesforce/label/c.External_ColumnEvent';
import COLUMN_ACTIONS from '@salesforce/label/c.External_ColumnActions';
import SORT_BY_START from '@salesforce/label/c.External_SortByStart';
import SORT_BY_TOPIC from '@salesforce/label/c.External_SortByTopic';
import SORT_BY_HOST from '@salesforce/label/c.External_SortByHost';
import SORT_BY_PARTICIPANTS from '@salesforce/label/c.External_SortByParticipants';
import OPEN_EVENT from '@salesforce/label/c.External_OpenEvent';
import GET_DETAILS from '@salesforce/label/c.External_GetDetails';
import FIRST from '@salesforce/label/c.External_First';
import PREVIOUS from '@salesforce/label/c.External_Previous';
import NEXT from '@salesforce/label/c.External_Next';
import LAST from '@salesforce/label/c.External_Last';
import MEETING_DETAILS from '@salesforce/label/c.External_MeetingDetails';
import CLOSE_DETAILS from '@salesforce/label/c.External_CloseDetails';
import LOADING_PARTICIPANTS from '@salesforce/label/c.External_LoadingParticipants';
import NO_PARTICIPANTS from '@salesforce/label/c.External_NoParticipants';
import NO_TOPIC from '@salesforce/label/c.External_NoTopic';
import SELECT_MEETING from '@salesforce/label/c.External_SelectMeeting';
import DETAILS_OF from '@salesforce/label/c.External_DetailsOf';
import UNNAMED_PARTICIPANT from '@salesforce/label/c.External_UnnamedParticipant';
import PICK_FOR from '@salesforce/label/c.External_PickFor';
import NO_PICK from '@salesforce/label/c.External_NoPick';
import CONTACT from '@salesforce/label/c.External_Contact';
import LEAD from '@salesforce/label/c.External_Lead';
import CANDIDATE from '@salesforce/label/c.External_Candidate';
import CANDIDATE_WITH_DETAIL from '@salesforce/label/c.External_CandidateWithDetail';
import CONFIDENCE_HIGH from '@salesforce/label/c.External_ConfidenceHigh';
import CONFIDENCE_MEDIUM from '@salesforce/label/c.External_ConfidenceMedium';
import CONFIDENCE_LOW from '@salesforce/label/c.External_ConfidenceLow';
import CONFIDENCE_NONE from '@salesforce/label/c.External_ConfidenceNone';
import CREATE_FINISHED from '@salesforce/label/c.External_CreateFinished';
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
    /** "topic: reason" (External_OutcomeLine), for skipped and failed meetings. */
    line: string;
    eventId: string | null;
    eventUrl: string;
}

/** The labels the template shows as they are. */
const LABELS = {
    zoomIcon: ZOOM_ICON,
    pageTitle: PAGE_TITLE,
    pageIntro: PAGE_INTRO,
    zoomReportNote: ZOOM_REPORT_NOTE,
    clearSelection: CLEAR_SELECTION,
    fromDate: FROM_DATE,
    toDate: TO_DATE,
    hostFilter: HOST_FILTER,
    eventFilter: EVENT_FILTER,
    rowsPerPage: ROWS_PER_PAGE,
    dismiss: DISMISS,
    createdHeading: CREATED_HEADING,
    skippedHeading: SKIPPED_HEADING,
    failedHeading: FAILED_HEADING,
    loadingMeetings: LOADING_MEETINGS,
    tryAgain: TRY_AGAIN,
    emptyTitle: EMPTY_TITLE,
    emptyHelp: EMPTY_HELP,
    emptyZoomNote: EMPTY_ZOOM_NOTE,
    loadingPage: LOADING_PAGE,
    tableLabel: TABLE_LABEL,
    selectPage: SELECT_PAGE,
    columnDuration: COLUMN_DURATION,
    columnMatched: COLUMN_MATCHED,
    columnEvent: COLUMN_EVENT,
    columnActions: COLUMN_ACTIONS,
    openEvent: OPEN_EVENT,
    getDetails: GET_DETAILS,
    first: FIRST,
    previous: PREVIOUS,
    next: NEXT,
    last: LAST,
    meetingDetails: MEETING_DETAILS,
    closeDetails: CLOSE_DETAILS,
    loadingParticipants: LOADING_PARTICIPANTS,
    noParticipants: NO_PARTICIPANTS
};

const CONFIDENCE_TEXT: Record<Apex.ExternalParticipantDto['confidence'], string> = {
    High: CONFIDENCE_HIGH,
    Medium: CONFIDENCE_MEDIUM,
    Low: CONFIDENCE_LOW,
    None: CONFIDENCE_NONE
};

const OBJECT_TEXT: Record<Apex.PersonOptionDto['objectType'], string> = { Contact: CONTACT, Lead: LEAD };

const SORTABLE: Array<{ sortBy: SortBy; label: string; title: string; cssClass: string }> = [
    { sortBy: 'startTime', label: COLUMN_START, title: SORT_BY_START, cssClass: 'slds-is-sortable col-start' },
    { sortBy: 'topic', label: COLUMN_TOPIC, title: SORT_BY_TOPIC, cssClass: 'slds-is-sortable' },
    { sortBy: 'host', label: COLUMN_HOST, title: SORT_BY_HOST, cssClass: 'slds-is-sortable col-host' },
    {
        sortBy: 'participants',
        label: COLUMN_PARTICIPANTS,
        title: SORT_BY_PARTICIPANTS,
        cssClass: 'slds-is-sortable col-number'
    }
];

const EVENT_FILTER_OPTIONS: Array<{ label: string; value: EventFilter }> = [
    { label: FILTER_ALL, value: 'all' },
    { label: FILTER_WITHOUT_EVENT, value: 'withoutEvent' },
    { label: FILTER_WITH_EVENT, value: 'withEvent' }
];

/** Header cells for a sort; rebuilt only when the sort changes, so a page switch leaves the header alone. */
function sortColumnsFor(sortBy: SortBy, sortDirection: 'asc' | 'desc'): SortColumn[] {
    return SORTABLE.map((c) => {
        const active = c.sortBy === sortBy;
        return {
            ...c,
            ariaSort: active ? (sortDirection === 'asc' ? 'ascending' : 'descending') : 'none',
            arrow: active ? (sortDirection === 'asc' ? '▲' : '▼') : ''
        };
    });
}

const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({
    label: formatLabel(PER_PAGE, numberFormat().format(size)),
    value: String(size)
}));

/** Whole numbers of the table, in the user's locale (one cached formatter for every row). */
const COUNT_FORMAT = numberFormat();

const NONE = '';

/**
 * Zoom External Meetings page (app page / tab): meetings hosts created in Zoom itself, filtered by date range, host
 * and Event, sorted and paged on the server (keyset cursors, so any page of a large range is one bounded query).
 * The user ticks meetings across pages, checks who attended in Get Details (and picks the Contact or Lead for
 * each participant), then creates their Events in chunks of at most 50 with a progress bar and a summary.
 */
export default class ZoomExternalMeetings extends LightningElement {
    readonly label = LABELS;
    filters: MeetingFilters = defaultFilters(timeZone);
    sortColumns: SortColumn[] = sortColumnsFor(this.filters.sortBy, this.filters.sortDirection);
    rangeMessage = '';
    page: Apex.ExternalMeetingPage | null = null;
    rows: RowView[] = [];
    loading = false;
    loadError = '';
    /** Host filter choices; computed when the hosts arrive, not on every render. */
    hostOptions: Array<{ label: string; value: string }> = [{ label: ALL_HOSTS, value: NONE }];
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
    /** A selector in this template to focus after the next render (the details when opened, the row when closed). */
    private focusAfterRender: string | null = null;

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
                { label: ALL_HOSTS, value: NONE },
                ...hosts.map((h) => ({ label: h.name, value: h.id }))
            ];
            this.hostsError = '';
        } catch (error) {
            this.hostsError = formatLabel(HOSTS_LOAD_FAILED, errorMessage(error as ApexError));
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
            const topic = row.topic || NO_TOPIC;
            return {
                key,
                id: row.id,
                topic,
                startText: this.formatStart(row.startTime),
                durationText: formatDuration(row.durationMinutes),
                participantsText: row.participantCount === null ? '' : COUNT_FORMAT.format(row.participantCount),
                hostName: row.hostName ?? '',
                matchedText: COUNT_FORMAT.format(row.matchedCount),
                eventId: row.eventId,
                eventUrl: row.eventId ? recordUrl(row.eventId) : '',
                checked: selection.has(row.id),
                selectLabel: formatLabel(SELECT_MEETING, topic),
                detailsLabel: formatLabel(DETAILS_OF, topic),
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
        return this.creating ? CREATING_EVENTS : CREATE_EVENTS;
    }

    get hasDetails(): boolean {
        return this.detailsId !== null;
    }

    get tableColumnClass(): string {
        return this.hasDetails ? 'slds-col slds-size_1-of-1 slds-large-size_8-of-12' : 'slds-col slds-size_1-of-1';
    }

    get detailsTitle(): string {
        return this.details?.meeting.topic ?? MEETING_DETAILS;
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
            .map((o) => {
                const topic = o.topic || this.selection.topicOf(o.meetingId) || o.meetingId;
                return {
                    key: o.meetingId,
                    topic,
                    message: o.message,
                    line: formatLabel(OUTCOME_LINE, topic, o.message),
                    eventId: o.eventId,
                    eventUrl: o.eventId ? recordUrl(o.eventId) : ''
                };
            });
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

    override renderedCallback(): void {
        if (!this.focusAfterRender) return;
        const element = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
        this.focusAfterRender = null;
        element?.focus();
    }

    async handleDetails(event: Event): Promise<void> {
        const meetingId = (event.currentTarget as HTMLElement).dataset.id as string;
        // Keyboard and screen-reader users land on the details; closing them brings focus back to this row.
        this.focusAfterRender = '[data-id="details"]';
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

    handleDetailsKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') this.handleCloseDetails();
    }

    handleCloseDetails(): void {
        if (this.detailsId) this.focusAfterRender = `button[data-id="${this.detailsId}"]`;
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
            const name = p.name || p.email || UNNAMED_PARTICIPANT;
            return {
                id: p.id,
                name,
                email: p.email ?? '',
                durationText: formatDuration(p.durationMinutes),
                confidence: CONFIDENCE_TEXT[p.confidence] ?? p.confidence,
                badgeClass: confidenceClass(p.confidence),
                pick: chosen.get(p.id) ?? NONE,
                pickLabel: formatLabel(PICK_FOR, name),
                options: [
                    { label: NO_PICK, value: NONE },
                    ...p.candidates.map((c) => {
                        const type = OBJECT_TEXT[c.objectType] ?? c.objectType;
                        return {
                            label: c.detail
                                ? formatLabel(CANDIDATE_WITH_DETAIL, c.name, type, c.detail)
                                : formatLabel(CANDIDATE, c.name, type),
                            value: c.id
                        };
                    })
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
        this.progressText = this.progressLabel(0, requests.length);
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
                this.progressText = this.progressLabel(done, requests.length);
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
                    title: CREATE_FINISHED,
                    message: summaryText(summary),
                    variant: summaryVariant(summary)
                })
            );
        } finally {
            this.creating = false;
        }
        if (this.lastQuery) await this.load(this.lastQuery);
    }

    /** "Creating Events: 3 of 60 meetings". */
    private progressLabel(done: number, total: number): string {
        return pluralLabel(total, PROGRESS_ONE, PROGRESS_OTHER, COUNT_FORMAT.format(done));
    }

    handleDismissSummary(): void {
        this.summary = null;
    }
}
