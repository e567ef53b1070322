// Tests of scripts/zoom-webhook.mjs and scripts/lib/webhook-signature.mjs: the signature vectors of
// force-app/test/webhooks/signatures.json (which the Apex tests assert through WebhookSignatureVectors) hold under a
// verifier written here from Zoom's rule alone, and the script's requests pass that verifier on a local HTTP server
// that answers like the Salesforce endpoint (200, url validation tokens, 401).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../../lib/project.mjs';
import {
    MAX_SKEW_SECONDS,
    VECTORS_FILE,
    buildVectors,
    dedupeKey,
    verifyRequest,
    vectorsJson
} from '../../lib/webhook-signature.mjs';
import { buildRequests, main, parseArgs } from '../../zoom-webhook.mjs';

/** Zoom's rule, written independently of the library: v0= + hex HMAC-SHA256(secret, v0:{timestamp}:{raw body}). */
const zoomSignature = (secret, timestamp, body) =>
    `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
const zoomToken = (secret, plainToken) => createHmac('sha256', secret).update(plainToken).digest('hex');

const stored = JSON.parse(readFileSync(path.join(ROOT, VECTORS_FILE), 'utf8'));

describe('signature vectors (signatures.json, shared with the Apex tests)', () => {
    it('hold the signed sample events, url validation and the malformed bodies', () => {
        const names = stored.vectors.map((v) => v.name);
        for (const name of [
            'MeetingEndedEvent.signed',
            'UserPresenceStatusUpdatedEvent.signed',
            'endpoint.url_validation'
        ]) {
            assert.ok(names.includes(name), `${name} is a vector`);
        }
        assert.equal(names.filter((n) => n.startsWith('notZoom.')).length, 7);
    });

    it('are current with the fixtures (npm run fixtures wrote them)', () => {
        assert.equal(readFileSync(path.join(ROOT, VECTORS_FILE), 'utf8'), vectorsJson(buildVectors(ROOT)));
    });

    for (const v of stored.vectors) {
        it(`${v.name}: signature, dedupe key and token follow Zoom's rule`, () => {
            assert.equal(v.signature, zoomSignature(v.secret, v.timestamp, v.body));
            assert.equal(v.dedupeKey, dedupeKey(v.body));
            assert.match(v.dedupeKey, /^[0-9a-f]{64}$/);
            if (v.event === 'endpoint.url_validation') {
                assert.equal(v.plainToken, JSON.parse(v.body).payload.plainToken);
                assert.equal(v.encryptedToken, zoomToken(v.secret, v.plainToken));
            }
        });
    }

    it('the signed bodies are exactly the fixtures as compact JSON', () => {
        const v = stored.vectors.find((x) => x.name === 'MeetingEndedEvent.signed');
        const fixture = readFileSync(path.join(ROOT, 'force-app/test/zoom/MeetingEndedEvent.signed.json'), 'utf8');
        assert.equal(v.body, JSON.stringify(JSON.parse(fixture)));
    });
});

describe('verifyRequest (the stand-in endpoint)', () => {
    const v = stored.vectors[0];
    const now = Number(v.timestamp);
    const headers = { 'X-Zm-Signature': v.signature, 'X-ZM-Request-Timestamp': v.timestamp };
    it('accepts the vector, headers in any case', () =>
        assert.equal(verifyRequest(v.secret, headers, v.body, now), 'ok'));
    it('refuses another secret', () => assert.equal(verifyRequest('other', headers, v.body, now), 'bad-signature'));
    it('refuses a tampered body', () =>
        assert.equal(verifyRequest(v.secret, headers, `${v.body} `, now), 'bad-signature'));
    it('accepts 300 s either way, refuses 301', () => {
        assert.equal(verifyRequest(v.secret, headers, v.body, now + MAX_SKEW_SECONDS), 'ok');
        assert.equal(verifyRequest(v.secret, headers, v.body, now - MAX_SKEW_SECONDS), 'ok');
        assert.equal(verifyRequest(v.secret, headers, v.body, now + MAX_SKEW_SECONDS + 1), 'stale');
        assert.equal(verifyRequest(v.secret, headers, v.body, now - MAX_SKEW_SECONDS - 1), 'stale');
    });
    it('refuses missing headers', () => {
        assert.equal(verifyRequest(v.secret, { 'x-zm-signature': v.signature }, v.body, now), 'missing');
        assert.equal(verifyRequest(v.secret, { 'x-zm-request-timestamp': v.timestamp }, v.body, now), 'missing');
    });
});

describe('scripts/zoom-webhook.mjs', () => {
    const SECRET = 'local-endpoint-secret';
    let server;
    let url;
    const received = [];
    let serverSecret = SECRET;

    before(async () => {
        // Answers like ZoomWebhookResource, with a verifier written from Zoom's rule (not the library's).
        server = createServer((req, res) => {
            let body = '';
            req.on('data', (c) => (body += c));
            req.on('end', () => {
                const ts = req.headers['x-zm-request-timestamp'];
                const fresh = Math.abs(Math.floor(Date.now() / 1000) - Number(ts)) <= 300;
                const valid = fresh && req.headers['x-zm-signature'] === zoomSignature(serverSecret, ts, body);
                received.push({ body, valid });
                if (!valid) {
                    res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"signature refused"}');
                    return;
                }
                const event = JSON.parse(body);
                if (event.event === 'endpoint.url_validation') {
                    const plainToken = event.payload.plainToken;
                    res.writeHead(200, { 'content-type': 'application/json' });
                    res.end(JSON.stringify({ plainToken, encryptedToken: zoomToken(serverSecret, plainToken) }));
                    return;
                }
                res.writeHead(200).end();
            });
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        url = `http://127.0.0.1:${server.address().port}/services/apexrest/webhook`;
    });
    after(() => server.close());

    it('needs --url and --secret', () => {
        assert.ok(parseArgs([]).error);
        assert.ok(parseArgs(['--url', 'ftp://x', '--secret', 's']).error);
        assert.equal(parseArgs(['--url', 'https://x', '--secret', 's']).event, 'all');
    });

    it('signs every sample event with a fresh timestamp', () => {
        const now = 1800000000;
        const requests = buildRequests({ secret: SECRET }, now);
        assert.deepEqual(
            requests.map((r) => r.event),
            ['meeting.ended', 'user.presence_status_updated']
        );
        for (const r of requests) {
            assert.equal(r.headers['x-zm-request-timestamp'], String(now));
            assert.equal(r.headers['x-zm-signature'], zoomSignature(SECRET, now, r.body));
        }
        assert.deepEqual(
            buildRequests({ secret: SECRET, event: 'meeting.ended' }, now).map((r) => r.event),
            ['meeting.ended']
        );
        assert.throws(() => buildRequests({ secret: SECRET, event: 'meeting.nope' }, now), /no sample event/);
    });

    it('posts the samples and the endpoint accepts each signature', async () => {
        received.length = 0;
        serverSecret = SECRET;
        const lines = [];
        const code = await main(['--url', url, '--secret', SECRET], { print: (l) => lines.push(l) });
        assert.equal(code, 0, lines.join('\n'));
        assert.equal(received.length, 2);
        assert.ok(received.every((r) => r.valid));
        assert.match(lines.at(-1), /2 of 2 accepted/);
    });

    it('--validate checks the encryptedToken the endpoint answers', async () => {
        serverSecret = SECRET;
        const lines = [];
        const code = await main(['--url', url, '--secret', SECRET, '--validate'], { print: (l) => lines.push(l) });
        assert.equal(code, 0, lines.join('\n'));
        assert.match(lines[0], /^ok +200 endpoint\.url_validation +encryptedToken matches/);
    });

    it('fails when the endpoint holds another secret (401)', async () => {
        serverSecret = 'the-endpoint-has-another-secret';
        const lines = [];
        const code = await main(['--url', url, '--secret', SECRET, '--event', 'meeting.ended'], {
            print: (l) => lines.push(l)
        });
        assert.equal(code, 1);
        assert.match(lines[0], /^FAIL 401 meeting\.ended/);
    });

    it('--dry-run prints the requests and sends nothing', async () => {
        received.length = 0;
        const lines = [];
        const code = await main(['--url', url, '--secret', SECRET, '--dry-run'], { print: (l) => lines.push(l) });
        assert.equal(code, 0);
        assert.equal(received.length, 0);
        assert.ok(lines.some((l) => l.startsWith('  x-zm-signature: v0=')));
        assert.ok(!lines.some((l) => l.includes(SECRET)), 'the secret is never printed');
    });
});
