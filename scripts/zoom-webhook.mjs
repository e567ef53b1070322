#!/usr/bin/env node
// Proves an admin's Zoom webhook endpoint end to end: signs the project's sample Zoom events (the signed fixtures,
// force-app/test/zoom/*.signed.json, and endpoint.url_validation) with the given secret token and a fresh timestamp,
// exactly as Zoom does (scripts/lib/webhook-signature.mjs, the code the test vectors come from), POSTs each to the
// URL and prints its status.
//   node scripts/zoom-webhook.mjs --url https://<site>/services/apexrest/zoomsf/webhook --secret <token>
//        [--event meeting.ended|all] [--validate] [--dry-run]
// --event    one event name of the samples (default: all of them)
// --validate send endpoint.url_validation only and check the encryptedToken the endpoint answers
// --dry-run  print the requests (secret masked) and send nothing
// Exit 0 when every request got the answer Zoom expects (200; for url validation, the right encryptedToken).
// Each run sends the same bodies, so an endpoint that already applied a sample treats it as the repeat it is.
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/project.mjs';
import { encryptedToken, signedHeaders, signedSamples } from './lib/webhook-signature.mjs';

const VALIDATION = 'endpoint.url_validation';
const USAGE =
    'usage: node scripts/zoom-webhook.mjs --url https://… --secret <token> [--event <name>|all] [--validate] [--dry-run]';

/** Options from `argv` (without node and the script), or `{ error }`. */
export function parseArgs(argv) {
    const options = { event: 'all', validate: false, dryRun: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--validate') options.validate = true;
        else if (arg === '--dry-run') options.dryRun = true;
        else if (['--url', '--secret', '--event'].includes(arg) && argv[i + 1] !== undefined) {
            options[arg.slice(2)] = argv[++i];
        } else return { error: `unknown or incomplete argument ${arg}\n${USAGE}` };
    }
    if (!options.url || !options.secret) return { error: USAGE };
    if (!/^https?:\/\//.test(options.url)) return { error: `--url must be an http(s) URL\n${USAGE}` };
    return options;
}

/** The signed requests to send: `{ event, body, headers }`, with `nowSeconds` as the Zoom timestamp. */
export function buildRequests({ secret, event = 'all', validate = false }, nowSeconds, root = ROOT) {
    const samples = signedSamples(root);
    const chosen = samples.filter((s) =>
        validate ? s.event === VALIDATION : s.event !== VALIDATION && (event === 'all' || s.event === event)
    );
    if (chosen.length === 0) {
        const names = samples.filter((s) => s.event !== VALIDATION).map((s) => s.event);
        throw new Error(`no sample event ${event}; the samples are: ${names.join(', ')}`);
    }
    return chosen.map((s) => ({ event: s.event, body: s.body, headers: signedHeaders(secret, nowSeconds, s.body) }));
}

/** Whether the answer is what Zoom expects: 200, and for url validation the right tokens. */
function judge(request, status, text, secret) {
    if (status !== 200) return { ok: false, note: text.slice(0, 200) };
    if (request.event !== VALIDATION) return { ok: true, note: '' };
    const plainToken = JSON.parse(request.body).payload.plainToken;
    let answer;
    try {
        answer = JSON.parse(text);
    } catch {
        return { ok: false, note: 'the answer is not JSON' };
    }
    const ok = answer.plainToken === plainToken && answer.encryptedToken === encryptedToken(secret, plainToken);
    return { ok, note: ok ? 'encryptedToken matches' : 'wrong plainToken or encryptedToken' };
}

/** Runs the script with `argv`; `print` receives each output line. Resolves with the exit code. */
export async function main(argv, { print = console.log, now = () => Math.floor(Date.now() / 1000) } = {}) {
    const options = parseArgs(argv);
    if (options.error) {
        print(options.error);
        return 2;
    }
    let requests;
    try {
        requests = buildRequests(options, now());
    } catch (e) {
        print(e.message);
        return 2;
    }
    if (options.dryRun) {
        for (const r of requests) {
            print(`POST ${options.url}  (${r.event}, secret not shown)`);
            for (const [name, value] of Object.entries(r.headers)) print(`  ${name}: ${value}`);
            print(`  ${r.body}`);
        }
        return 0;
    }
    let failed = 0;
    for (const r of requests) {
        let line;
        try {
            const response = await fetch(options.url, { method: 'POST', headers: r.headers, body: r.body });
            const verdict = judge(r, response.status, await response.text(), options.secret);
            if (!verdict.ok) failed++;
            line = `${verdict.ok ? 'ok  ' : 'FAIL'} ${response.status} ${r.event}${verdict.note ? `  ${verdict.note}` : ''}`;
        } catch (e) {
            failed++;
            line = `FAIL ${r.event}  ${e.cause?.message ?? e.message}`;
        }
        print(line);
    }
    print(`${requests.length - failed} of ${requests.length} accepted`);
    return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = await main(process.argv.slice(2));
}
