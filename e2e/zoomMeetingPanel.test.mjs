// The first vertical slice, clicked through in chromium: the Zoom meeting panel on an Event record page, with the
// Apex answers from force-app/test/fixtures (the same files its Jest tests use).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../scripts/lib/project.mjs';
import { screenshot, usePreview, visit } from './harness.mjs';

const meeting = JSON.parse(
    readFileSync(path.join(ROOT, 'force-app/test/fixtures/ZoomMeetingController.getMeeting.json'), 'utf8')
);
const TEST_TIMEOUT = 30_000;

describe('zoomMeetingPanel on an Event record page', { concurrency: 4 }, () => {
    const preview = usePreview({ before, after });

    /**
     * Opens the component in a gallery state in a fresh browser context and hands the test its locators.
     * @param {string} state gallery state
     * @param {(t: { page: import('playwright-core').Page, panel: import('playwright-core').Locator }) => Promise<void>} run
     * @param {{ clipboard?: 'granted' | 'unavailable' }} [options]
     */
    const withPanel = (state, run, options) =>
        visit(
            preview(),
            `/c/zoomMeetingPanel?state=${state}`,
            async (page) => {
                const panel = page.locator('[data-preview="region"] c-zoom-meeting-panel');
                await panel.waitFor();
                await run({ page, panel });
            },
            options
        );

    const button = (panel, id) => panel.locator(`lightning-button[data-id="${id}"] button`);

    test('data: shows the meeting from the fixture', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ panel }) => {
            await panel.getByText(meeting.topic).first().waitFor();
            await panel.locator('[data-id="host"]').getByText(meeting.hostName).waitFor();
            assert.equal(await panel.locator('[data-id="meeting-number"]').innerText(), '857 4606 5432');
            assert.equal(await button(panel, 'join').isEnabled(), true);
            // The wire was asked with the page's record Id.
            const calls = await panel.page().evaluate(() => window.__preview.events.filter((e) => e.type === 'apex'));
            assert.deepEqual(
                calls.map((c) => [c.method, c.via, c.params.recordId]),
                [['ZoomMeetingController.getMeeting', 'wire', '00UDn00000Ev0001AAA']]
            );
        })
    );

    test('data: Join navigates to the join URL (recorded, the page stays)', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ page, panel }) => {
            const before = page.url();
            await button(panel, 'join').click();
            const notice = page.locator('[data-preview="navigation-notice"]');
            await notice.waitFor();
            assert.match(
                await notice.innerText(),
                new RegExp(`Navigated to ${meeting.joinUrl.replace(/[.?/]/g, '\\$&')}`)
            );
            assert.equal(await notice.getAttribute('data-url'), meeting.joinUrl);
            assert.equal(await notice.getAttribute('data-type'), 'standard__webPage');
            assert.equal(page.url(), before);
            await screenshot(page, 'zoomMeetingPanel--data--after-join');
        })
    );

    test('data: Copy invitation copies the text and shows a success toast', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ page, panel }) => {
            await button(panel, 'copy').click();
            const toast = page.locator('[data-preview="toast"]');
            await toast.waitFor();
            assert.equal(await toast.getAttribute('data-variant'), 'success');
            assert.equal(await toast.locator('[data-preview="toast-title"]').innerText(), 'Invitation copied');
            await screenshot(page, 'zoomMeetingPanel--data--after-copy');
            const copied = await page.evaluate(() => navigator.clipboard.readText());
            assert.ok(copied.includes(meeting.topic), `clipboard has the topic: ${copied}`);
            assert.ok(copied.includes(meeting.joinUrl), `clipboard has the join URL: ${copied}`);
        })
    );

    test(
        'data: without clipboard access, Copy invitation shows the text to copy by hand',
        { timeout: TEST_TIMEOUT },
        () =>
            withPanel(
                'data',
                async ({ page, panel }) => {
                    await button(panel, 'copy').click();
                    const toast = page.locator('[data-preview="toast"]');
                    await toast.waitFor();
                    assert.equal(await toast.getAttribute('data-variant'), 'warning');
                    const manual = panel.locator('[data-id="manual-copy"] textarea');
                    await manual.waitFor();
                    assert.ok((await manual.inputValue()).includes(meeting.joinUrl));
                    await screenshot(page, 'zoomMeetingPanel--data--copy-fallback');
                },
                { clipboard: 'unavailable' }
            )
    );

    test('empty: says no meeting is linked and disables the actions', { timeout: TEST_TIMEOUT }, () =>
        withPanel('empty', async ({ panel }) => {
            await panel
                .locator('[data-id="empty"]')
                .getByText('No Zoom meeting is linked to this record yet.')
                .waitFor();
            assert.equal(await button(panel, 'join').isDisabled(), true);
            assert.equal(await button(panel, 'copy').isDisabled(), true);
        })
    );

    test('error: shows the readable Apex error message', { timeout: TEST_TIMEOUT }, () =>
        withPanel('error', async ({ panel }) => {
            const alert = panel.locator('[data-id="error"][role="alert"]');
            await alert.waitFor();
            assert.equal(
                await alert.innerText(),
                'You do not have access to this Zoom meeting. Ask your Salesforce admin for the Zoom User permission set.'
            );
        })
    );

    test('loading: shows a spinner until Apex answers', { timeout: TEST_TIMEOUT }, () =>
        withPanel('loading', async ({ panel }) => {
            await panel.locator('[data-id="loading"] lightning-spinner').waitFor();
            assert.equal(await panel.locator('[data-id="details"]').count(), 0);
        })
    );

    test('the state links switch the panel between states', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ page, panel }) => {
            await page.locator('[data-preview-state="empty"]').click();
            await page.waitForURL('**/c/zoomMeetingPanel?state=empty');
            await panel.locator('[data-id="empty"]').waitFor();
        })
    );
});
