/**
 * The Zoom Setup webhook card with failures that can be replayed: getWebhookHealth answers the failing state
 * (force-app/test/fixtures/ZoomSetupController.getWebhookHealth.failing.json) and replayWebhookEvents takes the
 * chosen Retrying/Failed events off the list the way WebhookReplayService and the subscriber would once they are
 * applied (an empty selection replays them all), answering how many went back on the bus. When none is left, the
 * card shows events flowing.
 */
export const FAILING_FIXTURE = 'ZoomSetupController.getWebhookHealth.failing.json';

/**
 * A store over `health` (a WebhookHealthDto); its `answer(method, params)` is the handler.
 * @param {any} health
 */
export function createWebhookStore(health) {
    const state = structuredClone(health);
    return {
        answer(method, params) {
            if (method === 'ZoomSetupController.getWebhookHealth') return state;
            if (method !== 'ZoomSetupController.replayWebhookEvents') {
                throw new Error(`webhookReplay does not answer ${method}`);
            }
            const ids = /** @type {string[]} */ (params?.receiptIds ?? []);
            const chosen = state.failures.filter((f) => ids.length === 0 || ids.includes(f.id));
            state.failures = state.failures.filter((f) => !chosen.includes(f));
            for (const failure of chosen) {
                if (failure.status === 'Retrying') state.retrying -= 1;
                else state.failed -= 1;
            }
            if (state.retrying + state.failed === 0) state.state = 'Flowing';
            return chosen.length;
        }
    };
}

let store = null;

/** The handler: the failing fixture, read once per page. */
export default async function webhookReplay(method, params) {
    if (!store) {
        const res = await fetch(`/fixtures/${encodeURIComponent(FAILING_FIXTURE)}`, { cache: 'no-store' });
        store = createWebhookStore(await res.json());
    }
    return store.answer(method, params);
}
