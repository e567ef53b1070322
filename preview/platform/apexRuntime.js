/**
 * Stand-in for `@salesforce/apex/<Class>.<method>` imports. Each import is one function that works both ways the
 * platform's does:
 *   - imperatively: `getMeeting({ recordId })` returns a Promise of the result (a fresh, mutable copy);
 *   - with `@wire(getMeeting, { recordId: '$recordId' })`: the engine sees the function's `adapter` property (a
 *     wire adapter class with connect/update/disconnect) and provisions `{ data, error }` (data deep-frozen, as
 *     the platform's wired data is read-only).
 * Answers come from the gallery state on screen (see preview/README.md, "Apex responses"), falling back to the
 * Jest fixtures `<Class>.<method>.<state>.json` and `<Class>.<method>.json`.
 */
import { previewContext, recordPreviewEvent } from './context.js';
import { HANDLERS } from '../handlers/index.js';
import { serverText } from './language.js';

/** What an AuraHandledException looks like once it reaches the browser. */
const ERROR_DEFAULTS = { status: 500, statusText: 'Server Error', ok: false, headers: {} };

/** @type {WeakMap<object, ApexWireAdapter>} wired value → the adapter that provisioned it (for refreshApex) */
const provisioned = new WeakMap();

/** A promise that never settles: the "pending" (loading) state. */
const never = () => new Promise(() => {});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        Object.values(value).forEach(deepFreeze);
    }
    return value;
}

/** Turns the gallery's `{ status, body }` into the error object components receive. */
function toApexError(error) {
    return { ...ERROR_DEFAULTS, ...error, body: { exceptionType: 'System.AuraHandledException', ...error.body } };
}

/**
 * Which response the current state declares for a method: explicit entry, then `<method>.<state>.json`, then
 * `<method>.json`.
 * @param {string} method "<Class>.<method>"
 * @returns {{ kind: 'fixture', file: string, delayMs: number } | { kind: 'data', data: unknown, delayMs: number }
 *          | { kind: 'error', error: object, delayMs: number } | { kind: 'handler', handler: string, delayMs: number }
 *          | { kind: 'pending' } | { kind: 'missing' }}
 */
export function resolveResponse(method) {
    const { apex, stateName, fixtures } = previewContext();
    const declared = apex[method];
    if (declared === 'pending') return { kind: 'pending' };
    if (typeof declared === 'string') return { kind: 'fixture', file: declared, delayMs: 0 };
    if (declared && typeof declared === 'object') {
        const delayMs = declared.delayMs ?? 0;
        if ('fixture' in declared) return { kind: 'fixture', file: declared.fixture, delayMs };
        if ('error' in declared) return { kind: 'error', error: declared.error, delayMs };
        if ('handler' in declared) return { kind: 'handler', handler: declared.handler, delayMs };
        return { kind: 'data', data: declared.data, delayMs };
    }
    for (const file of [`${method}.${stateName}.json`, `${method}.json`]) {
        if (fixtures.has(file)) return { kind: 'fixture', file, delayMs: 0 };
    }
    return { kind: 'missing' };
}

/**
 * Runs one Apex call against the current state. Resolves with the result, rejects with an Apex-shaped error,
 * or never settles for "pending".
 * @param {string} method "<Class>.<method>"
 * @param {Record<string, unknown>} params
 * @param {'wire'|'imperative'} via
 */
async function answer(method, params, via) {
    const response = resolveResponse(method);
    recordPreviewEvent('apex', {
        method,
        params,
        via,
        response: response.kind,
        file: response.file,
        handler: response.handler
    });
    if (response.kind === 'pending') return never();
    if (response.kind === 'missing') {
        const message = `Preview: no answer for Apex ${method} in state "${previewContext().stateName}". Add it to the state in preview/gallery.json or create force-app/test/fixtures/${method}.json.`;
        console.error(message);
        throw toApexError({ body: { message } });
    }
    if (response.delayMs) await sleep(response.delayMs);
    if (response.kind === 'error') throw toApexError(response.error);
    if (response.kind === 'data') return structuredClone(response.data ?? null);
    if (response.kind === 'handler') return callHandler(response.handler, method, params);
    const res = await fetch(`/fixtures/${encodeURIComponent(response.file)}`, { cache: 'no-store' });
    if (!res.ok) throw toApexError({ status: res.status, body: { message: `Preview: ${response.file} not found` } });
    return res.json();
}

/**
 * Runs one Apex call as `answer` does, in the page's language: Apex writes its sentences from custom labels in the
 * user's language, so the English sentences of the fixtures, handlers and errors are translated (language.js).
 */
async function invoke(method, params, via) {
    try {
        return serverText(await answer(method, params, via));
    } catch (error) {
        throw serverText(error);
    }
}

/**
 * Asks an in-browser handler (preview/handlers) for the answer. A thrown `{ status, body }` becomes an Apex error;
 * anything else thrown is a bug in the handler and is reported as such.
 */
async function callHandler(name, method, params) {
    const handler = HANDLERS[name];
    if (!handler) {
        const message = `Preview: no handler "${name}" in preview/handlers/index.js (asked for ${method}).`;
        console.error(message);
        throw toApexError({ body: { message } });
    }
    try {
        return structuredClone((await handler(method, params)) ?? null);
    } catch (error) {
        if (error && typeof error === 'object' && 'body' in error) throw toApexError(error);
        console.error(`Preview handler "${name}" failed on ${method}:`, error);
        throw toApexError({ body: { message: `Preview handler "${name}" failed: ${error?.message ?? error}` } });
    }
}

/**
 * The wire adapter of one Apex method: asks again whenever the component's config changes, and skips configs
 * with an undefined parameter (a `$recordId` not set yet), as the platform does.
 */
class ApexWireAdapter {
    /** @param {string} method @param {(value: {data?: unknown, error?: object}) => void} dataCallback */
    constructor(method, dataCallback) {
        this.method = method;
        this.dataCallback = dataCallback;
        this.connected = false;
        this.config = undefined;
        this.requested = undefined;
        this.generation = 0;
        // A wired property starts as { data: undefined, error: undefined } so templates can read `.data`.
        this.emit({ data: undefined, error: undefined });
    }

    connect() {
        this.connected = true;
        if (this.config !== undefined) this.request(false);
    }

    update(config) {
        this.config = config ?? {};
        if (this.connected) this.request(false);
    }

    disconnect() {
        this.connected = false;
        this.requested = undefined;
        this.generation++;
    }

    /** @param {boolean} force also when the config has not changed (refreshApex) */
    async request(force) {
        const key = JSON.stringify(this.config);
        if (!force && key === this.requested) return;
        if (Object.values(this.config).some((v) => v === undefined)) return;
        this.requested = key;
        const generation = ++this.generation;
        let value;
        try {
            value = { data: deepFreeze(await invoke(this.method, { ...this.config }, 'wire')), error: undefined };
        } catch (error) {
            value = { data: undefined, error: deepFreeze(error) };
        }
        // A newer request (or a disconnect) superseded this one.
        if (generation === this.generation) this.emit(value);
    }

    emit(value) {
        provisioned.set(value, this);
        this.dataCallback(value);
    }
}

/**
 * Creates the default export of `@salesforce/apex/<Class>.<method>`.
 * @param {string} method "<Class>.<method>"
 */
export function createApexMethod(method) {
    const apexMethod = (params = {}) => invoke(method, { ...params }, 'imperative');
    Object.defineProperty(apexMethod, 'name', { value: method.split('.')[1] });
    // The LWC engine uses `adapter` when a callable is passed to @wire.
    apexMethod.adapter = class extends ApexWireAdapter {
        constructor(dataCallback) {
            super(method, dataCallback);
        }
    };
    return apexMethod;
}

/**
 * Re-runs the wired call that provisioned `wiredValue` and delivers the answer again (re-reading the fixture).
 * @param {unknown} wiredValue the `{ data, error }` object a wire provisioned
 * @returns {Promise<void>}
 */
export async function refreshApex(wiredValue) {
    const adapter = wiredValue && typeof wiredValue === 'object' ? provisioned.get(wiredValue) : undefined;
    if (!adapter) {
        console.warn('refreshApex: the value was not provisioned by an Apex @wire; nothing to refresh.');
        return;
    }
    recordPreviewEvent('refreshApex', { method: adapter.method });
    await adapter.request(true);
}
