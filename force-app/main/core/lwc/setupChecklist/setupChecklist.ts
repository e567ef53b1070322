/**
 * Pure logic behind the Zoom setup page: which checklist step is done, what is wrong and what to do next.
 * Service component (no template): import from 'c/setupChecklist'.
 */

export type StepState = 'done' | 'todo' | 'error';

export interface ChecklistStep {
    key: string;
    title: string;
    state: StepState;
    detail: string;
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

const CREDENTIAL_PLACE = 'Setup › Named Credentials › External Credentials › Zoom (principal ZoomAccount)';

/**
 * What Connect API reports, as secondary information beside a verified connection (it never overrides one).
 * Every documented value of ConnectApi.CredentialAuthenticationStatus is named, plus Missing (unreadable).
 */
export function connectApiNote(status: Apex.ZoomSetupStatus): string {
    switch (status.credentialStatus) {
        case 'Configured':
            return 'Connect API also reports the credential as configured.';
        case 'NotConfigured':
            return 'Connect API reports the credential as not configured; the token from Zoom is what counts.';
        case 'Unknown':
            return 'Connect API reports Unknown, as it does for every custom-protocol credential.';
        default:
            return `Connect API could not read the credential: ${status.credentialMessage || 'it is missing'}`;
    }
}

/**
 * What the admin sees about the credentials, and what to do next. A token obtained by Test connection is the truth:
 * "Connected — verified <when> by Test connection"; a later failed test turns it into an error. Without a test,
 * Connect API's status decides (Unknown for the package's custom-protocol credential: enter, then test).
 */
export function credentialStep(status: Apex.ZoomSetupStatus, when: WhenFormatter = defaultWhen): ChecklistStep {
    const base = { key: 'credentials', title: 'Zoom credentials' };
    const connection = status.connection;
    if (connection?.verified && connection.verifiedAt) {
        return {
            ...base,
            state: 'done',
            detail: `Connected — verified ${when(connection.verifiedAt)} by Test connection. ${connectApiNote(status)}`
        };
    }
    if (connection?.failedAt) {
        return {
            ...base,
            state: 'error',
            detail: `Test connection ${when(connection.failedAt)} got no token from Zoom: ${connection.failure ?? 'no reason given.'} Check the Account ID, Client ID and Client Secret in ${CREDENTIAL_PLACE}, then test again.`
        };
    }
    switch (status.credentialStatus) {
        case 'Configured':
            return {
                ...base,
                state: 'done',
                detail: 'Account ID, client ID and client secret are stored in the Zoom external credential. Click Test connection to prove them.'
            };
        case 'NotConfigured':
            return {
                ...base,
                state: 'todo',
                detail: `In ${CREDENTIAL_PLACE}, enter the Account ID, Client ID and Client Secret of your Zoom Server-to-Server OAuth app.`
            };
        case 'Unknown':
            return {
                ...base,
                state: 'todo',
                detail: `Salesforce cannot show whether the credentials are entered (custom protocol). Enter the Account ID, Client ID and Client Secret in ${CREDENTIAL_PLACE}, then click Test connection: a token from Zoom proves them.`
            };
        default:
            return {
                ...base,
                state: 'error',
                detail:
                    status.credentialMessage ||
                    'The Zoom external credential is missing from this org. Reinstall the package.'
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
    const base = { key: 'connection', title: 'Connection to Zoom' };
    if (!result) {
        if (stored?.verified && stored.verifiedAt) {
            const account = stored.accountId ? ` to Zoom account ${stored.accountId}` : '';
            const host = stored.apiHost ? ` via ${stored.apiHost}` : '';
            return {
                ...base,
                state: 'done',
                detail: `Connected${account}${host} — verified ${when(stored.verifiedAt)} by Test connection. Test again to check the scopes.`
            };
        }
        if (stored?.failedAt) {
            return {
                ...base,
                state: 'error',
                detail: `The last Test connection (${when(stored.failedAt)}) failed: ${stored.failure ?? 'no reason given.'}`
            };
        }
        return { ...base, state: 'todo', detail: 'Click Test connection to check the credentials against Zoom.' };
    }
    if (!result.ok) return { ...base, state: 'error', detail: result.message };
    const account = result.accountId ? ` account ${result.accountId}` : '';
    const users =
        result.activeUsers === null || result.activeUsers === undefined ? '' : ` (${result.activeUsers} active users)`;
    return {
        ...base,
        state: 'done',
        detail: `Connected to Zoom${account} via ${result.apiHost ?? 'Zoom'}${users}.`
    };
}

/** A scope as the admin reads it: the granular scope, its classic equivalent and what breaks without it. */
export function scopeSentence(scope: Apex.ZoomScopeDto): string {
    return `${scope.scope} (or classic ${scope.classicScope}): ${scope.purpose}`;
}

/** The required scopes the token lacks (known once a test obtained a token, even when the API call failed). */
export function missingScopes(result: Apex.ZoomConnectionResult | null): Apex.ZoomScopeDto[] {
    return (result?.scopes ?? []).filter((s) => !s.granted && !s.optional);
}

/** The optional scopes the token lacks: the package works, only their feature is lost. */
export function missingOptionalScopes(result: Apex.ZoomConnectionResult | null): Apex.ZoomScopeDto[] {
    return (result?.scopes ?? []).filter((s) => !s.granted && s.optional);
}

/** Scope step: done when a test's token has every required scope; names each missing scope and what it breaks. */
export function scopeStep(result: Apex.ZoomConnectionResult | null): ChecklistStep {
    const base = { key: 'scopes', title: 'Zoom app scopes' };
    if (!result?.scopes?.length)
        return { ...base, state: 'todo', detail: 'Scopes are checked when Test connection obtains a token from Zoom.' };
    const missing = missingScopes(result);
    const optional = missingOptionalScopes(result);
    const optionalText = optional.length ? ` Optional, not granted: ${optional.map(scopeSentence).join(' ')}` : '';
    if (missing.length === 0) {
        const required = result.scopes.filter((s) => !s.optional).length;
        return { ...base, state: 'done', detail: `All ${required} required scopes are granted.${optionalText}` };
    }
    return {
        ...base,
        state: 'error',
        detail: `${missing.length} required scope${missing.length === 1 ? ' is' : 's are'} missing: ${missing.map(scopeSentence).join(' ')} Add them to the Zoom app in the Zoom App Marketplace, then test again.${optionalText}`
    };
}

export function webhookStep(status: Apex.ZoomSetupStatus): ChecklistStep {
    const base = { key: 'webhook', title: 'Webhook (real-time updates)' };
    if (!status.webhookUrl) {
        return {
            ...base,
            state: 'todo',
            detail: 'Create a Salesforce Site for the Zoom webhook; its address appears here once it exists.'
        };
    }
    return status.hasWebhookSecret
        ? { ...base, state: 'done', detail: 'A secret token is stored. Zoom events are verified with it.' }
        : {
              ...base,
              state: 'todo',
              detail: 'Paste the secret token of your Zoom app’s event subscription and save it.'
          };
}

export function userStep(status: Apex.ZoomSetupStatus): ChecklistStep {
    const base = { key: 'users', title: 'Zoom users' };
    if (status.mappedUsers === 0)
        return {
            ...base,
            state: 'todo',
            detail: 'Click Map users to link Salesforce users to their Zoom users by email.'
        };
    return {
        ...base,
        state: 'done',
        detail: `${status.mappedUsers} of ${status.activeUsers} active Salesforce users are linked to a Zoom user.`
    };
}

export function syncStep(sync: Apex.ZoomSyncStatus): ChecklistStep {
    const base = { key: 'sync', title: 'Hourly sync' };
    if (sync.lastError) return { ...base, state: 'error', detail: `The last sync failed: ${sync.lastError}` };
    return sync.enabled
        ? { ...base, state: 'done', detail: 'Meetings are refreshed from Zoom every hour.' }
        : {
              ...base,
              state: 'todo',
              detail: 'Turn on the hourly sync so ended meetings, attendees and recordings reach Salesforce.'
          };
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
    if (value === '' || value === null || value === undefined || !Number.isInteger(n))
        return 'Enter a whole number of days.';
    if (n < RETENTION_MIN_DAYS || n > RETENTION_MAX_DAYS)
        return `Keep logs between ${RETENTION_MIN_DAYS} and ${RETENTION_MAX_DAYS} days.`;
    return '';
}

/** SLDS icon for a step state. */
export function stateIcon(state: StepState): { name: string; variant: string; label: string } {
    switch (state) {
        case 'done':
            return { name: 'utility:success', variant: 'success', label: 'Done' };
        case 'error':
            return { name: 'utility:error', variant: 'error', label: 'Needs attention' };
        default:
            return { name: 'utility:routing_offline', variant: 'warning', label: 'To do' };
    }
}
