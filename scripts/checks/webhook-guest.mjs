// The webhook guest reaches one class and that class reaches nothing (issue #14 item 1). Zoom's webhooks arrive on the
// admin's Zoom_Webhooks site as its guest user, that is anyone on the internet, holding the Zoom_Webhook_Guest
// permission set. Rules:
//  - guest-grant     the guest set holds only label, description, hasActivationRequired, license and class access
//                    (no object, field, tab, page, app, custom permission, setting, credential or user permission);
//  - guest-class     it grants exactly one class, enabled, and that class is an @RestResource;
//  - resource-verb   the resource answers POST only (@HttpPost; no other @Http… method);
//  - reach           everything the resource's @HttpPost reaches (scripts/lib/apex-model.mjs reach, async jobs too)
//                    runs no SOQL/SOSL, no DML, no callout, enqueues nothing, writes nothing to the debug log
//                    (System.debug could log the unverified body), and calls nothing the model cannot resolve;
//  - publish         it reaches exactly one EventBus.publish, outside any loop;
//  - signature-home  the signature is computed and compared only in WebhookSignature: the resource reaches
//                    WebhookSignature.isValid, and nothing else it reaches calls Crypto.generateMac or reads the
//                    secret setting Zoom_Webhook_Secret__c.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApexModel } from '../lib/apex-model.mjs';
import { ROOT, lineAt } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Webhook guest (one class for the site guest; the endpoint queries, writes and calls out nothing)';

/** The guest permission set. */
export const GUEST_SET = 'force-app/main/core/permissionsets/Zoom_Webhook_Guest.permissionset-meta.xml';
/** The class that computes and compares signatures. */
export const SIGNATURE_CLASS = 'WebhookSignature';
const VERIFY = `${SIGNATURE_CLASS}.isValid/3`;
const SECRET_SETTING = 'Zoom_Webhook_Secret__c';
const ALLOWED_ELEMENTS = new Set(['label', 'description', 'hasActivationRequired', 'license', 'classAccesses']);
const HTTP_VERBS = ['httpget', 'httppost', 'httpput', 'httpdelete', 'httppatch'];

/** The elements directly under <PermissionSet>, each with its line and text. */
function topLevelElements(text) {
    const elements = [];
    const tag = /<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g;
    let depth = 0;
    let open = null;
    for (let m = tag.exec(text); m; m = tag.exec(text)) {
        if (text[m.index + 1] === '?' || text[m.index + 1] === '!') continue;
        const [, closing, name, selfClosing] = m;
        if (closing) {
            depth--;
            if (depth === 1 && open) {
                elements.push({ ...open, body: text.slice(open.start, m.index) });
                open = null;
            }
        } else if (selfClosing) {
            if (depth === 1) elements.push({ name, line: lineAt(text, m.index), body: '' });
        } else {
            if (depth === 1) open = { name, line: lineAt(text, m.index), start: m.index + m[0].length };
            depth++;
        }
    }
    return elements;
}

const valueOf = (body, name) => new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(body)?.[1] ?? null;

/** Problems of the guest set; returns the one class it grants (or null). */
function checkGuestSet(root, problems) {
    let text;
    try {
        text = readFileSync(path.join(root, GUEST_SET), 'utf8');
    } catch (e) {
        if (e.code !== 'ENOENT') throw e;
        problems.push({ file: GUEST_SET, rule: 'guest-class', message: 'the webhook guest permission set is missing' });
        return null;
    }
    const classes = [];
    for (const el of topLevelElements(text)) {
        if (!ALLOWED_ELEMENTS.has(el.name)) {
            problems.push({
                file: GUEST_SET,
                line: el.line,
                rule: 'guest-grant',
                message: `the site guest (anyone on the internet) may hold nothing but the webhook class: remove <${el.name}>`
            });
        } else if (el.name === 'classAccesses') {
            classes.push({ name: valueOf(el.body, 'apexClass'), enabled: valueOf(el.body, 'enabled'), line: el.line });
        }
    }
    if (classes.length !== 1 || classes[0].enabled !== 'true') {
        problems.push({
            file: GUEST_SET,
            line: classes[1]?.line ?? classes[0]?.line ?? 1,
            rule: 'guest-class',
            message: `grants ${classes.filter((c) => c.enabled === 'true').length} enabled class(es): it grants exactly one, the webhook REST resource`
        });
        return null;
    }
    return classes[0];
}

/** Where a site is, for a problem. */
const at = (model, key, event) => ({
    file: model.methods.get(key)?.file,
    line: event?.line ?? model.methods.get(key)?.line
});

function describeEffect(event) {
    switch (event.k) {
        case 'soql':
            return `queries ${event.object}`;
        case 'sosl':
            return 'searches';
        case 'dml':
            return `${event.op}s ${event.sobject ?? 'records'}`;
        case 'callout':
            return 'calls out';
        case 'enqueue':
            return `enqueues ${event.job ?? 'a job'}`;
        default:
            return null;
    }
}

/** Problems of what the resource's @HttpPost reaches. */
function checkReach(model, resource, problems) {
    const methods = resource.methods.map((k) => model.methods.get(k));
    for (const m of methods) {
        const verbs = m.annotations.filter((a) => HTTP_VERBS.includes(a) && a !== 'httppost');
        if (verbs.length) {
            problems.push({
                file: m.file,
                line: m.line,
                rule: 'resource-verb',
                message: `${m.key} answers ${verbs.join(', ')}: Zoom only POSTs, the endpoint answers POST only`
            });
        }
    }
    const entries = methods.filter((m) => m.annotations.includes('httppost')).map((m) => m.key);
    if (entries.length === 0) {
        problems.push({
            file: resource.file,
            line: resource.line,
            rule: 'resource-verb',
            message: `${resource.name} has no @HttpPost method`
        });
        return;
    }
    const reached = model.reach(entries, { async: true });
    const publishes = [];
    for (const key of reached.keys()) {
        const method = model.methods.get(key);
        if (!method) continue;
        const via = model.pathTo(reached, key).join(' → ');
        const inSignature = method.cls === SIGNATURE_CLASS;
        for (const event of method.events) {
            const effect = describeEffect(event);
            if (effect) {
                problems.push({
                    ...at(model, key, event),
                    rule: 'reach',
                    message: `the webhook endpoint ${effect} (${via}): it only verifies and publishes`
                });
            }
            if (event.k === 'publish') publishes.push({ key, event });
            if (event.k !== 'call') continue;
            for (const index of event.calls ?? []) {
                const call = method.calls[index];
                const external = call?.external ?? '';
                if (/^System\.debug$/i.test(external) || (event.name === 'debug' && event.recv?.id === 'System')) {
                    problems.push({
                        ...at(model, key, event),
                        rule: 'reach',
                        message: `System.debug on the webhook path (${via}) could log the body`
                    });
                }
                if (call?.unresolved) {
                    problems.push({
                        ...at(model, key, event),
                        rule: 'reach',
                        message: `cannot tell what ${event.name} calls (${call.unresolved}); the endpoint's reach must be known`
                    });
                }
                if (
                    !inSignature &&
                    (/^Crypto\.generateMac$/i.test(external) || new RegExp(`^${SECRET_SETTING}\\.`, 'i').test(external))
                ) {
                    problems.push({
                        ...at(model, key, event),
                        rule: 'signature-home',
                        message: `${external} outside ${SIGNATURE_CLASS}: signatures are computed, compared and the secret read only there`
                    });
                }
            }
        }
    }
    if (publishes.length !== 1) {
        problems.push({
            file: resource.file,
            line: publishes[1] ? publishes[1].event.line : resource.line,
            rule: 'publish',
            message: `the webhook endpoint reaches ${publishes.length} EventBus.publish call(s): exactly one (one event per delivery)`
        });
    }
    for (const p of publishes) {
        if (p.event.loop?.length) {
            problems.push({
                ...at(model, p.key, p.event),
                rule: 'publish',
                message: 'EventBus.publish in a loop: the endpoint publishes one event per delivery'
            });
        }
    }
    if (!reached.has(VERIFY)) {
        problems.push({
            file: resource.file,
            line: resource.line,
            rule: 'signature-home',
            message: `${resource.name} never calls ${VERIFY.replace('/3', '')}: every delivery is verified there`
        });
    }
    return reached.size;
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    const granted = checkGuestSet(root, problems);
    if (!granted) return { problems, summary: 'guest set not judged' };
    const model = await loadApexModel(root);
    const resource = model.classOf(granted.name ?? '');
    if (!resource || !resource.annotations.includes('restresource')) {
        problems.push({
            file: GUEST_SET,
            line: granted.line,
            rule: 'guest-class',
            message: `grants ${granted.name}, which is not an @RestResource class: the guest may run the webhook endpoint only`
        });
        return { problems, summary: 'resource not judged' };
    }
    const reached = checkReach(model, resource, problems);
    return {
        problems,
        summary: `${GUEST_SET.split('/').pop()} grants ${resource.name} alone; its POST reaches ${reached} method(s): no query, DML or callout, one publish, signatures only in ${SIGNATURE_CLASS}`
    };
}

runIfMain(import.meta.url, () => run());
