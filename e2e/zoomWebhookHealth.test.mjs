// The Zoom Setup page's webhook card walked in chromium: every honest state (no site, no secret, waiting for the
// first event, events flowing, failures, a subscriber that cannot apply events), then a replay of selected failures and of all the rest, as an admin would.
// Apex answers come from force-app/test/fixtures through preview/gallery.json; the replay through the in-browser
// handler webhookReplay (tested on its own below).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 45_000;
const { createWebhookStore, FAILING_FIXTURE } = await import('../preview/handlers/webhookReplay.js');
const failing = JSON.parse(readFileSync(new URL(`../force-app/test/fixtures/${FAILING_FIXTURE}`, import.meta.url)));

describe('webhookReplay handler', () => {
    test('replays the chosen failures, then all, and ends flowing', () => {
        const store = createWebhookStore(failing);
        const [first, second] = failing.failures;
        assert.equal(store.answer('ZoomSetupController.replayWebhookEvents', { receiptIds: [second.id] }), 1);
        let health = store.answer('ZoomSetupController.getWebhookHealth', {});
        assert.deepEqual(
            health.failures.map((f) => f.id),
            failing.failures.filter((f) => f !== second).map((f) => f.id)
        );
        assert.equal(health.failed, failing.failed - 1);
        assert.equal(health.state, 'Failing');
        assert.equal(store.answer('ZoomSetupController.replayWebhookEvents', { receiptIds: [] }), 2);
        health = store.answer('ZoomSetupController.getWebhookHealth', {});
        assert.equal(health.failures.length, 0);
        assert.equal(health.retrying + health.failed, 0);
        assert.equal(health.state, 'Flowing');
        assert.equal(store.answer('ZoomSetupController.replayWebhookEvents', { receiptIds: [first.id] }), 0);
        assert.equal(failing.failures.length, 3, 'the fixture itself is untouched');
    });
});

describe('zoomWebhookHealth card', { concurrency: 3 }, () => {
    const preview = usePreview({ before, after });

    const withCard = (state, run) =>
        visit(preview(), `/c/zoomWebhookHealth?state=${state}`, async (page) => {
            const card = page.locator('[data-preview="region"] c-zoom-webhook-health');
            await card.locator('[data-id="health-state"]').waitFor();
            await run({ page, card });
        });

    const button = (card, id) => card.locator(`lightning-button[data-id="${id}"] button`);
    async function toast(page, title) {
        const found = page.locator('[data-preview="toast"]', {
            has: page.locator('[data-preview="toast-title"]', { hasText: title })
        });
        await found.first().waitFor();
        return {
            variant: await found.first().getAttribute('data-variant'),
            text: await found.first().innerText()
        };
    }

    test('walks the honest states: no site, no secret, waiting, flowing', { timeout: TEST_TIMEOUT }, async () => {
        await withCard('noSite', async ({ card }) => {
            assert.equal(await card.locator('[data-id="health-state"]').getAttribute('data-state'), 'NoSite');
            assert.match(await card.locator('[data-id="no-site-steps"]').innerText(), /docs\/webhook-setup\.md/);
            assert.doesNotMatch(await card.innerText(), /https:\/\//, 'no URL is advertised without a site');
        });
        await withCard('noSecret', async ({ card }) => {
            assert.match(await card.locator('[data-id="health-state"]').innerText(), /no secret token is stored/);
        });
        await withCard('waiting', async ({ card }) => {
            assert.match(
                await card.locator('[data-id="health-state"]').innerText(),
                /Waiting for Zoom's first event — send a test with scripts\/zoom-webhook\.mjs/
            );
            assert.equal(await card.locator('[data-id="last-event"]').innerText(), 'None yet');
        });
        await withCard('flowing', async ({ page, card }) => {
            assert.match(await card.locator('[data-id="health-state"]').innerText(), /Events are arriving/);
            assert.equal(await card.locator('[data-id="today"] tbody tr').count(), 7);
            const events = await card.locator('[data-id="subscription-events"] textarea').inputValue();
            assert.equal(events.split('\n').length, 19, 'the package subscribes to 19 event types');
            await button(card, 'copy-events').click();
            assert.equal((await toast(page, 'Event types copied')).variant, 'success');
            await screenshot(page, 'zoomWebhookHealth--flowing');
        });
    });

    test('an admin replays selected failures, then all the rest', { timeout: TEST_TIMEOUT }, () =>
        withCard('failing', async ({ page, card }) => {
            const rows = card.locator('[data-id="failures"] tbody tr');
            assert.equal(await rows.count(), 3);
            await screenshot(page, 'zoomWebhookHealth--failing');
            assert.equal(await button(card, 'replay-selected').isDisabled(), true);
            await card.locator('lightning-input[data-receipt="a0RDn000000Wh02AAA"] .slds-checkbox_faux').click();
            await button(card, 'replay-selected').click();
            // The handler answers after 400 ms: the card shows its progress meanwhile.
            await card.locator('[data-id="health-busy"] lightning-spinner').waitFor();
            const one = await toast(page, 'Events replayed');
            assert.equal(one.variant, 'success');
            assert.match(one.text, /1 event is on its way again/);
            await page.waitForFunction(
                () =>
                    document
                        .querySelector('[data-preview="region"] c-zoom-webhook-health')
                        ?.shadowRoot?.querySelectorAll('[data-id="failures"] tbody tr').length === 2
            );
            assert.equal(await card.locator('[data-id="failed-count"]').innerText(), '1');

            await button(card, 'replay-all').click();
            await card.locator('[data-id="health-state"][data-state="Flowing"]').waitFor();
            assert.match(await page.locator('[data-preview="toast"]').last().innerText(), /2 events are on their way/);
            assert.equal(await card.locator('[data-id="failures"]').count(), 0);
            await screenshot(page, 'zoomWebhookHealth--replayed');

            const calls = await page.evaluate(() => window.__preview.events.filter((e) => e.type === 'apex'));
            const replays = calls.filter((c) => c.method === 'ZoomSetupController.replayWebhookEvents');
            assert.deepEqual(
                replays.map((c) => c.params.receiptIds),
                [['a0RDn000000Wh02AAA'], []]
            );
        })
    );

    test('the Zoom Setup page carries the card inside its Webhook section', { timeout: TEST_TIMEOUT }, () =>
        visit(preview(), '/c/zoomSetup?state=notConfigured', async (page) => {
            const card = page.locator('[data-preview="region"] c-zoom-setup c-zoom-webhook-health');
            await card.locator('[data-id="health-state"][data-state="NoSecret"]').waitFor();
            assert.match(await card.locator('[data-id="health-state"]').innerText(), /no secret token is stored/);
        })
    );

    test('a subscriber that cannot apply events is an error, not "waiting"', { timeout: TEST_TIMEOUT }, async () => {
        await withCard('blocked', async ({ page, card }) => {
            const notice = card.locator('[data-id="health-state"]');
            assert.equal(await notice.getAttribute('data-state'), 'Blocked');
            assert.match(await notice.getAttribute('class'), /slds-theme_error/);
            const text = await notice.innerText();
            assert.match(text, /reach Salesforce but are not applied/);
            assert.match(text, /scripts\/webhook-subscriber\.sh/);
            assert.doesNotMatch(text, /Waiting for Zoom's first event/);
            assert.match(await card.locator('[data-id="blocked-log"]').innerText(), /^Logged: 1 Zoom webhook event/);
            await screenshot(page, 'zoomWebhookHealth--blocked');
        });
        await visit(preview(), '/c/zoomSetup?state=webhookBlocked', async (page) => {
            const setup = page.locator('[data-preview="region"] c-zoom-setup');
            const step = setup.locator('li[data-step="webhook"]');
            await step.waitFor();
            assert.equal(await step.getAttribute('data-state'), 'error', 'the checklist does not call it done');
            assert.match(await step.locator('[data-id="step-detail"]').innerText(), /Zoom Integration user/);
            await setup.locator('c-zoom-webhook-health [data-id="health-state"][data-state="Blocked"]').waitFor();
        });
    });

    test('a failed read says so on the card', { timeout: TEST_TIMEOUT }, () =>
        visit(preview(), '/c/zoomWebhookHealth?state=error', async (page) => {
            const card = page.locator('[data-preview="region"] c-zoom-webhook-health');
            await card.locator('[data-id="health-error"]').getByText('Webhook health could not be read').waitFor();
        })
    );
});
