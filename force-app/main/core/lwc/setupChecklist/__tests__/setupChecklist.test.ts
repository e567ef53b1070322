import {
    buildChecklist,
    connectionStep,
    retentionError,
    scopeStep,
    stateIcon,
    syncStep,
    webhookStep
} from 'c/setupChecklist';
import configured from 'fixtures/ZoomSetupController.getSetupStatus.json';
import connected from 'fixtures/ZoomSetupController.testConnection.json';
import missing from 'fixtures/ZoomSetupController.testConnection.missingScopes.json';

const status = configured as Apex.ZoomSetupStatus;

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
            { ...status, credentialStatus: 'Missing', credentialMessage: 'Reinstall.' },
            null
        )[0];
        expect(step).toEqual(expect.objectContaining({ state: 'error', detail: 'Reinstall.' }));
    });

    it('counts scopes only after a successful test', () => {
        expect(scopeStep(null).state).toBe('todo');
        expect(scopeStep(connected as Apex.ZoomConnectionResult).detail).toBe('All 8 required scopes are granted.');
        expect(scopeStep(missing as Apex.ZoomConnectionResult).detail).toMatch(
            /^2 required scopes are missing: report:read:admin, phone:read:admin\./
        );
        const one = {
            ...connected,
            scopes: connected.scopes.map((s, i) => ({ ...s, granted: i !== 0 }))
        } as Apex.ZoomConnectionResult;
        expect(scopeStep(one).detail).toMatch(/^1 required scope is missing: meeting:read:admin\./);
    });

    it('describes a connection', () => {
        expect(connectionStep(connected as Apex.ZoomConnectionResult).detail).toBe(
            'Connected to Zoom account lAAAAAAAAAAAAAAAAAAAAA as Dana Admin (dana.admin@acme.com) via https://api.zoom.us.'
        );
    });

    it('asks for a site before a webhook secret', () => {
        expect(webhookStep({ ...status, webhookUrl: null }).detail).toMatch(/Salesforce Site/);
        expect(webhookStep({ ...status, hasWebhookSecret: false }).state).toBe('todo');
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
