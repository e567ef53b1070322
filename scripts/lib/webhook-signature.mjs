// Zoom webhook signatures, one implementation for the project's Node code: the signed test vectors
// (force-app/test/webhooks/signatures.json and the generated Apex class WebhookSignatureVectors, both written by
// `npm run fixtures`) and scripts/zoom-webhook.mjs, which signs the same sample events for an admin's endpoint.
// Zoom's rule: header x-zm-signature = 'v0=' + hex HMAC-SHA256(secret token, 'v0:' + x-zm-request-timestamp + ':' +
// raw body); endpoint.url_validation is answered with { plainToken, encryptedToken = hex HMAC-SHA256(secret token,
// plainToken) }; a timestamp (seconds) more than 300 s from now is refused.
import { createHash, createHmac } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from './project.mjs';
import { FIXTURE_DIR } from './zoom-fixtures.mjs';

/** The signed fixture variant: force-app/test/zoom/<RivetType>.signed.json are the events the vectors sign. */
export const SIGNED_VARIANT = 'signed';
/** Zoom's endpoint.url_validation body: @zoom/rivet has no type for it (its receiver reads event and payload.plainToken). */
export const URL_VALIDATION_FILE = 'force-app/test/webhooks/endpoint.url_validation.json';
/** The vectors every implementation is held to. */
export const VECTORS_FILE = 'force-app/test/webhooks/signatures.json';
/** The generated @IsTest class carrying the same vectors into Apex tests. */
export const VECTORS_APEX_CLASS = 'force-app/main/webhooks/classes/WebhookSignatureVectors.cls';
/** A secret token used only by the test vectors (never a real app's). */
export const TEST_SECRET = 'zoomsf-test-secret-token-0001';
/** Second-resolution timestamp of the vectors (2026-12-01T00:00:00Z). */
export const TEST_TIMESTAMP = '1796083200';
/** How far (seconds, either direction) a timestamp may be from now. */
export const MAX_SKEW_SECONDS = 300;

/** Hex HMAC-SHA256 of `message` with `secret`. */
function hmacHex(secret, message) {
    return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

/** The x-zm-signature Zoom sends for `rawBody` at `timestamp` (seconds, as the header carries it). */
export function sign(secret, timestamp, rawBody) {
    return `v0=${hmacHex(secret, `v0:${timestamp}:${rawBody}`)}`;
}

/** The encryptedToken that answers an endpoint.url_validation carrying `plainToken`. */
export function encryptedToken(secret, plainToken) {
    return hmacHex(secret, plainToken);
}

/** Hex SHA-256 of the raw body: the dedupe key the endpoint publishes. */
export function dedupeKey(rawBody) {
    return createHash('sha256').update(rawBody, 'utf8').digest('hex');
}

/** The headers Zoom sends with `rawBody` signed at `timestamp`. */
export function signedHeaders(secret, timestamp, rawBody) {
    return {
        'content-type': 'application/json',
        'x-zm-request-timestamp': String(timestamp),
        'x-zm-signature': sign(secret, timestamp, rawBody)
    };
}

/** The raw body Zoom would send for a fixture's JSON text: compact JSON, as ZoomFixtureData carries it. */
export function rawBodyOf(jsonText) {
    return JSON.stringify(JSON.parse(jsonText));
}

/** The signed sample events: `{ name, event, file, body }` of every <Type>.signed.json fixture plus url validation. */
export function signedSamples(root = ROOT) {
    const dir = path.join(root, FIXTURE_DIR);
    const samples = readdirSync(dir)
        .filter((f) => f.endsWith(`.${SIGNED_VARIANT}.json`))
        .sort()
        .map((f) => {
            const body = rawBodyOf(readFileSync(path.join(dir, f), 'utf8'));
            return { name: f.replace(/\.json$/, ''), event: JSON.parse(body).event, file: `${FIXTURE_DIR}/${f}`, body };
        });
    const validation = rawBodyOf(readFileSync(path.join(root, URL_VALIDATION_FILE), 'utf8'));
    samples.push({
        name: 'endpoint.url_validation',
        event: JSON.parse(validation).event,
        file: URL_VALIDATION_FILE,
        body: validation
    });
    return samples;
}

/**
 * Signed bodies that are not Zoom's event JSON (the endpoint answers 400 once the signature passed): not JSON, an
 * array, an event without a payload, a numeric event name, a text event_ts, an event_ts of 20 digits (Event_Ts__c holds 18),
 * a url validation without its plainToken.
 */
export const NOT_ZOOM_BODIES = [
    { name: 'notZoom.text', body: 'event=meeting.ended&event_ts=1796082900123' },
    { name: 'notZoom.array', body: '[{"event":"meeting.ended"}]' },
    { name: 'notZoom.noPayload', body: '{"event":"meeting.ended","event_ts":1796082900123}' },
    { name: 'notZoom.numericEvent', body: '{"event":42,"event_ts":1796082900123,"payload":{}}' },
    { name: 'notZoom.textTimestamp', body: '{"event":"meeting.ended","event_ts":"yesterday","payload":{}}' },
    { name: 'notZoom.hugeTimestamp', body: '{"event":"meeting.ended","event_ts":12345678901234567890,"payload":{}}' },
    { name: 'notZoom.noPlainToken', body: '{"event":"endpoint.url_validation","event_ts":1796083199000,"payload":{}}' }
];

/** The test vectors of the signed samples: secret, timestamp, exact body, signature (and encryptedToken). */
export function buildVectors(root = ROOT) {
    const samples = [...signedSamples(root), ...NOT_ZOOM_BODIES.map((b) => ({ ...b, event: null, file: null }))];
    return samples.map((s) => {
        const vector = {
            name: s.name,
            ...(s.event ? { event: s.event, source: s.file } : {}),
            secret: TEST_SECRET,
            timestamp: TEST_TIMESTAMP,
            body: s.body,
            signature: sign(TEST_SECRET, TEST_TIMESTAMP, s.body),
            dedupeKey: dedupeKey(s.body)
        };
        if (s.event === 'endpoint.url_validation') {
            const plainToken = JSON.parse(s.body).payload.plainToken;
            vector.plainToken = plainToken;
            vector.encryptedToken = encryptedToken(TEST_SECRET, plainToken);
        }
        return vector;
    });
}

/** The text of signatures.json for `vectors`. */
export function vectorsJson(vectors) {
    return `${JSON.stringify(
        {
            $comment:
                'GENERATED by `npm run fixtures` (scripts/lib/webhook-signature.mjs): Zoom webhook signature vectors. Node tests and the Apex tests (through WebhookSignatureVectors) assert these same values.',
            vectors
        },
        null,
        2
    )}\n`;
}

/** An Apex single-quoted string literal of `text`. */
function apexString(text) {
    return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The source of WebhookSignatureVectors.cls for `vectors` (prettier-formatted like every Apex file). */
export async function vectorsApex(vectors, root = ROOT) {
    const entries = vectors.map((v) => {
        const fields = [
            'name',
            'event',
            'secret',
            'timestamp',
            'body',
            'signature',
            'dedupeKey',
            'plainToken',
            'encryptedToken'
        ]
            .filter((k) => v[k] !== undefined)
            .map((k) => `'${k}' => ${apexString(v[k])}`);
        return `            ${apexString(v.name)} => new Map<String, String>{ ${fields.join(', ')} }`;
    });
    const source = `/**
 * GENERATED by \`npm run fixtures\` from ${VECTORS_FILE}:
 * do not edit (npm test fails when it is not current).
 * Zoom webhook signature vectors computed by scripts/lib/webhook-signature.mjs (node:crypto); the Apex tests of
 * WebhookSignature and ZoomWebhookResource assert the same values as the Node tests.
 */
@IsTest
public class WebhookSignatureVectors {
    /**
     * Vector name → its fields (name, event, secret, timestamp, body, signature, dedupeKey; plainToken and
     * encryptedToken for endpoint.url_validation).
     */
    public static Map<String, Map<String, String>> all() {
        return new Map<String, Map<String, String>>{
${entries.join(',\n')}
        };
    }
}
`;
    const file = path.join(root, VECTORS_APEX_CLASS);
    const options = { ...(await prettier.resolveConfig(file, { editorconfig: false })), filepath: file };
    return prettier.format(source, options);
}

/**
 * Verifies a request the way Zoom's rule says (used by the Node tests' stand-in endpoint): 'ok', 'missing',
 * 'stale' or 'bad-signature'. `headers` are matched case-insensitively; `nowSeconds` is the clock.
 */
export function verifyRequest(secret, headers, rawBody, nowSeconds = Math.floor(Date.now() / 1000)) {
    const find = (name) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
    const signature = find('x-zm-signature');
    const timestamp = find('x-zm-request-timestamp');
    if (!signature || !timestamp) return 'missing';
    if (!/^\d+$/.test(String(timestamp)) || Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return 'stale';
    const expected = Buffer.from(sign(secret, timestamp, rawBody));
    const given = Buffer.from(String(signature));
    let diff = expected.length ^ given.length;
    for (let i = 0; i < expected.length; i++) diff |= expected[i] ^ (given[i] ?? 0);
    return diff === 0 ? 'ok' : 'bad-signature';
}
