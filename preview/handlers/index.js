/**
 * In-browser Apex handlers a gallery state can name (`{ "handler": "<name>" }`): a function
 * `(method: "<Class>.<method>", params) => result` that computes the answer, or throws `{ status, body: { message } }`.
 * Used where a static fixture cannot behave like the server (large data, paging, state that changes).
 */
import externalMeetings from './externalMeetings.js';
import softphone from './softphone.js';
import webhookReplay from './webhookReplay.js';
import webinarRegistrants from './webinarRegistrants.js';
import zoomCalls from './zoomCalls.js';

/** @type {Record<string, (method: string, params: Record<string, unknown>) => unknown>} */
export const HANDLERS = { externalMeetings, softphone, webhookReplay, webinarRegistrants, zoomCalls };

/** Names a gallery state may use. */
export const HANDLER_NAMES = Object.keys(HANDLERS);
