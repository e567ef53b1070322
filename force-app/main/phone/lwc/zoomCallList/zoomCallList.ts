import { LightningElement, api } from 'lwc';
import getCalls from '@salesforce/apex/CallListController.getCalls';
import searchTargets from '@salesforce/apex/CallListController.searchTargets';
import linkCall from '@salesforce/apex/CallListController.linkCall';
import createLeadFromPerson from '@salesforce/apex/CallListController.createLeadFromPerson';
import createCase from '@salesforce/apex/CallListController.createCase';
import { errorMessage, errorParts } from 'c/zoomErrors';
import { formatDateTime, formatLabel, formatNumber, pluralLabel } from 'c/i18n';
import type { Notice } from 'c/zoomNotice';
import { debounce, formatPhoneWithExtension, formatTalkTime, recordHref, telHref } from 'c/callFormat';
import ALL_OUTCOMES from '@salesforce/label/c.Calls_AllOutcomes';
import CANCEL from '@salesforce/label/c.Calls_Cancel';
import CANDIDATES from '@salesforce/label/c.Calls_Candidates';
import CHOOSE from '@salesforce/label/c.Calls_Choose';
import COL_ACTIONS from '@salesforce/label/c.Calls_ColumnActions';
import COL_DIRECTION from '@salesforce/label/c.Calls_ColumnDirection';
import COL_MATCH from '@salesforce/label/c.Calls_ColumnMatch';
import COL_NUMBER from '@salesforce/label/c.Calls_ColumnNumber';
import COL_OUTCOME from '@salesforce/label/c.Calls_ColumnOutcome';
import COL_TALK from '@salesforce/label/c.Calls_ColumnTalk';
import COL_WHEN from '@salesforce/label/c.Calls_ColumnWhen';
import COL_WHO from '@salesforce/label/c.Calls_ColumnWho';
import COMPANY from '@salesforce/label/c.Calls_Company';
import CREATE_CASE from '@salesforce/label/c.Calls_CreateCase';
import CREATE_CASE_FOR from '@salesforce/label/c.Calls_CreateCaseFor';
import CREATE_LEAD from '@salesforce/label/c.Calls_CreateLead';
import CREATE_LEAD_FOR from '@salesforce/label/c.Calls_CreateLeadFor';
import DIAL from '@salesforce/label/c.Calls_Dial';
import DONE from '@salesforce/label/c.Calls_Done';
import EMPTY from '@salesforce/label/c.Calls_Empty';
import EMPTY_UNMATCHED from '@salesforce/label/c.Calls_EmptyUnmatched';
import FAILED from '@salesforce/label/c.Calls_Failed';
import LAST_NAME from '@salesforce/label/c.Calls_LastName';
import LINK from '@salesforce/label/c.Calls_Link';
import LINK_FOR from '@salesforce/label/c.Calls_LinkFor';
import LINK_TITLE from '@salesforce/label/c.Calls_LinkTitle';
import LOAD_FAILED from '@salesforce/label/c.Calls_LoadFailed';
import LOADING from '@salesforce/label/c.Calls_Loading';
import MY_CALLS from '@salesforce/label/c.Calls_MyCallsTitle';
import NEXT from '@salesforce/label/c.Calls_Next';
import NO_RESULTS from '@salesforce/label/c.Calls_NoResults';
import NUMBER_WITH_EXTENSION from '@salesforce/label/c.Calls_NumberWithExtension';
import OUTCOME_FILTER from '@salesforce/label/c.Calls_OutcomeFilter';
import PAGE_OF from '@salesforce/label/c.Calls_PageOf';
import PREVIOUS from '@salesforce/label/c.Calls_Previous';
import RECORDING from '@salesforce/label/c.Calls_Recording';
import SAVE from '@salesforce/label/c.Calls_Save';
import SEARCH from '@salesforce/label/c.Calls_Search';
import SEARCH_PLACEHOLDER from '@salesforce/label/c.Calls_SearchPlaceholder';
import SEARCH_RECORDS from '@salesforce/label/c.Calls_SearchRecords';
import SUBJECT from '@salesforce/label/c.Calls_Subject';
import TAB_MINE from '@salesforce/label/c.Calls_TabMine';
import TAB_UNMATCHED from '@salesforce/label/c.Calls_TabUnmatched';
import TASK from '@salesforce/label/c.Calls_Task';
import TITLE from '@salesforce/label/c.Calls_Title';
import TOTAL_CAPPED from '@salesforce/label/c.Calls_TotalCapped';
import TOTAL_ONE from '@salesforce/label/c.Calls_Total_One';
import TOTAL_OTHER from '@salesforce/label/c.Calls_Total_Other';
import UNKNOWN_CALLER from '@salesforce/label/c.Calls_UnknownCaller';
import WORKING from '@salesforce/label/c.Calls_Working';

const LABELS = {
    allOutcomes: ALL_OUTCOMES,
    cancel: CANCEL,
    candidates: CANDIDATES,
    colActions: COL_ACTIONS,
    colDirection: COL_DIRECTION,
    colMatch: COL_MATCH,
    colNumber: COL_NUMBER,
    colOutcome: COL_OUTCOME,
    colTalk: COL_TALK,
    colWhen: COL_WHEN,
    colWho: COL_WHO,
    company: COMPANY,
    createCase: CREATE_CASE,
    createLead: CREATE_LEAD,
    lastName: LAST_NAME,
    link: LINK,
    loadFailed: LOAD_FAILED,
    loading: LOADING,
    next: NEXT,
    noResults: NO_RESULTS,
    outcomeFilter: OUTCOME_FILTER,
    previous: PREVIOUS,
    recording: RECORDING,
    save: SAVE,
    search: SEARCH,
    searchPlaceholder: SEARCH_PLACEHOLDER,
    searchRecords: SEARCH_RECORDS,
    subject: SUBJECT,
    tabMine: TAB_MINE,
    tabUnmatched: TAB_UNMATCHED,
    task: TASK,
    working: WORKING
};

/** Views of the list: a record's calls, the rep's calls, the rep's calls waiting for a link. */
export type CallView = 'record' | 'mine' | 'unmatched';

/** Wait after the last keystroke before the search runs. */
export const SEARCH_DELAY_MS = 300;

/** One table row as the template renders it. */
interface RowView {
    id: string;
    name: string;
    whenText: string;
    numberText: string;
    dialHref: string | null;
    dialLabel: string;
    whoText: string;
    whoHref: string | null;
    accountName: string | null;
    accountHref: string | null;
    directionLabel: string;
    outcomeText: string;
    talkText: string;
    matchLabel: string;
    recordingUrl: string | null;
    taskHref: string | null;
    caseNumber: string | null;
    caseHref: string | null;
    /** The row's action buttons (link, create Lead, create Case), only those the reader may use. */
    actions: RowAction[];
}

/** One action button of a row. */
interface RowAction {
    kind: Panel['kind'];
    /** Visible text. */
    label: string;
    /** Accessible name, naming the call. */
    ariaLabel: string;
    className: string;
}

/** The open action form: which action, on which call. */
interface Panel {
    kind: 'link' | 'lead' | 'case';
    row: Apex.CallRowDto;
}

/** A candidate or search hit as the link form shows it. */
interface TargetView {
    id: string;
    name: string;
    detail: string;
    buttonLabel: string;
}

/**
 * The Zoom calls list. On a Contact, Lead or Account page (`recordId` set) it lists that record's calls (an Account
 * also its Contacts'); on the My calls page (`view` mine or unmatched, switched by tabs) the rep's own calls and those
 * waiting for a link. Pages of 50 are served by Apex (CallListController.getCalls: OFFSET paging, at most 2,000 rows
 * deep, then a "narrow your filter" notice), filtered by outcome and a debounced search. Per row: Link (the
 * candidates first, else a record search), Create Lead (a call with an unknown person) and Create Case; each shows a
 * spinner while it saves and ends in an inline notice (no toast: the list also runs where toasts are not shown), then
 * the page reloads so a linked call leaves the "To link" tab.
 */
export default class ZoomCallList extends LightningElement {
    /** The Contact, Lead or Account of a record page; unset on the My calls page. */
    @api recordId: string | undefined;

    /** On the My calls page: the tab shown first ('mine' or 'unmatched'). */
    @api
    get view(): CallView {
        return this._view;
    }
    set view(value: CallView) {
        this._view = value === 'unmatched' ? 'unmatched' : 'mine';
    }

    readonly labels = LABELS;

    page: Apex.CallPageDto | null = null;
    isLoading = true;
    errorText: string | null = null;
    notice: Notice | null = null;
    outcome = '';
    searchText = '';
    pageNumber = 1;
    panel: Panel | null = null;
    busy = false;
    targetSearch = '';
    searchResults: Apex.CallTargetDto[] | null = null;
    leadLastName = '';
    leadCompany = '';
    caseSubject = '';

    private _view: CallView = 'mine';
    private requestSeq = 0;
    private readonly runSearch = debounce((text: string) => {
        this.searchText = text;
        this.pageNumber = 1;
        this.load().catch(() => undefined);
    }, SEARCH_DELAY_MS);
    private readonly runTargetSearch = debounce((text: string) => {
        this.findTargets(text).catch(() => undefined);
    }, SEARCH_DELAY_MS);

    override connectedCallback(): void {
        this.load().catch(() => undefined);
    }

    override disconnectedCallback(): void {
        this.runSearch.cancel();
        this.runTargetSearch.cancel();
    }

    /** Loading before any page arrived (a reload keeps the table on screen under a spinner). */
    get isFirstLoad(): boolean {
        return this.isLoading && !this.page;
    }

    get busyText(): string {
        return String(this.isLoading);
    }

    get isRecordMode(): boolean {
        return Boolean(this.recordId);
    }

    get heading(): string {
        return this.isRecordMode ? TITLE : MY_CALLS;
    }

    get activeView(): CallView {
        return this.isRecordMode ? 'record' : this._view;
    }

    get mineVariant(): string {
        return this._view === 'mine' ? 'brand' : 'neutral';
    }

    get unmatchedVariant(): string {
        return this._view === 'unmatched' ? 'brand' : 'neutral';
    }

    get mineSelected(): string {
        return String(this._view === 'mine');
    }

    get unmatchedSelected(): string {
        return String(this._view === 'unmatched');
    }

    /** The outcome filter's choices (kept while the server sends the same list, so the combobox is not redrawn). */
    outcomeOptions: { label: string; value: string }[] = [{ label: ALL_OUTCOMES, value: '' }];

    /** The rows of the page as the template shows them, computed once per page. */
    rows: RowView[] = [];

    get hasRows(): boolean {
        return (this.page?.rows.length ?? 0) > 0;
    }

    get emptyText(): string {
        return this.activeView === 'unmatched' && !this.outcome && !this.searchText ? EMPTY_UNMATCHED : EMPTY;
    }

    get totalText(): string {
        const page = this.page;
        if (!page) return '';
        return page.totalCapped
            ? formatLabel(TOTAL_CAPPED, formatNumber(page.total))
            : pluralLabel(page.total, TOTAL_ONE, TOTAL_OTHER);
    }

    get pageText(): string {
        return formatLabel(PAGE_OF, formatNumber(this.pageNumber), formatNumber(this.page?.lastPage ?? 1));
    }

    get pageNotice(): string | null {
        return this.page?.notice ?? null;
    }

    get previousDisabled(): boolean {
        return this.isLoading || this.pageNumber <= 1;
    }

    get nextDisabled(): boolean {
        return this.isLoading || this.pageNumber >= (this.page?.lastPage ?? 1);
    }

    get isLinkPanel(): boolean {
        return this.panel?.kind === 'link';
    }

    get isLeadPanel(): boolean {
        return this.panel?.kind === 'lead';
    }

    get isCasePanel(): boolean {
        return this.panel?.kind === 'case';
    }

    get panelTitle(): string {
        const panel = this.panel;
        if (!panel) return '';
        if (panel.kind === 'link') return formatLabel(LINK_TITLE, panel.row.name);
        if (panel.kind === 'lead') return formatLabel(CREATE_LEAD_FOR, this.callerName(panel.row));
        return formatLabel(CREATE_CASE_FOR, panel.row.name);
    }

    get candidateViews(): TargetView[] {
        return (this.panel?.row.candidates ?? []).map((t) => this.targetView(t));
    }

    get hasCandidates(): boolean {
        return this.candidateViews.length > 0;
    }

    get resultViews(): TargetView[] {
        return (this.searchResults ?? []).map((t) => this.targetView(t));
    }

    get noResults(): boolean {
        return this.searchResults !== null && this.searchResults.length === 0;
    }

    get saveDisabled(): boolean {
        if (this.busy) return true;
        if (this.isLeadPanel) return !this.leadLastName.trim() || !this.leadCompany.trim();
        if (this.isCasePanel) return !this.caseSubject.trim();
        return false;
    }

    handleTab(event: Event): void {
        const view = (event.currentTarget as HTMLElement).dataset.view === 'unmatched' ? 'unmatched' : 'mine';
        if (view === this._view) return;
        this._view = view;
        this.pageNumber = 1;
        this.panel = null;
        this.load().catch(() => undefined);
    }

    handleOutcome(event: CustomEvent<{ value: string }>): void {
        this.outcome = event.detail.value ?? '';
        this.pageNumber = 1;
        this.load().catch(() => undefined);
    }

    handleSearch(event: Event): void {
        const target = event.target as HTMLInputElement;
        this.runSearch((target.value ?? '').trim());
    }

    handlePrevious(): void {
        if (this.pageNumber > 1) {
            this.pageNumber--;
            this.load().catch(() => undefined);
        }
    }

    handleNext(): void {
        this.pageNumber++;
        this.load().catch(() => undefined);
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleOpen(event: Event): void {
        const element = event.currentTarget as HTMLElement;
        const row = this.page?.rows.find((r) => r.id === element.dataset.id);
        const kind = element.dataset.action as Panel['kind'];
        if (!row) return;
        this.panel = { kind, row };
        this.notice = null;
        this.targetSearch = '';
        this.searchResults = null;
        this.leadLastName = kind === 'lead' ? this.callerName(row) : '';
        this.leadCompany = '';
        this.caseSubject = '';
    }

    handleCancel(): void {
        this.panel = null;
        this.runTargetSearch.cancel();
    }

    handleTargetSearch(event: Event): void {
        const value = ((event.target as HTMLInputElement).value ?? '').trim();
        this.targetSearch = value;
        this.runTargetSearch(value);
    }

    handleLeadLastName(event: Event): void {
        this.leadLastName = (event.target as HTMLInputElement).value ?? '';
    }

    handleLeadCompany(event: Event): void {
        this.leadCompany = (event.target as HTMLInputElement).value ?? '';
    }

    handleCaseSubject(event: Event): void {
        this.caseSubject = (event.target as HTMLInputElement).value ?? '';
    }

    handleChoose(event: Event): void {
        const targetId = (event.currentTarget as HTMLElement).dataset.id;
        const panel = this.panel;
        if (!panel || !targetId) return;
        this.act(() => linkCall({ callId: panel.row.id, targetId })).catch(() => undefined);
    }

    handleSaveLead(): void {
        const panel = this.panel;
        if (!panel?.row.personId) return;
        const personId = panel.row.personId;
        this.act(() =>
            createLeadFromPerson({ personId, lastName: this.leadLastName.trim(), company: this.leadCompany.trim() })
        ).catch(() => undefined);
    }

    handleSaveCase(): void {
        const panel = this.panel;
        if (!panel) return;
        this.act(() => createCase({ callId: panel.row.id, subject: this.caseSubject.trim() })).catch(() => undefined);
    }

    /** Loads the current page; an answer to an older request is dropped. */
    private async load(): Promise<void> {
        const seq = ++this.requestSeq;
        this.isLoading = true;
        this.errorText = null;
        try {
            const page = await getCalls({
                recordId: this.recordId ?? null,
                view: this.activeView,
                outcome: this.outcome || null,
                search: this.searchText || null,
                pageNumber: this.pageNumber
            });
            if (seq !== this.requestSeq) return;
            this.showPage(page);
        } catch (error) {
            if (seq !== this.requestSeq) return;
            this.showPage(null);
            this.errorText = errorMessage(error as ApexError);
        }
        this.isLoading = false;
    }

    private showPage(page: Apex.CallPageDto | null): void {
        const outcomes = page?.outcomes ?? [];
        const shown = this.outcomeOptions.slice(1);
        const same =
            shown.length === outcomes.length &&
            outcomes.every((o, i) => o.value === shown[i].value && o.label === shown[i].label);
        if (!same) {
            this.outcomeOptions = [
                { label: ALL_OUTCOMES, value: '' },
                ...outcomes.map((o) => ({ label: o.label, value: o.value }))
            ];
        }
        this.page = page;
        this.rows = (page?.rows ?? []).map((row) => this.toView(row));
    }

    private async findTargets(text: string): Promise<void> {
        if (text.length < 2) {
            this.searchResults = null;
            return;
        }
        try {
            const found = await searchTargets({ term: text });
            if (text === this.targetSearch) this.searchResults = found;
        } catch (error) {
            this.notice = { title: FAILED, message: errorMessage(error as ApexError), variant: 'error' };
        }
    }

    /** Runs an action: spinner, then a notice with the server's sentence, then the page again. */
    private async act(action: () => Promise<Apex.CallActionResultDto>): Promise<void> {
        this.busy = true;
        try {
            const result = await action();
            this.notice = { title: DONE, message: result.message ?? DONE, variant: 'success' };
            this.panel = null;
            await this.load();
        } catch (error) {
            const parts = errorParts(error as ApexError);
            this.notice = { title: FAILED, message: parts.message, variant: 'error', reference: parts.reference };
        }
        this.busy = false;
    }

    private callerName(row: Apex.CallRowDto): string {
        return row.personName || row.customerName || UNKNOWN_CALLER;
    }

    private targetView(target: Apex.CallTargetDto): TargetView {
        return {
            id: target.id,
            name: target.name,
            detail: target.detail ?? '',
            buttonLabel: formatLabel(CHOOSE, target.name)
        };
    }

    private toView(row: Apex.CallRowDto): RowView {
        const numberText = formatPhoneWithExtension(row.customerNumber, row.customerExtension, (p, e) =>
            formatLabel(NUMBER_WITH_EXTENSION, p, e)
        );
        const who = row.whoName || row.personName || row.customerName || UNKNOWN_CALLER;
        const outcome = row.outcomeLabel ?? '';
        const result = row.result && row.result !== outcome ? row.result : '';
        return {
            id: row.id,
            name: row.name,
            whenText: formatDateTime(row.ringStart),
            numberText,
            dialHref: telHref(row.customerNumber),
            dialLabel: formatLabel(DIAL, numberText),
            whoText: who,
            whoHref: recordHref(row.whoId ?? row.personId),
            accountName: row.accountName,
            accountHref: recordHref(row.accountId),
            directionLabel: row.directionLabel ?? '',
            outcomeText: result ? `${outcome} · ${result}` : outcome,
            talkText: formatTalkTime(row.talkSeconds),
            matchLabel: row.matchStatusLabel ?? '',
            recordingUrl: row.recordingUrl,
            taskHref: recordHref(row.taskId),
            caseNumber: row.caseNumber,
            caseHref: recordHref(row.caseId),
            actions: this.actionsOf(row)
        };
    }

    private actionsOf(row: Apex.CallRowDto): RowAction[] {
        const offered: [Panel['kind'], boolean, string, string][] = [
            ['link', row.canChange, this.labels.link, formatLabel(LINK_FOR, row.name)],
            [
                'lead',
                row.canChange && Boolean(row.personId) && !row.whoId,
                this.labels.createLead,
                formatLabel(CREATE_LEAD_FOR, this.callerName(row))
            ],
            ['case', row.canChange && !row.caseId, this.labels.createCase, formatLabel(CREATE_CASE_FOR, row.name)]
        ];
        return offered
            .filter(([, allowed]) => allowed)
            .map(([kind, , label, ariaLabel], index) => ({
                kind,
                label,
                ariaLabel,
                className: index === 0 ? 'slds-button' : 'slds-button slds-m-left_small'
            }));
    }
}
