/**
 * Zoom Phone Smart Embed message protocol of the softphone. Service component (no template): import from
 * 'c/smartEmbedProtocol'.
 *
 * Smart Embed is an iframe (`embedUrl` of SoftphoneController.getConfig) that talks to its host page with
 * `window.postMessage`: it posts `{ type, data }` events (`zp-call-ringing-event`, `zp-call-connected-event`,
 * `zp-call-ended-event`, …) and accepts commands such as `zp-make-call`. This module holds the rules, apart from any
 * component:
 * - `parseMessage` accepts a message only from the configured `embedOrigin`, ignores types it does not know (Zoom adds
 *   new ones) and reports malformed ones (a known type without a call id);
 * - `makeCallMessage` builds the make-call command;
 * - `advance` is the call's state machine (idle → ringing → connected → ended); the end gives the
 *   `SoftphoneCallDto` that SoftphoneController.logCall writes. The times are the host's clock when each message
 *   arrived (Smart Embed's events carry no instants the host can rely on); the webhook and the hourly pull later
 *   complete the same row with Zoom's own times.
 */

/** Message types Smart Embed posts to the host (the ones the softphone reads). */
export const EVENT_TYPES = {
    ringing: 'zp-call-ringing-event',
    connected: 'zp-call-connected-event',
    ended: 'zp-call-ended-event'
} as const;

/** The command that asks Smart Embed to dial a number. */
export const MAKE_CALL_TYPE = 'zp-make-call';

export type CallEventKind = keyof typeof EVENT_TYPES;
export type CallDirection = 'inbound' | 'outbound';

/** One call event of Smart Embed, read. */
export interface CallEvent {
    kind: CallEventKind;
    callId: string;
    direction: CallDirection;
    /** The outside party: the caller of an inbound call, the callee of an outbound one. */
    peerNumber: string;
    peerName: string | null;
    /** Smart Embed's result word, when the event says one (ended events). */
    result: string | null;
}

/** What became of one message. */
export type ParseResult =
    | { status: 'event'; event: CallEvent }
    /** Not from Smart Embed's origin: dropped without reading it. */
    | { status: 'foreign' }
    /** From Smart Embed, but nothing the softphone reads (another type). */
    | { status: 'ignored'; type: string }
    /** From Smart Embed, but not in the expected shape: `type` (null when it has none) lacks `missing`. */
    | { status: 'malformed'; type: string | null; missing: MissingPart };

/** What a malformed message lacks (Smart Embed's own names, shown to the user as they are). */
export type MissingPart = 'type' | 'data' | 'callId' | 'direction' | 'phoneNumber';

/** The make-call command as posted to the iframe. */
export interface MakeCallMessage {
    type: typeof MAKE_CALL_TYPE;
    data: { number: string; autoDial: boolean };
}

const KIND_BY_TYPE = new Map<string, CallEventKind>(
    (Object.keys(EVENT_TYPES) as CallEventKind[]).map((kind) => [EVENT_TYPES[kind], kind])
);

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string') return null;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
}

/** The origin of a URL (`https://host[:port]`), or '' when it is not an absolute http(s) URL. */
export function originOf(url: string | null | undefined): string {
    try {
        const parsed = new URL(url ?? '');
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : '';
    } catch {
        return '';
    }
}

function party(value: unknown): { number: string | null; name: string | null } {
    if (!isRecord(value)) return { number: null, name: null };
    return {
        number: text(value.phoneNumber) ?? text(value.extensionNumber),
        name: text(value.name)
    };
}

/**
 * Reads one `message` event: `origin` is `event.origin`, `data` is `event.data`, `embedOrigin` the configured
 * origin of Smart Embed (an empty `embedOrigin` accepts nothing).
 */
export function parseMessage(origin: string, data: unknown, embedOrigin: string): ParseResult {
    if (!embedOrigin || origin !== embedOrigin) return { status: 'foreign' };
    if (!isRecord(data) || typeof data.type !== 'string') {
        return { status: 'malformed', type: null, missing: 'type' };
    }
    const kind = KIND_BY_TYPE.get(data.type);
    if (!kind) return { status: 'ignored', type: data.type };
    const body = data.data;
    if (!isRecord(body)) return { status: 'malformed', type: data.type, missing: 'data' };
    const callId = text(body.callId);
    if (!callId) return { status: 'malformed', type: data.type, missing: 'callId' };
    const direction = body.direction;
    if (direction !== 'inbound' && direction !== 'outbound') {
        return { status: 'malformed', type: data.type, missing: 'direction' };
    }
    const peer = party(direction === 'inbound' ? body.caller : body.callee);
    if (!peer.number) {
        return { status: 'malformed', type: data.type, missing: 'phoneNumber' };
    }
    return {
        status: 'event',
        event: {
            kind,
            callId,
            direction,
            peerNumber: peer.number,
            peerName: peer.name,
            result: text(body.result)
        }
    };
}

/** The make-call command for `number` (trimmed), or null when there is nothing to dial. */
export function makeCallMessage(number: string | null | undefined): MakeCallMessage | null {
    const trimmed = (number ?? '').trim();
    if (!/[0-9]/.test(trimmed)) return null;
    return { type: MAKE_CALL_TYPE, data: { number: trimmed, autoDial: true } };
}

export type CallPhase = 'idle' | 'ringing' | 'connected' | 'ended';

/** The call the softphone follows. */
export interface CallState {
    phase: CallPhase;
    callId: string | null;
    direction: CallDirection | null;
    peerNumber: string | null;
    peerName: string | null;
    ringStart: string | null;
    answerStart: string | null;
}

/** No call. */
export const IDLE: CallState = Object.freeze({
    phase: 'idle',
    callId: null,
    direction: null,
    peerNumber: null,
    peerName: null,
    ringStart: null,
    answerStart: null
}) as CallState;

/** What one event did to the call. */
export interface Step {
    state: CallState;
    /** The call that ended with this event, ready for SoftphoneController.logCall; null otherwise. */
    ended: Apex.SoftphoneCallDto | null;
    /** False when the event did not belong to the followed call (another call id, or out of order): no change. */
    applied: boolean;
}

function busy(state: CallState): boolean {
    return state.phase === 'ringing' || state.phase === 'connected';
}

function started(event: CallEvent, at: string, answered: boolean): CallState {
    return {
        phase: answered ? 'connected' : 'ringing',
        callId: event.callId,
        direction: event.direction,
        peerNumber: event.peerNumber,
        peerName: event.peerName,
        ringStart: answered ? null : at,
        answerStart: answered ? at : null
    };
}

/**
 * The call after `event`, which arrived at `now`. A new call starts from idle or after an end; while a call rings or
 * is connected, events of another call id are not applied (Smart Embed's second line is not followed). A connected
 * or ended event without a ringing one before it still counts (the softphone may have been opened mid-call).
 */
export function advance(state: CallState, event: CallEvent, now: Date): Step {
    const at = now.toISOString();
    const same = state.callId === event.callId;
    if (busy(state) && !same) return { state, ended: null, applied: false };
    if (state.phase === 'ended' && same) {
        // A repeated event of a call that already ended: it is logged once.
        return { state, ended: null, applied: false };
    }
    const current = busy(state) ? state : IDLE;
    switch (event.kind) {
        case 'ringing':
            if (busy(state)) return { state, ended: null, applied: false };
            return { state: started(event, at, false), ended: null, applied: true };
        case 'connected':
            if (state.phase === 'connected') return { state, ended: null, applied: false };
            if (current.phase === 'ringing') {
                return { state: { ...current, phase: 'connected', answerStart: at }, ended: null, applied: true };
            }
            return { state: started(event, at, true), ended: null, applied: true };
        default: {
            const base =
                current.phase === 'idle' ? { ...IDLE, ...started(event, at, false), ringStart: null } : current;
            const endedState: CallState = { ...base, phase: 'ended' };
            return {
                state: endedState,
                ended: {
                    callId: event.callId,
                    direction: event.direction,
                    peerNumber: base.peerNumber ?? event.peerNumber,
                    peerName: base.peerName ?? event.peerName,
                    ringStart: base.ringStart,
                    answerStart: base.answerStart,
                    endTime: at,
                    result: event.result
                },
                applied: true
            };
        }
    }
}
