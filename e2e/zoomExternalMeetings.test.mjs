// The Zoom External Meetings page clicked through in chromium against the 10,000-meeting in-browser handler
// (gallery state "data", preview/handlers/externalMeetings.js): create Events for two ticked meetings, and page to
// the last page and back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 90_000;

describe('zoomExternalMeetings with 10,000 meetings', { concurrency: 2 }, () => {
    const preview = usePreview({ before, after });

    /** Opens the page in a state and waits for the first page of meetings. */
    const withPage = (state, run) =>
        visit(preview(), `/c/zoomExternalMeetings?state=${state}`, async (page) => {
            // Generating 10,000 meetings on a loaded 2-core machine can take a few seconds.
            page.setDefaultTimeout(45_000);
            const host = page.locator('[data-preview="region"] c-zoom-external-meetings');
            await host.locator('tbody tr[data-row]').first().waitFor();
            await run({ page, host });
        });

    const button = (host, id) => host.locator(`lightning-button[data-id="${id}"] button`);
    const pageLabel = (host) => host.locator('[data-id="page-label"]');

    test('select two meetings, Create Events: progress, then 2 created with links', { timeout: TEST_TIMEOUT }, () =>
        withPage('data', async ({ page, host }) => {
            await pageLabel(host).getByText('Page 1 of 200 · 10,000 meetings').waitFor();
            // Two meetings without an Event whose participants matched someone (the handler creates those).
            const ids = await host.evaluate((el) =>
                [...el.shadowRoot.querySelectorAll('tbody tr[data-row]')]
                    .filter((tr) => !tr.querySelector('a') && tr.children[6].textContent.trim() !== '0')
                    .slice(0, 2)
                    .map((tr) => tr.dataset.row)
            );
            assert.equal(ids.length, 2);
            for (const id of ids) await host.locator(`tbody input[data-id="${id}"]`).check();
            await host.locator('[data-id="selection-count"]').getByText('2 selected').waitFor();

            // Hold the (in-browser) server answer long enough to see the progress bar on a busy machine.
            await page.evaluate(() => {
                window.__preview.context.apex['ExternalMeetingController.createEvents'] = {
                    handler: 'externalMeetings',
                    delayMs: 1500
                };
            });
            await button(host, 'create-events').click();
            await host.locator('[data-id="progress"] lightning-progress-bar').waitFor();
            await screenshot(page, 'zoomExternalMeetings--data--creating');
            const summary = host.locator('[data-id="summary-text"]');
            await summary.waitFor();
            assert.equal(await summary.innerText(), '2 Events created.');
            const links = host.locator('[data-id="created"] a');
            assert.equal(await links.count(), 2);
            for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
                assert.match(href, /^\/lightning\/r\/Event\/00U\w+\/view$/);
            }
            const toast = page.locator('[data-preview="toast"]');
            await toast.waitFor();
            assert.equal(await toast.getAttribute('data-variant'), 'success');
            // The page was asked again: the two rows now link their Events; the selection is empty.
            await host.locator(`tr[data-row="${ids[0]}"] a`).waitFor();
            assert.equal(await host.locator('[data-id="selection-count"]').innerText(), '0 selected');
            const calls = await page.evaluate(() =>
                window.__preview.events.filter((e) => e.method === 'ExternalMeetingController.createEvents')
            );
            assert.deepEqual(
                calls.map((c) => c.params.requests.map((r) => r.meetingId)),
                [ids]
            );
            await screenshot(page, 'zoomExternalMeetings--data--created');
        })
    );

    test('Last goes to page 200 of 200, Previous comes back to 199, First to 1', { timeout: TEST_TIMEOUT }, () =>
        withPage('data', async ({ page, host }) => {
            const firstTopic = await host.locator('tbody tr[data-row]').first().getAttribute('data-row');
            await button(host, 'last').click();
            await pageLabel(host).getByText('Page 200 of 200 · 10,000 meetings').waitFor();
            assert.equal(await host.locator('tbody tr[data-row]').count(), 50);
            assert.equal(await button(host, 'next').isDisabled(), true);
            assert.equal(await button(host, 'last').isDisabled(), true);
            await screenshot(page, 'zoomExternalMeetings--data--last-page');

            await button(host, 'previous').click();
            await pageLabel(host).getByText('Page 199 of 200 · 10,000 meetings').waitFor();
            await button(host, 'first').click();
            await pageLabel(host).getByText('Page 1 of 200 · 10,000 meetings').waitFor();
            assert.equal(await host.locator('tbody tr[data-row]').first().getAttribute('data-row'), firstTopic);
            const directions = await page.evaluate(() =>
                window.__preview.events
                    .filter((e) => e.method === 'ExternalMeetingController.listMeetings')
                    .map((e) => e.params.query.direction)
            );
            assert.deepEqual(directions, ['first', 'last', 'previous', 'first']);
        })
    );

    test('Get Details shows participants with a confidence badge and a picker each', { timeout: TEST_TIMEOUT }, () =>
        withPage('small', async ({ page, host }) => {
            await host.locator('button.details-button').first().click();
            const details = host.locator('[data-id="details"]');
            await details.getByText('Ana Lopez', { exact: true }).waitFor();
            assert.equal(await details.locator('[data-participant]').count(), 5);
            assert.deepEqual(await details.locator('[data-id="confidence"]').allInnerTexts(), [
                'None',
                'High',
                'Low',
                'Medium',
                'None'
            ]);
            assert.equal(await details.locator('lightning-combobox').count(), 5);
            await screenshot(page, 'zoomExternalMeetings--small--details');
        })
    );
});
