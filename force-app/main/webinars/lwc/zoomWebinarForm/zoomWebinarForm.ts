import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getWebinarForm from '@salesforce/apex/WebinarController.getWebinarForm';
import saveWebinar from '@salesforce/apex/WebinarController.saveWebinar';
import { errorParts } from 'c/zoomErrors';
import type { Notice } from 'c/zoomNotice';
import { formatLabel, formatDateTime } from 'c/i18n';
import { utcToZoned, zonedToUtc } from 'c/customerTime';
import { zoneOptions } from 'c/meetingDisplay';
import type { ZoneOption } from 'c/meetingDisplay';
import { validateWebinar, AGENDA_MAX, DURATION_MAX, PASSCODE_MAX, TOPIC_MAX } from 'c/webinarRules';
import TITLE_CREATE from '@salesforce/label/c.Webinar_Form_UiTitleCreate';
import TITLE_EDIT from '@salesforce/label/c.Webinar_Form_UiTitleEdit';
import CAMPAIGN from '@salesforce/label/c.Webinar_Form_UiCampaign';
import TOPIC from '@salesforce/label/c.Webinar_Form_UiTopic';
import AGENDA from '@salesforce/label/c.Webinar_Form_UiAgenda';
import START_DATE from '@salesforce/label/c.Webinar_Form_UiStartDate';
import START_CLOCK from '@salesforce/label/c.Webinar_Form_UiStartClock';
import DURATION from '@salesforce/label/c.Webinar_Form_UiDuration';
import TIME_ZONE from '@salesforce/label/c.Webinar_Form_UiTimeZone';
import APPROVAL_TYPE from '@salesforce/label/c.Webinar_Form_UiApprovalType';
import MULTIPLE_DEVICES from '@salesforce/label/c.Webinar_Form_UiMultipleDevices';
import CLOSE_REGISTRATION from '@salesforce/label/c.Webinar_Form_UiCloseRegistration';
import HOST_VIDEO from '@salesforce/label/c.Webinar_Form_UiHostVideo';
import PANELISTS_VIDEO from '@salesforce/label/c.Webinar_Form_UiPanelistsVideo';
import PRACTICE_SESSION from '@salesforce/label/c.Webinar_Form_UiPracticeSession';
import PASSCODE from '@salesforce/label/c.Webinar_Form_UiPasscode';
import PASSCODE_KEEP from '@salesforce/label/c.Webinar_Form_UiPasscodeKeep';
import SAVE from '@salesforce/label/c.Webinar_Form_UiSave';
import CANCEL from '@salesforce/label/c.Webinar_Form_UiCancel';
import SAVING from '@salesforce/label/c.Webinar_Form_UiSaving';
import LOADING from '@salesforce/label/c.Webinar_Form_UiLoading';
import NOT_MAPPED from '@salesforce/label/c.Webinar_Form_UiNotMapped';
import NOT_MAPPED_TITLE from '@salesforce/label/c.Webinar_Form_UiNotMappedTitle';
import ADMIN_EMAIL from '@salesforce/label/c.Webinar_Form_UiAdminEmail';
import NOT_SAVED_TITLE from '@salesforce/label/c.Webinar_Form_UiNotSavedTitle';
import SAVED_TITLE from '@salesforce/label/c.Webinar_Form_UiSavedTitle';
import ZONE_SHIFT from '@salesforce/label/c.Webinar_Form_UiZoneShift';

/** Labels the template reads. */
const LABELS = {
    topic: TOPIC,
    agenda: AGENDA,
    startDate: START_DATE,
    startClock: START_CLOCK,
    duration: DURATION,
    timeZone: TIME_ZONE,
    approvalType: APPROVAL_TYPE,
    multipleDevices: MULTIPLE_DEVICES,
    closeRegistration: CLOSE_REGISTRATION,
    hostVideo: HOST_VIDEO,
    panelistsVideo: PANELISTS_VIDEO,
    practiceSession: PRACTICE_SESSION,
    passcode: PASSCODE,
    save: SAVE,
    cancel: CANCEL,
    saving: SAVING,
    loading: LOADING
};

/** The form's fields that carry an inline error (WebinarInputDto property names). */
type ErrorField =
    | 'topic'
    | 'agenda'
    | 'startTime'
    | 'durationMinutes'
    | 'timeZone'
    | 'approvalType'
    | 'closeRegistration'
    | 'passcode';

const CHECKBOXES = [
    'allowMultipleDevices',
    'closeRegistration',
    'hostVideo',
    'panelistsVideo',
    'practiceSession'
] as const;
type CheckboxField = (typeof CHECKBOXES)[number];

/**
 * Create Zoom Webinar (screen quick action on Campaign) and Edit Zoom Webinar (on Zoom_Webinar__c): every setting of
 * seed 000, the start as date and time in the chosen IANA zone (c/customerTime converts it to UTC, daylight saving
 * included, and warns when a clock change moves it), the checks of c/webinarRules before saving (the same as Apex's
 * WebinarValidator), a spinner while Zoom is called, field errors inline, a refusal as an inline notice, and on
 * success a toast and the action closed. The passcode is never shown: a set passcode is kept unless a new one is
 * typed. Not on a Lightning Out surface, so the toast and lightning/actions are available.
 */
export default class ZoomWebinarForm extends LightningElement {
    readonly labels = LABELS;
    readonly topicMax = TOPIC_MAX;
    readonly agendaMax = AGENDA_MAX;
    readonly durationMax = DURATION_MAX;
    readonly passcodeMax = PASSCODE_MAX;

    form: Apex.WebinarFormDto | null = null;
    topic = '';
    agenda = '';
    startDate = '';
    startClock = '';
    durationMinutes: number | null = null;
    timeZone = '';
    approvalType: Apex.WebinarApprovalType = 'Automatic';
    allowMultipleDevices = false;
    closeRegistration = false;
    hostVideo = true;
    panelistsVideo = true;
    practiceSession = false;
    passcode = '';

    errors: Partial<Record<ErrorField, string>> = {};
    notice: Notice | null = null;
    isLoading = false;
    isSaving = false;

    private currentRecordId?: string;

    /** A Campaign Id (create) or a Zoom_Webinar__c Id (edit), from the quick action. */
    @api
    get recordId(): string | undefined {
        return this.currentRecordId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.currentRecordId;
        this.currentRecordId = value;
        // load() reports its own failures in the notice, so the promise is not awaited here.
        if (value && changed) this.load(value);
    }

    get heading(): string {
        return this.form?.webinarId ? TITLE_EDIT : TITLE_CREATE;
    }

    get campaignText(): string {
        return this.form?.campaignName ? formatLabel(CAMPAIGN, this.form.campaignName) : '';
    }

    get showForm(): boolean {
        return !!this.form && !this.isLoading;
    }

    get notMappedNotice(): Notice | null {
        if (!this.form || this.form.hostMapped) return null;
        const admin = this.form.adminEmail ? ' ' + formatLabel(ADMIN_EMAIL, this.form.adminEmail) : '';
        return { title: NOT_MAPPED_TITLE, message: NOT_MAPPED + admin, variant: 'warning' };
    }

    get saveDisabled(): boolean {
        return !this.form || !this.form.hostMapped || this.isSaving;
    }

    get zoneOptions(): ZoneOption[] {
        return zoneOptions(this.timeZone);
    }

    get approvalOptions(): Apex.WebinarOptionDto[] {
        return this.form?.approvalTypes ?? [];
    }

    get passcodePlaceholder(): string {
        return this.form?.hasPasscode ? PASSCODE_KEEP : '';
    }

    /** The warning when the typed time does not exist in the zone (spring-forward gap). */
    get zoneShiftText(): string {
        const local = this.localStart;
        if (!local || !this.timeZone) return '';
        try {
            const result = zonedToUtc(local, this.timeZone);
            return result.adjusted === 'gap'
                ? formatLabel(ZONE_SHIFT, formatDateTime(result.utc, { timeStyle: 'short', timeZone: this.timeZone }))
                : '';
        } catch {
            return '';
        }
    }

    get topicError(): string | undefined {
        return this.errors.topic;
    }
    get agendaError(): string | undefined {
        return this.errors.agenda;
    }
    get startError(): string | undefined {
        return this.errors.startTime;
    }
    get durationError(): string | undefined {
        return this.errors.durationMinutes;
    }
    get timeZoneError(): string | undefined {
        return this.errors.timeZone;
    }
    get approvalTypeError(): string | undefined {
        return this.errors.approvalType;
    }
    get closeRegistrationError(): string | undefined {
        return this.errors.closeRegistration;
    }
    get passcodeError(): string | undefined {
        return this.errors.passcode;
    }

    handleText(event: CustomEvent<{ value: string }>): void {
        const field = (event.target as HTMLElement).dataset.field;
        const value = event.detail?.value ?? '';
        this.clearError(field);
        switch (field) {
            case 'topic':
                this.topic = value;
                break;
            case 'agenda':
                this.agenda = value;
                break;
            case 'startDate':
                this.startDate = value;
                break;
            case 'durationMinutes':
                this.durationMinutes = value === '' ? null : Number(value);
                break;
            case 'timeZone':
                this.timeZone = value;
                break;
            case 'approvalType':
                this.approvalType = value as Apex.WebinarApprovalType;
                break;
            case 'passcode':
                this.passcode = value;
                break;
            default:
                break;
        }
    }

    /**
     * The start time, a native time input: lightning-input type="time" renders a combobox whose input axe finds
     * unlabelled across the synthetic shadow root.
     */
    handleClock(event: Event): void {
        this.clearError('startClock');
        this.startClock = ((event.target as HTMLInputElement).value ?? '').slice(0, 5);
    }

    handleCheckbox(event: CustomEvent<{ checked: boolean }>): void {
        const field = (event.target as HTMLElement).dataset.field as CheckboxField;
        this.clearError(field);
        if (CHECKBOXES.includes(field)) this[field] = event.detail?.checked === true;
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleCancel(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    async handleSave(): Promise<void> {
        if (!this.form || this.saveDisabled) return;
        const input = this.input();
        const problems = validateWebinar(input, new Date());
        this.errors = byField(problems);
        this.notice = null;
        if (problems.length) return;
        this.isSaving = true;
        try {
            const result = await saveWebinar({ input });
            if (result.ok) {
                this.dispatchEvent(
                    new ShowToastEvent({ title: SAVED_TITLE, message: result.message, variant: 'success' })
                );
                this.dispatchEvent(new CloseActionScreenEvent());
                return;
            }
            this.errors = byField(result.fieldErrors);
            this.notice = { title: NOT_SAVED_TITLE, message: result.message, variant: 'error' };
        } catch (error) {
            const parts = errorParts(error as ApexError);
            this.notice = {
                title: NOT_SAVED_TITLE,
                message: parts.message,
                variant: 'error',
                reference: parts.reference
            };
        } finally {
            this.isSaving = false;
        }
    }

    /** A field the rep changes loses its error (the start's error belongs to both its date and its time). */
    private clearError(field: string | undefined): void {
        const key = (field === 'startDate' || field === 'startClock' ? 'startTime' : field) as ErrorField;
        if (key && this.errors[key]) {
            const rest = { ...this.errors };
            delete rest[key];
            this.errors = rest;
        }
    }

    private get localStart(): string {
        return this.startDate && this.startClock ? `${this.startDate}T${this.startClock}` : '';
    }

    /** What Apex receives: the start converted from the chosen zone's wall clock to UTC. */
    private input(): Apex.WebinarInputDto {
        let startTime = '';
        try {
            startTime = this.localStart && this.timeZone ? zonedToUtc(this.localStart, this.timeZone).utc : '';
        } catch {
            startTime = '';
        }
        return {
            webinarId: this.form?.webinarId ?? null,
            campaignId: this.form?.campaignId ?? null,
            topic: this.topic,
            agenda: this.agenda || null,
            startTime,
            durationMinutes: this.durationMinutes ?? 0,
            timeZone: this.timeZone,
            approvalType: this.approvalType,
            allowMultipleDevices: this.allowMultipleDevices,
            closeRegistration: this.closeRegistration,
            hostVideo: this.hostVideo,
            panelistsVideo: this.panelistsVideo,
            practiceSession: this.practiceSession,
            passcode: this.passcode || null
        };
    }

    private async load(recordId: string): Promise<void> {
        this.isLoading = true;
        this.notice = null;
        try {
            const form = await getWebinarForm({ recordId });
            this.apply(form);
        } catch (error) {
            const parts = errorParts(error as ApexError);
            this.form = null;
            this.notice = {
                title: NOT_SAVED_TITLE,
                message: parts.message,
                variant: 'error',
                reference: parts.reference
            };
        } finally {
            this.isLoading = false;
        }
    }

    private apply(form: Apex.WebinarFormDto): void {
        this.form = form;
        this.topic = form.topic ?? '';
        this.agenda = form.agenda ?? '';
        this.timeZone = form.timeZone;
        const local = form.startTime ? utcToZoned(form.startTime, form.timeZone) : '';
        this.startDate = local.slice(0, 10);
        this.startClock = local.slice(11, 16);
        this.durationMinutes = form.durationMinutes;
        this.approvalType = form.approvalType;
        this.allowMultipleDevices = form.allowMultipleDevices;
        this.closeRegistration = form.closeRegistration;
        this.hostVideo = form.hostVideo;
        this.panelistsVideo = form.panelistsVideo;
        this.practiceSession = form.practiceSession;
        this.passcode = '';
        this.errors = {};
    }
}

/** The first message per field. */
function byField(errors: Apex.WebinarFieldErrorDto[]): Partial<Record<ErrorField, string>> {
    const map: Partial<Record<ErrorField, string>> = {};
    for (const e of errors ?? []) {
        const field = e.field as ErrorField;
        map[field] ??= e.message;
    }
    return map;
}
