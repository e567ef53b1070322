// The webinar panel on a Campaign record page (the gallery entry's record), clicked through in chromium with the Apex answers of
// force-app/test/fixtures (the same files its Jest tests use) and, for 10,000 registrants, the in-browser handler
// preview/handlers/webinarRegistrants.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../scripts/lib/project.mjs';
import { screenshot, usePreview, visit } from './harness.mjs';

const fixture = (name) => JSON.parse(readFileSync(path.join(ROOT, 'force-app/test/fixtures', `${name}.json`), 'utf8'));
const webinar = fixture('WebinarPanelController.getWebinar');
const registrants = fixture('WebinarPanelController.getRegistrants');
const approved = fixture('WebinarRegistrationController.setRegistrantStatus.panel');
const synced = fixture('WebinarSyncController.syncNow.panel');
const TEST_TIMEOUT = 60_000;

describe('zoomWebinarPanel on a Campaign record page', { concurrency: 2 }, () => {
    const preview = usePreview({ before, after });

    const withPanel = (state, run) =>
        visit(preview(), `/c/zoomWebinarPanel?state=${state}`, async (page) => {
            const panel = page.locator('[data-preview="region"] c-zoom-webinar-panel');
            await panel.waitFor();
            await run({ page, panel, table: panel.locator('c-zoom-webinar-registrants') });
        });
    const button = (scope, id) => scope.locator(`lightning-button[data-id="${id}"] button`);
    const rows = (table) => table.locator('tbody tr[data-row]');
    const notice = (scope, id) => scope.locator(`[data-id="${id}"] [data-id="notice"]`);
    const setCombobox = (scope, id, value) =>
        scope
            .locator(`lightning-combobox[data-id="${id}"]`)
            .evaluate((el, v) => el.dispatchEvent(new CustomEvent('change', { detail: { value: v } })), value);

    test('scheduledManager: details, links and the registrants', { timeout: TEST_TIMEOUT }, () =>
        withPanel('scheduledManager', async ({ page, panel, table }) => {
            await panel.getByText(webinar.topic).first().waitFor();
            assert.equal(await panel.locator('[data-id="status"]').innerText(), webinar.statusLabel);
            assert.equal(await panel.locator('a[data-id="join"]').getAttribute('href'), webinar.joinUrl);
            assert.equal(await panel.locator('a[data-id="join"]').getAttribute('rel'), 'noopener noreferrer');
            // The start in the webinar's own zone (Europe/Berlin) beside the reader's.
            assert.match(await panel.locator('[data-id="webinar-time"]').innerText(), /5:00\sPM (GMT\+1|CET)/);
            await rows(table).first().waitFor();
            assert.equal(await rows(table).count(), registrants.rows.length);
            await screenshot(page, 'zoomWebinarPanel--scheduledManager');
        })
    );

    test('registrants: filter by status and text, select and approve → notice', { timeout: TEST_TIMEOUT }, () =>
        withPanel('scheduledManager', async ({ page, table }) => {
            await rows(table).first().waitFor();
            await setCombobox(table, 'status-filter', 'Pending');
            await table
                .locator('[data-id="shown"]')
                .getByText(/^2 of 6/)
                .waitFor();
            assert.equal(await rows(table).count(), 2);
            await setCombobox(table, 'status-filter', '');
            await table.locator('lightning-input[data-id="text-filter"] input').fill('hamilton');
            await table
                .locator('[data-id="shown"]')
                .getByText(/^1 of 6/)
                .waitFor();
            await table.locator('lightning-input[data-id="text-filter"] input').fill('');
            await table
                .locator('[data-id="shown"]')
                .getByText(/^6 of 6/)
                .waitFor();
            await rows(table).nth(2).locator('input[type="checkbox"]').check();
            await rows(table).nth(3).locator('input[type="checkbox"]').check();
            await button(table, 'approve').click();
            const shown = notice(table, 'registrants-notice');
            await shown.waitFor();
            assert.ok((await shown.innerText()).includes(approved.message));
            const calls = await page.evaluate(() =>
                window.__preview.events.filter((e) => e.type === 'apex').map((e) => [e.method, e.params])
            );
            const approve = calls.find(([method]) => method === 'WebinarRegistrationController.setRegistrantStatus');
            assert.deepEqual(approve[1].registrantIds, [registrants.rows[2].id, registrants.rows[3].id]);
            assert.equal(approve[1].action, 'approve');
            await screenshot(page, 'zoomWebinarPanel--after-approve');
        })
    );

    test('largeRegistrants: 10,000 registrants, pages of 50, filter and approve', { timeout: TEST_TIMEOUT }, () =>
        withPanel('largeRegistrants', async ({ page, table }) => {
            await table.locator('[data-id="shown"]').getByText('10,000 of 10,000 registrants').waitFor();
            assert.equal(await rows(table).count(), 50);
            assert.equal(await table.locator('[data-id="page"]').innerText(), 'Page 1 of 200');
            const first = await rows(table).first().getAttribute('data-row');
            await button(table, 'next').click();
            await table.locator('[data-id="page"]').getByText('Page 2 of 200').waitFor();
            assert.notEqual(await rows(table).first().getAttribute('data-row'), first);
            await setCombobox(table, 'status-filter', 'Pending');
            await table.locator('[data-id="page"]').getByText('Page 1 of').waitFor();
            await table.locator('lightning-input[data-id="text-filter"] input').fill('johnson 1236');
            await table
                .locator('[data-id="shown"]')
                .getByText(/^1 of 10,000/)
                .waitFor();
            await rows(table).first().locator('input[type="checkbox"]').check();
            await button(table, 'approve').click();
            await notice(table, 'registrants-notice').getByText('1 registration approved in Zoom.').waitFor();
            // Approved now: no longer among the pending.
            await table.locator('[data-id="registrants-empty"]').waitFor();
            await screenshot(page, 'zoomWebinarPanel--largeRegistrants');
        })
    );

    test('scheduledReadOnly: no approve, deny or cancel for a second rep', { timeout: TEST_TIMEOUT }, () =>
        withPanel('scheduledReadOnly', async ({ panel, table }) => {
            await rows(table).first().waitFor();
            assert.equal(await table.locator('[data-id="manage-actions"]').count(), 0);
            assert.equal(await panel.locator('lightning-button[data-id="cancel"]').count(), 0);
        })
    );

    test('scheduledManager: Sync now ends in a notice', { timeout: TEST_TIMEOUT }, () =>
        withPanel('scheduledManager', async ({ panel }) => {
            await button(panel, 'sync').click();
            await notice(panel, 'panel-notice').getByText(synced.message).waitFor();
        })
    );

    test('scheduledManager: search and add a panelist → notice', { timeout: TEST_TIMEOUT }, () =>
        withPanel('scheduledManager', async ({ panel }) => {
            await panel.locator('lightning-input[data-id="panelist-search"] input').fill('pri');
            await button(panel, 'panelist-search-button').click();
            const found = panel.locator('[data-id="candidates"] li');
            await found.first().waitFor();
            await found.first().locator('lightning-button button').click();
            await notice(panel, 'panel-notice').getByText('is a panelist now').waitFor();
        })
    );

    test('emptyCampaign: points to Create Zoom Webinar', { timeout: TEST_TIMEOUT }, () =>
        withPanel('emptyCampaign', async ({ panel }) => {
            await panel.locator('[data-id="empty"]').getByText('Create Zoom Webinar').waitFor();
        })
    );
});
