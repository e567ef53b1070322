// The Create Zoom Webinar quick action clicked through in chromium, on a Campaign record page, with the Apex answers
// from force-app/test/fixtures (the same files its Jest tests use): an invalid form shows its errors inline without
// calling Apex, a valid one is saved (spinner, then a success toast), a rep without a Zoom user cannot save, and a
// Zoom refusal stays on screen as a notice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { screenshot, usePreview, visit } from './harness.mjs';

const TEST_TIMEOUT = 30_000;

describe('zoomWebinarForm on a Campaign record page', { concurrency: 1 }, () => {
    const preview = usePreview({ before, after });

    /** Opens the action in a state and hands over its host element. */
    const withForm = (state, run) =>
        visit(preview(), `/c/zoomWebinarForm?state=${state}`, async (page) => {
            const form = page.locator('[data-preview="region"] c-zoom-webinar-form');
            await form.waitFor();
            await run({ page, form });
        });

    const topicInput = (form) => form.locator('lightning-input[data-field="topic"] input');
    const save = (form) => form.locator('lightning-button[data-id="save"] button');

    test('create: invalid shows the errors, valid saves and toasts', { timeout: TEST_TIMEOUT }, () =>
        withForm('create', async ({ page, form }) => {
            await form.locator('[data-id="form"]').waitFor();
            assert.equal(await topicInput(form).inputValue(), 'Spring launch', 'the Campaign name is suggested');

            await topicInput(form).fill('');
            // Leaving the empty required field adds its own hint below it and moves Save: blur first, then click.
            await topicInput(form).blur();
            await save(form).click();
            const topicError = form.locator('[data-error="topic"]');
            await topicError.waitFor();
            assert.equal((await topicError.textContent()).trim(), 'Enter a topic.');
            assert.equal(await page.locator('[data-preview="toast"]').count(), 0, 'nothing saved');
            await screenshot(page, 'zoomWebinarForm--invalid');

            await topicInput(form).fill('Spring product launch');
            await topicInput(form).blur();
            assert.equal(await form.locator('[data-error="topic"]').count(), 0, 'typing clears the error');
            await save(form).click();
            const toast = page.locator('[data-preview="toast"]');
            await toast.waitFor();
            assert.equal(await toast.getAttribute('data-variant'), 'success');
            assert.match(await toast.textContent(), /The webinar was created in Zoom\./);
            await screenshot(page, 'zoomWebinarForm--saved');
        })
    );

    test('notMapped: the admin is named and Save is disabled', { timeout: TEST_TIMEOUT }, () =>
        withForm('notMapped', async ({ form }) => {
            await form.getByText('No Zoom user').waitFor();
            assert.match(
                await form.locator('c-zoom-notice[data-id="not-mapped"]').textContent(),
                /zoom\.admin@acme\.example/
            );
            assert.equal(await save(form).isDisabled(), true);
        })
    );

    test('refused: Zoom refusal stays on screen with what to do', { timeout: TEST_TIMEOUT }, () =>
        withForm('refused', async ({ page, form }) => {
            await form.locator('[data-id="form"]').waitFor();
            await save(form).click();
            const notice = form.locator('c-zoom-notice[data-id="notice"]');
            await notice.getByText(/no webinar license/).waitFor();
            assert.equal(await page.locator('[data-preview="toast"]').count(), 0, 'no success toast');
            await screenshot(page, 'zoomWebinarForm--refused');
        })
    );
});
