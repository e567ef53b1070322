import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import getCampaignWebinars from '@salesforce/apex/WebinarRegistrationController.getCampaignWebinars';
import getBatchProgress from '@salesforce/apex/WebinarRegistrationController.getBatchProgress';
import registerCampaignMembers from '@salesforce/apex/WebinarRegistrationController.registerCampaignMembers';
import { errorMessage } from 'c/zoomErrors';
import type { Notice } from 'c/zoomNotice';
import { formatDateTime, formatLabel, formatNumber } from 'c/i18n';
import TITLE from '@salesforce/label/c.Webinar_CampTitle';
import LOADING from '@salesforce/label/c.Webinar_RegLoading';
import WEBINAR from '@salesforce/label/c.Webinar_RegWebinar';
import CHOOSE from '@salesforce/label/c.Webinar_RegChoose';
import NONE from '@salesforce/label/c.Webinar_CampNone';
import START from '@salesforce/label/c.Webinar_CampStart';
import STARTING from '@salesforce/label/c.Webinar_CampStarting';
import PROGRESS from '@salesforce/label/c.Webinar_CampProgress';
import COUNTS from '@salesforce/label/c.Webinar_CampCounts';
import DONE_TITLE from '@salesforce/label/c.Webinar_CampDoneTitle';
import FAILED_TITLE from '@salesforce/label/c.Webinar_CampFailedTitle';
import SENT from '@salesforce/label/c.Webinar_CampSent';
import CLOSE from '@salesforce/label/c.Webinar_RegClose';

/** How often the progress is read while the run is queued or running. */
export const POLL_MS = 3000;

/** Labels the template reads. */
const LABELS = {
    title: TITLE,
    loading: LOADING,
    webinar: WEBINAR,
    choose: CHOOSE,
    none: NONE,
    start: START,
    starting: STARTING,
    progress: PROGRESS,
    sent: SENT,
    close: CLOSE
};

/**
 * Register Campaign members: a screen quick action on Campaign. Lists the Campaign's upcoming webinars that take
 * registrations; Register members starts (or rejoins) the background batch registration, whose progress is read
 * every POLL_MS until it is Done or Failed, then shown as an inline notice. Only the webinar's owner, host or a Zoom
 * admin may start it (the server says so otherwise).
 */
export default class ZoomWebinarRegisterCampaign extends LightningElement {
    readonly labels = LABELS;

    /** The Campaign. */
    @api
    get recordId(): string | undefined {
        return this._recordId;
    }
    set recordId(value: string | undefined) {
        this._recordId = value;
        // load() reports its own failures inline; nothing is left to catch.
        if (value) this.load(value).catch(() => undefined);
    }
    private _recordId?: string;

    webinars: Apex.RegistrationWebinarDto[] | null = null;
    webinarId = '';
    progress: Apex.BatchRegistrationDto | null = null;
    errorText = '';
    notice: Notice | null = null;
    isLoading = false;
    isStarting = false;
    private timer: ReturnType<typeof setTimeout> | null = null;

    override disconnectedCallback(): void {
        this.stopPolling();
    }

    get showNone(): boolean {
        return !this.isLoading && this.webinars !== null && this.webinars.length === 0;
    }

    get showForm(): boolean {
        return !this.isLoading && (this.webinars?.length ?? 0) > 0;
    }

    get webinarOptions(): { label: string; value: string }[] {
        return (this.webinars ?? []).map((w) => ({
            label: `${w.topic} · ${formatDateTime(w.startTime)}`,
            value: w.id
        }));
    }

    get isRunning(): boolean {
        return this.progress?.state === 'Queued' || this.progress?.state === 'Running';
    }

    get showProgress(): boolean {
        return !!this.progress && this.progress.state !== 'Idle';
    }

    get percent(): number {
        const p = this.progress;
        if (!p || p.total <= 0) return p?.state === 'Done' ? 100 : 0;
        return Math.min(100, Math.round(((p.total - p.remaining) / p.total) * 100));
    }

    get countsText(): string {
        const p = this.progress;
        return p
            ? formatLabel(
                  COUNTS,
                  formatNumber(p.total - p.remaining),
                  formatNumber(p.total),
                  formatNumber(p.registered),
                  formatNumber(p.skipped)
              )
            : '';
    }

    get startDisabled(): boolean {
        return !this.webinarId || this.isStarting || this.isRunning;
    }

    async handleWebinarChange(event: CustomEvent<{ value: string }>): Promise<void> {
        this.stopPolling();
        this.webinarId = event.detail.value;
        this.notice = null;
        this.errorText = '';
        try {
            this.show(await getBatchProgress({ webinarId: this.webinarId }), false);
        } catch (error) {
            this.errorText = errorMessage(error as ApexError);
        }
    }

    async handleStart(): Promise<void> {
        if (this.startDisabled) return;
        this.isStarting = true;
        this.notice = null;
        this.errorText = '';
        try {
            this.show(await registerCampaignMembers({ webinarId: this.webinarId }), true);
        } catch (error) {
            this.notice = { title: FAILED_TITLE, message: errorMessage(error as ApexError), variant: 'error' };
        } finally {
            this.isStarting = false;
        }
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleClose(): void {
        this.stopPolling();
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    /** Shows a progress; keeps polling while it runs; the end of a run this action watched becomes a notice. */
    private show(progress: Apex.BatchRegistrationDto, watched: boolean): void {
        this.progress = progress;
        if (this.isRunning) {
            this.schedulePoll();
        } else if (watched && progress.state === 'Done') {
            this.notice = { title: DONE_TITLE, message: this.countsText, variant: 'success' };
        } else if (watched && progress.state === 'Failed') {
            this.notice = { title: FAILED_TITLE, message: progress.message, variant: 'error' };
        }
    }

    private schedulePoll(): void {
        this.stopPolling();
        const webinarId = this.webinarId;
        // A polite poll of a server-side job; LWC has no push for it.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => {
            this.timer = null;
            getBatchProgress({ webinarId })
                .then((progress) => {
                    if (webinarId === this.webinarId) this.show(progress, true);
                })
                .catch((error: unknown) => {
                    this.errorText = errorMessage(error as ApexError);
                });
        }, POLL_MS);
    }

    private stopPolling(): void {
        if (this.timer !== null) {
            clearTimeout(this.timer);
            this.timer = null;
        }
    }

    private async load(campaignId: string): Promise<void> {
        this.isLoading = true;
        this.errorText = '';
        try {
            this.webinars = await getCampaignWebinars({ campaignId });
        } catch (error) {
            this.webinars = null;
            this.errorText = errorMessage(error as ApexError);
        } finally {
            this.isLoading = false;
        }
    }
}
