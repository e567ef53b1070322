import { LightningElement, api } from 'lwc';
import getRegistrants from '@salesforce/apex/WebinarPanelController.getRegistrants';
import setRegistrantStatus from '@salesforce/apex/WebinarRegistrationController.setRegistrantStatus';
import { errorMessage } from 'c/zoomErrors';
import { formatLabel, formatNumber } from 'c/i18n';
import type { Notice } from 'c/zoomNotice';
import { MAX_REGISTRANTS, indexRegistrants, memoFilter, pageCount, pageOf } from 'c/webinarFormat';
import type { IndexedRegistrant } from 'c/webinarFormat';
import ALL_STATUSES from '@salesforce/label/c.Webinar_RegAllStatuses';
import APPROVE from '@salesforce/label/c.Webinar_RegApprove';
import APPROVED_TITLE from '@salesforce/label/c.Webinar_RegDone';
import BUSY from '@salesforce/label/c.Webinar_RegBusy';
import DENY from '@salesforce/label/c.Webinar_RegDeny';
import EMPTY from '@salesforce/label/c.Webinar_RegEmpty';
import FAILED_TITLE from '@salesforce/label/c.Webinar_RegFailed';
import FILTER_STATUS from '@salesforce/label/c.Webinar_RegFilterStatus';
import FILTER_TEXT from '@salesforce/label/c.Webinar_RegFilterText';
import HEADING from '@salesforce/label/c.Webinar_RegHeading';
import LOADING from '@salesforce/label/c.Webinar_RegTableLoading';
import NEXT from '@salesforce/label/c.Webinar_RegNext';
import PAGE_OF from '@salesforce/label/c.Webinar_RegPageOf';
import PREVIOUS from '@salesforce/label/c.Webinar_RegPrevious';
import SELECT_ROW from '@salesforce/label/c.Webinar_RegSelectRow';
import SHOWN_OF from '@salesforce/label/c.Webinar_RegShownOf';
import TRUNCATED from '@salesforce/label/c.Webinar_RegTruncated';
import COL_NAME from '@salesforce/label/c.Webinar_RegColName';
import COL_EMAIL from '@salesforce/label/c.Webinar_RegColEmail';
import COL_STATUS from '@salesforce/label/c.Webinar_RegColStatus';
import COL_ATTENDANCE from '@salesforce/label/c.Webinar_RegColAttendance';
import COL_MINUTES from '@salesforce/label/c.Webinar_RegColMinutes';
import COL_PERSON from '@salesforce/label/c.Webinar_RegColPerson';

const LABELS = {
    allStatuses: ALL_STATUSES,
    approve: APPROVE,
    deny: DENY,
    empty: EMPTY,
    filterStatus: FILTER_STATUS,
    filterText: FILTER_TEXT,
    heading: HEADING,
    loading: LOADING,
    next: NEXT,
    previous: PREVIOUS,
    colName: COL_NAME,
    colEmail: COL_EMAIL,
    colStatus: COL_STATUS,
    colAttendance: COL_ATTENDANCE,
    colMinutes: COL_MINUTES,
    colPerson: COL_PERSON
};

/** One table row as the template renders it (keyed by the registrant Id). */
interface RowView {
    id: string;
    name: string;
    email: string;
    statusLabel: string;
    attendanceLabel: string;
    minutes: string;
    personName: string;
    personUrl: string | null;
    selected: boolean;
    selectLabel: string;
}

/**
 * The webinar panel's registrants table. Loads every registrant once (getRegistrants, 2,000 per call, at most
 * 10,000), then filters by status and text and pages 50 rows at a time in the browser: no Apex per page, the filter
 * remembered by its inputs, rows keyed by Id. A manager (owner, host, Zoom Admin: canManage, decided on the server)
 * selects rows and approves or denies them (WebinarRegistrationController.setRegistrantStatus); the outcome is an
 * inline notice, and `changed` tells the panel to reload its counts.
 */
export default class ZoomWebinarRegistrants extends LightningElement {
    /** The Zoom_Webinar__c Id. */
    @api
    get webinarId(): string | undefined {
        return this._webinarId;
    }
    set webinarId(value: string | undefined) {
        if (value !== this._webinarId) {
            this._webinarId = value;
            if (this.connected) this.load().catch(() => undefined);
        }
    }
    /** True when the reader may approve and deny (the panel's canManage). */
    @api canManage = false;
    /**
     * Registrants per status from the panel (every status, in the picklist's order): the status filter's options,
     * built here once per change: a new array on every render would make lightning-combobox rebuild its list on each
     * page switch or keystroke.
     */
    @api
    get totals(): Apex.WebinarStatusCountDto[] {
        return this._totals;
    }
    set totals(value: Apex.WebinarStatusCountDto[]) {
        this._totals = value ?? [];
        this.options = [
            { label: ALL_STATUSES, value: '' },
            ...this._totals.map((t) => ({ label: `${t.label} (${formatNumber(t.count)})`, value: t.status }))
        ];
    }

    readonly labels = LABELS;

    isLoading = true;
    errorText = '';
    notice: Notice | null = null;
    busy = false;
    total = 0;
    statusFilter = '';
    textFilter = '';
    page = 1;

    private _webinarId: string | undefined;
    private connected = false;
    private indexed: IndexedRegistrant[] = [];
    private selectedIds = new Set<string>();
    private readonly filtered = memoFilter();
    private loadToken = 0;
    private _totals: Apex.WebinarStatusCountDto[] = [];
    private options: { label: string; value: string }[] = [{ label: ALL_STATUSES, value: '' }];

    override connectedCallback(): void {
        this.connected = true;
        this.load().catch(() => undefined);
    }

    override disconnectedCallback(): void {
        this.connected = false;
        this.loadToken++;
    }

    /** Reloads every registrant (after an action or a sync). */
    @api
    async reload(): Promise<void> {
        await this.load();
    }

    private async load(): Promise<void> {
        const webinarId = this._webinarId;
        const token = ++this.loadToken;
        this.isLoading = true;
        this.errorText = '';
        if (!webinarId) {
            this.indexed = [];
            this.isLoading = false;
            return;
        }
        try {
            const rows: Apex.WebinarRegistrantDto[] = [];
            let afterId: string | null = null;
            let total = 0;
            do {
                // Pages follow each other: each starts after the last Id of the one before.
                // eslint-disable-next-line no-await-in-loop
                const page: Apex.WebinarRegistrantPageDto = await getRegistrants({ webinarId, afterId });
                if (token !== this.loadToken) return;
                rows.push(...page.rows);
                total = page.total;
                afterId = page.nextAfterId;
            } while (afterId && rows.length < MAX_REGISTRANTS);
            this.indexed = indexRegistrants(rows.slice(0, MAX_REGISTRANTS));
            this.total = total;
            this.selectedIds = new Set();
            this.page = Math.min(this.page, this.pageTotal);
        } catch (error) {
            if (token !== this.loadToken) return;
            this.indexed = [];
            this.errorText = errorMessage(error as ApexError);
        }
        this.isLoading = false;
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get matching(): Apex.WebinarRegistrantDto[] {
        return this.filtered(this.indexed, this.statusFilter, this.textFilter);
    }

    get pageTotal(): number {
        return pageCount(this.matching.length);
    }

    get rows(): RowView[] {
        return pageOf(this.matching, this.page).map((row) => {
            const name = [row.firstName, row.lastName].filter((p) => p).join(' ');
            const personId = row.contactId ?? row.leadId;
            return {
                id: row.id,
                name,
                email: row.email ?? '',
                statusLabel: row.statusLabel ?? '',
                attendanceLabel: row.attendanceLabel ?? '',
                minutes: row.minutesAttended === null ? '' : formatNumber(row.minutesAttended),
                personName: row.personName ?? '',
                personUrl: personId ? `/${personId}` : null,
                selected: this.selectedIds.has(row.id),
                selectLabel: formatLabel(SELECT_ROW, name || row.email || row.id)
            };
        });
    }

    get hasRows(): boolean {
        return this.matching.length > 0;
    }

    /** The status filter's options, built when the totals arrive (see `totals`). */
    get statusOptions(): { label: string; value: string }[] {
        return this.options;
    }

    get pageText(): string {
        return formatLabel(PAGE_OF, formatNumber(this.page), formatNumber(this.pageTotal));
    }

    get shownText(): string {
        return formatLabel(SHOWN_OF, formatNumber(this.matching.length), formatNumber(this.total));
    }

    get isTruncated(): boolean {
        return this.total > this.indexed.length && !this.isLoading && !this.errorText;
    }

    get truncatedText(): string {
        return formatLabel(TRUNCATED, formatNumber(this.indexed.length), formatNumber(this.total));
    }

    get previousDisabled(): boolean {
        return this.page <= 1;
    }

    get nextDisabled(): boolean {
        return this.page >= this.pageTotal;
    }

    get selectedCount(): number {
        return this.selectedIds.size;
    }

    get actionsDisabled(): boolean {
        return this.busy || this.selectedIds.size === 0;
    }

    get busyText(): string {
        return BUSY;
    }

    // ---- handlers ---------------------------------------------------------------------------------------------

    handleStatusFilter(event: CustomEvent<{ value: string }>): void {
        this.statusFilter = event.detail.value;
        this.page = 1;
    }

    handleTextFilter(event: Event): void {
        this.textFilter = (event.target as HTMLInputElement).value ?? '';
        this.page = 1;
    }

    handlePrevious(): void {
        this.page = Math.max(1, this.page - 1);
    }

    handleNext(): void {
        this.page = Math.min(this.pageTotal, this.page + 1);
    }

    handleSelect(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.id;
        if (!id) return;
        const next = new Set(this.selectedIds);
        if (input.checked) next.add(id);
        else next.delete(id);
        this.selectedIds = next;
    }

    handleApprove(): Promise<void> {
        return this.act('approve');
    }

    handleDeny(): Promise<void> {
        return this.act('deny');
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    private async act(action: 'approve' | 'deny'): Promise<void> {
        const webinarId = this._webinarId;
        if (!webinarId || !this.canManage || this.selectedIds.size === 0) return;
        this.busy = true;
        this.notice = null;
        try {
            const result = await setRegistrantStatus({
                webinarId,
                registrantIds: [...this.selectedIds],
                action
            });
            this.notice = {
                title: result.ok ? APPROVED_TITLE : FAILED_TITLE,
                message: result.message,
                variant: result.ok ? 'success' : 'warning'
            };
            if (result.ok) {
                this.dispatchEvent(new CustomEvent('changed'));
                await this.load();
            }
        } catch (error) {
            this.notice = { title: FAILED_TITLE, message: errorMessage(error as ApexError), variant: 'error' };
        }
        this.busy = false;
    }
}
