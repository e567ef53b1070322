/**
 * SoftphoneController.getConfig for the softphone's gallery states: the simulated Smart Embed
 * (preview/shell/smart-embed.html) is served by the preview itself, so its origin is the page's own (an ephemeral
 * port in the browser tests) and cannot be written in a fixture. The state picks the scenario the simulated Smart Embed
 * plays on load (`?auto=`); lookupNumber and logCall answer from fixtures named by the state.
 */
/** Gallery state → scenario of the simulated Smart Embed. */
export const SCENARIOS = {
    dialing: 'dialing',
    incomingOne: 'incoming-one',
    incomingSeveral: 'incoming-several',
    incomingNone: 'incoming-none',
    connected: 'connected',
    logged: 'logged',
    logFailed: 'logged'
};

/** @param {string} method */
export default function softphone(method) {
    if (method !== 'SoftphoneController.getConfig') {
        throw new Error(`the softphone handler answers SoftphoneController.getConfig only, not ${method}`);
    }
    const origin = window.location.origin;
    // The preview's context (preview/platform/context.js), read at call time: this module is also loaded in Node.
    const scenario = SCENARIOS[window.__preview?.context?.stateName];
    return {
        enabled: true,
        message: null,
        embedOrigin: origin,
        embedUrl: `${origin}/smart-embed.html${scenario ? `?auto=${scenario}` : ''}`,
        defaultCountry: 'US'
    };
}
