// The Send Email composer clicked through in chromium: an invalid address never reaches Apex (the preview's record
// of Apex calls proves it), the fixed address is sent exactly once with the right recipients; plus the empty,
// server-error and load-error states. Apex answers come from force-app/test/fixtures through preview/gallery.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../scripts/lib/project.mjs';
import { screenshot, usePreview, visit } from './harness.mjs';

const fixture = (name) => JSON.parse(readFileSync(path.join(ROOT, 'force-app/test/fixtures', name), 'utf8'));
const draft = fixture('ZoomMeetingController.getEmailDraft.json');
const MEETING_ID = 'a01Dn00000Zm0001AAA';
const SEND = 'ZoomMeetingController.sendMeetingEmail';
const TEST_TIMEOUT = 30_000;

describe('zoomMeetingEmail composer', { concurrency: 4 }, () => {
    const preview = usePreview({ before, after });

    /**
     * Opens the composer in a gallery state in a fresh browser context and hands the test its locators.
     * @param {string} state gallery state
     * @param {(t: { page: import('playwright-core').Page, composer: import('playwright-core').Locator }) => Promise<void>} run
     */
    const withComposer = (state, run) =>
        visit(preview(), `/c/zoomMeetingEmail?state=${state}`, async (page) => {
            const composer = page.locator('[data-preview="region"] c-zoom-meeting-email');
            await composer.waitFor();
            await run({ page, composer });
        });

    const button = (composer, id) => composer.locator(`lightning-button[data-id="${id}"] button`);
    const addressInput = (composer) => composer.locator('lightning-input[data-id="address-input"] input');
    /** The sendMeetingEmail calls the preview recorded so far. */
    const sendCalls = (page) =>
        page.evaluate(
            (method) => window.__preview.events.filter((e) => e.type === 'apex' && e.method === method),
            SEND
        );

    test(
        'an invalid address is named and never sent; once fixed, one call with every address',
        { timeout: TEST_TIMEOUT },
        () =>
            withComposer('draft', async ({ page, composer }) => {
                await composer.locator('lightning-pill').nth(1).waitFor();
                assert.equal(await composer.locator('lightning-pill').count(), draft.recipients.length);
                await page.evaluate(() => {
                    window.__sentEvents = [];
                    document
                        .querySelector('[data-preview="region"] c-zoom-meeting-email')
                        .addEventListener('sent', (e) => window.__sentEvents.push(e.detail));
                });

                // 1. A typo (no top-level domain), then Send: a clear error naming it, the text kept, no Apex call.
                await addressInput(composer).fill('kim@acme');
                await button(composer, 'send').click();
                const error = composer.locator('[data-id="address-error"][role="alert"]');
                await error.waitFor();
                assert.match(await error.innerText(), /“kim@acme” needs a full domain after the @/);
                assert.match(
                    await composer.locator('[data-id="form-error"]').innerText(),
                    /Fix or remove the addresses in the “Add recipients” box; nothing was sent\./
                );
                assert.equal(await addressInput(composer).inputValue(), 'kim@acme');
                await screenshot(page, 'zoomMeetingEmail--draft--invalid-address');
                assert.deepEqual(await sendCalls(page), [], 'nothing reached sendMeetingEmail');

                // 2. Fixed and added with Enter: a third pill, the preview lists it.
                await addressInput(composer).fill('kim@acme.com');
                await addressInput(composer).press('Enter');
                await composer.locator('lightning-pill').nth(2).waitFor();
                assert.equal(await composer.locator('[data-id="address-error"]').count(), 0);
                assert.match(await composer.locator('[data-id="preview-to"]').innerText(), /kim@acme\.com/);

                // 3. Send: an inline success notice (no toast: toasts show nothing in Lightning Out), exactly one call
                // with the right addresses, and the `sent` event carrying the notice for the host.
                await button(composer, 'send').click();
                const notice = composer.locator('[data-id="email-notice"] [data-id="notice"]');
                await notice.waitFor();
                assert.equal(await notice.getAttribute('data-variant'), 'success');
                assert.equal(await notice.locator('[data-id="notice-title"]').innerText(), 'Email sent to 3 people');
                assert.equal(await page.locator('[data-preview="toast"]').count(), 0);
                const calls = await sendCalls(page);
                assert.equal(calls.length, 1, 'exactly one sendMeetingEmail call');
                assert.deepEqual(calls[0].params, {
                    meetingId: MEETING_ID,
                    toAddresses: [...draft.recipients.map((r) => r.email), 'kim@acme.com'],
                    subject: draft.subject,
                    body: draft.body
                });
                assert.deepEqual(await page.evaluate(() => window.__sentEvents), [
                    {
                        sent: 3,
                        notice: {
                            title: 'Email sent to 3 people',
                            message: fixture('ZoomMeetingController.sendMeetingEmail.json').message,
                            variant: 'success'
                        }
                    }
                ]);
                await screenshot(page, 'zoomMeetingEmail--draft--sent');
            })
    );

    test('a pill can be removed and the subject is required', { timeout: TEST_TIMEOUT }, () =>
        withComposer('draft', async ({ page, composer }) => {
            const first = composer.locator('lightning-pill').first();
            await first.waitFor();
            await first.locator('button').click();
            await page.waitForFunction(
                () =>
                    document
                        .querySelector('[data-preview="region"] c-zoom-meeting-email')
                        .shadowRoot.querySelectorAll('lightning-pill').length === 1
            );
            assert.doesNotMatch(await composer.locator('[data-id="preview-to"]').innerText(), /jordan\.buyer/);

            const subject = composer.locator('lightning-input[data-id="subject"] input');
            await subject.fill('');
            // Leaving the emptied required field shows its own message first (the layout moves), then Send.
            await subject.blur();
            await composer.locator('lightning-input[data-id="subject"]').getByText('Enter a subject.').waitFor();
            await button(composer, 'send').click();
            await composer.locator('[data-id="form-error"]').getByText('Enter a subject.').waitFor();
            assert.deepEqual(await sendCalls(page), []);
        })
    );

    test('no recipients: Send waits for an address', { timeout: TEST_TIMEOUT }, () =>
        withComposer('noRecipients', async ({ composer }) => {
            await composer.locator('[data-id="no-recipients"]').waitFor();
            assert.equal(await button(composer, 'send').isDisabled(), true);
            await addressInput(composer).fill('Jordan Buyer <jordan.buyer@acme-corp.com>; sam@globex.example');
            await addressInput(composer).press('Enter');
            await composer.locator('lightning-pill').nth(1).waitFor();
            assert.equal(await button(composer, 'send').isEnabled(), true);
            assert.equal(await addressInput(composer).inputValue(), '');
        })
    );

    test('send error: the server’s sentence is shown inline and the inputs are kept', { timeout: TEST_TIMEOUT }, () =>
        withComposer('sendError', async ({ page, composer }) => {
            await composer.locator('lightning-pill').first().waitFor();
            await composer.locator('lightning-input[data-id="subject"] input').fill('Pricing review – agenda');
            await button(composer, 'send').click();
            const alert = composer.locator('[data-id="send-error"][role="alert"]');
            await alert.waitFor();
            assert.equal(
                await alert.innerText(),
                'Salesforce cannot send more email from this org today (daily limit reached). Try again tomorrow.'
            );
            assert.equal(
                await composer.locator('lightning-input[data-id="subject"] input').inputValue(),
                'Pricing review – agenda'
            );
            assert.equal(await composer.locator('lightning-pill').count(), draft.recipients.length);
            assert.equal(await page.locator('[data-preview="toast"]').count(), 0);
            assert.equal((await sendCalls(page)).length, 1);
        })
    );

    test('load error: the readable message and Try again', { timeout: TEST_TIMEOUT }, () =>
        withComposer('loadError', async ({ composer }) => {
            const alert = composer.locator('[data-id="load-error"][role="alert"]');
            await alert.waitFor();
            assert.match(await alert.innerText(), /You do not have access to this Zoom meeting\./);
            assert.equal(await button(composer, 'retry').isEnabled(), true);
        })
    );
});
