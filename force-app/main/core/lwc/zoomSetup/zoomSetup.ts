import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getSetupStatus from '@salesforce/apex/ZoomSetupController.getSetupStatus';
import testConnection from '@salesforce/apex/ZoomSetupController.testConnection';
import saveSettings from '@salesforce/apex/ZoomSetupController.saveSettings';
import saveWebhookSecret from '@salesforce/apex/ZoomSetupController.saveWebhookSecret';
import mapUsers from '@salesforce/apex/ZoomSetupController.mapUsers';
import getMappingStatus from '@salesforce/apex/ZoomSetupController.getMappingStatus';
import setHourlySync from '@salesforce/apex/ZoomSetupController.setHourlySync';
import timeZone from '@salesforce/i18n/timeZone';
import locale from '@salesforce/i18n/locale';
import { errorMessage } from 'c/zoomErrors';
import {
    buildChecklist,
    formatWhen,
    missingScopes,
    retentionError,
    stateIcon,
    RETENTION_MAX_DAYS,
    RETENTION_MIN_DAYS
} from 'c/setupChecklist';
import type { ChecklistStep } from 'c/setupChecklist';
import { isValidAddress } from 'c/emailAddresses';

/**
 * A check of the org-wide sender address before Apex validates it again: blank is allowed (reps send from their own
 * address); otherwise one address that the shared address policy (c/emailAddresses, the same rules as Apex's
 * EmailAddresses) accepts.
 */
function orgWideEmailError(value: string | null | undefined): string {
    const address = (value ?? '').trim();
    if (!address) return '';
    return isValidAddress(address)
        ? ''
        : `"${address}" is not a valid email address. Enter an address such as meetings@example.com, or leave it blank.`;
}

/** How often a background user mapping is polled, and for how long before the page offers Refresh instead. */
export const MAPPING_POLL_MS = 5000;
export const MAPPING_POLL_LIMIT = 24;

type Busy = 'load' | 'test' | 'settings' | 'secret' | 'users' | 'sync' | null;
type BooleanSetting =
    | 'emailLaunchAttendees'
    | 'emailAutoSend'
    | 'emailEventPeopleOnly'
    | 'joinBeforeHost'
    | 'usePmi'
    | 'syncExternalMeetings'
    | 'createCallTasks';

/** Bounds of the meeting emails a rep may send per day (ZoomSettings.MIN/MAX_EMAIL_DAILY_LIMIT). */
export const EMAIL_LIMIT_MIN = 1;
export const EMAIL_LIMIT_MAX = 1000;

/** The daily email limit's problem as a sentence, or '' when it is a whole number within the bounds. */
export function emailLimitError(value: number | null | undefined): string {
    return Number.isInteger(value) && value! >= EMAIL_LIMIT_MIN && value! <= EMAIL_LIMIT_MAX
        ? ''
        : `Meeting emails per rep per day must be a whole number between ${EMAIL_LIMIT_MIN} and ${EMAIL_LIMIT_MAX}.`;
}

const BOOLEAN_SETTINGS: Array<{ key: BooleanSetting; label: string; help: string }> = [
    {
        key: 'emailLaunchAttendees',
        label: 'Email launch attendees',
        help: 'After Start Zoom Meeting, open an email with the meeting details for the attendees.'
    },
    {
        key: 'emailAutoSend',
        label: 'Send the launch email automatically',
        help: 'With Email launch attendees on: the email with the meeting details goes to the attendees as the meeting starts, without the composer. It counts against the daily limit below.'
    },
    {
        key: 'emailEventPeopleOnly',
        label: 'Email only the Event’s people',
        help: 'Meeting emails may go only to the Contacts, Leads and invitees of the meeting’s Event; reps cannot add other addresses.'
    },
    {
        key: 'joinBeforeHost',
        label: 'Join before host (default)',
        help: 'New meetings let attendees join before the host arrives.'
    },
    {
        key: 'usePmi',
        label: 'Use Personal Meeting ID (default)',
        help: 'Scheduled meetings use the host’s PMI instead of a new meeting ID.'
    },
    {
        key: 'syncExternalMeetings',
        label: 'Sync external meetings',
        help: 'Import meetings created in Zoom and match them to Contacts and Leads.'
    },
    {
        key: 'createCallTasks',
        label: 'Create Tasks for Zoom Phone calls',
        help: 'Log each Zoom Phone call as a Task on the matched Contact or Lead.'
    }
];

/**
 * Zoom Setup page: a checklist an admin walks top to bottom (credentials, connection test, scopes, webhook,
 * settings, user mapping, hourly sync, recent errors). Secrets are only ever sent, never shown.
 */
export default class ZoomSetup extends NavigationMixin(LightningElement) {
    status: Apex.ZoomSetupStatus | null = null;
    connection: Apex.ZoomConnectionResult | null = null;
    mapping: Apex.UserMappingResult | null = null;
    draft: Apex.ZoomSettingsDto | null = null;
    loadError = '';
    busy: Busy = 'load';
    secretToken = '';
    /** Polls left while a background mapping runs; 0 when not polling. */
    mappingPollsLeft = 0;
    private mappingTimer: ReturnType<typeof setTimeout> | null = null;

    override connectedCallback(): void {
        // load() reports its own failures inline, so the promise is not awaited here.
        this.load();
    }

    override disconnectedCallback(): void {
        this.stopMappingPoll();
    }

    async load(): Promise<void> {
        this.busy = 'load';
        try {
            this.status = await getSetupStatus({});
            this.draft = { ...this.status.settings };
            this.loadError = '';
        } catch (error) {
            this.loadError = errorMessage(error as ApexError);
        } finally {
            this.busy = null;
        }
    }

    // ---- view model -------------------------------------------------------------------------------------------

    get isLoading(): boolean {
        return this.busy === 'load' && !this.status;
    }

    get steps(): Array<ChecklistStep & { number: number; icon: ReturnType<typeof stateIcon>; cssClass: string }> {
        if (!this.status) return [];
        return buildChecklist(this.status, this.connection, (iso) => formatWhen(iso, locale, timeZone)).map(
            (step, i) => ({
                ...step,
                number: i + 1,
                icon: stateIcon(step.state),
                cssClass: `slds-setup-assistant__item step-${step.state}`
            })
        );
    }

    get doneCount(): number {
        return this.steps.filter((s) => s.state === 'done').length;
    }

    get progressLabel(): string {
        return `${this.doneCount} of ${this.steps.length} steps done`;
    }

    get progressValue(): number {
        return this.steps.length ? Math.round((this.doneCount / this.steps.length) * 100) : 0;
    }

    get missingScopes(): Apex.ZoomScopeDto[] {
        return missingScopes(this.connection);
    }

    get hasMissingScopes(): boolean {
        return this.missingScopes.length > 0;
    }

    /** Every endpoint's scope: as the last test's token has them, else untested. */
    get requiredScopes(): Array<Apex.ZoomScopeDto & { grantedText: string }> {
        const tested = Boolean(this.connection?.scopes?.length);
        const scopes = tested ? this.connection!.scopes : (this.status?.requiredScopes ?? []);
        return scopes.map((s) => ({
            ...s,
            grantedText: tested ? (s.optional ? 'No (optional)' : 'No') : 'Not tested'
        }));
    }

    get booleanSettings(): Array<{ key: string; label: string; help: string; checked: boolean }> {
        const draft = this.draft;
        return BOOLEAN_SETTINGS.map((s) => ({ ...s, checked: Boolean(draft?.[s.key]) }));
    }

    get cloudOptions(): Array<{ label: string; value: string }> {
        return [
            { label: 'Zoom (zoom.us)', value: 'zoom.us' },
            { label: 'Zoom for Government (zoomgov.com)', value: 'zoomgov.com' }
        ];
    }

    get retentionMin(): number {
        return RETENTION_MIN_DAYS;
    }

    get retentionMax(): number {
        return RETENTION_MAX_DAYS;
    }

    get orgWideEmailAddress(): string {
        return this.draft?.orgWideEmailAddress ?? '';
    }

    get unmatchedUsers(): Apex.UnmatchedUser[] {
        return this.mapping?.unmatched ?? [];
    }

    get hasUnmatchedUsers(): boolean {
        return this.unmatchedUsers.length > 0;
    }

    get mappingSummary(): string {
        const mapping = this.mapping;
        if (!mapping) return '';
        if (mapping.state === 'Running') {
            return `Mapping in progress: ${mapping.usersRead} Zoom users read so far, ${mapping.matched} linked.`;
        }
        if (mapping.state === 'Failed' || mapping.state === 'None') return mapping.message ?? '';
        const unmatched = Math.max(mapping.unmatchedCount ?? 0, mapping.unmatched.length);
        const listed = mapping.unmatched.length < unmatched ? ` The first ${mapping.unmatched.length} are listed.` : '';
        return `${mapping.matched} user${mapping.matched === 1 ? '' : 's'} linked, ${unmatched} could not be linked.${listed}`;
    }

    /** True while a background mapping runs (the Map users button stays disabled). */
    get mappingRunning(): boolean {
        return this.mapping?.state === 'Running';
    }

    /** True when a background mapping still runs but the page stopped polling: the admin refreshes by hand. */
    get showMappingRefresh(): boolean {
        return this.mappingRunning && this.mappingPollsLeft === 0;
    }

    get mapUsersDisabled(): boolean {
        return this.busy !== null || this.mappingRunning;
    }

    get recentErrors(): Apex.ZoomLogDto[] {
        return this.status?.recentErrors ?? [];
    }

    get hasRecentErrors(): boolean {
        return this.recentErrors.length > 0;
    }

    get syncEnabled(): boolean {
        return Boolean(this.status?.sync.enabled);
    }

    get testing(): boolean {
        return this.busy === 'test';
    }
    get savingSettings(): boolean {
        return this.busy === 'settings';
    }
    get savingSecret(): boolean {
        return this.busy === 'secret';
    }
    get mappingUsers(): boolean {
        return this.busy === 'users';
    }
    get switchingSync(): boolean {
        return this.busy === 'sync';
    }
    get secretSaveDisabled(): boolean {
        return this.busy !== null || this.secretToken.trim().length === 0;
    }
    get actionsDisabled(): boolean {
        return this.busy !== null;
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    async handleTestConnection(): Promise<void> {
        await this.run('test', async () => {
            this.connection = await testConnection({});
            // The test stored its outcome (verified or failed); the checklist shows it from now on.
            if (this.status && this.connection.connection) {
                this.status = { ...this.status, connection: this.connection.connection };
            }
            if (!this.connection.ok) {
                this.toast('Zoom connection failed', this.connection.message, 'error');
            } else if (this.hasMissingScopes) {
                this.toast(
                    'Connected, but scopes are missing',
                    `Add ${this.missingScopes.map((s) => s.scope).join(', ')} to the Zoom app: ${this.missingScopes
                        .map((s) => s.purpose)
                        .join(' ')}`,
                    'warning'
                );
            } else {
                this.toast('Connected to Zoom', this.connection.message, 'success');
            }
        });
    }

    handleSettingToggle(event: Event): void {
        const target = event.target as HTMLInputElement & { dataset: { key: BooleanSetting } };
        if (this.draft) this.draft = { ...this.draft, [target.dataset.key]: target.checked };
    }

    handleRetentionChange(event: Event): void {
        const value = (event.target as HTMLInputElement).value;
        if (this.draft) this.draft = { ...this.draft, logRetentionDays: Number(value) };
    }

    handleEmailLimitChange(event: Event): void {
        const value = (event.target as HTMLInputElement).value;
        if (this.draft) this.draft = { ...this.draft, emailDailyLimit: Number(value) };
    }

    get emailLimitMin(): number {
        return EMAIL_LIMIT_MIN;
    }

    get emailLimitMax(): number {
        return EMAIL_LIMIT_MAX;
    }

    handleCloudChange(event: CustomEvent<{ value: 'zoom.us' | 'zoomgov.com' }>): void {
        if (this.draft) this.draft = { ...this.draft, zoomCloud: event.detail.value };
    }

    handleOrgWideEmailChange(event: Event): void {
        const value = ((event.target as HTMLInputElement).value ?? '').trim();
        if (this.draft) this.draft = { ...this.draft, orgWideEmailAddress: value || null };
    }

    async handleSaveSettings(): Promise<void> {
        if (!this.draft) return;
        const problem = retentionError(this.draft.logRetentionDays);
        const senderProblem = orgWideEmailError(this.draft.orgWideEmailAddress);
        const limitProblem = emailLimitError(this.draft.emailDailyLimit);
        this.reportInput('retention', problem);
        this.reportInput('org-wide-email', senderProblem);
        this.reportInput('email-limit', limitProblem);
        if (problem || senderProblem || limitProblem) {
            this.toast('Settings not saved', problem || senderProblem || limitProblem, 'error');
            return;
        }
        const draft = this.draft;
        await this.run('settings', async () => {
            const saved = await saveSettings({ settings: draft });
            this.draft = { ...saved };
            if (this.status) this.status = { ...this.status, settings: saved };
            this.toast('Settings saved', 'The Zoom settings apply from now on.', 'success');
        });
    }

    /** Shows (or clears) a validation message on the settings input with this data-id. */
    reportInput(dataId: string, message: string): void {
        const input = this.template?.querySelector<
            HTMLInputElement & { setCustomValidity(m: string): void; reportValidity(): boolean }
        >(`[data-id="${dataId}"]`);
        input?.setCustomValidity(message);
        input?.reportValidity();
    }

    handleSecretChange(event: Event): void {
        this.secretToken = (event.target as HTMLInputElement).value ?? '';
    }

    async handleSaveSecret(): Promise<void> {
        const token = this.secretToken.trim();
        if (!token) return;
        await this.run('secret', async () => {
            const stored = await saveWebhookSecret({ secretToken: token });
            this.secretToken = '';
            if (this.status) this.status = { ...this.status, hasWebhookSecret: stored };
            this.toast('Secret token saved', 'Zoom webhook events are now verified with it.', 'success');
        });
    }

    async handleCopyWebhookUrl(): Promise<void> {
        const url = this.status?.webhookUrl;
        if (!url) return;
        try {
            await navigator.clipboard.writeText(url);
            this.toast(
                'Webhook URL copied',
                'Paste it as the event notification endpoint of your Zoom app.',
                'success'
            );
        } catch {
            this.toast('Copy the URL by hand', url, 'warning');
        }
    }

    async handleMapUsers(): Promise<void> {
        await this.run('users', async () => {
            this.mapping = await mapUsers({});
            if (this.mapping.state === 'Running') {
                this.toast('User mapping started', this.mapping.message ?? this.mappingSummary, 'info');
                this.mappingPollsLeft = MAPPING_POLL_LIMIT;
                this.scheduleMappingPoll();
                return;
            }
            await this.finishMapping();
        });
    }

    /** Reads the background mapping's state once (the Refresh button after polling stopped). */
    async handleRefreshMapping(): Promise<void> {
        await this.run('users', () => this.pollMapping());
    }

    private scheduleMappingPoll(): void {
        this.stopMappingPoll();
        // A polite poll of a server-side job; LWC has no push for it.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.mappingTimer = setTimeout(() => {
            this.mappingTimer = null;
            this.mappingPollsLeft = Math.max(0, this.mappingPollsLeft - 1);
            this.pollMapping().catch((error: unknown) => {
                this.mappingPollsLeft = 0;
                this.toast('Something went wrong', errorMessage(error as ApexError), 'error');
            });
        }, MAPPING_POLL_MS);
    }

    private stopMappingPoll(): void {
        if (this.mappingTimer !== null) {
            clearTimeout(this.mappingTimer);
            this.mappingTimer = null;
        }
    }

    private async pollMapping(): Promise<void> {
        this.mapping = await getMappingStatus({});
        if (this.mapping.state === 'Running') {
            if (this.mappingPollsLeft > 0) this.scheduleMappingPoll();
            return;
        }
        this.mappingPollsLeft = 0;
        await this.finishMapping();
    }

    /** Ends a mapping in a toast and refreshes the checklist counts. */
    private async finishMapping(): Promise<void> {
        const mapping = this.mapping!;
        if (mapping.state === 'Failed') {
            this.toast('User mapping stopped', mapping.message ?? 'Run the mapping again.', 'error');
        } else {
            const unmatched = Math.max(mapping.unmatchedCount ?? 0, mapping.unmatched.length);
            this.toast('User mapping finished', this.mappingSummary, unmatched ? 'warning' : 'success');
        }
        this.status = await getSetupStatus({});
    }

    async handleSyncToggle(event: Event): Promise<void> {
        const enabled = (event.target as HTMLInputElement).checked;
        await this.run('sync', async () => {
            const sync = await setHourlySync({ enabled });
            if (this.status) this.status = { ...this.status, sync };
            this.toast(
                enabled ? 'Hourly sync on' : 'Hourly sync off',
                enabled ? 'The first run starts within the hour.' : 'Meetings are no longer refreshed automatically.',
                'success'
            );
        });
    }

    handleOpenLog(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id;
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName: 'Zoom_Log__c', actionName: 'view' }
        });
    }

    async handleRefresh(): Promise<void> {
        await this.load();
    }

    /** Runs one action with its busy flag; any failure ends in an error toast with a readable message. */
    private async run(kind: Exclude<Busy, null>, action: () => Promise<void>): Promise<void> {
        this.busy = kind;
        try {
            await action();
        } catch (error) {
            this.toast('Something went wrong', errorMessage(error as ApexError), 'error');
        } finally {
            this.busy = null;
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'warning' | 'error' | 'info'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
