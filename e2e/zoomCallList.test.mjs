// The Zoom calls list clicked through in chromium against the 100,000-call in-browser handler
// (preview/handlers/zoomCalls.js): on the To link tab, link an ambiguous call to one of its candidates (progress,
// success notice, the row leaves the tab), and on My calls page forward and filter by outcome.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 90_000;

describe('zoomCallList with 100,000 calls', { concurrency: 2 }, () => {
    const preview = usePreview({ before, after });

    const withPage = (state, run) =>
        visit(preview(), `/c/zoomCallList?state=${state}`, async (page) => {
            page.setDefaultTimeout(45_000);
            const host = page.locator('[data-preview="region"] c-zoom-call-list');
            await host.locator('tbody tr[data-row]').first().waitFor();
            await run({ page, host });
        });

    const button = (host, id) => host.locator(`lightning-button[data-id="${id}"] button`);

    test('link an unmatched call: choose a candidate, notice, the row leaves To link', { timeout: TEST_TIMEOUT }, () =>
        withPage('toLink', async ({ page, host }) => {
            // The first ambiguous call of the page (its candidates come with the row).
            const callId = await host.evaluate(
                (el) =>
                    [...el.shadowRoot.querySelectorAll('tbody tr[data-row]')].find((tr) =>
                        tr.textContent.includes('Ambiguous')
                    )?.dataset.row
            );
            assert.ok(callId, 'an ambiguous call is listed');
            await host.locator(`tr[data-row="${callId}"] button[data-action="link"]`).click();
            const panel = host.locator('[data-id="action-panel"]');
            await panel.waitFor();
            const candidates = panel.locator('[data-id="candidates"] lightning-button button');
            assert.equal(await candidates.count(), 2);
            const chosen = (await candidates.first().innerText()).replace(/^Link to /, '');
            await page.evaluate(() => {
                window.__preview.context.apex['CallListController.linkCall'] = { handler: 'zoomCalls', delayMs: 1500 };
            });
            await candidates.first().click();
            await host.locator('[data-id="busy"]').waitFor();
            await screenshot(page, 'zoomCallList--toLink--linking');
            const notice = host.locator('c-zoom-notice');
            await notice.getByText(`Call linked to ${chosen}.`).waitFor();
            await host.locator(`tr[data-row="${callId}"]`).waitFor({ state: 'detached' });
            assert.equal(await panel.count(), 0);
            const calls = await page.evaluate(() =>
                window.__preview.events.filter((e) => e.method === 'CallListController.linkCall')
            );
            assert.equal(calls.length, 1);
            assert.equal(calls[0].params.callId, callId);
            await screenshot(page, 'zoomCallList--toLink--linked');
        })
    );

    test(
        'My calls: count stops at 10,000, Next pages on the server, the outcome filter goes back to page 1',
        {
            timeout: TEST_TIMEOUT
        },
        () =>
            withPage('myCalls', async ({ page, host }) => {
                await host.locator('[data-id="total"]').getByText('More than 10,000 calls').waitFor();
                await host.locator('[data-id="page-position"]').getByText('Page 1 of 41').waitFor();
                const first = await host.locator('tbody tr[data-row]').first().getAttribute('data-row');
                await button(host, 'next').click();
                await host.locator('[data-id="page-position"]').getByText('Page 2 of 41').waitFor();
                assert.notEqual(await host.locator('tbody tr[data-row]').first().getAttribute('data-row'), first);
                assert.equal(await host.locator('tbody tr[data-row]').count(), 50);
                await host
                    .locator('lightning-combobox[data-id="outcome-filter"]')
                    .evaluate((el) => el.dispatchEvent(new CustomEvent('change', { detail: { value: 'Voicemail' } })));
                await host.locator('[data-id="page-position"]').getByText('Page 1 of').waitFor();
                const outcomes = await host.evaluate((el) =>
                    [...el.shadowRoot.querySelectorAll('tbody tr[data-row]')].map((tr) => tr.children[3].textContent)
                );
                assert.ok(outcomes.length > 0 && outcomes.every((o) => o.startsWith('Voicemail')));
                await screenshot(page, 'zoomCallList--myCalls--voicemail');
            })
    );
});
