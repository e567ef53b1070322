// The Start Zoom Meeting quick action clicked through in chromium, on a Lead record page, with the Apex answers
// from force-app/test/fixtures (the same files its Jest tests use). Opening the action calls nothing; the rep's
// click on Start meeting opens the tab at once (inside the click, so no popup blocker stops it) and calls Apex. Zoom is not reachable from the test machine:
// the browser context answers *.zoom.us with a stub page, and records which URLs the new tabs opened.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../scripts/lib/project.mjs';
import { newPage, openPreviewPage, screenshot, usePreview } from './harness.mjs';

const fixture = (name) =>
    JSON.parse(
        readFileSync(
            path.join(ROOT, 'force-app/test/fixtures', `MeetingLaunchController.startMeeting${name}.json`),
            'utf8'
        )
    );
const started = fixture('');
const emailLaunch = fixture('.emailLaunch');
const notMapped = fixture('.notMapped');
const autoEmail = fixture('.autoEmail');
const LEAD_ID = '00QDn00000Ld0001AAA';
const TEST_TIMEOUT = 30_000;

// One test at a time: a tab opened by one test comes to the front, and chromium throttles the pages of the other
// contexts in the background until their waits time out.
describe('zoomStartMeeting on a Lead record page', { concurrency: 1 }, () => {
    const preview = usePreview({ before, after });

    /**
     * Opens the action in a gallery state in a fresh browser context; new tabs are collected in `tabs`.
     * @param {string} state gallery state
     * @param {(t: { page: import('playwright-core').Page, action: import('playwright-core').Locator,
     *   tabs: import('playwright-core').Page[], context: import('playwright-core').BrowserContext }) => Promise<void>} run
     */
    async function withAction(state, run) {
        const { context, page, problems } = await newPage(preview().browser, preview().baseUrl);
        const tabs = [];
        context.on('page', (tab) => {
            if (tab !== page) tabs.push(tab);
        });
        await context.route(/^https:\/\/([a-z0-9-]+\.)*zoom\.us\//, (route) =>
            route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Zoom</title>Zoom' })
        );
        try {
            await openPreviewPage(page, `/c/zoomStartMeeting?state=${state}`);
            const action = page.locator('[data-preview="region"] c-zoom-start-meeting');
            await action.waitFor();
            await run({ page, action, tabs, context });
            assert.deepEqual(problems, [], `console errors, page errors or failed requests in state ${state}`);
        } finally {
            await context.close();
        }
    }

    /** The rep's click on Start meeting. */
    const clickStart = (action) => action.locator('lightning-button[data-id="confirm-start"] button').click();

    const apexCalls = (page) =>
        page.evaluate(() =>
            window.__preview.events.filter((e) => e.type === 'apex').map((e) => [e.method, e.params.recordId])
        );

    test('opening the action calls nothing: no Apex call and no tab before the click', { timeout: TEST_TIMEOUT }, () =>
        withAction('started', async ({ page, action, tabs }) => {
            const confirm = action.locator('[data-id="confirm"]');
            await confirm.getByText('Start an instant Zoom meeting').waitFor();
            // Give a load-time call every chance to happen (the fixture answers at once) before looking.
            await page.waitForTimeout(750);
            assert.deepEqual(await apexCalls(page), [], 'no Apex call before the click');
            assert.equal(tabs.length, 0, 'no tab before the click');
            assert.equal(await action.locator('[data-id="starting"]').count(), 0, 'nothing is starting');
            await screenshot(page, 'zoomStartMeeting--before-click');
        })
    );

    test('started: the click opens a tab at once and points it at the start URL', { timeout: TEST_TIMEOUT }, () =>
        withAction('started', async ({ page, action, context }) => {
            const [tab] = await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            await action.locator('[data-id="started"]').getByText(started.message).waitFor();
            assert.deepEqual(await apexCalls(page), [['MeetingLaunchController.startMeeting', LEAD_ID]]);
            await tab.waitForURL(started.startUrl);
            assert.equal(tab.url(), started.startUrl, 'the tab opened in the click shows the start URL');
            assert.equal(await tab.evaluate(() => window.opener), null, 'the new tab has no handle on Salesforce');
            assert.equal(await action.locator('[data-id="popup-blocked"]').count(), 0, 'the browser did not block it');
            assert.equal(
                await action.locator('[data-id="join-link"]').getAttribute('href'),
                started.joinUrl,
                'join link'
            );
            assert.equal(await action.locator('[data-id="event-link"]').getAttribute('href'), `/${started.eventId}`);
            await screenshot(page, 'zoomStartMeeting--started--opened');
        })
    );

    test('started: Close closes the quick action', { timeout: TEST_TIMEOUT }, () =>
        withAction('started', async ({ page, action, context }) => {
            await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            await action.locator('[data-id="started"]').waitFor();
            await action.locator('lightning-button[data-id="close"] button').click();
            const closes = await page.evaluate(
                () => window.__preview.events.filter((e) => e.type === 'closeActionScreen').length
            );
            assert.equal(closes, 1, 'CloseActionScreenEvent dispatched once');
        })
    );

    test('notMapped: the tab closes again and a mailto link asks the Zoom admin', { timeout: TEST_TIMEOUT }, () =>
        withAction('notMapped', async ({ page, action, context }) => {
            const [tab] = await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            const alert = action.locator('[data-id="not-mapped"][role="alert"]');
            await alert.waitFor();
            assert.equal(await alert.innerText(), notMapped.message);
            const mail = action.locator('[data-id="admin-mailto"]');
            assert.match(await mail.innerText(), /Email your Zoom admin \(zoom\.admin@acme\.example\)/);
            const href = new URL(await mail.getAttribute('href'));
            assert.equal(href.protocol, 'mailto:');
            assert.equal(href.pathname, notMapped.adminEmail);
            assert.equal(href.searchParams.get('subject'), 'Please link my Salesforce user to Zoom');
            assert.match(href.searchParams.get('body'), /Dana Rep \(username dana\.rep@acme\.example\)/);
            if (!tab.isClosed()) await tab.waitForEvent('close');
            assert.ok(tab.isClosed(), 'the empty tab was closed');
            await screenshot(page, 'zoomStartMeeting--notMapped');
        })
    );

    test('notMappedNoAdmin: asks the rep to contact the Salesforce admin', { timeout: TEST_TIMEOUT }, () =>
        withAction('notMappedNoAdmin', async ({ action, context }) => {
            await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            await action.locator('[data-id="ask-admin"]').getByText('Ask your Salesforce admin').waitFor();
            assert.equal(await action.locator('[data-id="admin-mailto"]').count(), 0);
        })
    );

    test(
        'error: the tab closes, the sentence shows, and Retry is a click that asks Apex again',
        { timeout: TEST_TIMEOUT },
        () =>
            withAction('error', async ({ page, action, context }) => {
                const [tab] = await Promise.all([context.waitForEvent('page'), clickStart(action)]);
                const alert = action.locator('[data-id="error"][role="alert"]');
                await alert.waitFor();
                assert.equal(await alert.innerText(), 'Zoom is busy, try again in 30 seconds.');
                if (!tab.isClosed()) await tab.waitForEvent('close');
                assert.ok(tab.isClosed(), 'the empty tab was closed');
                const [again] = await Promise.all([
                    context.waitForEvent('page'),
                    action.locator('lightning-button[data-id="retry"] button').click()
                ]);
                await alert.waitFor();
                assert.equal((await apexCalls(page)).length, 2, 'Retry called startMeeting again');
                if (!again.isClosed()) await again.waitForEvent('close');
            })
    );

    test('emailLaunch: the email composer follows for the new meeting', { timeout: TEST_TIMEOUT }, () =>
        withAction('emailLaunch', async ({ page, action, context }) => {
            await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            await action.locator('[data-id="started"]').waitFor();
            const composer = action.locator('c-zoom-meeting-email');
            await composer.waitFor();
            const draftCalls = await page.evaluate(() =>
                window.__preview.events
                    .filter((e) => e.type === 'apex' && e.method === 'ZoomMeetingController.getEmailDraft')
                    .map((e) => e.params.meetingId)
            );
            assert.deepEqual(draftCalls, [started.meetingId], 'the composer loads the draft of the new meeting');
            await composer
                .locator('[data-id="emails-left"]')
                .getByText(/^\d+ emails? left today$/)
                .waitFor();
            assert.equal(await action.locator('lightning-button[data-id="close"]').count(), 0);
            await screenshot(page, 'zoomStartMeeting--emailLaunch');
        })
    );

    test('autoEmail: the meeting email went out by itself; its outcome is a notice', { timeout: TEST_TIMEOUT }, () =>
        withAction('autoEmail', async ({ page, action, context }) => {
            await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            const notice = action.locator('[data-id="start-notice"] [data-id="notice"]');
            await notice.waitFor();
            assert.equal(await notice.getAttribute('data-variant'), 'success');
            assert.equal(
                await notice.locator('[data-id="notice-title"]').innerText(),
                'Meeting email sent to 1 person'
            );
            await notice.getByText(autoEmail.emailMessage).waitFor();
            assert.equal(await action.locator('c-zoom-meeting-email').count(), 0, 'no composer');
            await screenshot(page, 'zoomStartMeeting--autoEmail');
        })
    );

    // The Classic Lead page through Lightning Out: NavigationMixin and toasts do nothing there, so links are plain
    // hrefs to the org (recordBaseUrl) and the email outcome is an inline notice that stays until Close.
    test(
        'classic: nothing on the visit, the click starts, a link to the Event at the org, the email outcome inline',
        { timeout: TEST_TIMEOUT },
        () =>
            withAction('classic', async ({ page, action }) => {
                await action.locator('[data-id="confirm"]').waitFor();
                assert.deepEqual(await apexCalls(page), [], 'a page visit alone starts nothing');
                // The start tab is the "started" test's business; here no tab may take the front (chromium throttles
                // a page in the background, and test files run side by side), so window.open hands back a stand-in.
                await page.evaluate(() => {
                    window.__opened = [];
                    window.__tabs = [];
                    window.open = (url, target) => {
                        window.__opened.push([url, target]);
                        const tab = { opener: window, closed: false, location: { href: '' }, close() {} };
                        window.__tabs.push(tab);
                        return tab;
                    };
                });
                await clickStart(action);
                await action.locator('[data-id="started"]').getByText(emailLaunch.message).waitFor();
                assert.deepEqual(await page.evaluate(() => window.__opened), [['', '_blank']], 'one empty tab');
                assert.deepEqual(
                    await page.evaluate(() => window.__tabs.map((t) => [t.location.href, t.opener])),
                    [[emailLaunch.startUrl, null]],
                    'pointed at the start URL, with no handle on the page'
                );
                assert.equal(
                    await action.locator('[data-id="event-link"]').getAttribute('href'),
                    `https://acme.my.salesforce.com/${emailLaunch.eventId}`
                );
                assert.equal(await action.locator('[data-id="join-link"]').getAttribute('href'), emailLaunch.joinUrl);

                const composer = action.locator('c-zoom-meeting-email');
                await composer.locator('lightning-pill').first().waitFor();
                await composer.locator('lightning-button[data-id="send"] button').click();
                const notice = action.locator('[data-id="start-notice"] [data-id="notice"]');
                await notice.waitFor();
                assert.equal(await notice.getAttribute('data-variant'), 'success');
                assert.match(
                    await notice.locator('[data-id="notice-title"]').innerText(),
                    /^Email sent to \d+ (people|person)$/
                );
                assert.equal(await composer.count(), 0, 'the composer is gone, its outcome stays');
                assert.equal(await page.locator('[data-preview="toast"]').count(), 0, 'no toast');
                await screenshot(page, 'zoomStartMeeting--classic--email-sent');

                await action.locator('lightning-button[data-id="close"] button').click();
                const closes = await page.evaluate(
                    () => window.__preview.events.filter((e) => e.type === 'closeActionScreen').length
                );
                assert.equal(closes, 1, 'closed only when the rep clicked Close');
            })
    );

    test('starting: spinner and message while Zoom is called', { timeout: TEST_TIMEOUT }, () =>
        withAction('starting', async ({ action, context }) => {
            await Promise.all([context.waitForEvent('page'), clickStart(action)]);
            await action.locator('[data-id="starting"] lightning-spinner').waitFor();
            await action.locator('[data-id="starting"]').getByText('Starting your Zoom meeting…').waitFor();
        })
    );
});
