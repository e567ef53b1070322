import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getWebhookHealth from '@salesforce/apex/ZoomSetupController.getWebhookHealth';
import replayWebhookEvents from '@salesforce/apex/ZoomSetupController.replayWebhookEvents';
import { errorMessage } from 'c/zoomErrors';
import { formatDateTime, formatLabel, formatNumber, pluralLabel } from 'c/i18n';
import HEALTH_TITLE from '@salesforce/label/c.Webhook_HealthTitle';
import LOADING from '@salesforce/label/c.Webhook_Loading';
import LOAD_ERROR from '@salesforce/label/c.Webhook_LoadError';
import REFRESH from '@salesforce/label/c.Webhook_Refresh';
import STATE_NO_SITE from '@salesforce/label/c.Webhook_StateNoSite';
import STATE_NO_SITE_STEPS from '@salesforce/label/c.Webhook_StateNoSiteSteps';
import STATE_NO_SECRET from '@salesforce/label/c.Webhook_StateNoSecret';
import STATE_WAITING from '@salesforce/label/c.Webhook_StateWaiting';
import STATE_BLOCKED from '@salesforce/label/c.Webhook_StateBlocked';
import BLOCKED_LOGGED from '@salesforce/label/c.Webhook_BlockedLogged';
import STATE_FLOWING from '@salesforce/label/c.Webhook_StateFlowing';
import STATE_FAILING_ONE from '@salesforce/label/c.Webhook_StateFailing_One';
import STATE_FAILING_OTHER from '@salesforce/label/c.Webhook_StateFailing_Other';
import SUBSCRIPTION_TITLE from '@salesforce/label/c.Webhook_SubscriptionTitle';
import SUBSCRIPTION_HELP from '@salesforce/label/c.Webhook_SubscriptionHelp';
import EVENTS_LABEL from '@salesforce/label/c.Webhook_EventsLabel';
import NO_EVENTS from '@salesforce/label/c.Webhook_NoEvents';
import SCOPES_LABEL from '@salesforce/label/c.Webhook_ScopesLabel';
import COPY_EVENTS from '@salesforce/label/c.Webhook_CopyEvents';
import COPY_SCOPES from '@salesforce/label/c.Webhook_CopyScopes';
import EVENTS_COPIED from '@salesforce/label/c.Webhook_EventsCopied';
import SCOPES_COPIED from '@salesforce/label/c.Webhook_ScopesCopied';
import COPY_BY_HAND from '@salesforce/label/c.Webhook_CopyByHand';
import LAST_EVENT from '@salesforce/label/c.Webhook_LastEvent';
import LAST_EVENT_VALUE from '@salesforce/label/c.Webhook_LastEventValue';
import NO_EVENT_EVER from '@salesforce/label/c.Webhook_NoEventEver';
import TODAY_NONE from '@salesforce/label/c.Webhook_TodayNone';
import TODAY_TOTAL from '@salesforce/label/c.Webhook_TodayTotal';
import EVENT_TYPE from '@salesforce/label/c.Webhook_EventType';
import COUNT from '@salesforce/label/c.Webhook_Count';
import RETRYING from '@salesforce/label/c.Webhook_Retrying';
import FAILED from '@salesforce/label/c.Webhook_Failed';
import FAILURES_TITLE from '@salesforce/label/c.Webhook_FailuresTitle';
import RECEIVED from '@salesforce/label/c.Webhook_Received';
import STATUS from '@salesforce/label/c.Webhook_Status';
import ATTEMPTS from '@salesforce/label/c.Webhook_Attempts';
import ERROR from '@salesforce/label/c.Webhook_Error';
import SELECT_FAILURE from '@salesforce/label/c.Webhook_SelectFailure';
import SELECT_COLUMN from '@salesforce/label/c.Webhook_SelectColumn';
import REPLAY_SELECTED from '@salesforce/label/c.Webhook_ReplaySelected';
import REPLAY_ALL from '@salesforce/label/c.Webhook_ReplayAll';
import REPLAYING from '@salesforce/label/c.Webhook_Replaying';
import REPLAYED_TITLE from '@salesforce/label/c.Webhook_ReplayedTitle';
import REPLAYED_ONE from '@salesforce/label/c.Webhook_Replayed_One';
import REPLAYED_OTHER from '@salesforce/label/c.Webhook_Replayed_Other';
import REPLAY_NONE_TITLE from '@salesforce/label/c.Webhook_ReplayNoneTitle';
import REPLAY_NONE from '@salesforce/label/c.Webhook_ReplayNone';
import REPLAY_FAILED_TITLE from '@salesforce/label/c.Webhook_ReplayFailedTitle';

/** The template's fixed texts. */
const LABELS = {
    healthTitle: HEALTH_TITLE,
    loading: LOADING,
    refresh: REFRESH,
    noSiteSteps: STATE_NO_SITE_STEPS,
    subscriptionTitle: SUBSCRIPTION_TITLE,
    subscriptionHelp: SUBSCRIPTION_HELP,
    eventsLabel: EVENTS_LABEL,
    noEvents: NO_EVENTS,
    scopesLabel: SCOPES_LABEL,
    copyEvents: COPY_EVENTS,
    copyScopes: COPY_SCOPES,
    lastEvent: LAST_EVENT,
    todayNone: TODAY_NONE,
    eventType: EVENT_TYPE,
    count: COUNT,
    retrying: RETRYING,
    failed: FAILED,
    failuresTitle: FAILURES_TITLE,
    received: RECEIVED,
    status: STATUS,
    attempts: ATTEMPTS,
    error: ERROR,
    selectColumn: SELECT_COLUMN,
    replaySelected: REPLAY_SELECTED,
    replayAll: REPLAY_ALL,
    replaying: REPLAYING
};

/** Each Retrying/Failed status in the user's language. */
const STATUS_TEXT: Record<string, string> = { Retrying: RETRYING, Failed: FAILED };

/** The headline of each state: its notice variant (an SLDS scoped notification theme) and sentence. */
export function stateNotice(health: Apex.WebhookHealthDto): { theme: string; icon: string; text: string } {
    switch (health.state) {
        case 'NoSite':
            return { theme: 'warning', icon: 'utility:warning', text: STATE_NO_SITE };
        case 'NoSecret':
            return { theme: 'warning', icon: 'utility:warning', text: STATE_NO_SECRET };
        case 'Waiting':
            return { theme: 'info', icon: 'utility:info', text: STATE_WAITING };
        case 'Blocked':
            return {
                theme: 'error',
                icon: 'utility:error',
                text: formatLabel(STATE_BLOCKED, formatDateTime(health.blockedAt))
            };
        case 'Failing': {
            const count = health.retrying + health.failed;
            return {
                theme: 'error',
                icon: 'utility:error',
                text: pluralLabel(count, STATE_FAILING_ONE, STATE_FAILING_OTHER)
            };
        }
        default:
            return {
                theme: 'success',
                icon: 'utility:success',
                text: formatLabel(STATE_FLOWING, health.lastEventType ?? '', formatDateTime(health.lastEventAt))
            };
    }
}

type FailureRow = Apex.WebhookFailureDto & {
    receivedText: string;
    statusText: string;
    attemptsText: string;
    selectLabel: string;
    selected: boolean;
};

/**
 * The webhook part of the Zoom Setup page: what state the endpoint is in, the subscription to paste into the Zoom
 * app, today's traffic and the failures an admin can replay. The setup page calls `refresh()` after it stores a
 * secret token (the state changes).
 */
export default class ZoomWebhookHealth extends LightningElement {
    labels = LABELS;
    health: Apex.WebhookHealthDto | null = null;
    loadError = '';
    loading = false;
    replaying = false;
    selectedIds: string[] = [];

    override connectedCallback(): void {
        // refresh() reports its own failure on the card, so the promise is not awaited here.
        this.refresh();
    }

    /** Reads the health again. */
    @api
    async refresh(): Promise<void> {
        this.loading = true;
        try {
            this.health = await getWebhookHealth({});
            this.loadError = '';
            const listed = new Set((this.health?.failures ?? []).map((f) => f.id));
            this.selectedIds = this.selectedIds.filter((id) => listed.has(id));
        } catch (error) {
            this.loadError = formatLabel(LOAD_ERROR, errorMessage(error as ApexError));
        } finally {
            this.loading = false;
        }
    }

    get showSpinner(): boolean {
        return this.loading || this.replaying;
    }

    get spinnerText(): string {
        return this.replaying ? REPLAYING : LOADING;
    }

    get notice(): { theme: string; icon: string; text: string; className: string } | null {
        if (!this.health) return null;
        const notice = stateNotice(this.health);
        return {
            ...notice,
            className: `slds-scoped-notification slds-media slds-media_center slds-theme_${notice.theme}`
        };
    }

    get isNoSite(): boolean {
        return this.health?.state === 'NoSite';
    }

    /** What the subscriber logged behind the Blocked state ('' otherwise). */
    get blockedLogText(): string {
        const message = this.health?.state === 'Blocked' ? this.health.blockedMessage : null;
        return message ? formatLabel(BLOCKED_LOGGED, message) : '';
    }

    get hasEvents(): boolean {
        return (this.health?.events.length ?? 0) > 0;
    }

    get eventsText(): string {
        return (this.health?.events ?? []).join('\n');
    }

    get scopesText(): string {
        return (this.health?.scopes ?? []).join(' ');
    }

    get lastEventText(): string {
        const health = this.health;
        if (!health?.lastEventAt) return NO_EVENT_EVER;
        return formatLabel(LAST_EVENT_VALUE, health.lastEventType ?? '', formatDateTime(health.lastEventAt));
    }

    get todayRows(): Array<{ eventType: string; countText: string }> {
        return (this.health?.today ?? []).map((row) => ({
            eventType: row.eventType,
            countText: formatNumber(row.count)
        }));
    }

    get hasToday(): boolean {
        return this.todayRows.length > 0;
    }

    get todayCaption(): string {
        return formatLabel(TODAY_TOTAL, formatNumber(this.health?.todayTotal ?? 0));
    }

    get retryingText(): string {
        return formatNumber(this.health?.retrying ?? 0);
    }

    get failedText(): string {
        return formatNumber(this.health?.failed ?? 0);
    }

    get failureRows(): FailureRow[] {
        const selected = new Set(this.selectedIds);
        return (this.health?.failures ?? []).map((failure) => {
            const receivedText = formatDateTime(failure.receivedAt);
            return {
                ...failure,
                receivedText,
                statusText: STATUS_TEXT[failure.status] ?? failure.status,
                attemptsText: formatNumber(failure.attempts),
                selectLabel: formatLabel(SELECT_FAILURE, failure.eventType, receivedText),
                selected: selected.has(failure.id)
            };
        });
    }

    get hasFailures(): boolean {
        return (this.health?.failures.length ?? 0) > 0;
    }

    get replaySelectedDisabled(): boolean {
        return this.replaying || this.selectedIds.length === 0;
    }

    get replayAllDisabled(): boolean {
        return this.replaying || !this.hasFailures;
    }

    handleSelect(event: CustomEvent<{ checked: boolean }>): void {
        const id = (event.target as HTMLElement).dataset.receipt!;
        const others = this.selectedIds.filter((selected) => selected !== id);
        this.selectedIds = event.detail.checked ? [...others, id] : others;
    }

    handleRefresh(): Promise<void> {
        return this.refresh();
    }

    handleReplaySelected(): Promise<void> {
        return this.replay([...this.selectedIds]);
    }

    /** An empty list asks Apex for every Retrying or Failed event (the latest ones, within its limit). */
    handleReplayAll(): Promise<void> {
        return this.replay([]);
    }

    async handleCopyEvents(): Promise<void> {
        await this.copy(this.eventsText, EVENTS_COPIED);
    }

    async handleCopyScopes(): Promise<void> {
        await this.copy(this.scopesText, SCOPES_COPIED);
    }

    private async replay(receiptIds: string[]): Promise<void> {
        this.replaying = true;
        try {
            const count = await replayWebhookEvents({ receiptIds });
            this.selectedIds = [];
            if (count > 0) {
                this.toast(REPLAYED_TITLE, pluralLabel(count, REPLAYED_ONE, REPLAYED_OTHER), 'success');
            } else {
                this.toast(REPLAY_NONE_TITLE, REPLAY_NONE, 'warning');
            }
        } catch (error) {
            this.toast(REPLAY_FAILED_TITLE, errorMessage(error as ApexError), 'error');
        } finally {
            this.replaying = false;
        }
        await this.refresh();
    }

    private async copy(text: string, done: string): Promise<void> {
        try {
            await navigator.clipboard.writeText(text);
            this.toast(done, text, 'success');
        } catch {
            this.toast(COPY_BY_HAND, text, 'warning');
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'warning' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
