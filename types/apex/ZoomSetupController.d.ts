/** Mirrors the Apex DTOs returned by ZoomSetupController (force-app/main/core/classes). Datetimes are ISO strings. */
declare namespace Apex {
    /** force-app/main/core/classes/ZoomSetupStatus.cls */
    interface ZoomSetupStatus {
        /** What Connect API says (secondary: `connection` is the proof). Unknown for a Custom-protocol credential. */
        credentialStatus: 'Configured' | 'NotConfigured' | 'Unknown' | 'Missing';
        credentialMessage: string;
        /** Outcome of the latest Test connection. */
        connection: ZoomConnectionState;
        webhookUrl: string | null;
        hasWebhookSecret: boolean;
        /** Whether Zoom's events are applied (the checklist's webhook step): see WebhookHealthDto.state. */
        webhookState: 'NoSite' | 'NoSecret' | 'Blocked' | 'Waiting' | 'Flowing' | 'Failing';
        settings: ZoomSettingsDto;
        sync: ZoomSyncStatus;
        mappedUsers: number;
        activeUsers: number;
        recentErrors: ZoomLogDto[];
        requiredScopes: ZoomScopeDto[];
    }

    /** force-app/main/core/classes/ZoomConnectionState.cls */
    interface ZoomConnectionState {
        /** The latest Test connection obtained a token for the cloud the settings name now. */
        verified: boolean;
        verifiedAt: string | null;
        accountId: string | null;
        apiHost: string | null;
        cloud: 'zoom.us' | 'zoomgov.com' | null;
        /** When the latest Test connection got no token (it cleared the verification). */
        failedAt: string | null;
        failure: string | null;
    }

    /** force-app/main/core/classes/ZoomSettingsDto.cls */
    interface ZoomSettingsDto {
        emailLaunchAttendees: boolean;
        /** With emailLaunchAttendees: the launch email goes out by itself instead of opening the composer. */
        emailAutoSend: boolean;
        /** Meeting emails (one per recipient) each rep may send per day, 1 to 1000. */
        emailDailyLimit: number;
        /** Meeting emails may go only to the people of the meeting's Event. */
        emailEventPeopleOnly: boolean;
        joinBeforeHost: boolean;
        usePmi: boolean;
        syncExternalMeetings: boolean;
        createCallTasks: boolean;
        /** Also log calls between two Zoom users (marked Internal, never matched or tasked). */
        logInternalCalls: boolean;
        /** ISO-2 country for numbers without a country code; null = each user's, else the org's locale country. */
        phoneDefaultCountry: string | null;
        /** Also write the AI Companion summary into the description of the meeting's Events. */
        summaryToEvent: boolean;
        /** An unmatched Zoom webinar registrant becomes a new Lead (Lead Source empty, Company from Zoom or "[not provided]"). */
        webinarCreateLeads: boolean;
        hourlySync: boolean;
        logRetentionDays: number;
        zoomCloud: 'zoom.us' | 'zoomgov.com';
        /** Organization-wide address meeting emails are sent from; null sends from each rep's own address. */
        orgWideEmailAddress: string | null;
    }

    /** force-app/main/core/classes/ZoomSyncStatus.cls */
    interface ZoomSyncStatus {
        enabled: boolean;
        nextRun: string | null;
        lastRun: string | null;
        lastError: string | null;
    }

    /** force-app/main/core/classes/ZoomLogDto.cls */
    interface ZoomLogDto {
        id: string;
        name: string;
        operation: string;
        status: Apex.LogStatus;
        httpStatus: number | null;
        zoomCode: string | null;
        message: string;
        createdDate: string;
    }

    /** force-app/main/core/classes/ZoomScopeDto.cls: one endpoint the package calls and the scope it needs. */
    interface ZoomScopeDto {
        /** Granular scope to add to the Zoom app, e.g. meeting:update:meeting:admin. */
        scope: string;
        /** What stops working without it. */
        purpose: string;
        /** The token has the scope, one of its granular alternatives or its classic scope. */
        granted: boolean;
        /** The endpoint that needs it, e.g. PATCH /meetings/{meetingId}. */
        endpoint: string;
        /** Every granular scope Zoom accepts for the endpoint (any one suffices). */
        granularScopes: string[];
        /** Classic equivalent for apps created before granular scopes, e.g. meeting:write:admin. */
        classicScope: string;
        /** The package works without it; only the feature in `purpose` is lost. */
        optional: boolean;
    }

    /** force-app/main/core/classes/ZoomConnectionResult.cls */
    interface ZoomConnectionResult {
        ok: boolean;
        message: string;
        /** Zoom account reached (account_id of an active user); null when it could not be read. */
        accountId: string | null;
        /** Active users of that account (total_records of GET /users?status=active); null when not read. */
        activeUsers: number | null;
        apiHost: string | null;
        /** Every endpoint's scope; empty when no token was obtained. */
        scopes: ZoomScopeDto[];
        /** The stored proof after this test: verified when it obtained a token, failed when it got none. */
        connection: ZoomConnectionState;
    }

    /** force-app/main/core/classes/UserMappingResult.cls */
    interface UserMappingResult {
        /** Running: a background job continues the run; poll getMappingStatus. None: never mapped. */
        state: 'Done' | 'Running' | 'Failed' | 'None';
        message: string | null;
        usersRead: number;
        matched: number;
        unmatchedCount: number;
        /** Filled once the run has ended (at most 200). */
        unmatched: UnmatchedUser[];
    }

    /** force-app/main/webhooks/classes/WebhookHealthDto.cls: the setup page's webhook card. */
    interface WebhookHealthDto {
        /**
         * NoSite: no Zoom_Webhooks site; NoSecret: no secret token; Blocked: the subscriber logged an Error since the
         * last Applied/Ignored receipt (events arrive, none is applied); Waiting: no event yet; Failing: some not applied.
         */
        state: 'NoSite' | 'NoSecret' | 'Blocked' | 'Waiting' | 'Flowing' | 'Failing';
        /** The endpoint to paste into the Zoom app; null while no webhook site exists. */
        webhookUrl: string | null;
        hasSecret: boolean;
        /** Zoom event names the package applies, sorted (the event subscription). */
        events: string[];
        /** Granular scopes the Zoom app needs. */
        scopes: string[];
        lastEventType: string | null;
        lastEventAt: string | null;
        /** Events received since midnight (user's zone) per type, most first. */
        today: WebhookTypeCount[];
        todayTotal: number;
        retrying: number;
        failed: number;
        /** The latest Retrying or Failed events, newest first (at most 20). */
        failures: WebhookFailureDto[];
        /** When the subscriber logged the Error behind Blocked; null in every other state. */
        blockedAt: string | null;
        /** The logged message behind Blocked (English diagnostic); null in every other state. */
        blockedMessage: string | null;
    }

    /** force-app/main/webhooks/classes/WebhookTypeCount.cls */
    interface WebhookTypeCount {
        eventType: string;
        count: number;
    }

    /** force-app/main/webhooks/classes/WebhookFailureDto.cls: an event that was not applied (never its body). */
    interface WebhookFailureDto {
        /** Id of the Zoom_Webhook_Receipt__c. */
        id: string;
        eventType: string;
        eventTime: string | null;
        receivedAt: string;
        status: Apex.WebhookStatus;
        attempts: number;
        nextAttempt: string | null;
        error: string | null;
    }

    /** force-app/main/core/classes/UnmatchedUser.cls */
    interface UnmatchedUser {
        name: string;
        email: string;
        reason: string;
    }
}

declare module '@salesforce/apex/ZoomSetupController.getSetupStatus' {
    /** Everything the setup checklist shows, read without calling Zoom. */
    const getSetupStatus: ApexMethod<Record<string, never>, Apex.ZoomSetupStatus>;
    export default getSetupStatus;
}

declare module '@salesforce/apex/ZoomSetupController.testConnection' {
    /** Fetches a token, lists one active user and reads its account: proves credentials, host and scopes. */
    const testConnection: ApexMethod<Record<string, never>, Apex.ZoomConnectionResult>;
    export default testConnection;
}

declare module '@salesforce/apex/ZoomSetupController.saveSettings' {
    const saveSettings: ApexMethod<{ settings: Apex.ZoomSettingsDto }, Apex.ZoomSettingsDto>;
    export default saveSettings;
}

declare module '@salesforce/apex/ZoomSetupController.saveWebhookSecret' {
    /** Stores the webhook secret token; returns whether one is now stored. The token never comes back. */
    const saveWebhookSecret: ApexMethod<{ secretToken: string }, boolean>;
    export default saveWebhookSecret;
}

declare module '@salesforce/apex/ZoomSetupController.mapUsers' {
    /** Maps a small directory at once (Done) or starts the background run (Running); never starts a second run. */
    const mapUsers: ApexMethod<Record<string, never>, Apex.UserMappingResult>;
    export default mapUsers;
}

declare module '@salesforce/apex/ZoomSetupController.getMappingStatus' {
    /** The state of the latest mapping run, read without calling Zoom. */
    const getMappingStatus: ApexMethod<Record<string, never>, Apex.UserMappingResult>;
    export default getMappingStatus;
}

declare module '@salesforce/apex/ZoomSetupController.setHourlySync' {
    const setHourlySync: ApexMethod<{ enabled: boolean }, Apex.ZoomSyncStatus>;
    export default setHourlySync;
}

declare module '@salesforce/apex/ZoomSetupController.getWebhookHealth' {
    /** Webhook endpoint state, subscription, latest event, today's counts and replayable failures (no callout). */
    const getWebhookHealth: ApexMethod<Record<string, never>, Apex.WebhookHealthDto>;
    export default getWebhookHealth;
}

declare module '@salesforce/apex/ZoomSetupController.replayWebhookEvents' {
    /** Replays the given Retrying/Failed receipts (empty: the latest ones); returns how many were republished. */
    const replayWebhookEvents: ApexMethod<{ receiptIds: string[] }, number>;
    export default replayWebhookEvents;
}
