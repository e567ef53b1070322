import { LightningElement, api } from 'lwc';
import getConfig from '@salesforce/apex/SoftphoneController.getConfig';
import lookupNumber from '@salesforce/apex/SoftphoneController.lookupNumber';
import logCall from '@salesforce/apex/SoftphoneController.logCall';
import { errorMessage } from 'c/zoomErrors';
import { formatLabel } from 'c/i18n';
import type { Notice } from 'c/zoomNotice';
import { IDLE, advance, makeCallMessage, originOf, parseMessage } from 'c/smartEmbedProtocol';
import type { CallEvent, CallState } from 'c/smartEmbedProtocol';
import TITLE from '@salesforce/label/c.Softphone_Title';
import LOADING from '@salesforce/label/c.Softphone_Loading';
import NOT_AVAILABLE from '@salesforce/label/c.Softphone_NotAvailable';
import CONFIG_FAILED from '@salesforce/label/c.Softphone_ConfigFailed';
import FRAME_TITLE from '@salesforce/label/c.Softphone_FrameTitle';
import DIAL_LABEL from '@salesforce/label/c.Softphone_DialLabel';
import DIAL from '@salesforce/label/c.Softphone_Dial';
import DIAL_EMPTY from '@salesforce/label/c.Softphone_DialEmpty';
import IDLE_TEXT from '@salesforce/label/c.Softphone_Idle';
import CALLING from '@salesforce/label/c.Softphone_Calling';
import INCOMING from '@salesforce/label/c.Softphone_Incoming';
import CONNECTED from '@salesforce/label/c.Softphone_Connected';
import ENDED from '@salesforce/label/c.Softphone_Ended';
import LOOKING_UP from '@salesforce/label/c.Softphone_LookingUp';
import LOOKUP_FAILED from '@salesforce/label/c.Softphone_LookupFailed';
import MATCHES from '@salesforce/label/c.Softphone_Matches';
import CHOOSE_RECORD from '@salesforce/label/c.Softphone_ChooseRecord';
import OPEN from '@salesforce/label/c.Softphone_Open';
import OPENED from '@salesforce/label/c.Softphone_Opened';
import UNKNOWN from '@salesforce/label/c.Softphone_Unknown';
import NEW_LEAD from '@salesforce/label/c.Softphone_NewLead';
import LOGGING from '@salesforce/label/c.Softphone_Logging';
import LOGGED from '@salesforce/label/c.Softphone_Logged';
import LOG_FAILED from '@salesforce/label/c.Softphone_LogFailed';
import UNREADABLE from '@salesforce/label/c.Softphone_Unreadable';
import UNREADABLE_DETAIL from '@salesforce/label/c.Softphone_UnreadableDetail';

/** Labels the template reads. */
const LABELS = {
    title: TITLE,
    loading: LOADING,
    frameTitle: FRAME_TITLE,
    dialLabel: DIAL_LABEL,
    dial: DIAL,
    lookingUp: LOOKING_UP,
    matches: MATCHES,
    chooseRecord: CHOOSE_RECORD,
    unknown: UNKNOWN,
    newLead: NEW_LEAD,
    logging: LOGGING
};

/**
 * What the host page turns into an Open CTI screen pop: a record (`recordId`), or a new record of `objectApiName`
 * with `defaultFieldValues` (a new Lead with the caller's number).
 */
export interface ScreenPopDetail {
    recordId?: string;
    objectApiName?: string;
    defaultFieldValues?: Record<string, string>;
}

/** One matching record as the template shows it. */
interface MatchRow extends Apex.SoftphoneMatchDto {
    openLabel: string;
    details: string;
}

/**
 * The Zoom Phone softphone: Zoom Phone Smart Embed in an iframe, driven by its postMessage protocol
 * (c/smartEmbedProtocol). It dials when asked (`dial`, called by the Open CTI glue of the ZoomSoftphone page on a
 * click-to-dial, or the number box), looks up who is calling when a call rings (SoftphoneController.lookupNumber):
 * one record pops at once, several let the rep choose, none offer a new Lead with the number; and logs each call the
 * moment it ends (SoftphoneController.logCall), saying where it went.
 *
 * A ringing inbound call fires a bubbling `incomingcall` event (the host page opens the softphone panel).
 * Screen pops leave the component as a bubbling `screenpop` event (detail: ScreenPopDetail) that the host
 * page turns into `sforce.opencti.screenPop` (Lightning) or `sforce.interaction.screenPop` (Classic): the component
 * runs through Lightning Out, where lightning/navigation and toasts do nothing, so outcomes are inline notices.
 */
export default class ZoomSoftphone extends LightningElement {
    readonly labels = LABELS;

    config: Apex.SoftphoneConfigDto | null = null;
    configError = '';
    isLoading = true;

    /** The call Smart Embed reports. */
    call: CallState = IDLE;
    /** The number of a make-call sent and not yet answered by a Smart Embed event. */
    dialingNumber: string | null = null;
    dialValue = '';

    lookup: Apex.SoftphoneLookupDto | null = null;
    lookupError = '';
    isLookingUp = false;
    /** Name of the record popped for this call. */
    openedName: string | null = null;

    isLogging = false;
    notice: Notice | null = null;

    private frameLoaded = false;
    /** A make-call waiting for the iframe to load. */
    private pendingCall: string | null = null;
    private readonly onMessage = (event: MessageEvent): void => this.receive(event);

    override connectedCallback(): void {
        window.addEventListener('message', this.onMessage);
        this.loadConfig();
    }

    override disconnectedCallback(): void {
        window.removeEventListener('message', this.onMessage);
    }

    /** Dials `number` through Smart Embed (click-to-dial of the host page); returns false when there is nothing to dial. */
    @api
    dial(phoneNumber: string): boolean {
        const message = makeCallMessage(phoneNumber);
        if (!message) {
            this.notice = { title: DIAL_LABEL, message: DIAL_EMPTY, variant: 'warning' };
            return false;
        }
        // A click-to-dial while the settings load waits for Smart Embed; one the user cannot make is refused.
        if (!this.isReady && !this.isLoading) return false;
        this.dialingNumber = message.data.number;
        this.dialValue = message.data.number;
        if (this.frameLoaded && this.isReady) this.post(message);
        else this.pendingCall = message.data.number;
        return true;
    }

    get isReady(): boolean {
        return !this.isLoading && !this.configError && this.config?.enabled === true;
    }

    get showNotEnabled(): boolean {
        return !this.isLoading && !this.configError && this.config?.enabled !== true;
    }

    get configNotice(): Notice {
        return { title: CONFIG_FAILED, message: this.configError, variant: 'error' };
    }

    get notEnabledNotice(): Notice {
        return { title: NOT_AVAILABLE, message: this.config?.message ?? '', variant: 'warning' };
    }

    get embedUrl(): string {
        return this.config?.embedUrl ?? '';
    }

    private get peerText(): string {
        return this.call.peerName ?? this.call.peerNumber ?? this.dialingNumber ?? '';
    }

    get statusText(): string {
        switch (this.call.phase) {
            case 'ringing':
                return formatLabel(this.call.direction === 'inbound' ? INCOMING : CALLING, this.peerText);
            case 'connected':
                return formatLabel(CONNECTED, this.peerText);
            case 'ended':
                return this.dialingNumber
                    ? formatLabel(CALLING, this.dialingNumber)
                    : formatLabel(ENDED, this.peerText);
            default:
                return this.dialingNumber ? formatLabel(CALLING, this.dialingNumber) : IDLE_TEXT;
        }
    }

    get inCall(): boolean {
        return this.call.phase === 'ringing' || this.call.phase === 'connected';
    }

    get dialDisabled(): boolean {
        return this.inCall || this.dialingNumber !== null;
    }

    get showLookup(): boolean {
        return this.isLookingUp || this.lookup !== null || this.lookupError !== '';
    }

    get lookupErrorNotice(): Notice {
        return { title: LOOKUP_FAILED, message: this.lookupError, variant: 'error' };
    }

    get matchRows(): MatchRow[] {
        return (this.lookup?.matches ?? []).map((match) => ({
            ...match,
            openLabel: formatLabel(OPEN, match.name),
            details: [match.subtitle, match.phoneLabel].filter((part) => !!part).join(' · ')
        }));
    }

    get hasSeveral(): boolean {
        return (this.lookup?.matches.length ?? 0) > 1;
    }

    get hasMatches(): boolean {
        return (this.lookup?.matches.length ?? 0) > 0;
    }

    get isUnknown(): boolean {
        return this.lookup !== null && this.lookup.matches.length === 0;
    }

    get openedText(): string {
        return this.openedName ? formatLabel(OPENED, this.openedName) : '';
    }

    handleDialChange(event: CustomEvent<{ value: string }>): void {
        this.dialValue = event.detail?.value ?? '';
    }

    handleDialSubmit(event: Event): void {
        event.preventDefault();
        this.dial(this.dialValue);
    }

    handleFrameLoad(): void {
        this.frameLoaded = true;
        const waiting = this.pendingCall;
        this.pendingCall = null;
        if (waiting) this.post(makeCallMessage(waiting)!);
    }

    handleOpen(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        const match = this.lookup?.matches.find((m) => m.id === id);
        if (match) this.popRecord(match);
    }

    handleNewLead(): void {
        const phone = this.lookup?.e164 ?? this.call.peerNumber ?? '';
        this.screenPop({ objectApiName: 'Lead', defaultFieldValues: { Phone: phone } });
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    private async loadConfig(): Promise<void> {
        this.isLoading = true;
        try {
            this.config = await getConfig({});
        } catch (error) {
            this.configError = errorMessage(error as ApexError);
        } finally {
            this.isLoading = false;
            if (!this.isReady) {
                // Nothing will carry a waiting click-to-dial out.
                this.pendingCall = null;
                this.dialingNumber = null;
            }
        }
    }

    private post(message: object): void {
        const frame = this.template?.querySelector<HTMLIFrameElement>('iframe');
        const origin = this.config?.embedOrigin ?? '';
        // Only to Smart Embed's own origin: never '*', so a navigated frame cannot read the number.
        if (frame?.contentWindow && origin) frame.contentWindow.postMessage(message, origin);
    }

    private receive(event: MessageEvent): void {
        if (!this.isReady) return;
        const expected = this.config!.embedOrigin || originOf(this.config!.embedUrl);
        const parsed = parseMessage(event.origin, event.data, expected);
        if (parsed.status === 'malformed') {
            this.notice = {
                title: UNREADABLE,
                message: formatLabel(UNREADABLE_DETAIL, parsed.type ?? '?', parsed.missing),
                variant: 'warning'
            };
        } else if (parsed.status === 'event') {
            this.apply(parsed.event);
        }
    }

    private apply(event: CallEvent): void {
        const step = advance(this.call, event, new Date());
        if (!step.applied) return;
        const isNewCall = this.call.callId !== step.state.callId;
        this.call = step.state;
        this.dialingNumber = null;
        if (isNewCall) this.startCall(event);
        if (step.ended) this.log(step.ended);
    }

    private startCall(event: CallEvent): void {
        this.lookup = null;
        this.lookupError = '';
        this.openedName = null;
        this.notice = null;
        // Who is calling: only inbound calls pop a record (an outbound call was dialled from one).
        if (event.direction === 'inbound') {
            // The host page opens the softphone panel (Open CTI) so the rep sees the call.
            this.dispatchEvent(
                new CustomEvent('incomingcall', {
                    detail: { phoneNumber: event.peerNumber },
                    bubbles: true
                })
            );
            this.lookUp(event.peerNumber, event.callId);
        }
    }

    private async lookUp(phoneNumber: string, callId: string): Promise<void> {
        this.isLookingUp = true;
        try {
            const lookup = await lookupNumber({ phoneNumber });
            if (this.call.callId !== callId) return;
            this.lookup = lookup;
            if (lookup.matches.length === 1) this.popRecord(lookup.matches[0]);
        } catch (error) {
            if (this.call.callId === callId) this.lookupError = errorMessage(error as ApexError);
        } finally {
            this.isLookingUp = false;
        }
    }

    private popRecord(match: Apex.SoftphoneMatchDto): void {
        this.openedName = match.name;
        this.screenPop({ recordId: match.id });
    }

    /** Bubbling, not composed: the host element sits in the page's own DOM (Lightning Out container), no shadow to cross. */
    private screenPop(detail: ScreenPopDetail): void {
        this.dispatchEvent(new CustomEvent<ScreenPopDetail>('screenpop', { detail, bubbles: true }));
    }

    private async log(call: Apex.SoftphoneCallDto): Promise<void> {
        this.isLogging = true;
        try {
            const result = await logCall({ call });
            this.notice = result.ok
                ? { title: LOGGED, message: result.message, variant: 'success' }
                : { title: LOG_FAILED, message: result.message, variant: 'warning' };
        } catch (error) {
            this.notice = { title: LOG_FAILED, message: errorMessage(error as ApexError), variant: 'error' };
        } finally {
            this.isLogging = false;
        }
    }
}
