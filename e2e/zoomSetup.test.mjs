// The Zoom Setup checklist walked in chromium as an admin would: test the connection, save the webhook secret,
// save settings (an invalid retention first), map users, switch the hourly sync; plus the missing-scopes and
// load-error states. Apex answers come from force-app/test/fixtures through preview/gallery.json.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 45_000;

describe('zoomSetup checklist', { concurrency: 3 }, () => {
    const preview = usePreview({ before, after });

    /**
     * Opens the component in a gallery state in a fresh browser context and hands the test its locators.
     * @param {string} state gallery state
     * @param {(t: { page: import('playwright-core').Page, setup: import('playwright-core').Locator }) => Promise<void>} run
     */
    const withSetup = (state, run) =>
        visit(preview(), `/c/zoomSetup?state=${state}`, async (page) => {
            const setup = page.locator('[data-preview="region"] c-zoom-setup');
            await setup.waitFor();
            await run({ page, setup });
        });

    const button = (setup, id) => setup.locator(`lightning-button[data-id="${id}"] button`);
    const step = (setup, key) => setup.locator(`li[data-step="${key}"]`);
    /** Waits for a toast with this title and returns its variant. */
    async function toastVariant(page, title) {
        const toast = page.locator('[data-preview="toast"]', {
            has: page.locator('[data-preview="toast-title"]', { hasText: title })
        });
        await toast.first().waitFor();
        return toast.first().getAttribute('data-variant');
    }

    test('a large directory is mapped in the background and the page follows it', { timeout: TEST_TIMEOUT }, () =>
        withSetup('mappingInBackground', async ({ page, setup }) => {
            await button(setup, 'map-users').click();
            assert.equal(await toastVariant(page, 'User mapping started'), 'info');
            await setup
                .locator('[data-id="mapping-summary"]')
                .getByText('Mapping in progress: 900 Zoom users')
                .waitFor();
            assert.equal(await button(setup, 'map-users').isDisabled(), true);
            // The page polls getMappingStatus after 5 s; the run has ended by then.
            assert.equal(await toastVariant(page, 'User mapping finished'), 'warning');
            await setup.locator('[data-id="unmatched"]').getByText('No Zoom user has this email address.').waitFor();
            assert.equal(await setup.locator('[data-id="unmatched"] tbody tr').count(), 2);
            const calls = await page.evaluate(() => window.__preview.events.filter((e) => e.type === 'apex'));
            assert.equal(calls.filter((c) => c.method === 'ZoomSetupController.getMappingStatus').length, 1);
        })
    );

    test('an admin walks the checklist top to bottom', { timeout: TEST_TIMEOUT }, () =>
        withSetup('configured', async ({ page, setup }) => {
            const progress = setup.locator('[data-id="progress-label"]');
            // Connect API says Unknown (custom protocol); the stored Test connection token is what counts.
            await progress.getByText('5 of 6 steps done').waitFor();
            assert.equal(await step(setup, 'credentials').getAttribute('data-state'), 'done');
            assert.match(await step(setup, 'credentials').innerText(), /Connected — verified .+ by Test connection\./);
            assert.match(await step(setup, 'credentials').innerText(), /Connect API reports Unknown/);
            assert.equal(await step(setup, 'connection').getAttribute('data-state'), 'done');
            assert.equal(await step(setup, 'scopes').getAttribute('data-state'), 'todo');

            // 1. Test connection: connection and scopes become done.
            await button(setup, 'test').click();
            assert.equal(await toastVariant(page, 'Connected to Zoom'), 'success');
            await progress.getByText('6 of 6 steps done').waitFor();
            assert.match(
                await step(setup, 'connection').innerText(),
                /via https:\/\/api\.zoom\.us \(42 active users\)/
            );

            // 2. Webhook secret: sent once, then the field is empty again.
            const secret = setup.locator('lightning-input[data-id="secret"] input');
            await secret.fill('whsec-preview-token');
            await button(setup, 'save-secret').click();
            assert.equal(await toastVariant(page, 'Secret token saved'), 'success');
            assert.equal(await secret.inputValue(), '');

            // 3. Settings: an invalid retention is refused in the browser, a valid one is saved.
            const retention = setup.locator('lightning-input[data-id="retention"] input');
            await retention.fill('0');
            await button(setup, 'save-settings').click();
            assert.equal(await toastVariant(page, 'Settings not saved'), 'error');
            await retention.fill('90');
            await button(setup, 'save-settings').click();
            assert.equal(await toastVariant(page, 'Settings saved'), 'success');

            // 4. Map users: the users that could not be linked are listed with their reason.
            await button(setup, 'map-users').click();
            assert.equal(await toastVariant(page, 'User mapping finished'), 'warning');
            await setup.locator('[data-id="unmatched"]').getByText('No Zoom user has this email address.').waitFor();
            assert.equal(await setup.locator('[data-id="unmatched"] tbody tr').count(), 2);

            await screenshot(page, 'zoomSetup--walked');
            const calls = await page.evaluate(() => window.__preview.events.filter((e) => e.type === 'apex'));
            const methods = calls.map((c) => c.method);
            for (const m of ['testConnection', 'saveWebhookSecret', 'saveSettings', 'mapUsers']) {
                assert.ok(methods.includes(`ZoomSetupController.${m}`), `${m} was called`);
            }
            assert.equal(
                methods.filter((m) => m === 'ZoomSetupController.saveSettings').length,
                1,
                'the invalid retention never reached Apex'
            );
        })
    );

    test('a new org switches the hourly sync on', { timeout: TEST_TIMEOUT }, () =>
        withSetup('notConfigured', async ({ page, setup }) => {
            assert.equal(await step(setup, 'credentials').getAttribute('data-state'), 'todo');
            assert.equal(await step(setup, 'sync').getAttribute('data-state'), 'todo');
            await setup.locator('lightning-input[data-id="sync-toggle"] .slds-checkbox_faux').click();
            assert.equal(await toastVariant(page, 'Hourly sync on'), 'success');
            await page.waitForFunction(
                () =>
                    document
                        .querySelector('[data-preview="region"] c-zoom-setup')
                        ?.shadowRoot?.querySelector('li[data-step="sync"]')
                        ?.getAttribute('data-state') === 'done'
            );
        })
    );

    test('a failed connection test says what is wrong', { timeout: TEST_TIMEOUT }, () =>
        withSetup('notConfigured', async ({ page, setup }) => {
            assert.match(await step(setup, 'credentials').innerText(), /a token from Zoom proves them/);
            await button(setup, 'test').click();
            assert.equal(await toastVariant(page, 'Zoom connection failed'), 'error');
            assert.match(await step(setup, 'connection').innerText(), /invalid_client/);
            assert.equal(await step(setup, 'connection').getAttribute('data-state'), 'error');
            assert.equal(await step(setup, 'credentials').getAttribute('data-state'), 'error');
            assert.match(await step(setup, 'credentials').innerText(), /got no token from Zoom/);
        })
    );

    test('a stored failed test needs attention until a test gets a token', { timeout: TEST_TIMEOUT }, () =>
        withSetup('connectionFailed', async ({ page, setup }) => {
            assert.equal(await step(setup, 'credentials').getAttribute('data-state'), 'error');
            assert.equal(await step(setup, 'connection').getAttribute('data-state'), 'error');
            await button(setup, 'test').click();
            assert.equal(await toastVariant(page, 'Connected to Zoom'), 'success');
            await page.waitForFunction(
                () =>
                    document
                        .querySelector('[data-preview="region"] c-zoom-setup')
                        ?.shadowRoot?.querySelector('li[data-step="credentials"]')
                        ?.getAttribute('data-state') === 'done'
            );
            assert.match(await step(setup, 'credentials').innerText(), /Connected — verified .+ by Test connection\./);
            await screenshot(page, 'zoomSetup--verified-after-failure');
        })
    );

    test('missing scopes are listed with what breaks', { timeout: TEST_TIMEOUT }, () =>
        withSetup('missingScopes', async ({ page, setup }) => {
            await button(setup, 'test').click();
            assert.equal(await toastVariant(page, 'Connected, but scopes are missing'), 'warning');
            await setup.locator('[data-id="missing-scopes"]').waitFor();
            assert.equal(await step(setup, 'scopes').getAttribute('data-state'), 'error');
            assert.match(
                await step(setup, 'scopes').innerText(),
                /meeting:update:meeting:admin \(or classic meeting:write:admin\): Moving or editing a Salesforce Event/
            );
            assert.match(
                await setup.locator('tr[data-scope="meeting:delete:meeting:admin"]').innerText(),
                /DELETE \/meetings\/\{meetingId\}[\s\S]*does not delete its Zoom meeting[\s\S]*No/
            );
            await screenshot(page, 'zoomSetup--missing-scopes-tested');
        })
    );

    test('a Meetings-only account sees its missing optional scopes as one line', { timeout: TEST_TIMEOUT }, () =>
        withSetup('meetingsOnly', async ({ page, setup }) => {
            await button(setup, 'test').click();
            assert.equal(await toastVariant(page, 'Connected to Zoom'), 'success');
            const scopes = step(setup, 'scopes');
            await scopes.getByText('16 optional scopes not granted: webinars, AI Companion summaries.').waitFor();
            assert.equal(await scopes.getAttribute('data-state'), 'done');
            const more = scopes.locator('[data-id="step-more"]');
            assert.equal(await more.locator('li').first().isVisible(), false, 'the sentences wait behind the summary');
            await more.locator('summary').click();
            assert.equal(await more.locator('li').count(), 16);
            assert.match(
                await more.locator('li').first().innerText(),
                /^webinar:write:webinar:admin \(or classic webinar:write:admin\): /
            );
            await screenshot(page, 'zoomSetup--meetings-only-scopes');
        })
    );

    test('an admin turns on Leads for unmatched webinar registrants', { timeout: TEST_TIMEOUT }, () =>
        withSetup('configured', async ({ page, setup }) => {
            const toggle = setup.locator('lightning-input[data-key="webinarCreateLeads"]');
            await toggle.getByText('Create Leads for webinar registrants').waitFor();
            await toggle.locator('.slds-checkbox_faux').click();
            await button(setup, 'save-settings').click();
            assert.equal(await toastVariant(page, 'Settings saved'), 'success');
            const saved = await page.evaluate(() =>
                window.__preview.events
                    .filter((e) => e.type === 'apex' && e.method === 'ZoomSetupController.saveSettings')
                    .map((e) => e.params.settings.webinarCreateLeads)
            );
            assert.deepEqual(saved, [true]);
        })
    );

    test('an admin sets the Zoom Phone settings; a bad country is refused in words', { timeout: TEST_TIMEOUT }, () =>
        withSetup('phoneSettings', async ({ page, setup }) => {
            const internal = setup.locator('lightning-input[data-key="logInternalCalls"]');
            await internal.getByText('Log calls between Zoom users').waitFor();
            assert.equal(await internal.locator('input').isChecked(), true);
            const country = setup.locator('lightning-input[data-id="phone-country"] input');
            assert.equal(await country.inputValue(), 'GB');
            await country.fill('1A');
            await country.dispatchEvent('change');
            await button(setup, 'save-settings').click();
            const toasts = page.locator('[data-preview="toast"]');
            await toasts.getByText('1A is not a two-letter country code.', { exact: false }).waitFor();
            await country.fill('zz');
            await country.dispatchEvent('change');
            await button(setup, 'save-settings').click();
            await toasts
                .getByText('The settings were not saved: ZZ is not a two-letter country code.', { exact: false })
                .waitFor();
            const sent = await page.evaluate(() =>
                window.__preview.events
                    .filter((e) => e.type === 'apex' && e.method === 'ZoomSetupController.saveSettings')
                    .map((e) => [e.params.settings.phoneDefaultCountry, e.params.settings.logInternalCalls])
            );
            assert.deepEqual(sent, [['ZZ', true]], 'only the two-letter entry reaches Apex, upper case');
        })
    );

    test('a load failure is shown in words', { timeout: TEST_TIMEOUT }, () =>
        withSetup('error', async ({ setup }) => {
            await setup
                .locator('[data-id="load-error"]')
                .getByText('Only Zoom administrators can open the Zoom setup page.')
                .waitFor();
        })
    );
});
