// The Zoom presence badge on a Contact record page in chromium, state by state (gallery entry zoomPresenceBadge),
// with the Apex answers from force-app/test/fixtures: the text a user reads, the accessible text a screen reader
// reads (whose presence it is), the dot's colour class, and the refusal sentence; also in German.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 30_000;

describe('zoomPresenceBadge on a Contact record page', { concurrency: 2 }, () => {
    const preview = usePreview({ before, after });

    /** Opens the badge in a state and hands over its host element. */
    const withBadge = (state, run, lang = '') =>
        visit(preview(), `/c/zoomPresenceBadge?state=${state}${lang ? `&lang=${lang}` : ''}`, async (page) => {
            const host = page.locator('[data-preview="region"] c-zoom-presence-badge');
            await host.waitFor();
            await run({ page, host });
        });

    const text = (host, id) => host.locator(`[data-id="${id}"]`).textContent();

    test('available: presence, relative time, owner for screen readers, green dot', { timeout: TEST_TIMEOUT }, () =>
        withBadge('available', async ({ page, host }) => {
            await host.locator('[data-id="text"]').getByText('Available in Zoom').waitFor();
            assert.match((await text(host, 'text')).trim(), /^Available in Zoom · .+ ago$/);
            assert.match((await text(host, 'accessible')).trim(), /^Zoom presence of Zoe Host: Available in Zoom/);
            assert.match(await host.locator('[data-id="badge"]').getAttribute('class'), /presence_available/);
            await screenshot(page, 'zoomPresenceBadge--available');
        })
    );

    test('inMeeting: the translated label and a red dot', { timeout: TEST_TIMEOUT }, () =>
        withBadge('inMeeting', async ({ host }) => {
            await host.locator('[data-id="text"]').getByText('In a Meeting in Zoom').waitFor();
            assert.match(await host.locator('[data-id="badge"]').getAttribute('class'), /presence_busy/);
        })
    );

    test('notLinked and noPresence say so', { timeout: TEST_TIMEOUT }, async () => {
        await withBadge('notLinked', async ({ host }) => {
            await host.locator('[data-id="text"]').getByText('Not linked to Zoom').waitFor();
            assert.equal((await text(host, 'accessible')).trim(), 'Zoom presence of Ada Lovelace: Not linked to Zoom');
        });
        await withBadge('noPresence', async ({ host }) => {
            await host.locator('[data-id="text"]').getByText('No presence yet').waitFor();
        });
    });

    test('noAccess: the refusal sentence and no badge', { timeout: TEST_TIMEOUT }, () =>
        withBadge('noAccess', async ({ host }) => {
            await host.locator('[data-id="error"]').getByText('you do not have access to this record').waitFor();
            assert.equal(await host.locator('[data-id="badge"]').count(), 0);
        })
    );

    test('German: the badge reads in the user language', { timeout: TEST_TIMEOUT }, () =>
        withBadge(
            'notLinked',
            async ({ host }) => {
                await host.locator('[data-id="text"]').getByText('Nicht mit Zoom verknüpft').waitFor();
            },
            'de'
        )
    );
});
