// The gallery covers every LWC bundle, and every entry × state renders in chromium with SLDS applied and without
// a console error, page error or failed request. A screenshot of each goes to test-results/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
    buildManifest,
    bundlesWithoutEntry,
    discoverBundles,
    listFixtures,
    readGallery
} from '../preview/tools/gallery.mjs';
import { newPage, openPreviewPage, screenshot, usePreview, visit } from './harness.mjs';

const gallery = readGallery();
const bundles = discoverBundles();
const { problems: galleryProblems, manifest } = buildManifest(gallery, bundles, listFixtures());
const components = manifest?.entries.filter((e) => e.kind === 'component') ?? [];
const services = manifest?.entries.filter((e) => e.kind === 'service') ?? [];

/** A hung page fails its test instead of the run. */
const T = { timeout: 30_000 };

const stateUrl = (entry, state) => `/c/${entry.component}?state=${encodeURIComponent(state.name)}`;

test('every LWC bundle under force-app has an entry in preview/gallery.json', () => {
    assert.deepEqual(
        bundlesWithoutEntry(gallery, bundles),
        [],
        'add an entry (component: states; service module: title and description) for each bundle listed'
    );
});

test('preview/gallery.json names real bundles and fixtures', () => {
    assert.deepEqual(galleryProblems, []);
});

describe('in chromium', { concurrency: 4 }, () => {
    const preview = usePreview({ before, after });

    /** Opens `url`, runs `check(page)`, screenshots, and fails on any recorded problem. */
    const visitAndShoot = (url, shot, check) =>
        visit(preview(), url, async (page) => {
            await check(page);
            await screenshot(page, shot);
        });

    test('the index lists every entry and links every state', T, () =>
        visitAndShoot('/', 'gallery-index', async (page) => {
            for (const entry of manifest.entries) {
                const row = page.locator(`tr[data-preview-entry="${entry.component}"]`);
                await row.waitFor();
                for (const state of entry.states) {
                    const link = row.locator(`a[data-preview-link="${entry.component}:${state.name}"]`);
                    assert.equal(await link.getAttribute('href'), stateUrl(entry, state));
                }
            }
            assert.equal(await page.locator('[data-preview="missing-entries"]').count(), 0);
        })
    );

    for (const entry of components) {
        for (const state of entry.states) {
            test(`${entry.component} renders in state "${state.name}"`, T, () =>
                visitAndShoot(stateUrl(entry, state), `${entry.component}--${state.name}`, async (page) => {
                    const host = page.locator(`[data-preview="region"] ${entry.tag}`);
                    await host.waitFor();
                    if (state.expect) await host.getByText(state.expect).first().waitFor();
                    if (entry.record) {
                        const props = await host.evaluate((el) => [el.recordId, el.objectApiName]);
                        assert.deepEqual(props, [entry.record.recordId, entry.record.objectApiName]);
                    }
                })
            );
        }
    }

    // The same states in German (?lang=de): labels with a German translation, the de-DE locale and its formats.
    for (const entry of components) {
        for (const state of entry.states) {
            test(`${entry.component} renders in state "${state.name}" in German`, T, () =>
                visitAndShoot(
                    `${stateUrl(entry, state)}&lang=de`,
                    `${entry.component}--${state.name}--de`,
                    async (page) => {
                        await page.locator(`[data-preview="region"] ${entry.tag}`).waitFor();
                        assert.equal(await page.evaluate(() => document.documentElement.lang), 'de-DE');
                    }
                )
            );
        }
    }

    test('the gallery offers every language and keeps ?lang= in its links', T, () =>
        visitAndShoot('/?lang=fr', 'gallery-index--fr', async (page) => {
            const languages = page.locator('[data-preview="languages"] a');
            await languages.first().waitFor();
            assert.deepEqual(await languages.evaluateAll((as) => as.map((a) => a.dataset.lang)), [
                'en',
                'es',
                'de',
                'fr',
                'ja'
            ]);
            assert.equal(
                await page.locator('[data-preview="languages"] a[aria-current="page"]').getAttribute('data-lang'),
                'fr'
            );
            const [entry] = components;
            const href = await page
                .locator(`a[data-preview-link="${entry.component}:${entry.states[0].name}"]`)
                .getAttribute('href');
            assert.equal(href, `${stateUrl(entry, entry.states[0])}&lang=fr`);
        })
    );

    test('c/i18n reads the locale of ?lang= (ja-JP), English without it', T, async () => {
        await visitAndShoot('/c/i18n?lang=ja', 'i18n--ja', async (page) => {
            await page.locator('[data-preview="exports"]').getByText('"ja-JP"').first().waitFor();
        });
        await visitAndShoot('/c/i18n', 'i18n--en', async (page) => {
            await page.locator('[data-preview="exports"]').getByText('"en-US"').first().waitFor();
        });
    });

    for (const entry of services) {
        test(`service module ${entry.component} loads and lists its exports`, T, () =>
            visitAndShoot(`/c/${entry.component}`, `${entry.component}--exports`, async (page) => {
                await page.locator('[data-preview="exports"] tbody tr').first().waitFor();
                assert.ok((await page.locator('[data-preview="exports"] tbody tr').count()) > 0);
            })
        );
    }

    test('SLDS styles reach inside the components (synthetic shadow)', T, () =>
        visitAndShoot('/c/zoomMeetingPanel?state=data', 'slds-applied', async (page) => {
            const card = page.locator('c-zoom-meeting-panel lightning-card article.slds-card');
            const button = page.locator('c-zoom-meeting-panel lightning-button[data-id="copy"] button');
            // Join is a plain link styled as an SLDS button (NavigationMixin does nothing in Lightning Out).
            const joinLink = page.locator('c-zoom-meeting-panel a[data-id="join-link"]');
            await button.waitFor();
            const style = (locator, props) =>
                locator.evaluate((el, names) => {
                    const computed = getComputedStyle(el);
                    return Object.fromEntries(names.map((n) => [n, computed.getPropertyValue(n)]));
                }, props);
            assert.deepEqual(await style(card, ['background-color', 'border-top-left-radius']), {
                'background-color': 'rgb(255, 255, 255)',
                'border-top-left-radius': '4px'
            });
            // .slds-button is inline-flex and brand blue; a browser's default button is neither.
            assert.deepEqual(await style(button, ['display', 'color']), {
                display: 'inline-flex',
                color: 'rgb(1, 118, 211)'
            });
            const join = await style(joinLink, ['display', 'color']);
            assert.match(join.display, /flex$/, 'an SLDS button (flex inside the button group), not a bare link');
            assert.equal(join.color, 'rgb(1, 118, 211)');
        })
    );

    test('the error collector sees console errors, page errors and HTTP errors (no silent pass)', T, async () => {
        const { context, page, problems } = await newPage(preview().browser, preview().baseUrl);
        try {
            await openPreviewPage(page, '/');
            await page.evaluate(() => {
                console.error('probe console error');
                setTimeout(() => {
                    throw new Error('probe page error');
                });
                return fetch('/no-such-file.json');
            });
            await page.waitForTimeout(100);
            const kinds = problems.map((p) => p.split(':')[0]);
            assert.ok(kinds.includes('console.error'), problems.join('\n'));
            assert.ok(kinds.includes('page error'), problems.join('\n'));
            assert.ok(kinds.includes('HTTP 404'), problems.join('\n'));
        } finally {
            await context.close();
        }
    });

    test('an unknown state says so instead of rendering', T, async () => {
        const { context, page } = await newPage(preview().browser, preview().baseUrl);
        try {
            await openPreviewPage(page, '/c/zoomMeetingPanel?state=nope');
            await page.locator('[data-preview="unknown-state"]').waitFor();
        } finally {
            await context.close();
        }
    });
});
