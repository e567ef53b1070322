// Accessibility in chromium (issue #13 item 5): axe-core on every gallery state (WCAG 2.1 A/AA rules; a violation of
// impact serious or critical fails, each one named with component, state, rule and target), and a keyboard walk of
// each page: Tab reaches every interactive control of the component in the page's order, each focused control shows a
// focus indicator, and the meeting email modal traps focus and closes on Escape with focus back on its opener (Get
// Details of External Meetings likewise takes focus and gives it back). Probe tests prove axe and the walk can fail.
// Run only these: npm run test:e2e -- --grep a11y (or node scripts/e2e.mjs e2e/a11y.test.mjs).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { buildManifest, discoverBundles, listFixtures, readGallery } from '../preview/tools/gallery.mjs';
import { openPreviewPage, newPage, usePreview } from './harness.mjs';

const require = createRequire(import.meta.url);
/** axe-core's browser build, injected into each page (the same engine @sa11y/jest runs in Jest). */
export const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
/** WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Impacts that fail the run; moderate and minor are reported but pass. */
export const FAILING_IMPACTS = new Set(['serious', 'critical']);

const { manifest } = buildManifest(readGallery(), discoverBundles(), listFixtures());
const components = manifest.entries.filter((e) => e.kind === 'component');
const T = { timeout: 60_000 };
const REGION = '[data-preview="region"]';

/**
 * Languages axe runs every state in. The preview's `?lang=` switch (issue #13 item 4) arrives with the i18n branch:
 * add 'de' here then. English waits for the state's `expect` text; other languages for the page to be ready.
 */
const LANGUAGES = ['en', 'de'];

const stateUrl = (component, state, lang = 'en') =>
    `/c/${component}?state=${encodeURIComponent(state)}${lang === 'en' ? '' : `&lang=${lang}`}`;

/**
 * Runs axe-core on the component's host in the page and returns its violations, flattened to one row per node.
 * @param {import('playwright-core').Page} page
 * @param {string} selector the element axe checks (and everything inside it, shadow trees included)
 */
export async function axeViolations(page, selector) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
    const violations = await page.evaluate(
        async ({ selector, tags }) => {
            const result = await window.axe.run(
                { include: [selector] },
                { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }
            );
            return result.violations;
        },
        { selector, tags: AXE_TAGS }
    );
    return violations.flatMap((v) =>
        v.nodes.map((n) => ({
            rule: v.id,
            impact: n.impact ?? v.impact,
            help: v.help,
            target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
            summary: (n.failureSummary ?? '').split('\n').slice(0, 2).join(' ')
        }))
    );
}

/** The deepest focused element (through shadow roots), described for assertions. */
async function focused(page) {
    return page.evaluate(() => {
        let el = document.activeElement;
        const path = [];
        while (el) {
            path.push(el);
            const inner = el.shadowRoot?.activeElement;
            if (!inner || inner === el) break;
            el = inner;
        }
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = (s) =>
            (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
        // A visually hidden checkbox/radio shows its focus on the faux control next to it (SLDS).
        const faux = el
            .closest?.('.slds-checkbox, .slds-radio, .slds-checkbox_toggle, .slds-checkbox-button')
            ?.querySelector('.slds-checkbox_faux, .slds-radio_faux, .slds-checkbox_faux_container');
        // Focus on a part of a native control (the calendar button of a date input) is drawn by the browser.
        const nativePart = el.matches('input') && !el.matches(':focus');
        const id = (e) => e.closest('[data-id]')?.getAttribute('data-id') ?? '';
        return {
            key: el.getAttribute('data-a11y-idx'),
            inHost: path.some((p) => p.hasAttribute?.('data-a11y-host')) || Boolean(el.closest('[data-a11y-host]')),
            sentinel: el.getAttribute('data-a11y-sentinel'),
            visible: Boolean(nativePart || ring(style) || (faux && ring(getComputedStyle(faux)))),
            name: `${el.tagName.toLowerCase()}${id(el) ? `[data-id=${id(el)}]` : ''} "${(
                el.getAttribute('aria-label') ||
                el.getAttribute('title') ||
                el.textContent ||
                el.getAttribute('name') ||
                ''
            )
                .trim()
                .slice(0, 40)}"`
        };
    });
}

/**
 * Marks every control of the component a keyboard user must reach (tabbable, visible, enabled; one per radio group)
 * with data-a11y-idx, puts a focusable sentinel before and after the host, and returns their descriptions.
 */
async function markControls(page, tag) {
    return page.evaluate(
        ({ region, tag }) => {
            const host = document.querySelector(`${region} ${tag}`);
            host.setAttribute('data-a11y-host', '');
            for (const where of ['beforebegin', 'afterend']) {
                const s = document.createElement('button');
                s.textContent = where;
                s.setAttribute('data-a11y-sentinel', where);
                host.insertAdjacentElement(where, s);
            }
            const controls = [];
            const radioGroups = new Set();
            const tabbable = (el) => {
                if (!el.matches('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]')) {
                    return false;
                }
                if (el.disabled || el.getAttribute('tabindex') === '-1' || el.closest('[inert]')) return false;
                if (el.matches('input[type="hidden"]')) return false;
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden' || style.display === 'none') return false;
                if (!el.getClientRects().length) return false;
                if (el.matches('input[type="radio"]')) {
                    if (radioGroups.has(el.name)) return false;
                    radioGroups.add(el.name);
                }
                return true;
            };
            // Composed tree order: a host's shadow tree, with each slot replaced by what is assigned to it.
            const walk = (node) => {
                if (node.nodeType !== Node.ELEMENT_NODE) return;
                if (tabbable(node)) {
                    node.setAttribute('data-a11y-idx', String(controls.length));
                    controls.push(node);
                }
                let children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
                if (node.tagName === 'SLOT') {
                    const assigned = node.assignedNodes({ flatten: true });
                    if (assigned.length) children = assigned;
                }
                for (const child of children) walk(child);
            };
            for (const child of host.shadowRoot ? host.shadowRoot.childNodes : host.childNodes) walk(child);
            return controls.map(
                (el) =>
                    `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 40)}"`
            );
        },
        { region: REGION, tag }
    );
}

/**
 * Tabs from the sentinel before the component to the one after it and returns each stop inside the component.
 * @returns {Promise<Array<Awaited<ReturnType<typeof focused>>>>}
 */
async function tabWalk(page, { shift = false, limit = 300 } = {}) {
    const start = shift ? 'afterend' : 'beforebegin';
    await page.locator(`[data-a11y-sentinel="${start}"]`).focus();
    const stops = [];
    for (let i = 0; i < limit; i++) {
        await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
        const now = await focused(page);
        if (!now || now.sentinel || !now.inHost) break;
        stops.push(now);
    }
    return stops;
}

/**
 * Checks one page by keyboard: every control reached, in the page's order (the composed tree: what a screen reader
 * reads; a positive tabindex or a focus() that jumps would break it), with a visible focus, and back again.
 */
async function keyboardWalk(page, tag, { checkReverse = true } = {}) {
    const controls = await markControls(page, tag);
    const stops = await tabWalk(page);
    const problems = [];
    const reached = new Set(stops.map((s) => s.key).filter((k) => k !== null));
    controls.forEach((c, i) => {
        if (!reached.has(String(i))) problems.push(`never reached by Tab: ${c}`);
    });
    stops.forEach((s, i) => {
        if (!s.visible) problems.push(`no visible focus (outline or box-shadow) on ${s.name}`);
        const previous = stops.slice(0, i).findLast((p) => p.key !== null);
        if (s.key !== null && previous && Number(s.key) < Number(previous.key)) {
            problems.push(`Tab goes back against the page order: ${previous.name} → ${s.name}`);
        }
    });
    if (!checkReverse) return { controls, stops, problems };
    const back = await tabWalk(page, { shift: true });
    const forwardKeys = stops.map((s) => s.name);
    assert.deepEqual(back.map((s) => s.name).reverse(), forwardKeys, 'Shift+Tab visits the same controls in reverse');
    return { controls, stops, problems };
}

/** The pages a keyboard user works with, each in a state that shows its controls. */
const WALKS = [
    ['Zoom Setup', 'zoomSetup', 'configured'],
    ['Zoom Setup (not configured)', 'zoomSetup', 'notConfigured'],
    ['Event panel', 'zoomMeetingPanel', 'data'],
    ['Event panel (ended, participants)', 'zoomMeetingPanel', 'ended'],
    ['participants', 'zoomParticipants', 'empty'],
    ['meeting email composer', 'zoomMeetingEmail', 'draft'],
    ['start-meeting quick action', 'zoomStartMeeting', 'started'],
    ['start-meeting quick action (not mapped)', 'zoomStartMeeting', 'notMapped'],
    ['customer time', 'zoomCustomerTime', 'set'],
    ['External Meetings page', 'zoomExternalMeetings', 'data']
];

describe('a11y in chromium', { concurrency: 4 }, () => {
    const preview = usePreview({ before, after });

    /** Opens a gallery state in a fresh context and runs `check`; the context is always closed. */
    const inState = async (component, state, check, lang = 'en') => {
        const { context, page } = await newPage(preview().browser, preview().baseUrl);
        try {
            await openPreviewPage(page, stateUrl(component, state, lang));
            const entry = components.find((e) => e.component === component);
            await page.locator(`${REGION} ${entry.tag}`).waitFor();
            const expect = lang === 'en' && entry.states.find((s) => s.name === state)?.expect;
            if (expect) await page.locator(`${REGION} ${entry.tag}`).getByText(expect).first().waitFor();
            await check(page, entry);
        } finally {
            await context.close();
        }
    };

    const suffix = (lang) => (lang === 'en' ? '' : ` (${lang})`);
    for (const lang of LANGUAGES) {
        for (const entry of components) {
            for (const state of entry.states) {
                test(
                    `a11y: axe finds no serious or critical WCAG 2.1 A/AA violation in ${entry.component} [${state.name}]${suffix(lang)}`,
                    T,
                    () =>
                        inState(
                            entry.component,
                            state.name,
                            async (page) => {
                                const failures = [];
                                for (const v of await axeViolations(page, `${REGION} ${entry.tag}`)) {
                                    const line = `${entry.component} [${state.name}]${suffix(lang)} ${v.impact} ${v.rule} at ${v.target}: ${v.help}. ${v.summary}`;
                                    if (FAILING_IMPACTS.has(v.impact)) failures.push(line);
                                    else console.log(`a11y (${v.impact}, not failing): ${line}`);
                                }
                                assert.deepEqual(
                                    failures,
                                    [],
                                    `serious or critical axe violations:\n  ${failures.join('\n  ')}`
                                );
                            },
                            lang
                        )
                );
            }
        }
    }

    test('a11y: the axe run can fail (an unlabelled button in the region is reported as critical)', T, () =>
        inState('zoomNotice', 'success', async (page, entry) => {
            await page.evaluate(
                ({ region, tag }) => {
                    const b = document.createElement('button');
                    b.setAttribute('data-probe', '');
                    document.querySelector(`${region} ${tag}`).insertAdjacentElement('afterend', b);
                },
                { region: REGION, tag: entry.tag }
            );
            const found = await axeViolations(page, REGION);
            assert.ok(
                found.some((v) => v.rule === 'button-name' && FAILING_IMPACTS.has(v.impact)),
                JSON.stringify(found)
            );
        })
    );

    test('a11y: the keyboard walk can fail (a control Tab skips, one without a focus ring, one out of order)', T, () =>
        inState('zoomNotice', 'success', async (page, entry) => {
            await page.evaluate(
                ({ region, tag }) => {
                    const host = document.createElement('div');
                    host.setAttribute('data-probe-host', '');
                    document.querySelector(`${region} ${tag}`).insertAdjacentElement('afterend', host);
                    const add = (label, attributes) => {
                        const b = document.createElement('button');
                        b.textContent = label;
                        for (const [name, value] of Object.entries(attributes)) b.setAttribute(name, value);
                        host.appendChild(b);
                    };
                    add('probe-no-ring', { style: 'outline: none; box-shadow: none' });
                    add('probe-jumps-first', { tabindex: '1' });
                    add('probe-skipped', { style: 'outline: 2px solid', onfocus: 'this.blur()' });
                },
                { region: REGION, tag: entry.tag }
            );
            const { problems } = await keyboardWalk(page, 'div[data-probe-host]', { checkReverse: false });
            const text = problems.join('\n');
            assert.match(text, /no visible focus .*probe-no-ring/, text);
            assert.match(text, /never reached by Tab: button "probe-skipped"/, text);
            assert.match(text, /never reached by Tab: button "probe-jumps-first"|against the page order/, text);
        })
    );

    for (const [title, component, state] of WALKS) {
        test(`a11y: keyboard walk of the ${title} (${component} [${state}])`, T, () =>
            inState(component, state, async (page, entry) => {
                const { controls, stops, problems } = await keyboardWalk(page, entry.tag);
                assert.deepEqual(
                    problems,
                    [],
                    `${component} [${state}]: ${controls.length} controls, Tab stops:\n  ${stops.map((s) => s.name).join('\n  ')}`
                );
            })
        );
    }

    test('a11y: Get Details by keyboard: focus on the details, Escape closes them and returns to the row', T, () =>
        inState('zoomExternalMeetings', 'data', async (page) => {
            const pageEl = page.locator(`${REGION} c-zoom-external-meetings`);
            const rowButton = pageEl.locator('button.details-button').first();
            const id = await rowButton.getAttribute('data-id');
            await rowButton.focus();
            await page.keyboard.press('Enter');
            await pageEl.locator('[data-id="details-title"]').waitFor();
            assert.match(
                (await focused(page))?.name ?? 'nothing',
                /^section\[data-id=details\]/,
                'focus on the details'
            );
            await pageEl.locator('[data-participant]').first().waitFor();
            const open = await axeViolations(page, `${REGION} c-zoom-external-meetings`);
            assert.deepEqual(
                open.filter((v) => FAILING_IMPACTS.has(v.impact)),
                [],
                'axe with the details open'
            );
            await page.keyboard.press('Tab');
            assert.match((await focused(page))?.name ?? 'nothing', /^button\[data-id=close-details\]/, 'then Close');
            await page.keyboard.press('Escape');
            await pageEl.locator('[data-id="details"]').waitFor({ state: 'detached' });
            assert.match(
                (await focused(page))?.name ?? 'nothing',
                new RegExp(`^button\\[data-id=${id}\\]`),
                'back on the row'
            );
        })
    );

    test('a11y: the email modal traps focus, closes on Escape and returns focus to Send Email', T, () =>
        inState('zoomMeetingPanel', 'data', async (page) => {
            const panel = page.locator(`${REGION} c-zoom-meeting-panel`);
            const opener = panel.locator('lightning-button[data-id="email"] button');
            await opener.focus();
            await page.keyboard.press('Enter');
            const modal = panel.locator('[data-id="email-modal"]');
            await modal.waitFor();
            await panel.locator('c-zoom-meeting-email lightning-pill').first().waitFor();
            const open = await axeViolations(page, `${REGION} c-zoom-meeting-panel`);
            assert.deepEqual(
                open.filter((v) => FAILING_IMPACTS.has(v.impact)),
                [],
                'axe with the dialog open'
            );
            const inModal = () =>
                page.evaluate(() => {
                    let el = document.activeElement;
                    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
                    const dialog = el?.closest?.('[data-id="email-modal"]') ?? null;
                    let node = el;
                    // closest() stops at a shadow root: climb through hosts.
                    while (node && !dialog) {
                        const root = node.getRootNode();
                        if (root === document || !root.host) break;
                        node = root.host;
                        if (node.closest('[data-id="email-modal"]'))
                            return { inside: true, name: el.outerHTML.slice(0, 80) };
                    }
                    return { inside: Boolean(dialog), name: el?.outerHTML.slice(0, 80) ?? null };
                });
            assert.ok((await inModal()).inside, 'opening the modal moves focus into it');
            const first = await focused(page);
            assert.match(first?.name ?? 'nothing', /^button\[data-id=email-close\]/, 'focus starts on Close');
            // Shift+Tab from the first control wraps to the last (Send), Tab from there back to the first.
            await page.keyboard.press('Shift+Tab');
            assert.match(
                (await focused(page))?.name ?? 'nothing',
                /^button\[data-id=send\]/,
                'Shift+Tab wraps to Send'
            );
            await page.keyboard.press('Tab');
            assert.match(
                (await focused(page))?.name ?? 'nothing',
                /^button\[data-id=email-close\]/,
                'Tab wraps to Close'
            );

            // Tab through the whole dialog (more presses than it has controls): focus never leaves it.
            const names = [];
            for (let i = 0; i < 40; i++) {
                await page.keyboard.press('Tab');
                const where = await inModal();
                assert.ok(where.inside, `Tab left the modal after ${names.join(' → ')} to ${where.name}`);
                names.push(where.name);
            }
            assert.ok(new Set(names).size < names.length, 'Tab cycles within the modal');
            for (let i = 0; i < 40; i++) {
                await page.keyboard.press('Shift+Tab');
                const where = await inModal();
                assert.ok(where.inside, `Shift+Tab left the modal to ${where.name}`);
            }

            await page.keyboard.press('Escape');
            await modal.waitFor({ state: 'detached' });
            const back = await focused(page);
            assert.match(back?.name ?? 'nothing', /^button\[data-id=email\]/, 'focus returns to Send Email');
        })
    );
});
