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

/** What the admin sees about the External Credential, and what to do next. */
export function credentialStep(status: Apex.ZoomSetupStatus): ChecklistStep {
    const base = { key: 'credentials', title: 'Zoom credentials' };
    switch (status.credentialStatus) {
        case 'Configured':
            return {
                ...base,
                state: 'done',
                detail: 'Account ID, client ID and client secret are stored in the Zoom external credential.'
            };
        case 'NotConfigured':
            return {
                ...base,
                state: 'todo',
                detail: 'In Setup, open Named Credentials › External Credentials › Zoom and enter the Account ID, Client ID and Client Secret of your Zoom Server-to-Server OAuth app.'
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

/** Connection step from the last "Test connection" (null when not run yet in this page view). */
export function connectionStep(result: Apex.ZoomConnectionResult | null): ChecklistStep {
    const base = { key: 'connection', title: 'Connection to Zoom' };
    if (!result)
        return { ...base, state: 'todo', detail: 'Click Test connection to check the credentials against Zoom.' };
    if (!result.ok) return { ...base, state: 'error', detail: result.message };
    const who = [result.userName, result.userEmail && `(${result.userEmail})`].filter(Boolean).join(' ');
    return {
        ...base,
        state: 'done',
        detail: `Connected to Zoom account ${result.accountId ?? ''} as ${who} via ${result.apiHost ?? 'Zoom'}.`.replace(
            /\s+/g,
            ' '
        )
    };
}

/** The scopes the package needs that the token lacks. */
export function missingScopes(result: Apex.ZoomConnectionResult | null): Apex.ZoomScopeDto[] {
    return result?.ok ? result.scopes.filter((s) => !s.granted) : [];
}

/** Scope step: done only after a successful test with every required scope granted. */
export function scopeStep(result: Apex.ZoomConnectionResult | null): ChecklistStep {
    const base = { key: 'scopes', title: 'Zoom app scopes' };
    if (!result?.ok) return { ...base, state: 'todo', detail: 'Scopes are checked when the connection test succeeds.' };
    const missing = missingScopes(result);
    if (missing.length === 0)
        return { ...base, state: 'done', detail: `All ${result.scopes.length} required scopes are granted.` };
    const names = missing.map((s) => s.scope).join(', ');
    return {
        ...base,
        state: 'error',
        detail: `${missing.length} required scope${missing.length === 1 ? ' is' : 's are'} missing: ${names}. Add them to the Zoom app in the Zoom App Marketplace, then test again.`
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

/** The whole checklist, top to bottom. */
export function buildChecklist(
    status: Apex.ZoomSetupStatus,
    connection: Apex.ZoomConnectionResult | null
): ChecklistStep[] {
    return [
        credentialStep(status),
        connectionStep(connection),
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
