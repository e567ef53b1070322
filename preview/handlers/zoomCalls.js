/**
 * In-browser stand-in for CallListController (getCalls, searchTargets, linkCall, createLeadFromPerson, createCase)
 * over 100,000 deterministic calls of one rep (gallery state answer `{ "handler": "zoomCalls" }`). It keeps the
 * server's contract (types/apex/CallListController.d.ts) and its limits: views record / mine / unmatched, the
 * outcome filter and the search on the server, pages of 50 by OFFSET that stop at 2,000 rows (deeper pages answer
 * the "narrow your filter" notice and no rows), the total counted up to 10,000. Linking a call makes it Manual, so it
 * leaves the "To link" tab for the rest of the page's life. Used by the My calls and record states, the e2e test
 * and `npm run bench -- --calls`.
 */

export const CALL_COUNT = 100_000;
export const PAGE_SIZE = 50;
export const MAX_OFFSET = 2_000;
export const TOTAL_CAP = 10_000;

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Wonka'];
const OUTCOME_LABELS = {
    Connected: 'Connected',
    Missed: 'Missed',
    Voicemail: 'Voicemail',
    Not_Connected: 'Not connected'
};
const RESULTS = { Connected: 'Call connected', Missed: 'No Answer', Voicemail: 'Voicemail', Not_Connected: 'Busy' };
const STATUS_LABELS = { Matched: 'Matched', Manual: 'Manual', Ambiguous: 'Ambiguous', Unmatched: 'Unmatched' };
const NARROW =
    'Only the newest 2,050 calls can be paged through. Narrow the outcome filter or search to see older calls.';
const START = Date.UTC(2026, 2, 2, 17, 0, 0);

/** Contacts the calls are matched to: 63 people, each at one company (Account). */
export const CONTACTS = Array.from({ length: FIRST.length * LAST.length - 27 }, (_, i) => ({
    id: `0035g00000Ct${String(i + 1).padStart(4, '0')}AA`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
    accountId: `0015g00000Ac${String((i % COMPANIES.length) + 1).padStart(4, '0')}AA`,
    accountName: `${COMPANIES[i % COMPANIES.length]} Ltd`
}));

/** A call Id: 18 characters, ordered like the number. */
export function callId(n) {
    return `a1C5g${String(n).padStart(10, '0')}AAA`;
}

function outcomeOf(n) {
    if (n % 13 === 0) return 'Not_Connected';
    if (n % 9 === 0) return 'Voicemail';
    if (n % 4 === 1) return 'Missed';
    return 'Connected';
}

function statusOf(n) {
    if (n % 11 === 0) return 'Ambiguous';
    if (n % 5 === 0) return 'Unmatched';
    return 'Matched';
}

/** The calls, newest ring first (call n rang n minutes before the first). */
export function createCalls(count = CALL_COUNT) {
    const rows = [];
    for (let n = 1; n <= count; n++) {
        const outcome = outcomeOf(n);
        const status = statusOf(n);
        const contact = status === 'Matched' ? CONTACTS[n % CONTACTS.length] : null;
        const person = status === 'Unmatched' && n % 2 === 0;
        const answered = outcome === 'Connected';
        rows.push({
            id: callId(n),
            name: `CALL-${String(n).padStart(6, '0')}`,
            customerNumber: `+1555${String(1_000_000 + (n % 9_000_000)).slice(-7)}`,
            customerExtension: null,
            customerName: contact ? contact.name : person ? `Caller ${n}` : null,
            whoId: contact?.id ?? null,
            whoName: contact?.name ?? null,
            whoType: contact ? 'Contact' : null,
            accountId: contact?.accountId ?? null,
            accountName: contact?.accountName ?? null,
            personId: person ? `a1P5g${String(n).padStart(10, '0')}AAA` : null,
            personName: person ? `Caller ${n}` : null,
            ownerName: 'Riley Rep',
            direction: n % 3 === 0 ? 'Outbound' : 'Inbound',
            directionLabel: n % 3 === 0 ? 'Outbound' : 'Inbound',
            outcome,
            outcomeLabel: OUTCOME_LABELS[outcome],
            result: RESULTS[outcome],
            ringStart: new Date(START - n * 60_000).toISOString(),
            talkSeconds: answered ? 20 + ((n * 37) % 1800) : null,
            recordingUrl: answered && n % 6 === 0 ? `https://zoom.us/recording/share/call${n}` : null,
            taskId: contact ? `00T5g${String(n).padStart(10, '0')}AAA` : null,
            caseId: null,
            caseNumber: null,
            matchStatus: status,
            matchStatusLabel: STATUS_LABELS[status],
            candidates:
                status === 'Ambiguous'
                    ? [0, 1].map((k) => {
                          const c = CONTACTS[(n + k * 7) % CONTACTS.length];
                          return { id: c.id, name: c.name, objectType: 'Contact', detail: c.accountName };
                      })
                    : [],
            canChange: true
        });
    }
    return rows;
}

function outcomes() {
    return Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label }));
}

/** A store answering the controller's methods over `rows`. */
export function createCallStore(rows = createCalls()) {
    // The matching rows per filter, as a database keeps hot result sets; any change clears them.
    const memo = new Map();
    const MEMO_SIZE = 32;
    let caseNumber = 1027;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const haystack = new Map();
    const textOf = (r) => {
        let text = haystack.get(r.id);
        if (text === undefined) {
            text = [r.name, r.customerNumber, r.customerName, r.whoName, r.personName]
                .filter(Boolean)
                .join('\n')
                .toLowerCase();
            haystack.set(r.id, text);
        }
        return text;
    };
    const forget = (row) => {
        memo.clear();
        if (row) haystack.delete(row.id);
    };

    function matching({ recordId, view, outcome, search }) {
        const key = JSON.stringify([recordId ?? null, view, outcome ?? '', search ?? '']);
        const known = memo.get(key);
        if (known) return known;
        const term = (search ?? '').trim().toLowerCase();
        const found = rows.filter((r) => {
            if (view === 'record' && r.whoId !== recordId && r.accountId !== recordId) return false;
            if (view === 'unmatched' && r.matchStatus !== 'Unmatched' && r.matchStatus !== 'Ambiguous') return false;
            if (outcome && r.outcome !== outcome) return false;
            return !term || textOf(r).includes(term);
        });
        if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value);
        memo.set(key, found);
        return found;
    }

    function getCalls(params) {
        if (!['record', 'mine', 'unmatched'].includes(params.view)) {
            throw { status: 400, body: { message: 'This calls list does not exist. Reload the page.' } };
        }
        const all = matching(params);
        const total = Math.min(all.length, TOTAL_CAP);
        const reachable = MAX_OFFSET / PAGE_SIZE + 1;
        const lastPage = Math.min(Math.max(1, Math.ceil(total / PAGE_SIZE)), reachable);
        const pageNumber = Math.max(1, Number(params.pageNumber) || 1);
        const page = {
            rows: [],
            pageNumber,
            pageSize: PAGE_SIZE,
            total,
            totalCapped: all.length > TOTAL_CAP,
            lastPage,
            notice: null,
            outcomes: outcomes()
        };
        if (pageNumber > reachable) {
            page.notice = NARROW;
            return page;
        }
        const offset = (pageNumber - 1) * PAGE_SIZE;
        page.rows = all.slice(offset, offset + PAGE_SIZE).map((r) => ({ ...r, candidates: [...r.candidates] }));
        return page;
    }

    function link(row, target) {
        row.whoId = target.objectType === 'Account' ? null : target.id;
        row.whoName = target.objectType === 'Account' ? null : target.name;
        row.whoType = target.objectType === 'Account' ? null : target.objectType;
        row.matchStatus = 'Manual';
        row.matchStatusLabel = STATUS_LABELS.Manual;
        row.candidates = [];
        forget(row);
    }

    function targets() {
        return [
            ...CONTACTS.map((c) => ({ id: c.id, name: c.name, objectType: 'Contact', detail: c.accountName })),
            { id: '00Q5g00000Ld0001AA', name: 'Katherine Johnson', objectType: 'Lead', detail: 'NASA' },
            { id: '0015g00000Ac0001AA', name: 'Acme Ltd', objectType: 'Account', detail: null }
        ];
    }

    function callOf(params) {
        const row = byId.get(params.callId);
        if (!row)
            throw {
                status: 400,
                body: {
                    message:
                        'Only the rep who made or took this call, their manager or a Zoom admin can link it or create a Case from it.'
                }
            };
        return row;
    }

    return {
        rows,
        answer(method, params) {
            if (method === 'CallListController.getCalls') return getCalls(params);
            if (method === 'CallListController.searchTargets') {
                const term = String(params.term ?? '')
                    .trim()
                    .toLowerCase();
                if (term.length < 2) return [];
                return targets()
                    .filter((t) => t.name.toLowerCase().includes(term))
                    .slice(0, 30);
            }
            if (method === 'CallListController.linkCall') {
                const row = callOf(params);
                const target = targets().find((t) => t.id === params.targetId);
                if (!target) throw { status: 400, body: { message: 'Choose a Contact, Lead or Account you can see.' } };
                link(row, target);
                return {
                    recordId: target.id,
                    recordName: target.name,
                    callsChanged: 1,
                    message: `Call linked to ${target.name}.`
                };
            }
            if (method === 'CallListController.createLeadFromPerson') {
                const row = rows.find((r) => r.personId === params.personId);
                if (!row)
                    throw {
                        status: 400,
                        body: { message: 'This caller no longer exists or you cannot see it. Reload the list.' }
                    };
                const lead = {
                    id: '00Q5g00000Ld0009AA',
                    name: params.lastName,
                    objectType: 'Lead',
                    detail: params.company
                };
                link(row, lead);
                return {
                    recordId: lead.id,
                    recordName: lead.name,
                    callsChanged: 1,
                    message: `Lead ${lead.name} created.`
                };
            }
            if (method === 'CallListController.createCase') {
                const row = callOf(params);
                caseNumber++;
                row.caseId = `5005g${String(caseNumber).padStart(10, '0')}AAA`;
                row.caseNumber = String(caseNumber).padStart(8, '0');
                forget(row);
                return {
                    recordId: row.caseId,
                    recordName: row.caseNumber,
                    callsChanged: 1,
                    message: `Case ${row.caseNumber} created from the call.`
                };
            }
            throw { status: 500, body: { message: `zoomCalls does not answer ${method}` } };
        }
    };
}

let store;

export default function zoomCalls(method, params) {
    store ??= createCallStore();
    return store.answer(method, params);
}
