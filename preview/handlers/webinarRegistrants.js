/**
 * In-browser stand-in for WebinarPanelController.getRegistrants and WebinarRegistrationController.setRegistrantStatus
 * with 10,000 deterministic registrants (gallery state answer `{ "handler": "webinarRegistrants" }`). It keeps the
 * server's contract (types/apex/WebinarPanelController.d.ts): 2,000 rows per call ordered by Id after `afterId`, the
 * total, and approve/deny changing the statuses for the rest of the page's life. Used by the panel's "10,000
 * registrants" state, its e2e test and `npm run bench`.
 */

export const REGISTRANT_COUNT = 10_000;
export const PAGE_SIZE = 2_000;

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances'];
const LAST = [
    'Lovelace',
    'Hopper',
    'Turing',
    'Johnson',
    'Torvalds',
    'Hamilton',
    'Ritchie',
    'Liskov',
    'Thompson',
    'Allen'
];
const COMPANIES = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'wonka', 'cyberdyne'];
const STATUS_LABELS = { Pending: 'Pending', Approved: 'Approved', Denied: 'Denied', Cancelled: 'Cancelled' };

/** A registrant Id: 18 characters, ordered like the number. */
export function registrantId(n) {
    return `a0R5g${String(n).padStart(10, '0')}AAA`;
}

/** The registrants, generated once per page. */
export function createRegistrants(count = REGISTRANT_COUNT) {
    const rows = [];
    for (let n = 1; n <= count; n++) {
        const first = FIRST[n % FIRST.length];
        const last = LAST[Math.floor(n / FIRST.length) % LAST.length];
        const company = COMPANIES[n % COMPANIES.length];
        const status = n % 40 === 0 ? 'Cancelled' : n % 10 === 0 ? 'Denied' : n % 4 === 0 ? 'Pending' : 'Approved';
        const linked = n % 3 === 0;
        rows.push({
            id: registrantId(n),
            firstName: first,
            lastName: `${last} ${n}`,
            email: `${first.toLowerCase()}.${last.toLowerCase()}${n}@${company}.example.com`,
            status,
            statusLabel: STATUS_LABELS[status],
            attendance: null,
            attendanceLabel: null,
            minutesAttended: null,
            contactId: linked ? `0035g${String(n).padStart(10, '0')}AAA` : null,
            leadId: null,
            personName: linked ? `${first} ${last} ${n}` : null,
            matchMethod: linked ? 'Email' : 'None',
            source: n % 2 === 0 ? 'Salesforce' : 'Zoom',
            registeredAt: new Date(Date.UTC(2026, 1, 1) + n * 60_000).toISOString()
        });
    }
    return rows;
}

/** A store answering the two methods over `rows`. */
export function createRegistrantStore(rows = createRegistrants()) {
    return {
        rows,
        answer(method, params) {
            if (method === 'WebinarPanelController.getRegistrants') {
                const afterId = params.afterId ?? null;
                const start = afterId ? rows.findIndex((r) => r.id > afterId) : 0;
                const from = start < 0 ? rows.length : start;
                const page = rows.slice(from, from + PAGE_SIZE).map((r) => ({ ...r }));
                const more = from + PAGE_SIZE < rows.length;
                return { rows: page, nextAfterId: more ? page[page.length - 1].id : null, total: rows.length };
            }
            if (method === 'WebinarRegistrationController.setRegistrantStatus') {
                const status = params.action === 'approve' ? 'Approved' : 'Denied';
                const ids = new Set(params.registrantIds ?? []);
                let count = 0;
                for (const row of rows) {
                    if (ids.has(row.id)) {
                        row.status = status;
                        row.statusLabel = STATUS_LABELS[status];
                        count++;
                    }
                }
                return {
                    ok: true,
                    message: `${count} registration${count === 1 ? '' : 's'} ${status === 'Approved' ? 'approved' : 'denied'} in Zoom.`,
                    count
                };
            }
            throw { status: 500, body: { message: `webinarRegistrants does not answer ${method}` } };
        }
    };
}

let store;

export default function webinarRegistrants(method, params) {
    store ??= createRegistrantStore();
    return store.answer(method, params);
}
