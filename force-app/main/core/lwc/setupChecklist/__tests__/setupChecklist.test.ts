import {
    buildChecklist,
    connectApiNote,
    connectionStep,
    credentialStep,
    formatWhen,
    missingOptionalScopes,
    missingScopes,
    optionalFeature,
    optionalScopesLine,
    retentionError,
    scopeStep,
    stateIcon,
    syncStep,
    webhookStep
} from 'c/setupChecklist';
import configured from 'fixtures/ZoomSetupController.getSetupStatus.json';
import connected from 'fixtures/ZoomSetupController.testConnection.json';
import missing from 'fixtures/ZoomSetupController.testConnection.missingScopes.json';
import fresh from 'fixtures/ZoomSetupController.getSetupStatus.notConfigured.json';
import failedStatus from 'fixtures/ZoomSetupController.getSetupStatus.connectionFailed.json';
import blockedStatus from 'fixtures/ZoomSetupController.getSetupStatus.webhookBlocked.json';

const status = configured as Apex.ZoomSetupStatus;
const neverTested = fresh as Apex.ZoomSetupStatus;
const when = (iso: string): string => `at ${iso}`;
/** Every documented ConnectApi.CredentialAuthenticationStatus value, plus Missing (the credential is unreadable). */
const CONNECT_API_STATUSES: Array<Apex.ZoomSetupStatus['credentialStatus']> = [
    'Configured',
    'NotConfigured',
    'Unknown',
    'Missing'
];

describe('setupChecklist', () => {
    it('orders the checklist top to bottom', () => {
        expect(buildChecklist(status, null).map((s) => s.key)).toEqual([
            'credentials',
            'connection',
            'scopes',
            'webhook',
            'users',
            'sync'
        ]);
    });

    it('reports a missing external credential as an error with its message', () => {
        const step = buildChecklist(
            { ...neverTested, credentialStatus: 'Missing', credentialMessage: 'Reinstall.' },
            null
        )[0];
        expect(step).toEqual(expect.objectContaining({ state: 'error', detail: 'Reinstall.' }));
    });

    it('shows a connection verified by Test connection as done, whatever Connect API says', () => {
        for (const credentialStatus of CONNECT_API_STATUSES) {
            const step = credentialStep({ ...status, credentialStatus }, when);
            expect(step.state).toBe('done');
            expect(step.detail).toMatch(
                /^Connected — verified at 2026-03-09T14:30:00\.000Z by Test connection\. Connect API /
            );
        }
        expect(connectApiNote(status)).toBe(
            'Connect API reports Unknown, as it does for every custom-protocol credential.'
        );
    });

    it('names every Connect API status differently when nothing is verified', () => {
        const steps = CONNECT_API_STATUSES.map((credentialStatus) =>
            credentialStep({ ...neverTested, credentialStatus, credentialMessage: 'Reinstall.' }, when)
        );
        expect(steps.map((s) => s.state)).toEqual(['done', 'todo', 'todo', 'error']);
        expect(new Set(steps.map((s) => s.detail)).size).toBe(4);
        // Unknown (the custom-protocol answer) asks for a test, not just to re-enter the values forever.
        expect(steps[2].detail).toMatch(/then click Test connection: a token from Zoom proves them\.$/);
        expect(new Set(CONNECT_API_STATUSES.map((s) => connectApiNote({ ...status, credentialStatus: s }))).size).toBe(
            4
        );
    });

    it('turns a failed Test connection into an error that overrides Connect API', () => {
        const failed = failedStatus as Apex.ZoomSetupStatus;
        expect(credentialStep({ ...failed, credentialStatus: 'Configured' }, when)).toEqual(
            expect.objectContaining({
                state: 'error',
                detail: expect.stringMatching(
                    /^Test connection at 2026-03-09T14:45:00\.000Z got no token from Zoom: Zoom rejected/
                )
            })
        );
        expect(connectionStep(null, failed.connection, when)).toEqual(
            expect.objectContaining({ state: 'error', detail: expect.stringContaining('invalid_client') })
        );
    });

    it('shows the stored verification in the connection step until the page tests again', () => {
        expect(connectionStep(null, status.connection, when)).toEqual({
            key: 'connection',
            title: 'Connection to Zoom',
            state: 'done',
            detail: 'Connected to Zoom account acme-zoom-account via https://api.zoom.us — verified at 2026-03-09T14:30:00.000Z by Test connection. Test again to check the scopes.'
        });
        expect(connectionStep(null, neverTested.connection, when).state).toBe('todo');
        expect(connectionStep(null).state).toBe('todo');
    });

    it('does not count a verification of another Zoom cloud', () => {
        const switched = { ...status, settings: { ...status.settings, zoomCloud: 'zoomgov.com' as const } };
        const [credentials, connection] = buildChecklist(switched, null, when);
        expect(credentials.state).toBe('todo');
        expect(connection.state).toBe('todo');
        expect(buildChecklist(status, null, when)[0].state).toBe('done');
    });

    it("formats the time in the reader's locale and zone", () => {
        expect(formatWhen('2026-03-09T14:30:00.000Z', 'en-US', 'Europe/Berlin')).toBe('Mar 9, 2026, 3:30 PM GMT+1');
        expect(formatWhen('2026-03-09T14:30:00.000Z', 'en-US', 'Not/AZone')).toMatch(/2026/);
        expect(formatWhen('not a date')).toBe('not a date');
    });

    it('formats with the browser by default', () => {
        expect(credentialStep(status).detail).toMatch(/^Connected — verified .*2026.* by Test connection\./);
    });

    it('counts scopes once a test obtained a token', () => {
        expect(scopeStep(null).state).toBe('todo');
        expect(scopeStep(connected as Apex.ZoomConnectionResult).detail).toBe('All 12 required scopes are granted.');
        expect(scopeStep(missing as Apex.ZoomConnectionResult).detail).toMatch(
            /^2 required scopes are missing: meeting:update:meeting:admin \(or classic meeting:write:admin\): Moving or editing a Salesforce Event does not change its Zoom meeting\. meeting:delete:meeting:admin \(or classic meeting:write:admin\): Cancelling/
        );
        const one = {
            ...connected,
            scopes: connected.scopes.map((s, i) => ({ ...s, granted: i !== 0 }))
        } as Apex.ZoomConnectionResult;
        expect(scopeStep(one).detail).toMatch(
            /^1 required scope is missing: user:read:list_users:admin \(or classic user:read:admin\): Map users/
        );
        const apiFailed = { ...(missing as Apex.ZoomConnectionResult), ok: false };
        expect(scopeStep(apiFailed).state).toBe('error');
        expect(scopeStep({ ...apiFailed, scopes: [] }).state).toBe('todo');
    });

    it('names a missing optional scope without failing the step', () => {
        const phoneOnly = {
            ...connected,
            scopes: connected.scopes.map((s) => ({ ...s, granted: !s.optional }))
        } as Apex.ZoomConnectionResult;
        const step = scopeStep(phoneOnly);
        expect(step.state).toBe('done');
        expect(step.detail).toBe(
            'All 12 required scopes are granted. 1 optional scope not granted: Zoom Phone call logging. Only that feature is off.'
        );
        expect(step.more).toEqual([
            'phone:read:list_users:admin (or classic phone:read:admin): Optional, for Zoom Phone accounts only: the Zoom Phone User ID of mapped users stays empty (Map users ends with a warning).'
        ]);
        expect(missingScopes(phoneOnly)).toEqual([]);
    });

    /** A Meetings-only account: the 15 webinar endpoints and the AI Companion summary are optional and not granted. */
    function meetingsOnly(base: Apex.ZoomConnectionResult): Apex.ZoomConnectionResult {
        const webinarEndpoints = Array.from({ length: 15 }, (_, i) => `GET /webinars/{webinarId}/part${i}`);
        const optional: Apex.ZoomScopeDto[] = [
            ...webinarEndpoints.map((endpoint, i) => ({
                scope: `webinar:read:part${i}:admin`,
                purpose: `Webinar part ${i} is off.`,
                granted: false,
                endpoint,
                granularScopes: [`webinar:read:part${i}:admin`],
                classicScope: 'webinar:read:admin',
                optional: true
            })),
            {
                scope: 'meeting:read:summary:admin',
                purpose: 'No AI Companion summary is stored.',
                granted: false,
                endpoint: 'GET /meetings/{meetingUUID}/meeting_summary',
                granularScopes: ['meeting:read:summary:admin'],
                classicScope: 'meeting:read:admin',
                optional: true
            }
        ];
        return {
            ...base,
            scopes: [...base.scopes.map((s) => ({ ...s, granted: s.granted || s.optional })), ...optional]
        };
    }

    it('sums up the optional scopes of a Meetings-only account in one line, the sentences on demand', () => {
        const step = scopeStep(meetingsOnly(connected as Apex.ZoomConnectionResult));
        expect(step.state).toBe('done');
        expect(step.detail).toBe(
            'All 12 required scopes are granted. 16 optional scopes not granted: webinars, AI Companion summaries. Only those features are off.'
        );
        expect(step.more).toHaveLength(16);
        expect(step.more![0]).toBe('webinar:read:part0:admin (or classic webinar:read:admin): Webinar part 0 is off.');
        expect(step.more![15]).toMatch(/^meeting:read:summary:admin .*No AI Companion summary is stored\.$/);
    });

    it('keeps one sentence per missing required scope beside the one optional line', () => {
        const step = scopeStep(meetingsOnly(missing as Apex.ZoomConnectionResult));
        expect(step.state).toBe('error');
        expect(step.detail).toMatch(
            /^2 required scopes are missing: meeting:update:meeting:admin \(or classic meeting:write:admin\): Moving .* meeting:delete:meeting:admin \(or classic meeting:write:admin\): Cancelling .* 16 optional scopes not granted: webinars, AI Companion summaries\. Only those features are off\.$/
        );
        expect(step.detail).not.toMatch(/webinar:read/);
        expect(step.more).toHaveLength(16);
        const features = missingOptionalScopes(meetingsOnly(missing as Apex.ZoomConnectionResult)).map(optionalFeature);
        expect(new Set(features)).toEqual(new Set(['webinars', 'AI Companion summaries']));
    });

    it('has no optional line nor sentences on demand when every optional scope is granted', () => {
        const all = {
            ...connected,
            scopes: connected.scopes.map((s) => ({ ...s, granted: true }))
        } as Apex.ZoomConnectionResult;
        const step = scopeStep(all);
        expect(step.detail).toBe('All 12 required scopes are granted.');
        expect(step.more).toBeUndefined();
        expect(optionalScopesLine([])).toBe('');
    });

    it('describes a connection', () => {
        expect(connectionStep(connected as Apex.ZoomConnectionResult).detail).toBe(
            'Connected to Zoom account lAAAAAAAAAAAAAAAAAAAAA via https://api.zoom.us (42 active users).'
        );
        expect(
            connectionStep({ ...(connected as Apex.ZoomConnectionResult), accountId: null, activeUsers: null }).detail
        ).toBe('Connected to Zoom via https://api.zoom.us.');
    });

    it('asks for a site before a webhook secret', () => {
        expect(webhookStep({ ...status, webhookUrl: null }).detail).toMatch(/Salesforce Site/);
        expect(webhookStep({ ...status, hasWebhookSecret: false }).state).toBe('todo');
    });

    it('is done only when Zoom events arrive and are applied, not as soon as a secret is stored', () => {
        expect(webhookStep(status)).toEqual(
            expect.objectContaining({ state: 'done', detail: "Zoom's events arrive and are applied." })
        );
        const waiting = webhookStep({ ...status, webhookState: 'Waiting' });
        expect(waiting.state).toBe('todo');
        expect(waiting.detail).toMatch(/no Zoom event has arrived yet/);
        const failing = webhookStep({ ...status, webhookState: 'Failing' });
        expect(failing.state).toBe('error');
        expect(failing.detail).toMatch(/could not be applied/);
        expect(webhookStep({ ...status, webhookUrl: null, webhookState: 'NoSite' }).state).toBe('todo');
    });

    it('reports a blocked subscriber as an error naming the fix', () => {
        const step = webhookStep(blockedStatus as Apex.ZoomSetupStatus);
        expect(step.state).toBe('error');
        expect(step.detail).toMatch(/must run as a Zoom Integration user \(docs\/webhook-setup\.md §3\)/);
    });

    it('surfaces the last sync error', () => {
        expect(syncStep({ enabled: true, nextRun: null, lastRun: null, lastError: 'Zoom was unreachable.' })).toEqual(
            expect.objectContaining({ state: 'error', detail: 'The last sync failed: Zoom was unreachable.' })
        );
    });

    it.each([
        ['365', ''],
        [30, ''],
        ['', 'Enter a whole number of days.'],
        ['12.5', 'Enter a whole number of days.'],
        [null, 'Enter a whole number of days.'],
        [0, 'Keep logs between 1 and 3650 days.'],
        [4000, 'Keep logs between 1 and 3650 days.']
    ])('retention %p → %p', (value, message) => {
        expect(retentionError(value)).toBe(message);
    });

    it('maps states to icons', () => {
        expect(stateIcon('done').name).toBe('utility:success');
        expect(stateIcon('error').variant).toBe('error');
        expect(stateIcon('todo').label).toBe('To do');
    });
});
