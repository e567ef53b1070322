import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { getFieldValue, getRecord, updateRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import START_FIELD from '@salesforce/schema/Event.StartDateTime';
import END_FIELD from '@salesforce/schema/Event.EndDateTime';
import ZONE_FIELD from '@salesforce/schema/Event.Customer_Time_Zone__c';
import CUSTOMER_START_FIELD from '@salesforce/schema/Event.Customer_Start_Time__c';
import timeZone from '@salesforce/i18n/timeZone';
import locale from '@salesforce/i18n/locale';
import { errorMessage } from 'c/zoomErrors';
import { formatInZone, isValidTimeZone, utcToZoned, zonedToUtc } from 'c/customerTime';
import type { ZonedToUtcResult } from 'c/customerTime';
import { zoneOptions } from 'c/meetingDisplay';
import type { ZoneOption } from 'c/meetingDisplay';
import { formatLabel } from 'c/i18n';
import CHOOSE_ZONE from '@salesforce/label/c.CustomerTime_ChooseZone';
import CUSTOMER from '@salesforce/label/c.CustomerTime_Customer';
import CUSTOMER_START from '@salesforce/label/c.CustomerTime_CustomerStart';
import CUSTOMER_ZONE from '@salesforce/label/c.CustomerTime_CustomerZone';
import GAP from '@salesforce/label/c.CustomerTime_Gap';
import HINT from '@salesforce/label/c.CustomerTime_Hint';
import INVALID_DATE_TIME from '@salesforce/label/c.CustomerTime_InvalidDateTime';
import LOADING from '@salesforce/label/c.CustomerTime_Loading';
import NOW_STARTS from '@salesforce/label/c.CustomerTime_NowStarts';
import OVERLAP from '@salesforce/label/c.CustomerTime_Overlap';
import SAVE from '@salesforce/label/c.CustomerTime_Save';
import SAVED from '@salesforce/label/c.CustomerTime_Saved';
import SAVED_MESSAGE from '@salesforce/label/c.CustomerTime_SavedMessage';
import SAVING from '@salesforce/label/c.CustomerTime_Saving';
import SAVING_SPINNER from '@salesforce/label/c.CustomerTime_SavingSpinner';
import TITLE from '@salesforce/label/c.CustomerTime_Title';
import UNKNOWN_ZONE from '@salesforce/label/c.CustomerTime_UnknownZone';
import YOU from '@salesforce/label/c.CustomerTime_You';

/** Labels the template reads. */
const LABELS = {
    title: TITLE,
    loading: LOADING,
    hint: HINT,
    customerZone: CUSTOMER_ZONE,
    chooseZone: CHOOSE_ZONE,
    customerStart: CUSTOMER_START,
    customer: CUSTOMER,
    you: YOU,
    savingSpinner: SAVING_SPINNER
};

interface Conversion extends ZonedToUtcResult {
    /** The start as the customer reads it (after a gap: the moved time). */
    customerText: string;
    /** The start as the rep reads it. */
    repText: string;
}

/**
 * "Customer time" editor for an Event record page: the rep picks the customer's time zone and types the start as
 * the customer says it; the time is converted to the UTC instant through `c/customerTime` (Intl time-zone data, so
 * daylight saving is the platform's) and saved on the Event (start moved, duration kept) with the zone and the
 * customer's start text. Gaps and overlaps of daylight-saving changes are explained before saving.
 */
export default class ZoomCustomerTime extends LightningElement {
    readonly labels = LABELS;

    /** Record page context: the Event Id. */
    @api recordId?: string;
    /** Record page context: the object of the page. */
    @api objectApiName?: string;

    record: RecordRepresentation | undefined;
    loadError = '';
    zone = '';
    /** The start as typed in the customer's zone, `YYYY-MM-DDTHH:mm`. */
    localValue = '';
    saving = false;
    saveError = '';
    private edited = false;

    @wire(getRecord, {
        recordId: '$recordId',
        fields: [START_FIELD, END_FIELD],
        optionalFields: [ZONE_FIELD, CUSTOMER_START_FIELD]
    })
    wiredRecord({ data, error }: { data?: RecordRepresentation; error?: ApexError }): void {
        if (data) {
            this.record = data;
            this.loadError = '';
            this.zone = (getFieldValue(data, ZONE_FIELD) as string | null) ?? '';
            this.localValue = this.startIn(this.zone);
            this.edited = false;
        } else if (error) {
            this.record = undefined;
            this.loadError = errorMessage(error);
        }
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get isLoading(): boolean {
        return !this.record && !this.loadError;
    }

    get hasRecord(): boolean {
        return this.record !== undefined;
    }

    get start(): string | null {
        return this.record ? ((getFieldValue(this.record, START_FIELD) as string | null) ?? null) : null;
    }

    get end(): string | null {
        return this.record ? ((getFieldValue(this.record, END_FIELD) as string | null) ?? null) : null;
    }

    get savedZone(): string {
        return this.record ? ((getFieldValue(this.record, ZONE_FIELD) as string | null) ?? '') : '';
    }

    get zoneOptions(): ZoneOption[] {
        return zoneOptions(this.zone || this.savedZone);
    }

    get zoneError(): string {
        return this.zone && !isValidTimeZone(this.zone) ? formatLabel(UNKNOWN_ZONE, this.zone) : '';
    }

    get repStartText(): string {
        return this.start && isValidTimeZone(timeZone) ? formatInZone(this.start, timeZone, locale) : '';
    }

    get nowStartsText(): string {
        return formatLabel(NOW_STARTS, this.repStartText);
    }

    get hasRepStart(): boolean {
        return this.repStartText !== '';
    }

    get conversion(): Conversion | null {
        if (!this.zone || !this.localValue || this.zoneError) return null;
        try {
            const result = zonedToUtc(this.localValue, this.zone);
            return {
                ...result,
                customerText: formatInZone(result.utc, this.zone, locale),
                repText: isValidTimeZone(timeZone) ? formatInZone(result.utc, timeZone, locale) : result.utc
            };
        } catch {
            return null;
        }
    }

    get hasConversion(): boolean {
        return this.conversion !== null;
    }

    get inputError(): string {
        return this.zone && this.localValue && !this.zoneError && !this.conversion ? INVALID_DATE_TIME : '';
    }

    get dstNote(): string {
        const c = this.conversion;
        if (!c || c.adjusted === 'none') return '';
        const typed = this.typedText;
        if (c.adjusted === 'gap') {
            return formatLabel(GAP, typed, this.zone, c.customerText);
        }
        return formatLabel(OVERLAP, typed, this.zone, c.customerText);
    }

    get saveDisabled(): boolean {
        const c = this.conversion;
        if (!c || this.saving || !this.recordId) return true;
        const unchanged = c.utc === normalise(this.start) && this.zone === this.savedZone;
        return unchanged;
    }

    get saveLabel(): string {
        return this.saving ? SAVING : SAVE;
    }

    private get typedText(): string {
        const [date, time] = this.localValue.split('T');
        return `${date} ${time}`;
    }

    /** The Event's start as a wall clock in `zone`, or '' when either is unknown. */
    private startIn(zone: string): string {
        const start = this.start;
        if (!start || !zone || !isValidTimeZone(zone)) return '';
        try {
            return utcToZoned(start, zone);
        } catch {
            return '';
        }
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    handleZoneChange(event: CustomEvent<{ value: string }>): void {
        this.zone = event.detail.value;
        this.saveError = '';
        // Until the rep types a time, show the Event's current start in the newly picked zone.
        if (!this.edited) this.localValue = this.startIn(this.zone);
    }

    handleLocalChange(event: Event): void {
        this.localValue = (event.target as HTMLInputElement).value;
        this.edited = true;
        this.saveError = '';
    }

    async handleSave(): Promise<void> {
        const c = this.conversion;
        if (!c || !this.recordId || this.saving) return;
        this.saving = true;
        this.saveError = '';
        const fields: Record<string, unknown> = {
            Id: this.recordId,
            [START_FIELD.fieldApiName!]: c.utc,
            [ZONE_FIELD.fieldApiName!]: this.zone,
            [CUSTOMER_START_FIELD.fieldApiName!]: c.customerText
        };
        const durationMs = durationOf(this.start, this.end);
        if (durationMs !== null)
            fields[END_FIELD.fieldApiName!] = new Date(Date.parse(c.utc) + durationMs).toISOString();
        try {
            await updateRecord({ fields });
            this.edited = false;
            this.dispatchEvent(
                new ShowToastEvent({
                    title: SAVED,
                    message: formatLabel(SAVED_MESSAGE, c.customerText, c.repText),
                    variant: 'success'
                })
            );
        } catch (error) {
            this.saveError = errorMessage(error as ApexError);
        } finally {
            this.saving = false;
        }
    }
}

/** ISO instant in `toISOString` form, so a stored `…Z` and a computed one compare equal. */
function normalise(iso: string | null): string {
    const ms = iso ? Date.parse(iso) : Number.NaN;
    return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

/** End minus start in milliseconds, or null when either is unknown. */
function durationOf(start: string | null, end: string | null): number | null {
    const s = start ? Date.parse(start) : Number.NaN;
    const e = end ? Date.parse(end) : Number.NaN;
    return Number.isNaN(s) || Number.isNaN(e) ? null : e - s;
}
