// The Zoom Phone softphone in chromium with the simulated Smart Embed (preview/shell/smart-embed.html), which speaks
// the real postMessage protocol from a same-origin iframe: click-to-dial reaches Smart Embed as zp-make-call, a
// simulated ring pops the matching record (the screenpop event the Open CTI page turns into screenPop), several
// matches let the rep choose, an unknown number offers a new Lead, and hanging up logs the call at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 60_000;

describe('zoomSoftphone with the simulated Smart Embed', { concurrency: 2 }, () => {
    const preview = usePreview({ before, after });

    /** Opens the softphone in a state, records its screen pops, and hands over the host and the Smart Embed frame. */
    const withSoftphone = (state, run) =>
        visit(preview(), `/c/zoomSoftphone?state=${state}`, async (page) => {
            await page.evaluate(() => {
                window.__screenPops = [];
                document.addEventListener('screenpop', (event) => window.__screenPops.push(event.detail));
            });
            const host = page.locator('[data-preview="region"] c-zoom-softphone');
            await host.waitFor();
            const frame = page.frameLocator('[data-preview="region"] c-zoom-softphone iframe');
            await frame.locator('[data-sim="status"]').waitFor();
            await run({ page, host, frame });
        });

    const status = (host) => host.locator('[data-id="status"]');
    const screenPops = (page) => page.evaluate(() => window.__screenPops);
    const apexCalls = (page, method) =>
        page.evaluate(
            (name) =>
                window.__preview.events.filter((e) => e.type === 'apex' && e.method === name).map((e) => e.params),
            method
        );

    test(
        'dial: click-to-dial sends zp-make-call to Smart Embed, which rings the number',
        { timeout: TEST_TIMEOUT },
        () =>
            withSoftphone('idle', async ({ page, host, frame }) => {
                await status(host).getByText('Ready for calls.').waitFor();
                // What the ZoomSoftphone page does on Open CTI's onClickToDial.
                const dialled = await host.evaluate((element) => element.dial('+1 415 555 0142'));
                assert.equal(dialled, true);
                await frame.locator('[data-sim="status"]').getByText('Calling +1 415 555 0142').waitFor();
                await status(host).getByText('Calling +1 415 555 0142…').waitFor();
                assert.deepEqual(
                    await apexCalls(page, 'SoftphoneController.lookupNumber'),
                    [],
                    'no lookup when dialling out'
                );
                await screenshot(page, 'zoomSoftphone--dial');
            })
    );

    test('dial from the number box', { timeout: TEST_TIMEOUT }, () =>
        withSoftphone('idle', async ({ host, frame }) => {
            await host.locator('lightning-input input').fill('+44 20 7946 0000');
            await host.locator('lightning-button[data-id="dial"] button').click();
            await frame.locator('[data-sim="status"]').getByText('Calling +44 20 7946 0000').waitFor();
        })
    );

    test(
        'incoming pop: a ring from a known number pops its record; hanging up logs the call',
        { timeout: TEST_TIMEOUT },
        () =>
            withSoftphone('idle', async ({ page, host, frame }) => {
                await frame.locator('[data-sim="incoming-one"]').click();
                await host.getByText('Opened Avery Buyer.').waitFor();
                await status(host).getByText('Incoming call from Avery Buyer').waitFor();
                assert.deepEqual(await apexCalls(page, 'SoftphoneController.lookupNumber'), [
                    { phoneNumber: '+14155550123' }
                ]);
                assert.deepEqual(await screenPops(page), [{ recordId: '003Dn00000Ct0001AAA' }]);
                // The Open CTI stand-in: the calls the ZoomSoftphone page makes in an org.
                const openCti = await page.evaluate(() =>
                    window.__preview.events
                        .filter((e) => e.type === 'openCti')
                        .map(({ method, screenPopType, params }) => ({ method, screenPopType, params }))
                );
                assert.deepEqual(openCti, [
                    { method: 'setSoftphonePanelVisibility', screenPopType: undefined, params: { visible: true } },
                    { method: 'screenPop', screenPopType: 'SOBJECT', params: { recordId: '003Dn00000Ct0001AAA' } }
                ]);
                await frame.locator('[data-sim="answer"]').click();
                await status(host).getByText('On a call with Avery Buyer').waitFor();
                await frame.locator('[data-sim="hangup"]').click();
                await host.getByText('Logged to Avery Buyer.').waitFor();
                const [logged] = await apexCalls(page, 'SoftphoneController.logCall');
                assert.equal(logged.call.direction, 'inbound');
                assert.equal(logged.call.peerNumber, '+14155550123');
                assert.equal(logged.call.result, 'answered');
                assert.ok(logged.call.ringStart && logged.call.answerStart && logged.call.endTime);
                await screenshot(page, 'zoomSoftphone--logged');
            })
    );

    test('several matches: the rep chooses the record to open', { timeout: TEST_TIMEOUT }, () =>
        withSoftphone('incomingSeveral', async ({ page, host }) => {
            await host.getByText('Several records have this number.').waitFor();
            assert.deepEqual(await screenPops(page), []);
            await host.locator('ul[data-id="matches"] lightning-button button').nth(1).click();
            await host.getByText('Opened Jordan Lee.').waitFor();
            assert.deepEqual(await screenPops(page), [{ recordId: '00QDn00000Ld0002AAA' }]);
        })
    );

    test('unknown caller: New Lead with this number', { timeout: TEST_TIMEOUT }, () =>
        withSoftphone('incomingNone', async ({ page, host }) => {
            await host.locator('lightning-button[data-id="new-lead"] button').click();
            assert.deepEqual(await screenPops(page), [
                { objectApiName: 'Lead', defaultFieldValues: { Phone: '+14155550199' } }
            ]);
        })
    );

    test('log failed and not configured say why', { timeout: TEST_TIMEOUT }, async () => {
        await withSoftphone('logFailed', async ({ host }) => {
            await host.getByText('Call not logged').waitFor();
        });
        await visit(preview(), '/c/zoomSoftphone?state=notConfigured', async (page) => {
            const host = page.locator('[data-preview="region"] c-zoom-softphone');
            await host.getByText('Softphone not available').waitFor();
            assert.equal(await host.locator('iframe').count(), 0);
        });
    });
});
