/**
 * Pure logic behind the Zoom setup page: which checklist step is done, what is wrong and what to do next.
 * Service component (no template): import from 'c/setupChecklist'.
 */
import CREDENTIAL_PLACE from '@salesforce/label/c.Checklist_CredentialPlace';
import CONNECT_API_CONFIGURED from '@salesforce/label/c.Checklist_ConnectApiConfigured';
import CONNECT_API_NOT_CONFIGURED from '@salesforce/label/c.Checklist_ConnectApiNotConfigured';
import CONNECT_API_UNKNOWN from '@salesforce/label/c.Checklist_ConnectApiUnknown';
import CONNECT_API_UNREADABLE from '@salesforce/label/c.Checklist_ConnectApiUnreadable';
import CONNECT_API_MISSING from '@salesforce/label/c.Checklist_ConnectApiMissing';
import CREDENTIALS_TITLE from '@salesforce/label/c.Checklist_CredentialsTitle';
import CREDENTIALS_VERIFIED from '@salesforce/label/c.Checklist_CredentialsVerified';
import CREDENTIALS_TEST_FAILED from '@salesforce/label/c.Checklist_CredentialsTestFailed';
import NO_REASON from '@salesforce/label/c.Checklist_NoReason';
import CREDENTIALS_CONFIGURED from '@salesforce/label/c.Checklist_CredentialsConfigured';
import CREDENTIALS_NOT_CONFIGURED from '@salesforce/label/c.Checklist_CredentialsNotConfigured';
import CREDENTIALS_UNKNOWN from '@salesforce/label/c.Checklist_CredentialsUnknown';
import CREDENTIALS_MISSING from '@salesforce/label/c.Checklist_CredentialsMissing';
import CONNECTION_TITLE from '@salesforce/label/c.Checklist_ConnectionTitle';
import CONNECTION_VERIFIED from '@salesforce/label/c.Checklist_ConnectionVerified';
import CONNECTION_VERIFIED_ACCOUNT from '@salesforce/label/c.Checklist_ConnectionVerifiedAccount';
import CONNECTION_VERIFIED_HOST from '@salesforce/label/c.Checklist_ConnectionVerifiedHost';
import CONNECTION_VERIFIED_ACCOUNT_HOST from '@salesforce/label/c.Checklist_ConnectionVerifiedAccountHost';
import CONNECTION_LAST_FAILED from '@salesforce/label/c.Checklist_ConnectionLastFailed';
import CONNECTION_TODO from '@salesforce/label/c.Checklist_ConnectionTodo';
import CONNECTED_VIA from '@salesforce/label/c.Checklist_ConnectedVia';
import CONNECTED_ACCOUNT_VIA from '@salesforce/label/c.Checklist_ConnectedAccountVia';
import CONNECTED_VIA_USERS_ONE from '@salesforce/label/c.Checklist_ConnectedViaUsers_One';
import CONNECTED_VIA_USERS_OTHER from '@salesforce/label/c.Checklist_ConnectedViaUsers_Other';
import CONNECTED_ACCOUNT_VIA_USERS_ONE from '@salesforce/label/c.Checklist_ConnectedAccountViaUsers_One';
import CONNECTED_ACCOUNT_VIA_USERS_OTHER from '@salesforce/label/c.Checklist_ConnectedAccountViaUsers_Other';
import SCOPE_SENTENCE from '@salesforce/label/c.Checklist_ScopeSentence';
import SCOPES_TITLE from '@salesforce/label/c.Checklist_ScopesTitle';
import SCOPES_TODO from '@salesforce/label/c.Checklist_ScopesTodo';
import SCOPES_OPTIONAL_LINE_ONE from '@salesforce/label/c.Checklist_ScopesOptionalLine_One';
import SCOPES_OPTIONAL_LINE_OTHER from '@salesforce/label/c.Checklist_ScopesOptionalLine_Other';
import OPTIONAL_FEATURE_WEBINARS from '@salesforce/label/c.Checklist_OptionalFeatureWebinars';
import OPTIONAL_FEATURE_AI_SUMMARIES from '@salesforce/label/c.Checklist_OptionalFeatureAiSummaries';
import OPTIONAL_FEATURE_PHONE from '@salesforce/label/c.Checklist_OptionalFeaturePhone';
import SCOPES_ALL_GRANTED_ONE from '@salesforce/label/c.Checklist_ScopesAllGranted_One';
import SCOPES_ALL_GRANTED_OTHER from '@salesforce/label/c.Checklist_ScopesAllGranted_Other';
import SCOPES_MISSING_ONE from '@salesforce/label/c.Checklist_ScopesMissing_One';
import SCOPES_MISSING_OTHER from '@salesforce/label/c.Checklist_ScopesMissing_Other';
import WEBHOOK_TITLE from '@salesforce/label/c.Checklist_WebhookTitle';
import WEBHOOK_NO_SITE from '@salesforce/label/c.Checklist_WebhookNoSite';
import WEBHOOK_WAITING from '@salesforce/label/c.Checklist_WebhookWaiting';
import WEBHOOK_FLOWING from '@salesforce/label/c.Checklist_WebhookFlowing';
import WEBHOOK_FAILING from '@salesforce/label/c.Checklist_WebhookFailing';
import WEBHOOK_BLOCKED from '@salesforce/label/c.Checklist_WebhookBlocked';
import WEBHOOK_SECRET_TODO from '@salesforce/label/c.Checklist_WebhookSecretTodo';
import USERS_TITLE from '@salesforce/label/c.Checklist_UsersTitle';
import USERS_TODO from '@salesforce/label/c.Checklist_UsersTodo';
import USERS_LINKED_ONE from '@salesforce/label/c.Checklist_UsersLinked_One';
import USERS_LINKED_OTHER from '@salesforce/label/c.Checklist_UsersLinked_Other';
import SYNC_TITLE from '@salesforce/label/c.Checklist_SyncTitle';
import SYNC_FAILED from '@salesforce/label/c.Checklist_SyncFailed';
import SYNC_ON from '@salesforce/label/c.Checklist_SyncOn';
import SYNC_TODO from '@salesforce/label/c.Checklist_SyncTodo';
import RETENTION_WHOLE_NUMBER from '@salesforce/label/c.Checklist_RetentionWholeNumber';
import RETENTION_RANGE from '@salesforce/label/c.Checklist_RetentionRange';
import STATE_DONE from '@salesforce/label/c.Checklist_StateDone';
import STATE_ERROR from '@salesforce/label/c.Checklist_StateError';
import STATE_TODO from '@salesforce/label/c.Checklist_StateTodo';
import { formatLabel, formatNumber, pluralLabel } from 'c/i18n';

export type StepState = 'done' | 'todo' | 'error';

export interface ChecklistStep {
    key: string;
    title: string;
    state: StepState;
    detail: string;
    /** Sentences the page shows on demand under the detail (the optional scopes not granted, one each). */
    more?: string[];
}

/** Retention accepted by the setup page, in days. */
export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 3650;

/** Formats an ISO date/time for the reader (the page passes one bound to the user's locale and time zone). */
export type WhenFormatter = (iso: string) => string;

/** An ISO date/time in a locale and IANA zone, with the zone named ("Mar 9, 2026, 3:30 PM GMT+1"). */
export function formatWhen(iso: string, locale?: string, timeZone?: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const options: Intl.DateTimeFormatOptions = {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short'
    };
    try {
        return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
    } catch {
        // An unknown locale or zone: the browser's own.
        return new Intl.DateTimeFormat(undefined, options).format(date);
    }
}

/** Fallback formatter: the browser's locale and zone. */
export const defaultWhen: WhenFormatter = (iso) => formatWhen(iso);

/**
 * What Connect API reports, as secondary information beside a verified connection (it never overrides one).
 * Every documented value of ConnectApi.CredentialAuthenticationStatus is named, plus Missing (unreadable).
 */
export function connectApiNote(status: Apex.ZoomSetupStatus): string {
    switch (status.credentialStatus) {
        case 'Configured':
            return CONNECT_API_CONFIGURED;
        case 'NotConfigured':
            return CONNECT_API_NOT_CONFIGURED;
        case 'Unknown':
            return CONNECT_API_UNKNOWN;
        default:
            return formatLabel(CONNECT_API_UNREADABLE, status.credentialMessage || CONNECT_API_MISSING);
    }
}

/**
 * What the admin sees about the credentials, and what to do next. A token obtained by Test connection is the truth:
 * "Connected — verified <when> by Test connection"; a later failed test turns it into an error. Without a test,
 * Connect API's status decides (Unknown for the package's custom-protocol credential: enter, then test).
 */
export function credentialStep(status: Apex.ZoomSetupStatus, when: WhenFormatter = defaultWhen): ChecklistStep {
    const base = { key: 'credentials', title: CREDENTIALS_TITLE };
    const connection = status.connection;
    if (connection?.verified && connection.verifiedAt) {
        return {
            ...base,
            state: 'done',
            detail: formatLabel(CREDENTIALS_VERIFIED, when(connection.verifiedAt), connectApiNote(status))
        };
    }
    if (connection?.failedAt) {
        return {
            ...base,
            state: 'error',
            detail: formatLabel(
                CREDENTIALS_TEST_FAILED,
                when(connection.failedAt),
                connection.failure ?? NO_REASON,
                CREDENTIAL_PLACE
            )
        };
    }
    switch (status.credentialStatus) {
        case 'Configured':
            return {
                ...base,
                state: 'done',
                detail: CREDENTIALS_CONFIGURED
            };
        case 'NotConfigured':
            return {
                ...base,
                state: 'todo',
                detail: formatLabel(CREDENTIALS_NOT_CONFIGURED, CREDENTIAL_PLACE)
            };
        case 'Unknown':
            return {
                ...base,
                state: 'todo',
                detail: formatLabel(CREDENTIALS_UNKNOWN, CREDENTIAL_PLACE)
            };
        default:
            return {
                ...base,
                state: 'error',
                detail: status.credentialMessage || CREDENTIALS_MISSING
            };
    }
}

/**
 * Connection step: the Test connection run in this page view, else the stored outcome of the latest one.
 */
export function connectionStep(
    result: Apex.ZoomConnectionResult | null,
    stored: Apex.ZoomConnectionState | null = null,
    when: WhenFormatter = defaultWhen
): ChecklistStep {
    const base = { key: 'connection', title: CONNECTION_TITLE };
    if (!result) {
        if (stored?.verified && stored.verifiedAt) {
            const at = when(stored.verifiedAt);
            const { accountId, apiHost } = stored;
            let detail: string;
            if (accountId && apiHost) detail = formatLabel(CONNECTION_VERIFIED_ACCOUNT_HOST, accountId, apiHost, at);
            else if (accountId) detail = formatLabel(CONNECTION_VERIFIED_ACCOUNT, accountId, at);
            else if (apiHost) detail = formatLabel(CONNECTION_VERIFIED_HOST, apiHost, at);
            else detail = formatLabel(CONNECTION_VERIFIED, at);
            return { ...base, state: 'done', detail };
        }
        if (stored?.failedAt) {
            return {
                ...base,
                state: 'error',
                detail: formatLabel(CONNECTION_LAST_FAILED, when(stored.failedAt), stored.failure ?? NO_REASON)
            };
        }
        return { ...base, state: 'todo', detail: CONNECTION_TODO };
    }
    if (!result.ok) return { ...base, state: 'error', detail: result.message };
    // 'Zoom' (the product name) stands for a host Zoom did not report.
    const host = result.apiHost ?? 'Zoom';
    const account = result.accountId;
    const users = result.activeUsers;
    let detail: string;
    if (users === null || users === undefined) {
        detail = account ? formatLabel(CONNECTED_ACCOUNT_VIA, account, host) : formatLabel(CONNECTED_VIA, host);
    } else {
        detail = account
            ? pluralLabel(users, CONNECTED_ACCOUNT_VIA_USERS_ONE, CONNECTED_ACCOUNT_VIA_USERS_OTHER, account, host)
            : pluralLabel(users, CONNECTED_VIA_USERS_ONE, CONNECTED_VIA_USERS_OTHER, host);
    }
    return { ...base, state: 'done', detail };
}

/** A scope as the admin reads it: the granular scope, its classic equivalent and what breaks without it. */
export function scopeSentence(scope: Apex.ZoomScopeDto): string {
    return formatLabel(SCOPE_SENTENCE, scope.scope, scope.classicScope, scope.purpose);
}

/** The required scopes the token lacks (known once a test obtained a token, even when the API call failed). */
export function missingScopes(result: Apex.ZoomConnectionResult | null): Apex.ZoomScopeDto[] {
    return (result?.scopes ?? []).filter((s) => !s.granted && !s.optional);
}

/** The optional scopes the token lacks: the package works, only their feature is lost. */
export function missingOptionalScopes(result: Apex.ZoomConnectionResult | null): Apex.ZoomScopeDto[] {
    return (result?.scopes ?? []).filter((s) => !s.granted && s.optional);
}

/**
 * The feature an optional scope switches on, in words: the webinar endpoints share one, so do the Zoom Phone ones;
 * an optional scope of no known family is named by its scope.
 */
export function optionalFeature(scope: Apex.ZoomScopeDto): string {
    const endpoint = scope.endpoint ?? '';
    if (endpoint.includes('webinar')) return OPTIONAL_FEATURE_WEBINARS;
    if (endpoint.includes('meeting_summary')) return OPTIONAL_FEATURE_AI_SUMMARIES;
    if (endpoint.includes('/phone/')) return OPTIONAL_FEATURE_PHONE;
    return scope.scope;
}

/**
 * The optional scopes not granted as one sentence ("16 optional scopes not granted: webinars, AI Companion
 * summaries. Only those features are off."), '' when none is missing.
 */
export function optionalScopesLine(optional: Apex.ZoomScopeDto[]): string {
    if (!optional.length) return '';
    const features = [...new Set(optional.map(optionalFeature))].join(', ');
    return pluralLabel(optional.length, SCOPES_OPTIONAL_LINE_ONE, SCOPES_OPTIONAL_LINE_OTHER, features);
}

/**
 * Scope step: done when a test's token has every required scope; names each missing required scope and what it
 * breaks (one sentence each). Missing optional scopes (a Meetings-only account lacks every webinar scope) add one
 * line naming the features that are off; their sentences are in `more`, for the page to show on demand.
 */
export function scopeStep(result: Apex.ZoomConnectionResult | null): ChecklistStep {
    const base = { key: 'scopes', title: SCOPES_TITLE };
    if (!result?.scopes?.length) return { ...base, state: 'todo', detail: SCOPES_TODO };
    const missing = missingScopes(result);
    const optional = missingOptionalScopes(result);
    const optionalText = optionalScopesLine(optional);
    const extra = optional.length ? { more: optional.map(scopeSentence) } : {};
    const withOptional = (text: string): string => (optionalText ? `${text} ${optionalText}` : text);
    if (missing.length === 0) {
        const required = result.scopes.filter((s) => !s.optional).length;
        const granted = pluralLabel(required, SCOPES_ALL_GRANTED_ONE, SCOPES_ALL_GRANTED_OTHER);
        return { ...base, state: 'done', detail: withOptional(granted), ...extra };
    }
    const sentences = missing.map(scopeSentence).join(' ');
    return {
        ...base,
        state: 'error',
        detail: withOptional(pluralLabel(missing.length, SCOPES_MISSING_ONE, SCOPES_MISSING_OTHER, sentences)),
        ...extra
    };
}

/**
 * Webhook step: done only when Zoom's events arrive and are applied (webhookState Flowing); a site and a secret alone
 * are still to do (waiting for Zoom's first event); failing or blocked events are an error.
 */
export function webhookStep(status: Apex.ZoomSetupStatus): ChecklistStep {
    const base = { key: 'webhook', title: WEBHOOK_TITLE };
    if (!status.webhookUrl) return { ...base, state: 'todo', detail: WEBHOOK_NO_SITE };
    if (!status.hasWebhookSecret) return { ...base, state: 'todo', detail: WEBHOOK_SECRET_TODO };
    switch (status.webhookState) {
        case 'Flowing':
            return { ...base, state: 'done', detail: WEBHOOK_FLOWING };
        case 'Failing':
            return { ...base, state: 'error', detail: WEBHOOK_FAILING };
        case 'Blocked':
            return { ...base, state: 'error', detail: WEBHOOK_BLOCKED };
        default:
            return { ...base, state: 'todo', detail: WEBHOOK_WAITING };
    }
}

export function userStep(status: Apex.ZoomSetupStatus): ChecklistStep {
    const base = { key: 'users', title: USERS_TITLE };
    if (status.mappedUsers === 0) return { ...base, state: 'todo', detail: USERS_TODO };
    return {
        ...base,
        state: 'done',
        detail: pluralLabel(status.activeUsers, USERS_LINKED_ONE, USERS_LINKED_OTHER, formatNumber(status.mappedUsers))
    };
}

export function syncStep(sync: Apex.ZoomSyncStatus): ChecklistStep {
    const base = { key: 'sync', title: SYNC_TITLE };
    if (sync.lastError) return { ...base, state: 'error', detail: formatLabel(SYNC_FAILED, sync.lastError) };
    return sync.enabled ? { ...base, state: 'done', detail: SYNC_ON } : { ...base, state: 'todo', detail: SYNC_TODO };
}

/**
 * The stored connection outcome as it applies to the settings on the page: a verification of another Zoom cloud
 * does not count (the admin switched clouds since; Apex judges the same way when it reads the setting).
 */
export function effectiveConnection(status: Apex.ZoomSetupStatus): Apex.ZoomConnectionState | null {
    const connection = status.connection ?? null;
    if (connection?.verified && connection.cloud && connection.cloud !== status.settings.zoomCloud) {
        return { ...connection, verified: false, verifiedAt: null, accountId: null, apiHost: null };
    }
    return connection;
}

/** The whole checklist, top to bottom. */
export function buildChecklist(
    status: Apex.ZoomSetupStatus,
    connection: Apex.ZoomConnectionResult | null,
    when: WhenFormatter = defaultWhen
): ChecklistStep[] {
    const stored = effectiveConnection(status);
    return [
        credentialStep({ ...status, connection: stored as Apex.ZoomConnectionState }, when),
        connectionStep(connection, stored, when),
        scopeStep(connection),
        webhookStep(status),
        userStep(status),
        syncStep(status.sync)
    ];
}

/** A readable problem with the retention value, or '' when it is valid. */
export function retentionError(value: unknown): string {
    const n = typeof value === 'string' ? Number(value.trim()) : Number(value);
    if (value === '' || value === null || value === undefined || !Number.isInteger(n)) return RETENTION_WHOLE_NUMBER;
    if (n < RETENTION_MIN_DAYS || n > RETENTION_MAX_DAYS) {
        const plain = { useGrouping: false };
        return formatLabel(
            RETENTION_RANGE,
            formatNumber(RETENTION_MIN_DAYS, plain),
            formatNumber(RETENTION_MAX_DAYS, plain)
        );
    }
    return '';
}

/** SLDS icon for a step state. */
export function stateIcon(state: StepState): { name: string; variant: string; label: string } {
    switch (state) {
        case 'done':
            return { name: 'utility:success', variant: 'success', label: STATE_DONE };
        case 'error':
            return { name: 'utility:error', variant: 'error', label: STATE_ERROR };
        default:
            return { name: 'utility:routing_offline', variant: 'warning', label: STATE_TODO };
    }
}
