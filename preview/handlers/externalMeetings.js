/**
 * In-browser stand-in for ExternalMeetingController with a large, deterministic data set (gallery state answer
 * `{ "handler": "externalMeetings" }`): 10,000 meetings created in Zoom over the last 29 days, 12 hosts, seeded
 * topics, durations, participants and matches. It implements the contract of types/apex/ExternalMeetingController.d.ts
 * the way the server does — date range in the user's time zone, host and has-Event filters, sorting with the Id as
 * tie-breaker, keyset paging with an opaque cursor (no offsets), counts — so the page behaves as against an org.
 * createEvents changes the data (the meeting gets an Event) for the rest of the page's life.
 * The data keeps to what Zoom's answers allow (force-app/test/zoom; the Jest test zoomFixtures.test.ts ties the
 * page's static fixtures to them): every meeting has two or more participants (Zoom's report lists no other), the
 * host is the first participant (Zoom lists the host; no Contact or Lead), no webinar is listed, and participants are
 * the people who attended (waiting-room time is not attendance).
 */

/** The preview's user time zone (the value lightning-base-components ship for @salesforce/i18n/timeZone). */
export const PREVIEW_TIME_ZONE = 'America/Los_Angeles';
export const MEETING_COUNT = 10_000;
const DAY_MS = 86_400_000;
const MAX_PAGE_SIZE = 200;
const MAX_REQUESTS = 50;
const MAX_RANGE_DAYS = 366;

const HOST_NAMES = [
    'Dana Rep',
    'Sam Seller',
    'Priya Account',
    'Luis Moreno',
    'Grace Kim',
    'Omar Haddad',
    'Hannah Becker',
    'Kenji Watanabe',
    'Chloé Martin',
    'Ravi Iyer',
    'Zoe Adams',
    'Marta Nowak'
];
const COMPANIES = [
    'Acme',
    'Globex',
    'Initech',
    'Umbrella',
    'Hooli',
    'Stark Industries',
    'Wayne Enterprises',
    'Soylent',
    'Vandelay',
    'Wonka',
    'Cyberdyne',
    'Tyrell',
    'Massive Dynamic',
    'Aperture',
    'Oscorp',
    'Pied Piper',
    'Dunder Mifflin',
    'Nakatomi',
    'Gringotts',
    'Monarch',
    'Bluth',
    'Prestige Worldwide',
    'Sterling Cooper',
    'Wernham Hogg'
];
const SUBJECTS = [
    'discovery call',
    'product demo',
    'pricing review',
    'renewal check-in',
    'onboarding – week 1',
    'onboarding – week 2',
    'security questionnaire',
    'quarterly business review',
    'contract redlines',
    'technical deep dive',
    'executive sponsor sync',
    'implementation kickoff',
    'support escalation',
    'procurement follow-up',
    'roadmap preview',
    'training session'
];
const FIRST_NAMES = [
    'Ana',
    'Chris',
    'Morgan',
    'Jamie',
    'Alex',
    'Taylor',
    'Jordan',
    'Sofia',
    'Mateo',
    'Yuki',
    'Amara',
    'Noah',
    'Lena',
    'Ibrahim',
    'Elena',
    'Wei',
    'Fatima',
    'Lucas',
    'Nina',
    'Arjun'
];
const LAST_NAMES = [
    'Lopez',
    'Lee',
    'Diaz',
    'Smith',
    'Novak',
    'Okafor',
    'Rossi',
    'Tanaka',
    'Schmidt',
    'Haddad',
    'Fischer',
    'Singh',
    'Dubois',
    'Kowalski',
    'Silva',
    'Chen'
];

/** mulberry32: a small seeded generator, so every run shows the same meetings. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (n, width) => String(n).padStart(width, '0');

/** An error the runtime turns into an AuraHandledException-shaped rejection. */
/**
 * The sentences below are the English values of the External_* custom labels the Apex answers with
 * (force-app/main/external-meetings/labels): the handlers are plain modules Node imports too (gallery validation,
 * e2e), so they cannot import `@salesforce/label/*` and keep the English text in step by hand.
 */
const BAD_CURSOR = 'The page position is no longer valid. Go back to the first page.';
const NOT_FOUND = 'The Zoom meeting was not found, or you do not have access to it.';

/** Apex's String.abbreviate(max): at most `max` characters, '...' at the end when cut. */
function abbreviate(value, max = 40) {
    const text = String(value);
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

const unsupported = (what, value) => `The ${what} "${abbreviate(value)}" is not supported.`;

export function apexError(message, status = 400) {
    return { status, body: { message } };
}

/** Base64 of the JSON (UTF-8: topics carry non-Latin-1 characters such as "–"). */
function encodeCursor(value) {
    return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))));
}

function decodeCursor(cursor) {
    try {
        const bytes = Uint8Array.from(atob(cursor), (c) => c.charCodeAt(0));
        const value = JSON.parse(new TextDecoder().decode(bytes));
        if (Array.isArray(value?.f) && Array.isArray(value?.l)) return value;
    } catch {
        // fall through
    }
    throw apexError(BAD_CURSOR);
}

/**
 * Builds the data set and the four controller methods over it.
 * @param {{ count?: number, seed?: number, now?: number, timeZone?: string }} [options]
 */
export function createExternalMeetingsStore({
    count = MEETING_COUNT,
    seed = 20260309,
    now = Date.now(),
    timeZone = PREVIEW_TIME_ZONE
} = {}) {
    const rand = random(seed);
    const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const hosts = HOST_NAMES.map((name, i) => ({ id: `005Dn00000H${pad(i + 1, 4)}AAA`, name }));
    // Whole 5 minutes, at least an hour ago, within the last 29 days (so all fall in the default 30-day range).
    const latest = Math.floor((now - 3_600_000) / 300_000) * 300_000;
    let eventNumber = 0;
    const meetings = Array.from({ length: count }, (_, i) => {
        const host = pick(rand, hosts);
        const start = latest - Math.floor(rand() * 29 * 288) * 300_000;
        const participantCount = 2 + Math.floor(rand() * 11);
        // Matches are among the guests: the host is a participant but no Contact or Lead.
        const matched = rand() < 0.15 ? 0 : 1 + Math.floor(rand() * Math.min(participantCount - 1, 4));
        const withEvent = matched > 0 && rand() < 0.2;
        return {
            id: `a01Dn0000X${pad(i + 1, 5)}AAA`,
            index: i,
            topic: `${pick(rand, COMPANIES)} – ${pick(rand, SUBJECTS)}`,
            meetingNumber: String(81_000_000_000 + Math.floor(rand() * 8_999_999_999)),
            start,
            day: dayOf.format(new Date(start)),
            durationMinutes: 10 + Math.floor(rand() * 81),
            participantCount,
            host,
            eventId: withEvent ? `00UDn0000E${pad(++eventNumber, 5)}AAA` : null,
            matchedCount: matched,
            hostKey: host.name.toLowerCase(),
            topicKey: ''
        };
    });
    for (const m of meetings) m.topicKey = m.topic.toLowerCase();
    const byId = new Map(meetings.map((m) => [m.id, m]));
    let version = 0;
    let cache = { key: '', rows: [] };

    const SORT_KEY = {
        startTime: (m) => m.start,
        topic: (m) => m.topicKey,
        host: (m) => m.hostKey,
        participants: (m) => m.participantCount
    };

    /** Compares (key, id) pairs in the query's order: the keyset. */
    function comparator(direction) {
        const sign = direction === 'desc' ? -1 : 1;
        return (a, b) => {
            if (a[0] !== b[0]) return (a[0] < b[0] ? -1 : 1) * sign;
            if (a[1] === b[1]) return 0;
            return (a[1] < b[1] ? -1 : 1) * sign;
        };
    }

    function validate(query) {
        if (!query || typeof query !== 'object') throw apexError('Choose a date range to list external meetings.');
        const { fromDate, toDate, pageSize, sortBy, sortDirection, eventFilter, direction } = query;
        const from = Date.parse(`${fromDate}T00:00:00Z`);
        const to = Date.parse(`${toDate}T00:00:00Z`);
        if (Number.isNaN(from)) throw apexError('The start date is not a valid date (YYYY-MM-DD).');
        if (Number.isNaN(to)) throw apexError('The end date is not a valid date (YYYY-MM-DD).');
        if (to < from) throw apexError('The end date must be on or after the start date.');
        if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) {
            throw apexError(`Choose a date range of at most ${MAX_RANGE_DAYS} days, or filter by host.`);
        }
        if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) {
            throw apexError(`Show between 1 and ${MAX_PAGE_SIZE} meetings per page.`);
        }
        if (!['all', 'withEvent', 'withoutEvent'].includes(eventFilter)) {
            throw apexError(unsupported('Event filter', eventFilter));
        }
        if (!(sortBy in SORT_KEY)) throw apexError(unsupported('sort column', sortBy));
        if (!['asc', 'desc'].includes(sortDirection)) throw apexError(unsupported('sort direction', sortDirection));
        if (!['first', 'next', 'previous', 'last'].includes(direction)) {
            throw apexError(unsupported('page direction', direction));
        }
    }

    /**
     * Every meeting in ascending (key, Id) order, one list per sort column, built the first time the column is
     * asked for: like the server's index, a new filter or direction is one pass over it, not a sort of all rows.
     * The keys (start, topic, host, participant count) never change, so neither do these lists.
     */
    const ascending = {};
    function indexOf(sortBy) {
        if (!ascending[sortBy]) {
            const sortKey = SORT_KEY[sortBy];
            const compare = comparator('asc');
            ascending[sortBy] = meetings.map((m) => [sortKey(m), m.id, m]).sort(compare);
        }
        return ascending[sortBy];
    }

    /** Whether a meeting passes the query's filters. */
    function matches(m, query) {
        if (m.day < query.fromDate || m.day > query.toDate) return false;
        if (query.hostUserId && m.host.id !== query.hostUserId) return false;
        if (query.eventFilter === 'withEvent') return Boolean(m.eventId);
        if (query.eventFilter === 'withoutEvent') return !m.eventId;
        return true;
    }

    /**
     * The filtered, sorted (key, id, meeting) list of a query; the last one is kept, so paging through it costs
     * only the page. Descending is the ascending index read backwards (the Id breaks ties both ways).
     */
    function sortedRows(query) {
        const key = JSON.stringify([
            version,
            query.fromDate,
            query.toDate,
            query.hostUserId ?? null,
            query.eventFilter,
            query.sortBy,
            query.sortDirection
        ]);
        if (cache.key === key) return cache.rows;
        const index = indexOf(query.sortBy);
        const rows = [];
        if (query.sortDirection === 'desc') {
            for (let i = index.length - 1; i >= 0; i--) if (matches(index[i][2], query)) rows.push(index[i]);
        } else {
            for (const entry of index) if (matches(entry[2], query)) rows.push(entry);
        }
        cache = { key, rows };
        return rows;
    }

    /** First index whose row sorts after (strict) or at-or-after the boundary: binary search over the keyset. */
    function seek(rows, boundary, compare, strict) {
        let low = 0;
        let high = rows.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            const c = compare(rows[mid], boundary);
            if (c < 0 || (strict && c === 0)) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    function toRow(m) {
        return {
            id: m.id,
            topic: m.topic,
            meetingNumber: m.meetingNumber,
            startTime: new Date(m.start).toISOString(),
            durationMinutes: m.durationMinutes,
            participantCount: m.participantCount,
            hostName: m.host.name,
            hostUserId: m.host.id,
            eventId: m.eventId,
            matchedCount: m.matchedCount
        };
    }

    function listMeetings({ query } = {}) {
        validate(query);
        const rows = sortedRows(query);
        const total = rows.length;
        const size = query.pageSize;
        const compare = comparator(query.sortDirection);
        let start = 0;
        if (query.direction === 'last') {
            start = total === 0 ? 0 : (Math.ceil(total / size) - 1) * size;
        } else if (query.direction === 'next' || query.direction === 'previous') {
            if (!query.cursor) throw apexError(BAD_CURSOR);
            const cursor = decodeCursor(query.cursor);
            if (query.direction === 'next') {
                start = seek(rows, cursor.l, compare, true);
            } else {
                start = Math.max(0, seek(rows, cursor.f, compare, false) - size);
            }
        }
        const page = rows.slice(start, start + size);
        const first = page[0];
        const last = page[page.length - 1];
        return {
            rows: page.map((r) => toRow(r[2])),
            totalCount: total,
            pageNumber: Math.floor(start / size) + 1,
            pageSize: size,
            hasNext: start + page.length < total,
            hasPrevious: start > 0,
            cursor: first ? encodeCursor({ f: [first[0], first[1]], l: [last[0], last[1]] }) : null
        };
    }

    function getHosts() {
        return [...hosts].sort((a, b) => a.name.localeCompare(b.name)).map((h) => ({ ...h }));
    }

    /** Participants of one meeting, generated from its index (the same every time): the host, then the guests. */
    function participantsOf(m) {
        const r = random(seed ^ (m.index * 7919 + 1));
        const company = m.topic.split(' – ')[0];
        const domain = `${company.toLowerCase().replace(/[^a-z]+/g, '')}.com`;
        const shown = Math.min(m.participantCount, 12);
        const host = {
            id: `a03Dn0000P${pad(m.index + 1, 5)}00A`,
            name: m.host.name,
            email: `${m.host.name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
            durationMinutes: m.durationMinutes,
            suggestedId: null,
            confidence: 'None',
            candidates: []
        };
        const guests = Array.from({ length: shown - 1 }, (_, i) => {
            const first = pick(r, FIRST_NAMES);
            const last = pick(r, LAST_NAMES);
            const name = `${first} ${last}`;
            const email = r() < 0.7 ? `${first}.${last}@${domain}`.toLowerCase() : null;
            const id = `a03Dn0000P${pad(m.index + 1, 5)}${pad(i + 1, 2)}A`;
            const person = (n, type) => ({
                id: `${type === 'Contact' ? '003' : '00Q'}Dn0000${pad(m.index + 1, 5)}${pad(i + 1, 2)}${n}`,
                name,
                email: `${first}.${last}${n === 'A' ? '' : '.' + n.toLowerCase()}@${domain}`.toLowerCase(),
                objectType: type,
                detail: type === 'Contact' ? company : `${company} (lead)`
            });
            let confidence = 'None';
            let candidates = [];
            if (i < m.matchedCount) {
                confidence = email ? 'High' : 'Medium';
                candidates = [person('A', i % 3 === 2 ? 'Lead' : 'Contact')];
            } else if (i === m.matchedCount && r() < 0.5) {
                confidence = 'Low';
                candidates = [person('A', 'Contact'), person('B', 'Lead')];
            }
            return {
                id,
                name,
                email,
                durationMinutes: Math.max(1, m.durationMinutes - Math.floor(r() * 15)),
                suggestedId: confidence === 'High' || confidence === 'Medium' ? candidates[0].id : null,
                confidence,
                candidates
            };
        });
        return [host, ...guests];
    }

    function getMeetingDetails({ meetingId } = {}) {
        const m = byId.get(meetingId);
        if (!m) throw apexError(NOT_FOUND);
        return { meeting: toRow(m), participants: participantsOf(m) };
    }

    function createEvents({ requests } = {}) {
        if (!Array.isArray(requests) || requests.length === 0) {
            return { created: 0, skipped: 0, failed: 0, outcomes: [] };
        }
        if (requests.length > MAX_REQUESTS) {
            throw apexError(
                `Create Events for at most ${MAX_REQUESTS} meetings at a time (${requests.length} were sent).`
            );
        }
        const outcomes = requests.map(({ meetingId, personIds = [] }) => {
            const m = byId.get(meetingId);
            const base = { meetingId, topic: m?.topic ?? null, eventId: null };
            if (!m) return { ...base, outcome: 'Failed', message: NOT_FOUND };
            if (m.eventId) return { ...base, outcome: 'Skipped', message: 'Already has an Event.', eventId: m.eventId };
            if (personIds.length === 0 && m.matchedCount === 0) {
                return {
                    ...base,
                    outcome: 'Failed',
                    message: 'No participant is linked to a Contact or Lead: pick one in Get Details.'
                };
            }
            m.eventId = `00UDn0000N${pad(++eventNumber, 5)}AAA`;
            if (personIds.length) m.matchedCount = personIds.length;
            return { ...base, outcome: 'Created', message: '', eventId: m.eventId };
        });
        version++;
        const countOf = (kind) => outcomes.filter((o) => o.outcome === kind).length;
        return { created: countOf('Created'), skipped: countOf('Skipped'), failed: countOf('Failed'), outcomes };
    }

    return {
        meetings,
        hosts,
        methods: {
            'ExternalMeetingController.listMeetings': listMeetings,
            'ExternalMeetingController.getHosts': getHosts,
            'ExternalMeetingController.getMeetingDetails': getMeetingDetails,
            'ExternalMeetingController.createEvents': createEvents
        }
    };
}

let store;

/** The handler the runtime calls: the 10,000-meeting store, built on first use. */
export default function externalMeetings(method, params) {
    store ??= createExternalMeetingsStore();
    const fn = store.methods[method];
    if (!fn) throw apexError(`Preview handler "externalMeetings" does not answer ${method}.`, 500);
    return fn(params);
}
