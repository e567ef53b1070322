// The Event panel's AI Companion summary and the host's presence, clicked through in chromium in the gallery states
// summary and noSummary (Apex answers from force-app/test/fixtures, the same files the Jest tests use).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../scripts/lib/project.mjs';
import { screenshot, usePreview, visit } from './harness.mjs';

const fixture = (name) =>
    JSON.parse(readFileSync(path.join(ROOT, 'force-app/test/fixtures', `ZoomMeetingController.${name}.json`), 'utf8'));
const withSummary = fixture('getMeeting.summary');
const TEST_TIMEOUT = 30_000;

describe('zoomMeetingPanel: AI Companion summary and host presence', { concurrency: 2 }, () => {
    const preview = usePreview({ before, after });

    const withPanel = (state, run) =>
        visit(preview(), `/c/zoomMeetingPanel?state=${state}`, async (page) => {
            const panel = page.locator('[data-preview="region"] c-zoom-meeting-panel');
            await panel.waitFor();
            await run({ page, panel });
        });

    test('summary: shows the summary, next steps, keywords and the host presence', { timeout: TEST_TIMEOUT }, () =>
        withPanel('summary', async ({ page, panel }) => {
            await panel.locator('[data-id="summary-title"]').getByText('Meeting summary').waitFor();
            const summary = panel.locator('[data-id="summary"]');
            await summary.getByText('Riley and Dana walked through the 2026 price list.').waitFor();
            assert.deepEqual(
                await panel.locator('[data-id="summary-next-steps"] li').allInnerTexts(),
                withSummary.summary.nextSteps
            );
            assert.equal(await panel.locator('[data-id="summary-keywords"]').innerText(), 'Pricing, Renewal terms');
            assert.equal(await panel.locator('[data-id="summary-none"]').count(), 0);
            await panel.locator('[data-id="host-presence"]').getByText(withSummary.hostPresenceLabel).waitFor();
            await screenshot(page, 'zoomMeetingPanel--summary');
        })
    );

    test('noSummary: says the meeting has no AI Companion summary', { timeout: TEST_TIMEOUT }, () =>
        withPanel('noSummary', async ({ page, panel }) => {
            await panel
                .locator('[data-id="summary-none"]')
                .getByText('No AI Companion summary for this meeting.')
                .waitFor();
            assert.equal(await panel.locator('[data-id="summary"]').count(), 0);
            await panel.locator('[data-id="host-presence"]').getByText('Available').waitFor();
            await screenshot(page, 'zoomMeetingPanel--noSummary');
        })
    );

    test('presence: a scheduled meeting shows the host presence and no summary', { timeout: TEST_TIMEOUT }, () =>
        withPanel('presence', async ({ page, panel }) => {
            await panel.locator('[data-id="host-presence"]').getByText('Do Not Disturb').waitFor();
            assert.equal(await panel.locator('[data-id="summary-title"]').count(), 0);
            await screenshot(page, 'zoomMeetingPanel--presence');
        })
    );
});
