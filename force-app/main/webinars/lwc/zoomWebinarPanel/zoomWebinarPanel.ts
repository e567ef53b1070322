import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getWebinar from '@salesforce/apex/WebinarPanelController.getWebinar';
import syncNow from '@salesforce/apex/WebinarSyncController.syncNow';
import cancelWebinar from '@salesforce/apex/WebinarController.cancelWebinar';
import removePanelist from '@salesforce/apex/WebinarController.removePanelist';
import searchPanelistCandidates from '@salesforce/apex/WebinarController.searchPanelistCandidates';
import addPanelists from '@salesforce/apex/WebinarController.addPanelists';
import { errorParts } from 'c/zoomErrors';
import { formatDateTime, formatLabel } from 'c/i18n';
import { errorMessage } from 'c/zoomErrors';
import type { Notice, NoticeVariant } from 'c/zoomNotice';
import { formatCount, formatInZone, formatMinutes, formatRate, webinarBadgeClass } from 'c/webinarFormat';
import ADD from '@salesforce/label/c.Webinar_PanelAdd';
import ADD_FAILED from '@salesforce/label/c.Webinar_PanelAddFailed';
import ADD_PANELIST from '@salesforce/label/c.Webinar_PanelAddPanelist';
import ADDED from '@salesforce/label/c.Webinar_PanelAdded';
import AGENDA from '@salesforce/label/c.Webinar_PanelAgenda';
import KIND_CONTACT from '@salesforce/label/c.Webinar_PanelKindContact';
import KIND_USER from '@salesforce/label/c.Webinar_PanelKindUser';
import NO_CANDIDATES from '@salesforce/label/c.Webinar_PanelNoCandidates';
import SEARCH from '@salesforce/label/c.Webinar_PanelSearch';
import SEARCH_FAILED from '@salesforce/label/c.Webinar_PanelSearchFailed';
import SEARCH_PANELISTS from '@salesforce/label/c.Webinar_PanelSearchPanelists';
import APPROVAL from '@salesforce/label/c.Webinar_PanelApproval';
import ATTENDANCE_RATE from '@salesforce/label/c.Webinar_PanelAttendanceRate';
import ATTENDED from '@salesforce/label/c.Webinar_PanelAttended';
import ATTENDEES from '@salesforce/label/c.Webinar_PanelAttendees';
import AVERAGE_MINUTES from '@salesforce/label/c.Webinar_PanelAverageMinutes';
import BUSY_CANCELLING from '@salesforce/label/c.Webinar_PanelBusyCancelling';
import BUSY_SYNCING from '@salesforce/label/c.Webinar_PanelBusySyncing';
import CAMPAIGN from '@salesforce/label/c.Webinar_PanelCampaign';
import CANCEL from '@salesforce/label/c.Webinar_PanelCancel';
import CANCEL_CONFIRM from '@salesforce/label/c.Webinar_PanelCancelConfirm';
import CANCEL_FAILED from '@salesforce/label/c.Webinar_PanelCancelFailed';
import CANCEL_KEEP from '@salesforce/label/c.Webinar_PanelCancelKeep';
import CANCEL_QUESTION from '@salesforce/label/c.Webinar_PanelCancelQuestion';
import CANCELLED from '@salesforce/label/c.Webinar_PanelCancelled';
import CLOSE_REGISTRATION from '@salesforce/label/c.Webinar_PanelCloseRegistration';
import DEFAULT_TITLE from '@salesforce/label/c.Webinar_PanelDefaultTitle';
import EMPTY from '@salesforce/label/c.Webinar_PanelEmpty';
import EMPTY_CAMPAIGN from '@salesforce/label/c.Webinar_PanelEmptyCampaign';
import FAILED_DEFAULT from '@salesforce/label/c.Webinar_PanelFailedDefault';
import HIDE_PASSCODE from '@salesforce/label/c.Webinar_PanelHidePasscode';
import HOST from '@salesforce/label/c.Webinar_PanelHost';
import HOST_VIDEO from '@salesforce/label/c.Webinar_PanelHostVideo';
import JOIN from '@salesforce/label/c.Webinar_PanelJoin';
import LAST_SYNCED from '@salesforce/label/c.Webinar_PanelLastSynced';
import LOADING from '@salesforce/label/c.Webinar_PanelLoading';
import MULTIPLE_DEVICES from '@salesforce/label/c.Webinar_PanelMultipleDevices';
import NEVER from '@salesforce/label/c.Webinar_PanelNever';
import NO_ATTENDEES from '@salesforce/label/c.Webinar_PanelNoAttendees';
import NO_PANELISTS from '@salesforce/label/c.Webinar_PanelNoPanelists';
import NO_SHOWS from '@salesforce/label/c.Webinar_PanelNoShows';
import NO from '@salesforce/label/c.Webinar_PanelNo';
import NOT_SYNCED from '@salesforce/label/c.Webinar_PanelNotSynced';
import PANELIST_REMOVED from '@salesforce/label/c.Webinar_PanelPanelistRemoved';
import PANELISTS from '@salesforce/label/c.Webinar_PanelPanelists';
import PANELISTS_VIDEO from '@salesforce/label/c.Webinar_PanelPanelistsVideo';
import PASSCODE from '@salesforce/label/c.Webinar_PanelPasscode';
import PICK_WEBINAR from '@salesforce/label/c.Webinar_PanelPickWebinar';
import PRACTICE_SESSION from '@salesforce/label/c.Webinar_PanelPracticeSession';
import REGISTER_LINK from '@salesforce/label/c.Webinar_PanelRegisterLink';
import REGISTRANTS from '@salesforce/label/c.Webinar_PanelRegistrants';
import REMOVE_FAILED from '@salesforce/label/c.Webinar_PanelRemoveFailed';
import REMOVE_PANELIST from '@salesforce/label/c.Webinar_PanelRemovePanelist';
import SETTINGS from '@salesforce/label/c.Webinar_PanelSettings';
import SHOW_PASSCODE from '@salesforce/label/c.Webinar_PanelShowPasscode';
import START from '@salesforce/label/c.Webinar_PanelStart';
import STATUS from '@salesforce/label/c.Webinar_PanelStatus';
import SYNC_FAILED from '@salesforce/label/c.Webinar_PanelSyncFailed';
import SYNC_NOW from '@salesforce/label/c.Webinar_PanelSyncNow';
import SYNCED from '@salesforce/label/c.Webinar_PanelSynced';
import WEBINAR_ID from '@salesforce/label/c.Webinar_PanelWebinarId';
import WEBINAR_TIME from '@salesforce/label/c.Webinar_PanelWebinarTime';
import YES from '@salesforce/label/c.Webinar_PanelYes';
import COL_NAME from '@salesforce/label/c.Webinar_RegColName';
import COL_EMAIL from '@salesforce/label/c.Webinar_RegColEmail';
import COL_MINUTES from '@salesforce/label/c.Webinar_RegColMinutes';
import COL_PERSON from '@salesforce/label/c.Webinar_RegColPerson';
import COL_SESSIONS from '@salesforce/label/c.Webinar_PanelSessions';

/** Labels the template reads. */
const LABELS = {
    agenda: AGENDA,
    noCandidates: NO_CANDIDATES,
    search: SEARCH,
    searchPanelists: SEARCH_PANELISTS,
    approval: APPROVAL,
    attendanceRate: ATTENDANCE_RATE,
    attended: ATTENDED,
    attendees: ATTENDEES,
    averageMinutes: AVERAGE_MINUTES,
    campaign: CAMPAIGN,
    cancel: CANCEL,
    cancelConfirm: CANCEL_CONFIRM,
    cancelKeep: CANCEL_KEEP,
    cancelQuestion: CANCEL_QUESTION,
    closeRegistration: CLOSE_REGISTRATION,
    empty: EMPTY,
    emptyCampaign: EMPTY_CAMPAIGN,
    host: HOST,
    hostVideo: HOST_VIDEO,
    join: JOIN,
    lastSynced: LAST_SYNCED,
    loading: LOADING,
    multipleDevices: MULTIPLE_DEVICES,
    never: NEVER,
    noAttendees: NO_ATTENDEES,
    noPanelists: NO_PANELISTS,
    noShows: NO_SHOWS,
    panelists: PANELISTS,
    panelistsVideo: PANELISTS_VIDEO,
    passcode: PASSCODE,
    pickWebinar: PICK_WEBINAR,
    practiceSession: PRACTICE_SESSION,
    registerLink: REGISTER_LINK,
    registrants: REGISTRANTS,
    settings: SETTINGS,
    start: START,
    status: STATUS,
    syncNow: SYNC_NOW,
    webinarId: WEBINAR_ID,
    webinarTime: WEBINAR_TIME,
    colName: COL_NAME,
    colEmail: COL_EMAIL,
    colMinutes: COL_MINUTES,
    colPerson: COL_PERSON,
    colSessions: COL_SESSIONS
};

type Busy = 'sync' | 'cancel' | 'panelist' | 'search' | null;

/** One setting of seed 000 as the settings list renders it. */
interface SettingView {
    key: string;
    label: string;
    value: string;
}

interface AttendeeView {
    id: string;
    name: string;
    email: string;
    minutes: string;
    sessions: string;
    personName: string;
    personUrl: string | null;
}

interface CandidateView {
    id: string;
    name: string;
    detail: string;
    addLabel: string;
}

interface PanelistView {
    id: string;
    name: string;
    email: string;
    removeLabel: string;
}

/**
 * Zoom webinar panel for the Zoom Webinar and Campaign record pages: the webinar's details (times in the reader's
 * zone and the webinar's), its links and passcode, status and attendance counts, its settings, the registrants table
 * (c-zoom-webinar-registrants: filter, pages, approve/deny), the attendees, the panelists, Sync now and Cancel
 * webinar. On a Campaign it shows the newest webinar with a picker of the others, or tells the user to create one.
 *
 * What the reader may do is decided on the server (canManage: owner, host or Zoom Admin); the panel only hides what
 * the server would refuse. Only Zoom links reach it (WebinarDto). Every action disables its button, shows a spinner
 * and ends in an inline notice.
 */
export default class ZoomWebinarPanel extends LightningElement {
    /** Record page context: a Zoom_Webinar__c or Campaign Id. */
    @api recordId?: string;
    /** Record page context: the object of the page. */
    @api objectApiName?: string;

    readonly labels = LABELS;

    webinar: Apex.WebinarDto | null = null;
    errorText = '';
    isLoading = true;
    notice: Notice | null = null;
    busy: Busy = null;
    showPasscode = false;
    confirmingCancel = false;
    /** The webinar the reader picked from the Campaign's list; null: the record's (or the Campaign's newest). */
    pickedId: string | null = null;
    /** The Campaign's webinars, kept from the Campaign's answer while another one is shown. */
    choices: Apex.WebinarChoiceDto[] = [];
    /** The panelist search: its text, and the Users and Contacts found (null before a search). */
    searchTerm = '';
    candidates: Apex.WebinarPersonDto[] | null = null;

    private wiredResult: ApexWireResult<Apex.WebinarDto | null> | undefined;

    get shownId(): string | undefined {
        return this.pickedId ?? this.recordId;
    }

    @wire(getWebinar, { recordId: '$shownId' })
    wiredWebinar(result: ApexWireResult<Apex.WebinarDto | null>): void {
        this.wiredResult = result;
        const { data, error } = result;
        if (data !== undefined) {
            if (data?.id !== this.webinar?.id) {
                this.showPasscode = false;
                this.confirmingCancel = false;
            }
            this.webinar = data;
            if (data && data.otherWebinars.length > 0) this.choices = data.otherWebinars;
            this.errorText = '';
            this.isLoading = false;
        } else if (error) {
            this.webinar = null;
            this.errorText = errorMessage(error as ApexError);
            this.isLoading = false;
        }
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get hasWebinar(): boolean {
        return this.webinar !== null;
    }

    get emptyText(): string {
        return this.objectApiName === 'Campaign' || this.recordId?.startsWith('701') ? EMPTY_CAMPAIGN : EMPTY;
    }

    get cardTitle(): string {
        return this.webinar ? this.webinar.topic : DEFAULT_TITLE;
    }

    get hasPicker(): boolean {
        return this.choices.length > 1;
    }

    get pickerOptions(): { label: string; value: string }[] {
        return this.choices.map((c) => ({
            label: c.startTime ? `${c.topic} (${formatDateTime(c.startTime)})` : c.topic,
            value: c.id
        }));
    }

    get statusClass(): string {
        return webinarBadgeClass(this.webinar?.status);
    }

    get isFailed(): boolean {
        return this.webinar?.status === 'Failed';
    }

    get failureText(): string {
        return this.webinar?.failureReason || FAILED_DEFAULT;
    }

    get startText(): string {
        return formatDateTime(this.webinar?.startTime);
    }

    /** The start in the webinar's own zone, when that zone differs from the reader's rendering. */
    get webinarTimeText(): string {
        const text = formatInZone(this.webinar?.startTime, this.webinar?.timeZone);
        return text && text !== this.startText ? text : '';
    }

    get lastSyncedText(): string {
        return this.webinar?.lastSynced ? formatDateTime(this.webinar.lastSynced) : NEVER;
    }

    get counts(): SettingView[] {
        const w = this.webinar;
        if (!w) return [];
        return [
            { key: 'registrants', label: REGISTRANTS, value: formatCount(w.registrantCount) },
            { key: 'attended', label: ATTENDED, value: formatCount(w.attendedCount) },
            { key: 'noShows', label: NO_SHOWS, value: formatCount(w.noShowCount) },
            { key: 'rate', label: ATTENDANCE_RATE, value: formatRate(w.attendanceRate) },
            { key: 'average', label: AVERAGE_MINUTES, value: formatMinutes(w.averageMinutes) }
        ].filter((c) => c.value !== '');
    }

    get settings(): SettingView[] {
        const w = this.webinar;
        if (!w) return [];
        const yesNo = (value: boolean): string => (value ? YES : NO);
        return [
            { key: 'approval', label: APPROVAL, value: w.approvalTypeLabel ?? '' },
            { key: 'devices', label: MULTIPLE_DEVICES, value: yesNo(w.allowMultipleDevices) },
            { key: 'close', label: CLOSE_REGISTRATION, value: yesNo(w.closeRegistration) },
            { key: 'hostVideo', label: HOST_VIDEO, value: yesNo(w.hostVideo) },
            { key: 'panelistsVideo', label: PANELISTS_VIDEO, value: yesNo(w.panelistsVideo) },
            { key: 'practice', label: PRACTICE_SESSION, value: yesNo(w.practiceSession) }
        ];
    }

    get campaignUrl(): string | null {
        return this.webinar?.campaignId ? `/${this.webinar.campaignId}` : null;
    }

    get passcodeText(): string {
        return this.showPasscode ? (this.webinar?.passcode ?? '') : '••••••';
    }

    get passcodeToggleLabel(): string {
        return this.showPasscode ? HIDE_PASSCODE : SHOW_PASSCODE;
    }

    get attendees(): AttendeeView[] {
        return (this.webinar?.attendees ?? []).map((a) => {
            const personId = a.contactId ?? a.leadId;
            return {
                id: a.id,
                name: a.name ?? '',
                email: a.email ?? '',
                minutes: formatCount(a.minutes),
                sessions: formatCount(a.sessions),
                personName: a.personName ?? '',
                personUrl: personId ? `/${personId}` : null
            };
        });
    }

    get hasAttendees(): boolean {
        return (this.webinar?.attendees.length ?? 0) > 0;
    }

    get panelists(): PanelistView[] {
        return (this.webinar?.panelists ?? []).map((p) => ({
            id: p.id,
            name: p.name ?? p.email ?? '',
            email: p.email ?? '',
            removeLabel: formatLabel(REMOVE_PANELIST, p.name ?? p.email ?? '')
        }));
    }

    get hasPanelists(): boolean {
        return (this.webinar?.panelists.length ?? 0) > 0;
    }

    /** Cancel is offered to a manager while the webinar can still be cancelled. */
    get canCancel(): boolean {
        const status = this.webinar?.status;
        return Boolean(this.webinar?.canManage) && (status === 'Scheduled' || status === 'Failed');
    }

    get canRemovePanelists(): boolean {
        return Boolean(this.webinar?.canManage) && this.webinar?.status === 'Scheduled';
    }

    /** Managers add panelists while the webinar is scheduled. */
    get canAddPanelists(): boolean {
        return this.canRemovePanelists;
    }

    get searchDisabled(): boolean {
        return this.busy !== null || this.searchTerm.trim().length < 2;
    }

    get candidateViews(): CandidateView[] {
        return (this.candidates ?? []).map((c) => ({
            id: c.id,
            name: c.name,
            detail: [c.kind === 'User' ? KIND_USER : KIND_CONTACT, c.email].filter((p) => p).join(' · '),
            addLabel: formatLabel(ADD_PANELIST, c.name)
        }));
    }

    get hasSearched(): boolean {
        return this.candidates !== null;
    }

    get hasCandidates(): boolean {
        return (this.candidates?.length ?? 0) > 0;
    }

    get addText(): string {
        return ADD;
    }

    get isBusy(): boolean {
        return this.busy !== null;
    }

    get busyText(): string {
        return this.busy === 'cancel' ? BUSY_CANCELLING : BUSY_SYNCING;
    }

    // ---- handlers ---------------------------------------------------------------------------------------------

    handlePick(event: CustomEvent<{ value: string }>): void {
        const value = event.detail.value;
        this.pickedId = value === this.recordId ? null : value;
        this.notice = null;
    }

    handleTogglePasscode(): void {
        this.showPasscode = !this.showPasscode;
    }

    /** Reads the webinar, its registrants and (once ended) its attendance from Zoom, then reloads the panel. */
    async handleSync(): Promise<void> {
        const webinar = this.webinar;
        if (!webinar || this.busy) return;
        this.busy = 'sync';
        try {
            const result = await syncNow({ webinarId: webinar.id });
            await this.reload();
            this.show(result.ok ? SYNCED : NOT_SYNCED, result.message, result.ok ? 'success' : 'warning');
        } catch (error) {
            this.failed(SYNC_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    handleAskCancel(): void {
        this.confirmingCancel = true;
    }

    handleKeep(): void {
        this.confirmingCancel = false;
    }

    /** Cancels the webinar in Zoom (after the reader confirmed), then reloads the panel. */
    async handleConfirmCancel(): Promise<void> {
        const webinar = this.webinar;
        if (!webinar || this.busy) return;
        this.busy = 'cancel';
        this.confirmingCancel = false;
        try {
            const result = await cancelWebinar({ webinarId: webinar.id });
            await this.reload();
            this.show(result.ok ? CANCELLED : CANCEL_FAILED, result.message, result.ok ? 'success' : 'warning');
        } catch (error) {
            this.failed(CANCEL_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    async handleRemovePanelist(event: Event): Promise<void> {
        const panelistId = (event.currentTarget as HTMLElement).dataset.id;
        if (!panelistId || this.busy) return;
        this.busy = 'panelist';
        try {
            const result = await removePanelist({ panelistId });
            await this.reload();
            this.show(result.ok ? PANELIST_REMOVED : REMOVE_FAILED, result.message, result.ok ? 'success' : 'warning');
        } catch (error) {
            this.failed(REMOVE_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    handleSearchInput(event: Event): void {
        this.searchTerm = (event.target as HTMLInputElement).value ?? '';
    }

    /** Users and Contacts that can become panelists (at least 2 characters). */
    async handleSearch(): Promise<void> {
        const term = this.searchTerm.trim();
        if (term.length < 2 || this.busy) return;
        this.busy = 'search';
        try {
            this.candidates = await searchPanelistCandidates({ term });
        } catch (error) {
            this.candidates = null;
            this.failed(SEARCH_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    /** Adds one found person as a panelist (Zoom emails them their link), then reloads the panel. */
    async handleAddPanelist(event: Event): Promise<void> {
        const webinar = this.webinar;
        const personId = (event.currentTarget as HTMLElement).dataset.id;
        if (!webinar || !personId || this.busy) return;
        this.busy = 'panelist';
        try {
            const result = await addPanelists({ webinarId: webinar.id, personIds: [personId] });
            if (result.ok) this.candidates = (this.candidates ?? []).filter((c) => c.id !== personId);
            await this.reload();
            this.show(result.ok ? ADDED : ADD_FAILED, result.message, result.ok ? 'success' : 'warning');
        } catch (error) {
            this.failed(ADD_FAILED, error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    /** The registrants table changed statuses: the counts per status come from the panel's answer. */
    async handleRegistrantsChanged(): Promise<void> {
        await this.reload();
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    private async reload(): Promise<void> {
        if (this.wiredResult) await refreshApex(this.wiredResult);
        await this.template
            ?.querySelector<HTMLElement & { reload(): Promise<void> }>('c-zoom-webinar-registrants')
            ?.reload();
    }

    private show(title: string, message: string, variant: NoticeVariant): void {
        this.notice = { title, message, variant };
    }

    /** An error notice: the server's sentence, and the log reference apart when there is one. */
    private failed(title: string, error: ApexError): void {
        const { message, reference } = errorParts(error);
        this.notice = { title, message, variant: 'error', reference };
    }
}
