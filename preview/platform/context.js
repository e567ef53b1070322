/**
 * The preview's run-time context, shared by the shell and the platform stubs: which gallery entry and state is on
 * screen (so `@salesforce/apex` knows what to answer), and a log of what the component asked the "platform" to do.
 * The log is also exposed as `window.__preview` for the browser tests.
 */

/**
 * @typedef {object} PreviewRecord
 * @property {string} recordId
 * @property {string} objectApiName
 * @property {string} [name] shown in the record page header
 * @property {Record<string, unknown>} [fields] field values served by lightning/uiRecordApi getRecord
 *
 * @typedef {object} PreviewContext
 * @property {string|null} component bundle name
 * @property {string|null} stateName
 * @property {Record<string, unknown>} apex Apex responses of the state, by "<Class>.<method>"
 * @property {PreviewRecord|null} record the simulated record page, or null on an app page
 * @property {Set<string>} fixtures file names available under /fixtures/
 */

/** @type {PreviewContext} */
const context = { component: null, stateName: null, apex: {}, record: null, fixtures: new Set() };

/** @type {Array<{type: string, at: number} & Record<string, unknown>>} */
const events = [];

/** Replaces the current context (the shell calls this before it creates the component). */
export function setPreviewContext({ component, stateName, apex = {}, record = null, fixtures = [] }) {
    Object.assign(context, { component, stateName, apex, record, fixtures: new Set(fixtures) });
}

/** @returns {Readonly<PreviewContext>} */
export function previewContext() {
    return context;
}

/**
 * Records something the component asked the platform to do and announces it as a `preview:<type>` window event
 * and a generic `preview:event` (the shell shows the navigation notice and the activity log from them).
 * @param {string} type e.g. "apex", "navigate"
 * @param {Record<string, unknown>} detail
 */
export function recordPreviewEvent(type, detail) {
    const event = { type, at: Date.now(), ...detail };
    events.push(event);
    window.dispatchEvent(new CustomEvent(`preview:${type}`, { detail: event }));
    window.dispatchEvent(new CustomEvent('preview:event', { detail: event }));
}

/** Everything recorded since the page loaded, oldest first. */
export function previewEvents() {
    return events;
}

window.__preview = {
    get context() {
        return context;
    },
    get events() {
        return events;
    }
};
