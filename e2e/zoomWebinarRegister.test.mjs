// "Register for Zoom Webinar" walked through in chromium on a Contact record page, with the Apex answers from
// force-app/test/fixtures (the files its Jest tests use): choose the webinar, answer its questions, Register, read the
// outcome; and "Register Campaign members" on a Campaign started and followed to its outcome.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../scripts/lib/project.mjs';
import { newPage, openPreviewPage, screenshot, usePreview } from './harness.mjs';

const fixture = (name) =>
    JSON.parse(
        readFileSync(path.join(ROOT, 'force-app/test/fixtures', `WebinarRegistrationController.${name}.json`), 'utf8')
    );
const registered = fixture('register');
const failed = fixture('getBatchProgress.failed');
const TEST_TIMEOUT = 60_000;

describe('webinar registration quick actions', { concurrency: 1 }, () => {
    const preview = usePreview({ before, after });

    async function withPage(url, tag, run) {
        const { context, page, problems } = await newPage(preview().browser, preview().baseUrl);
        try {
            await openPreviewPage(page, url);
            const action = page.locator(`[data-preview="region"] ${tag}`);
            await action.waitFor();
            await run({ page, action });
            assert.deepEqual(problems, [], `console errors, page errors or failed requests on ${url}`);
        } finally {
            await context.close();
        }
    }

    const apexCalls = (page) =>
        page.evaluate(() => window.__preview.events.filter((e) => e.type === 'apex').map((e) => [e.method, e.params]));

    /** Picks `label` in the lightning-combobox `combobox`. */
    async function pick(page, combobox, label) {
        await combobox.locator('button, input').first().click();
        await page.getByRole('option', { name: label }).first().click();
    }

    test('a rep registers a Contact: webinar, answers, Register, outcome', { timeout: TEST_TIMEOUT }, () =>
        withPage('/c/zoomWebinarRegister?state=choose', 'c-zoom-webinar-register', async ({ page, action }) => {
            const webinar = action.locator('lightning-combobox[data-id="webinar"]');
            await webinar.waitFor();
            await pick(page, webinar, /Campaign analytics in practice/);
            const city = action.locator('lightning-input[data-key="city"] input');
            await city.waitFor();
            await city.fill('London');
            await action.locator('lightning-button[data-id="register"] button').click();
            await action.getByText(registered.message).waitFor();
            const register = (await apexCalls(page)).find(([method]) => method.endsWith('.register'));
            assert.ok(register, 'register was called');
            assert.deepEqual(register[1].answers, [{ key: 'city', value: 'London' }]);
            await screenshot(page, 'zoomWebinarRegister-registered');
        })
    );

    test('a required answer left blank stops before Apex is called', { timeout: TEST_TIMEOUT }, () =>
        withPage('/c/zoomWebinarRegister?state=choose', 'c-zoom-webinar-register', async ({ page, action }) => {
            const webinar = action.locator('lightning-combobox[data-id="webinar"]');
            await webinar.waitFor();
            await pick(page, webinar, /Campaign analytics in practice/);
            await action.locator('lightning-input[data-key="city"]').waitFor();
            await action.locator('lightning-button[data-id="register"] button').click();
            await action.getByText(/City/).first().waitFor();
            const calls = (await apexCalls(page)).map(([method]) => method);
            assert.ok(!calls.some((m) => m.endsWith('.register')), `no register call: ${calls.join(', ')}`);
        })
    );

    test('a marketer starts Register Campaign members and reads the outcome', { timeout: TEST_TIMEOUT }, () =>
        withPage(
            '/c/zoomWebinarRegisterCampaign?state=failed',
            'c-zoom-webinar-register-campaign',
            async ({ page, action }) => {
                const webinar = action.locator('lightning-combobox[data-id="webinar"]');
                await webinar.waitFor();
                await pick(page, webinar, /Campaign analytics in practice/);
                await action.locator('lightning-button[data-id="start"] button').click();
                await action.getByText(failed.message).first().waitFor();
                await screenshot(page, 'zoomWebinarRegisterCampaign-failed');
            }
        )
    );
});
