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
import SETUP_PAGE_ICON from '@salesforce/label/c.Setup_PageIcon';
import SETUP_PAGE_TITLE from '@salesforce/label/c.Setup_PageTitle';
import SETUP_REFRESH from '@salesforce/label/c.Setup_Refresh';
import SETUP_LOADING from '@salesforce/label/c.Setup_Loading';
import SETUP_PROGRESS_ONE from '@salesforce/label/c.Setup_Progress_One';
import SETUP_PROGRESS_OTHER from '@salesforce/label/c.Setup_Progress_Other';
import SETUP_CHECKLIST_CARD from '@salesforce/label/c.Setup_ChecklistCard';
import SETUP_CONNECTION_CARD from '@salesforce/label/c.Setup_ConnectionCard';
import SETUP_TEST_CONNECTION from '@salesforce/label/c.Setup_TestConnection';
import SETUP_TESTING from '@salesforce/label/c.Setup_Testing';
import SETUP_MISSING_SCOPES from '@salesforce/label/c.Setup_MissingScopes';
import SETUP_SCOPE_ENDPOINT from '@salesforce/label/c.Setup_ScopeEndpoint';
import SETUP_SCOPE_NAME from '@salesforce/label/c.Setup_ScopeName';
import SETUP_SCOPE_PURPOSE from '@salesforce/label/c.Setup_ScopePurpose';
import SETUP_SCOPE_GRANTED from '@salesforce/label/c.Setup_ScopeGranted';
import SETUP_OR_CLASSIC from '@salesforce/label/c.Setup_OrClassic';
import SETUP_SCOPE_NOT_GRANTED from '@salesforce/label/c.Setup_ScopeNotGranted';
import SETUP_SCOPE_NOT_GRANTED_OPTIONAL from '@salesforce/label/c.Setup_ScopeNotGrantedOptional';
import SETUP_SCOPE_NOT_TESTED from '@salesforce/label/c.Setup_ScopeNotTested';
import SETUP_WEBHOOK_CARD from '@salesforce/label/c.Setup_WebhookCard';
import SETUP_WEBHOOK_URL from '@salesforce/label/c.Setup_WebhookUrl';
import SETUP_COPY from '@salesforce/label/c.Setup_Copy';
import SETUP_SECRET_TOKEN from '@salesforce/label/c.Setup_SecretToken';
import SETUP_SECRET_TOKEN_HELP from '@salesforce/label/c.Setup_SecretTokenHelp';
import SETUP_SAVE_SECRET from '@salesforce/label/c.Setup_SaveSecret';
import SETUP_SAVING_SECRET from '@salesforce/label/c.Setup_SavingSecret';
import SETUP_SETTINGS_CARD from '@salesforce/label/c.Setup_SettingsCard';
import SETUP_SAVE_SETTINGS from '@salesforce/label/c.Setup_SaveSettings';
import SETUP_SAVING_SETTINGS from '@salesforce/label/c.Setup_SavingSettings';
import SETUP_TOGGLE_ON from '@salesforce/label/c.Setup_ToggleOn';
import SETUP_TOGGLE_OFF from '@salesforce/label/c.Setup_ToggleOff';
import SETUP_LOG_RETENTION from '@salesforce/label/c.Setup_LogRetention';
import SETUP_ZOOM_CLOUD from '@salesforce/label/c.Setup_ZoomCloud';
import SETUP_CLOUD_ZOOM from '@salesforce/label/c.Setup_CloudZoom';
import SETUP_CLOUD_ZOOM_GOV from '@salesforce/label/c.Setup_CloudZoomGov';
import SETUP_ORG_WIDE_EMAIL from '@salesforce/label/c.Setup_OrgWideEmail';
import SETUP_ORG_WIDE_EMAIL_HELP from '@salesforce/label/c.Setup_OrgWideEmailHelp';
import SETUP_ORG_WIDE_EMAIL_PLACEHOLDER from '@salesforce/label/c.Setup_OrgWideEmailPlaceholder';
import SETUP_ORG_WIDE_EMAIL_INVALID from '@salesforce/label/c.Setup_OrgWideEmailInvalid';
import SETUP_EMAIL_LIMIT from '@salesforce/label/c.Setup_EmailLimit';
import SETUP_EMAIL_LIMIT_HELP from '@salesforce/label/c.Setup_EmailLimitHelp';
import SETUP_EMAIL_LIMIT_INVALID from '@salesforce/label/c.Setup_EmailLimitInvalid';
import SETUP_EMAIL_LAUNCH_ATTENDEES from '@salesforce/label/c.Setup_EmailLaunchAttendees';
import SETUP_EMAIL_LAUNCH_ATTENDEES_HELP from '@salesforce/label/c.Setup_EmailLaunchAttendeesHelp';
import SETUP_EMAIL_AUTO_SEND from '@salesforce/label/c.Setup_EmailAutoSend';
import SETUP_EMAIL_AUTO_SEND_HELP from '@salesforce/label/c.Setup_EmailAutoSendHelp';
import SETUP_EMAIL_EVENT_PEOPLE_ONLY from '@salesforce/label/c.Setup_EmailEventPeopleOnly';
import SETUP_EMAIL_EVENT_PEOPLE_ONLY_HELP from '@salesforce/label/c.Setup_EmailEventPeopleOnlyHelp';
import SETUP_JOIN_BEFORE_HOST from '@salesforce/label/c.Setup_JoinBeforeHost';
import SETUP_JOIN_BEFORE_HOST_HELP from '@salesforce/label/c.Setup_JoinBeforeHostHelp';
import SETUP_USE_PMI from '@salesforce/label/c.Setup_UsePmi';
import SETUP_USE_PMI_HELP from '@salesforce/label/c.Setup_UsePmiHelp';
import SETUP_SYNC_EXTERNAL_MEETINGS from '@salesforce/label/c.Setup_SyncExternalMeetings';
import SETUP_SYNC_EXTERNAL_MEETINGS_HELP from '@salesforce/label/c.Setup_SyncExternalMeetingsHelp';
import SETUP_CREATE_CALL_TASKS from '@salesforce/label/c.Setup_CreateCallTasks';
import SETUP_CREATE_CALL_TASKS_HELP from '@salesforce/label/c.Setup_CreateCallTasksHelp';
import SETUP_SUMMARY_TO_EVENT from '@salesforce/label/c.Setup_SummaryToEvent';
import SETUP_SUMMARY_TO_EVENT_HELP from '@salesforce/label/c.Setup_SummaryToEventHelp';
import CHECKLIST_OPTIONAL_SCOPES_SHOW from '@salesforce/label/c.Checklist_OptionalScopesShow';
import SETUP_WEBINAR_CREATE_LEADS from '@salesforce/label/c.Setup_WebinarCreateLeads';
import PHONE_META_LOG_INTERNAL_CALLS from '@salesforce/label/c.PhoneMeta_LogInternalCalls';
import PHONE_META_LOG_INTERNAL_CALLS_HELP from '@salesforce/label/c.PhoneMeta_LogInternalCallsHelp';
import PHONE_META_DEFAULT_COUNTRY from '@salesforce/label/c.PhoneMeta_DefaultCountry';
import PHONE_META_DEFAULT_COUNTRY_HELP from '@salesforce/label/c.PhoneMeta_DefaultCountryHelp';
import PHONE_META_DEFAULT_COUNTRY_PLACEHOLDER from '@salesforce/label/c.PhoneMeta_DefaultCountryPlaceholder';
import PHONE_META_DEFAULT_COUNTRY_INVALID from '@salesforce/label/c.PhoneMeta_DefaultCountryInvalid';
import SETUP_WEBINAR_CREATE_LEADS_HELP from '@salesforce/label/c.Setup_WebinarCreateLeadsHelp';
import SETUP_USERS_CARD from '@salesforce/label/c.Setup_UsersCard';
import SETUP_MAP_USERS from '@salesforce/label/c.Setup_MapUsers';
import SETUP_SYNC_TOGGLE from '@salesforce/label/c.Setup_SyncToggle';
import SETUP_SYNC_NEXT_RUN from '@salesforce/label/c.Setup_SyncNextRun';
import SETUP_SYNC_LAST_RUN from '@salesforce/label/c.Setup_SyncLastRun';
import SETUP_SYNC_LAST_ERROR from '@salesforce/label/c.Setup_SyncLastError';
import SETUP_RECENT_ERRORS_CARD from '@salesforce/label/c.Setup_RecentErrorsCard';
import SETUP_LOG_NAME from '@salesforce/label/c.Setup_LogName';
import SETUP_LOG_OPERATION from '@salesforce/label/c.Setup_LogOperation';
import SETUP_LOG_MESSAGE from '@salesforce/label/c.Setup_LogMessage';
import SETUP_LOG_WHEN from '@salesforce/label/c.Setup_LogWhen';
import SETUP_NO_ERRORS from '@salesforce/label/c.Setup_NoErrors';
import SETUP_CONNECTION_FAILED_TITLE from '@salesforce/label/c.Setup_ConnectionFailedTitle';
import SETUP_SCOPES_MISSING_TITLE from '@salesforce/label/c.Setup_ScopesMissingTitle';
import SETUP_SCOPES_MISSING_TOAST from '@salesforce/label/c.Setup_ScopesMissingToast';
import SETUP_CONNECTED_TITLE from '@salesforce/label/c.Setup_ConnectedTitle';
import SETUP_SETTINGS_NOT_SAVED_TITLE from '@salesforce/label/c.Setup_SettingsNotSavedTitle';
import SETUP_SETTINGS_SAVED_TITLE from '@salesforce/label/c.Setup_SettingsSavedTitle';
import SETUP_SETTINGS_SAVED_MESSAGE from '@salesforce/label/c.Setup_SettingsSavedMessage';
import SETUP_SECRET_SAVED_TITLE from '@salesforce/label/c.Setup_SecretSavedTitle';
import SETUP_SECRET_SAVED_MESSAGE from '@salesforce/label/c.Setup_SecretSavedMessage';
import SETUP_WEBHOOK_COPIED_TITLE from '@salesforce/label/c.Setup_WebhookCopiedTitle';
import SETUP_WEBHOOK_COPIED_MESSAGE from '@salesforce/label/c.Setup_WebhookCopiedMessage';
import SETUP_COPY_BY_HAND_TITLE from '@salesforce/label/c.Setup_CopyByHandTitle';
import SETUP_SYNC_ON_TITLE from '@salesforce/label/c.Setup_SyncOnTitle';
import SETUP_SYNC_OFF_TITLE from '@salesforce/label/c.Setup_SyncOffTitle';
import SETUP_SYNC_ON_MESSAGE from '@salesforce/label/c.Setup_SyncOnMessage';
import SETUP_SYNC_OFF_MESSAGE from '@salesforce/label/c.Setup_SyncOffMessage';
import MAPPING_RUNNING from '@salesforce/label/c.Mapping_Running';
import MAPPING_STILL_RUNNING from '@salesforce/label/c.Mapping_StillRunning';
import MAPPING_NAME from '@salesforce/label/c.Mapping_Name';
import MAPPING_EMAIL from '@salesforce/label/c.Mapping_Email';
import MAPPING_REASON from '@salesforce/label/c.Mapping_Reason';
import MAPPING_IN_PROGRESS from '@salesforce/label/c.Mapping_InProgress';
import MAPPING_SUMMARY_ONE from '@salesforce/label/c.Mapping_Summary_One';
import MAPPING_SUMMARY_OTHER from '@salesforce/label/c.Mapping_Summary_Other';
import MAPPING_FIRST_LISTED from '@salesforce/label/c.Mapping_FirstListed';
import MAPPING_STARTED_TITLE from '@salesforce/label/c.Mapping_StartedTitle';
import MAPPING_STOPPED_TITLE from '@salesforce/label/c.Mapping_StoppedTitle';
import MAPPING_RUN_AGAIN from '@salesforce/label/c.Mapping_RunAgain';
import MAPPING_FINISHED_TITLE from '@salesforce/label/c.Mapping_FinishedTitle';
import ERRORS_SOMETHING_WENT_WRONG from '@salesforce/label/c.Errors_SomethingWentWrong';
import CHECKLIST_SYNC_TITLE from '@salesforce/label/c.Checklist_SyncTitle';
import { formatLabel, formatNumber, pluralLabel } from 'c/i18n';

/**
 * A check of the org-wide sender address before Apex validates it again: blank is allowed (reps send from their own
 * address); otherwise one address that the shared address policy (c/emailAddresses, the same rules as Apex's
 * EmailAddresses) accepts.
 */
function orgWideEmailError(value: string | null | undefined): string {
    const address = (value ?? '').trim();
    if (!address) return '';
    return isValidAddress(address) ? '' : formatLabel(SETUP_ORG_WIDE_EMAIL_INVALID, address);
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
    | 'createCallTasks'
    | 'logInternalCalls'
    | 'summaryToEvent'
    | 'webinarCreateLeads';

/**
 * The default phone country's problem as a sentence, or '' when it is empty (each user's locale applies) or two
 * letters. Apex checks the code against the countries the number normaliser knows and refuses others in the same words.
 */
export function phoneCountryError(value: string | null | undefined): string {
    const code = (value ?? '').trim();
    return !code || /^[A-Za-z]{2}$/.test(code) ? '' : formatLabel(PHONE_META_DEFAULT_COUNTRY_INVALID, code);
}

/** Bounds of the meeting emails a rep may send per day (ZoomSettings.MIN/MAX_EMAIL_DAILY_LIMIT). */
export const EMAIL_LIMIT_MIN = 1;
export const EMAIL_LIMIT_MAX = 1000;

/** The daily email limit's problem as a sentence, or '' when it is a whole number within the bounds. */
export function emailLimitError(value: number | null | undefined): string {
    return Number.isInteger(value) && value! >= EMAIL_LIMIT_MIN && value! <= EMAIL_LIMIT_MAX
        ? ''
        : formatLabel(
              SETUP_EMAIL_LIMIT_INVALID,
              formatNumber(EMAIL_LIMIT_MIN, { useGrouping: false }),
              formatNumber(EMAIL_LIMIT_MAX, { useGrouping: false })
          );
}

const BOOLEAN_SETTINGS: Array<{ key: BooleanSetting; label: string; help: string }> = [
    { key: 'emailLaunchAttendees', label: SETUP_EMAIL_LAUNCH_ATTENDEES, help: SETUP_EMAIL_LAUNCH_ATTENDEES_HELP },
    { key: 'emailAutoSend', label: SETUP_EMAIL_AUTO_SEND, help: SETUP_EMAIL_AUTO_SEND_HELP },
    { key: 'emailEventPeopleOnly', label: SETUP_EMAIL_EVENT_PEOPLE_ONLY, help: SETUP_EMAIL_EVENT_PEOPLE_ONLY_HELP },
    { key: 'joinBeforeHost', label: SETUP_JOIN_BEFORE_HOST, help: SETUP_JOIN_BEFORE_HOST_HELP },
    { key: 'usePmi', label: SETUP_USE_PMI, help: SETUP_USE_PMI_HELP },
    { key: 'syncExternalMeetings', label: SETUP_SYNC_EXTERNAL_MEETINGS, help: SETUP_SYNC_EXTERNAL_MEETINGS_HELP },
    { key: 'createCallTasks', label: SETUP_CREATE_CALL_TASKS, help: SETUP_CREATE_CALL_TASKS_HELP },
    { key: 'logInternalCalls', label: PHONE_META_LOG_INTERNAL_CALLS, help: PHONE_META_LOG_INTERNAL_CALLS_HELP },
    { key: 'summaryToEvent', label: SETUP_SUMMARY_TO_EVENT, help: SETUP_SUMMARY_TO_EVENT_HELP },
    { key: 'webinarCreateLeads', label: SETUP_WEBINAR_CREATE_LEADS, help: SETUP_WEBINAR_CREATE_LEADS_HELP }
];

/** The page's fixed texts, for the template. */
const LABELS = {
    pageIcon: SETUP_PAGE_ICON,
    pageTitle: SETUP_PAGE_TITLE,
    refresh: SETUP_REFRESH,
    loading: SETUP_LOADING,
    checklistCard: SETUP_CHECKLIST_CARD,
    optionalScopesShow: CHECKLIST_OPTIONAL_SCOPES_SHOW,
    connectionCard: SETUP_CONNECTION_CARD,
    testConnection: SETUP_TEST_CONNECTION,
    testing: SETUP_TESTING,
    missingScopes: SETUP_MISSING_SCOPES,
    scopeEndpoint: SETUP_SCOPE_ENDPOINT,
    scopeName: SETUP_SCOPE_NAME,
    scopePurpose: SETUP_SCOPE_PURPOSE,
    scopeGranted: SETUP_SCOPE_GRANTED,
    orClassic: SETUP_OR_CLASSIC,
    webhookCard: SETUP_WEBHOOK_CARD,
    webhookUrl: SETUP_WEBHOOK_URL,
    copy: SETUP_COPY,
    secretToken: SETUP_SECRET_TOKEN,
    secretTokenHelp: SETUP_SECRET_TOKEN_HELP,
    saveSecret: SETUP_SAVE_SECRET,
    savingSecret: SETUP_SAVING_SECRET,
    settingsCard: SETUP_SETTINGS_CARD,
    saveSettings: SETUP_SAVE_SETTINGS,
    savingSettings: SETUP_SAVING_SETTINGS,
    toggleOn: SETUP_TOGGLE_ON,
    toggleOff: SETUP_TOGGLE_OFF,
    logRetention: SETUP_LOG_RETENTION,
    zoomCloud: SETUP_ZOOM_CLOUD,
    orgWideEmail: SETUP_ORG_WIDE_EMAIL,
    orgWideEmailHelp: SETUP_ORG_WIDE_EMAIL_HELP,
    orgWideEmailPlaceholder: SETUP_ORG_WIDE_EMAIL_PLACEHOLDER,
    phoneCountry: PHONE_META_DEFAULT_COUNTRY,
    phoneCountryHelp: PHONE_META_DEFAULT_COUNTRY_HELP,
    phoneCountryPlaceholder: PHONE_META_DEFAULT_COUNTRY_PLACEHOLDER,
    emailLimit: SETUP_EMAIL_LIMIT,
    emailLimitHelp: SETUP_EMAIL_LIMIT_HELP,
    usersCard: SETUP_USERS_CARD,
    mapUsers: SETUP_MAP_USERS,
    mappingRunning: MAPPING_RUNNING,
    mappingStillRunning: MAPPING_STILL_RUNNING,
    mappingName: MAPPING_NAME,
    mappingEmail: MAPPING_EMAIL,
    mappingReason: MAPPING_REASON,
    syncCard: CHECKLIST_SYNC_TITLE,
    syncToggle: SETUP_SYNC_TOGGLE,
    syncNextRun: SETUP_SYNC_NEXT_RUN,
    syncLastRun: SETUP_SYNC_LAST_RUN,
    syncLastError: SETUP_SYNC_LAST_ERROR,
    recentErrorsCard: SETUP_RECENT_ERRORS_CARD,
    logName: SETUP_LOG_NAME,
    logOperation: SETUP_LOG_OPERATION,
    logMessage: SETUP_LOG_MESSAGE,
    logWhen: SETUP_LOG_WHEN,
    noErrors: SETUP_NO_ERRORS
};

/** A count in the user's number format without grouping (as the page always showed counts: "1800"). */
function count(value: number): string {
    return formatNumber(value, { useGrouping: false });
}

/**
 * Zoom Setup page: a checklist an admin walks top to bottom (credentials, connection test, scopes, webhook,
 * settings, user mapping, hourly sync, recent errors). Secrets are only ever sent, never shown.
 */
export default class ZoomSetup extends NavigationMixin(LightningElement) {
    readonly labels = LABELS;
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
        return pluralLabel(this.steps.length, SETUP_PROGRESS_ONE, SETUP_PROGRESS_OTHER, formatNumber(this.doneCount));
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
            grantedText: tested
                ? s.optional
                    ? SETUP_SCOPE_NOT_GRANTED_OPTIONAL
                    : SETUP_SCOPE_NOT_GRANTED
                : SETUP_SCOPE_NOT_TESTED
        }));
    }

    get booleanSettings(): Array<{ key: string; label: string; help: string; checked: boolean }> {
        const draft = this.draft;
        return BOOLEAN_SETTINGS.map((s) => ({ ...s, checked: Boolean(draft?.[s.key]) }));
    }

    get cloudOptions(): Array<{ label: string; value: string }> {
        return [
            { label: SETUP_CLOUD_ZOOM, value: 'zoom.us' },
            { label: SETUP_CLOUD_ZOOM_GOV, value: 'zoomgov.com' }
        ];
    }

    get retentionMin(): number {
        return RETENTION_MIN_DAYS;
    }

    get retentionMax(): number {
        return RETENTION_MAX_DAYS;
    }

    get phoneDefaultCountry(): string {
        return this.draft?.phoneDefaultCountry ?? '';
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
            return formatLabel(MAPPING_IN_PROGRESS, count(mapping.usersRead), count(mapping.matched));
        }
        if (mapping.state === 'Failed' || mapping.state === 'None') return mapping.message ?? '';
        const unmatched = Math.max(mapping.unmatchedCount ?? 0, mapping.unmatched.length);
        const summary = pluralLabel(mapping.matched, MAPPING_SUMMARY_ONE, MAPPING_SUMMARY_OTHER, count(unmatched));
        return mapping.unmatched.length < unmatched
            ? `${summary} ${formatLabel(MAPPING_FIRST_LISTED, count(mapping.unmatched.length))}`
            : summary;
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
                this.toast(SETUP_CONNECTION_FAILED_TITLE, this.connection.message, 'error');
            } else if (this.hasMissingScopes) {
                this.toast(
                    SETUP_SCOPES_MISSING_TITLE,
                    formatLabel(
                        SETUP_SCOPES_MISSING_TOAST,
                        this.missingScopes.map((s) => s.scope).join(', '),
                        this.missingScopes.map((s) => s.purpose).join(' ')
                    ),
                    'warning'
                );
            } else {
                this.toast(SETUP_CONNECTED_TITLE, this.connection.message, 'success');
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

    handlePhoneCountryChange(event: Event): void {
        const value = ((event.target as HTMLInputElement).value ?? '').trim();
        if (this.draft) this.draft = { ...this.draft, phoneDefaultCountry: value ? value.toUpperCase() : null };
    }

    async handleSaveSettings(): Promise<void> {
        if (!this.draft) return;
        const problem = retentionError(this.draft.logRetentionDays);
        const senderProblem = orgWideEmailError(this.draft.orgWideEmailAddress);
        const limitProblem = emailLimitError(this.draft.emailDailyLimit);
        const countryProblem = phoneCountryError(this.draft.phoneDefaultCountry);
        this.reportInput('retention', problem);
        this.reportInput('org-wide-email', senderProblem);
        this.reportInput('email-limit', limitProblem);
        this.reportInput('phone-country', countryProblem);
        const firstProblem = problem || senderProblem || limitProblem || countryProblem;
        if (firstProblem) {
            this.toast(SETUP_SETTINGS_NOT_SAVED_TITLE, firstProblem, 'error');
            return;
        }
        const draft = this.draft;
        await this.run('settings', async () => {
            const saved = await saveSettings({ settings: draft });
            this.draft = { ...saved };
            if (this.status) this.status = { ...this.status, settings: saved };
            this.toast(SETUP_SETTINGS_SAVED_TITLE, SETUP_SETTINGS_SAVED_MESSAGE, 'success');
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
            this.toast(SETUP_SECRET_SAVED_TITLE, SETUP_SECRET_SAVED_MESSAGE, 'success');
            // The webhook card's state follows the secret (no secret → waiting for Zoom's first event).
            const health = this.template?.querySelector<HTMLElement & { refresh(): Promise<void> }>(
                'c-zoom-webhook-health'
            );
            await health?.refresh();
        });
    }

    async handleCopyWebhookUrl(): Promise<void> {
        const url = this.status?.webhookUrl;
        if (!url) return;
        try {
            await navigator.clipboard.writeText(url);
            this.toast(SETUP_WEBHOOK_COPIED_TITLE, SETUP_WEBHOOK_COPIED_MESSAGE, 'success');
        } catch {
            this.toast(SETUP_COPY_BY_HAND_TITLE, url, 'warning');
        }
    }

    async handleMapUsers(): Promise<void> {
        await this.run('users', async () => {
            this.mapping = await mapUsers({});
            if (this.mapping.state === 'Running') {
                this.toast(MAPPING_STARTED_TITLE, this.mapping.message ?? this.mappingSummary, 'info');
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
                this.toast(ERRORS_SOMETHING_WENT_WRONG, errorMessage(error as ApexError), 'error');
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
            this.toast(MAPPING_STOPPED_TITLE, mapping.message ?? MAPPING_RUN_AGAIN, 'error');
        } else {
            const unmatched = Math.max(mapping.unmatchedCount ?? 0, mapping.unmatched.length);
            this.toast(MAPPING_FINISHED_TITLE, this.mappingSummary, unmatched ? 'warning' : 'success');
        }
        this.status = await getSetupStatus({});
    }

    async handleSyncToggle(event: Event): Promise<void> {
        const enabled = (event.target as HTMLInputElement).checked;
        await this.run('sync', async () => {
            const sync = await setHourlySync({ enabled });
            if (this.status) this.status = { ...this.status, sync };
            this.toast(
                enabled ? SETUP_SYNC_ON_TITLE : SETUP_SYNC_OFF_TITLE,
                enabled ? SETUP_SYNC_ON_MESSAGE : SETUP_SYNC_OFF_MESSAGE,
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
            this.toast(ERRORS_SOMETHING_WENT_WRONG, errorMessage(error as ApexError), 'error');
        } finally {
            this.busy = null;
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'warning' | 'error' | 'info'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
