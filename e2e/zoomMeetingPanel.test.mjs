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
const fixture = (name) =>
    JSON.parse(readFileSync(path.join(ROOT, 'force-app/test/fixtures', `ZoomMeetingController.${name}.json`), 'utf8'));
const startUrl = fixture('getStartUrl');
const synced = fixture('syncNow');
const deferred = fixture('syncNow.deferred');
const ended = fixture('getMeeting.ended');
const TEST_TIMEOUT = 30_000;

/** Apex calls the preview recorded on the page, as [method, via] pairs. */
const apexCalls = (page) =>
    page.evaluate(() => window.__preview.events.filter((e) => e.type === 'apex').map((e) => [e.method, e.via]));

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
    /** The Join link (Join is a plain link, not NavigationMixin: that does nothing in Lightning Out). */
    const joinLink = (panel) => panel.locator('a[data-id="join-link"]');
    /** The panel's inline notice (toasts show nothing in Lightning Out, so the panel shows every outcome inline). */
    const notice = (panel) => panel.locator('[data-id="panel-notice"] [data-id="notice"]');
    const noticeTitled = (panel, title) =>
        panel.locator('[data-id="notice"]').filter({
            // `has` is matched inside each notice, so the inner locator starts from the page, not the panel.
            has: panel.page().locator('[data-id="notice-title"]').getByText(title, { exact: true })
        });
    /** No platform toast was shown anywhere on the page. */
    const assertNoToast = async (page) => assert.equal(await page.locator('[data-preview="toast"]').count(), 0);

    test('data: shows the meeting from the fixture', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ panel }) => {
            await panel.getByText(meeting.topic).first().waitFor();
            await panel.locator('[data-id="host"]').getByText(meeting.hostName).waitFor();
            assert.equal(await panel.locator('[data-id="meeting-number"]').innerText(), '857 4606 5432');
            assert.equal(await joinLink(panel).getAttribute('href'), meeting.joinUrl);
            // The wire was asked with the page's record Id.
            const calls = await panel.page().evaluate(() => window.__preview.events.filter((e) => e.type === 'apex'));
            assert.deepEqual(
                calls.map((c) => [c.method, c.via, c.params.recordId]),
                [['ZoomMeetingController.getMeeting', 'wire', '00UDn00000Ev0001AAA']]
            );
        })
    );

    test('data: Join is a link to the join URL that opens a new tab without an opener', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ page, panel }) => {
            const link = joinLink(panel);
            assert.equal(await link.getAttribute('href'), meeting.joinUrl);
            assert.equal(await link.getAttribute('target'), '_blank');
            assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
            // The popup must not reach the internet: Zoom answers from here.
            await page
                .context()
                .route(`${new URL(meeting.joinUrl).origin}/**`, (route) =>
                    route.fulfill({ contentType: 'text/html', body: '<title>Zoom</title><p>Joining…</p>' })
                );
            const before = page.url();
            const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
            await popup.waitForLoadState();
            assert.equal(popup.url(), meeting.joinUrl);
            assert.equal(await popup.evaluate(() => window.opener), null);
            assert.equal(page.url(), before);
            // No NavigationMixin call: it does nothing in Lightning Out.
            assert.equal(await page.locator('[data-preview="navigation-notice"]').count(), 0);
            await screenshot(page, 'zoomMeetingPanel--data--after-join');
        })
    );

    test('data: Copy invitation copies the text and confirms inline', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ page, panel }) => {
            await button(panel, 'copy').click();
            const shown = notice(panel);
            await shown.waitFor();
            assert.equal(await shown.getAttribute('data-variant'), 'success');
            assert.equal(await shown.locator('[data-id="notice-title"]').innerText(), 'Invitation copied');
            await assertNoToast(page);
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
                    const shown = notice(panel);
                    await shown.waitFor();
                    assert.equal(await shown.getAttribute('data-variant'), 'warning');
                    const manual = panel.locator('[data-id="manual-copy"] textarea');
                    await manual.waitFor();
                    assert.ok((await manual.inputValue()).includes(meeting.joinUrl));
                    await screenshot(page, 'zoomMeetingPanel--data--copy-fallback');
                },
                { clipboard: 'unavailable' }
            )
    );

    test('data: Start opens a new tab with the fresh start URL from Apex', { timeout: TEST_TIMEOUT }, () =>
        withPanel('data', async ({ page, panel }) => {
            // The popup must not reach the internet: Zoom answers from here.
            await page.context().route('https://us02web.zoom.us/**', (route) =>
                route.fulfill({
                    contentType: 'text/html',
                    body: '<title>Zoom</title><p>Starting your meeting…</p>'
                })
            );
            const [popup] = await Promise.all([page.waitForEvent('popup'), button(panel, 'start').click()]);
            await popup.waitForLoadState();
            assert.equal(popup.url(), startUrl);
            // The new tab cannot reach back into Salesforce.
            assert.equal(await popup.evaluate(() => window.opener), null);
            await noticeTitled(panel, 'Zoom is opening').waitFor();
            assert.deepEqual(await apexCalls(page), [
                ['ZoomMeetingController.getMeeting', 'wire'],
                ['ZoomMeetingController.getStartUrl', 'imperative']
            ]);
            assert.equal(await panel.locator('[data-id="start-blocked"]').count(), 0);
            await popup.close();
        })
    );

    test('startError: Start shows the reason in an inline error', { timeout: TEST_TIMEOUT }, () =>
        withPanel('startError', async ({ page, panel }) => {
            await button(panel, 'start').click();
            const shown = noticeTitled(panel, 'The meeting could not be started');
            await shown.waitFor();
            assert.equal(await shown.getAttribute('data-variant'), 'error');
            assert.match(await shown.innerText(), /Zoom no longer knows this meeting/);
            assert.equal(await button(panel, 'start').isEnabled(), true);
        })
    );

    test(
        'data: Sync now shows progress, then an inline notice and the refreshed meeting',
        { timeout: TEST_TIMEOUT },
        () =>
            withPanel('data', async ({ page, panel }) => {
                assert.equal(await panel.locator('[data-id="participants-title"]').innerText(), 'Participants (0)');
                // Zoom now reports the meeting as ended: the refreshed getMeeting answers with that.
                await page.evaluate(() => {
                    window.__preview.context.apex['ZoomMeetingController.getMeeting'] =
                        'ZoomMeetingController.getMeeting.ended.json';
                });
                await button(panel, 'sync').click();
                // syncNow answers after 400 ms: the button says so and is disabled meanwhile (one locator for both, so
                // a slow machine cannot see the answer arrive between two separate reads).
                await panel
                    .locator('lightning-button[data-id="sync"] button[disabled]', { hasText: 'Syncing…' })
                    .waitFor();

                const shown = noticeTitled(panel, 'Synced with Zoom');
                await shown.waitFor();
                assert.equal(await shown.getAttribute('data-variant'), 'success');
                assert.ok((await shown.innerText()).includes(synced.message));
                await panel.locator('[data-id="participants-title"]').getByText('Participants (4)').waitFor();
                await panel.locator('lightning-badge[data-id="status"]').getByText('Ended').waitFor();
                assert.equal(await panel.locator('[data-recording]').count(), ended.recordings.length);
                assert.equal(await button(panel, 'sync').isEnabled(), true);
                const events = await page.evaluate(() => window.__preview.events.map((e) => [e.type, e.method]));
                assert.deepEqual(
                    events.filter(([type]) => type === 'apex' || type === 'refreshApex'),
                    [
                        ['apex', 'ZoomMeetingController.getMeeting'],
                        ['apex', 'ZoomMeetingController.syncNow'],
                        ['refreshApex', 'ZoomMeetingController.getMeeting'],
                        ['apex', 'ZoomMeetingController.getMeeting']
                    ]
                );
                await screenshot(page, 'zoomMeetingPanel--data--after-sync');
            })
    );

    test('syncDeferred: Sync now warns when Zoom deferred it', { timeout: TEST_TIMEOUT }, () =>
        withPanel('syncDeferred', async ({ page, panel }) => {
            await button(panel, 'sync').click();
            const shown = noticeTitled(panel, 'Not synced yet');
            await shown.waitFor();
            assert.equal(await shown.getAttribute('data-variant'), 'warning');
            assert.ok((await shown.innerText()).includes(deferred.message));
        })
    );

    test('ended: re-link a participant to a Contact found by search', { timeout: TEST_TIMEOUT }, () =>
        withPanel('ended', async ({ page, panel }) => {
            const pat = ended.participants[2];
            const row = panel.locator(`c-zoom-participants tr[data-participant="${pat.id}"]`);
            await row.locator('lightning-badge[data-id="match"]').getByText('Ambiguous').waitFor();
            await row.locator('lightning-button[data-action="change"] button').click();

            const search = panel.locator('c-zoom-participants lightning-input[data-id="search"] input');
            await search.fill('Pat');
            const pick = panel.locator('c-zoom-participants lightning-button[data-action="pick"] button', {
                hasText: 'Pat Kim'
            });
            await pick.first().waitFor();
            await screenshot(page, 'zoomMeetingPanel--ended--relink-search');
            await pick.first().click();

            await noticeTitled(panel, 'Linked to Pat Kim').waitFor();
            await row.locator('lightning-badge[data-id="match"]').getByText('Manual').waitFor();
            const person = row.locator('[data-id="person"] a', { hasText: 'Pat Kim' });
            await person.waitFor();
            // A plain link to the record (NavigationMixin does nothing in Lightning Out).
            assert.equal(await person.getAttribute('href'), '/003Dn00000Ct0002AAA');
            await assertNoToast(page);
            assert.equal(await panel.locator('c-zoom-participants [data-id="relink"]').count(), 0);

            const calls = await page.evaluate(() =>
                window.__preview.events
                    .filter((e) => e.type === 'apex' && e.method !== 'ZoomMeetingController.getMeeting')
                    .map((e) => [e.method, e.params])
            );
            assert.deepEqual(calls, [
                ['ZoomMeetingController.searchPeople', { searchTerm: 'Pat' }],
                ['ZoomMeetingController.relinkParticipant', { participantId: pat.id, personId: '003Dn00000Ct0002AAA' }]
            ]);
        })
    );

    // The Classic Event layout through Lightning Out: record links point at the org and open in the whole window
    // (the panel sits in an inline Visualforce frame), Join is a link, Sync now answers inline.
    test(
        'classic: participant links go to the org in the whole window, outcomes inline',
        { timeout: TEST_TIMEOUT },
        () =>
            withPanel('classic', async ({ page, panel }) => {
                const riley = ended.participants[0];
                const link = panel.locator(
                    `c-zoom-participants tr[data-participant="${riley.id}"] [data-id="person"] a`
                );
                await link.waitFor();
                assert.equal(await link.getAttribute('href'), `https://acme.my.salesforce.com/${riley.contactId}`);
                assert.equal(await link.getAttribute('target'), '_top');
                await button(panel, 'sync').click();
                await noticeTitled(panel, 'Synced with Zoom').waitFor();
                await assertNoToast(page);
                await screenshot(page, 'zoomMeetingPanel--classic');
            })
    );

    test('notHost: no Start button for someone who is not the host', { timeout: TEST_TIMEOUT }, () =>
        withPanel('notHost', async ({ panel }) => {
            await panel.locator('[data-id="host"]').getByText('Sam Host').waitFor();
            assert.equal(await panel.locator('lightning-button[data-id="start"]').count(), 0);
            assert.equal(await joinLink(panel).count(), 1);
        })
    );

    test('failed: shows the reason Zoom gave and disables Start', { timeout: TEST_TIMEOUT }, () =>
        withPanel('failed', async ({ panel }) => {
            const failure = panel.locator('[data-id="failure"][role="alert"]');
            await failure.waitFor();
            assert.match(await failure.innerText(), /not licensed/);
            assert.equal(await button(panel, 'start').isDisabled(), true);
        })
    );

    test('empty: says no meeting is linked and disables the actions', { timeout: TEST_TIMEOUT }, () =>
        withPanel('empty', async ({ panel }) => {
            await panel
                .locator('[data-id="empty"]')
                .getByText('No Zoom meeting is linked to this record yet.')
                .waitFor();
            assert.equal(await button(panel, 'join').isDisabled(), true);
            assert.equal(await joinLink(panel).count(), 0);
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

    test(
        "foreignLinks: a link that is not Zoom's is shown as a sentence, never as a link",
        { timeout: TEST_TIMEOUT },
        () =>
            withPanel('foreignLinks', async ({ panel }) => {
                const foreign = fixture('getMeeting.foreignLinks');
                await panel.locator('[data-id="join-refused"]').waitFor();
                await panel.locator('[data-id="play-refused"]').first().waitFor();
                assert.equal(await joinLink(panel).count(), 0, 'no Join link');
                const hrefs = await panel
                    .locator('a[href]')
                    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
                for (const href of hrefs) {
                    assert.ok(!href.includes('example.com'), `a link to ${href} was rendered`);
                }
                const html = await panel.innerHTML();
                assert.ok(!html.includes(foreign.joinUrl), 'the look-alike join URL is not in the page');
                assert.ok(
                    !html.includes(foreign.recordings[0].playUrl),
                    'the foreign recording URL is not in the page'
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
