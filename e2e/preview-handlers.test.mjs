// The preview's in-browser Apex handlers on their own (no browser): the externalMeetings store pages, filters,
// sorts and counts the way ExternalMeetingController does, and the runtime routes a `{ "handler": … }` answer to it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

// The platform stubs expect a browser window for their event log.
globalThis.window ??= new EventTarget();

const { createExternalMeetingsStore, MEETING_COUNT } = await import('../preview/handlers/externalMeetings.js');
const { HANDLER_NAMES } = await import('../preview/handlers/index.js');
const { setPreviewContext } = await import('../preview/platform/context.js');
const { createApexMethod } = await import('../preview/platform/apexRuntime.js');

const NOW = Date.parse('2026-03-09T20:00:00Z');
const QUERY = {
    fromDate: '2026-02-08',
    toDate: '2026-03-09',
    hostUserId: null,
    eventFilter: 'all',
    sortBy: 'startTime',
    sortDirection: 'desc',
    pageSize: 50,
    direction: 'first',
    cursor: null
};

const store = (count = 1000) => createExternalMeetingsStore({ count, now: NOW, seed: 7 });

describe('externalMeetings handler', () => {
    test('generates the same meetings for the same seed, all inside the default 30-day range', () => {
        const a = createExternalMeetingsStore({ now: NOW });
        const b = createExternalMeetingsStore({ now: NOW });
        assert.equal(a.meetings.length, MEETING_COUNT);
        assert.deepEqual(a.meetings.slice(0, 20), b.meetings.slice(0, 20));
        const list = a.methods['ExternalMeetingController.listMeetings'];
        assert.equal(list({ query: QUERY }).totalCount, MEETING_COUNT);
    });

    test('next pages walk every row once, in order; previous walks back; last is the remainder', () => {
        const { methods } = store(1234);
        const list = methods['ExternalMeetingController.listMeetings'];
        const seen = [];
        let page = list({ query: QUERY });
        assert.deepEqual([page.pageNumber, page.hasPrevious, page.hasNext], [1, false, true]);
        const firstPage = page;
        for (;;) {
            seen.push(...page.rows);
            if (!page.hasNext) break;
            page = list({ query: { ...QUERY, direction: 'next', cursor: page.cursor } });
        }
        assert.equal(seen.length, 1234);
        assert.equal(new Set(seen.map((r) => r.id)).size, 1234);
        const starts = seen.map((r) => Date.parse(r.startTime));
        assert.ok(
            starts.every((s, i) => i === 0 || starts[i - 1] >= s),
            'newest first'
        );
        assert.equal(page.pageNumber, 25);
        assert.equal(page.rows.length, 34);

        const last = list({ query: { ...QUERY, direction: 'last' } });
        assert.deepEqual(last, page);
        const back = list({ query: { ...QUERY, direction: 'previous', cursor: last.cursor } });
        assert.equal(back.pageNumber, 24);
        assert.deepEqual(
            back.rows.map((r) => r.id),
            seen.slice(23 * 50, 24 * 50).map((r) => r.id)
        );
        let p = back;
        while (p.hasPrevious) p = list({ query: { ...QUERY, direction: 'previous', cursor: p.cursor } });
        assert.deepEqual(p, firstPage);
    });

    test('filters by host, Event and date range in the user time zone, and sorts with the Id as tie-breaker', () => {
        const { methods, hosts } = store();
        const list = methods['ExternalMeetingController.listMeetings'];
        const host = hosts[3];
        const byHost = list({ query: { ...QUERY, hostUserId: host.id, pageSize: 200 } });
        assert.ok(byHost.totalCount > 0 && byHost.totalCount < 1000);
        assert.ok(byHost.rows.every((r) => r.hostUserId === host.id));
        const withEvent = list({ query: { ...QUERY, eventFilter: 'withEvent' } }).totalCount;
        const without = list({ query: { ...QUERY, eventFilter: 'withoutEvent' } }).totalCount;
        assert.equal(withEvent + without, 1000);
        const oneDay = list({ query: { ...QUERY, fromDate: '2026-03-01', toDate: '2026-03-01', pageSize: 200 } });
        assert.ok(oneDay.totalCount > 0);
        for (const r of oneDay.rows) {
            const day = new Date(r.startTime).toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });
            assert.equal(day, '2026-03-01');
        }
        const byTopic = list({ query: { ...QUERY, sortBy: 'topic', sortDirection: 'asc', pageSize: 200 } }).rows;
        const keys = byTopic.map((r) => [r.topic.toLowerCase(), r.id]);
        assert.ok(
            keys.every((k, i) => i === 0 || keys[i - 1][0] < k[0] || (keys[i - 1][0] === k[0] && keys[i - 1][1] < k[1]))
        );
        const topicQuery = { ...QUERY, sortBy: 'topic', sortDirection: 'asc', pageSize: 200 };
        const topicPage1 = list({ query: topicQuery });
        const topicPage2 = list({ query: { ...topicQuery, direction: 'next', cursor: topicPage1.cursor } });
        assert.equal(topicPage2.pageNumber, 2);
        assert.ok(topicPage2.rows[0].topic.toLowerCase() >= topicPage1.rows.at(-1).topic.toLowerCase());
        const byParticipants = list({ query: { ...QUERY, sortBy: 'participants', pageSize: 10 } }).rows;
        assert.ok(
            byParticipants.every(
                (r) =>
                    r.participantCount === byParticipants[0].participantCount ||
                    r.participantCount <= byParticipants[0].participantCount
            )
        );
    });

    test('every sort, direction and filter pages through the order of a full sort by (key, Id)', () => {
        const { methods, meetings, hosts } = store();
        const list = methods['ExternalMeetingController.listMeetings'];
        const keyOf = {
            startTime: (m) => m.start,
            topic: (m) => m.topic.toLowerCase(),
            host: (m) => m.host.name.toLowerCase(),
            participants: (m) => m.participantCount
        };
        const filters = [
            { eventFilter: 'all', hostUserId: null },
            { eventFilter: 'withEvent', hostUserId: null },
            { eventFilter: 'withoutEvent', hostUserId: hosts[2].id }
        ];
        for (const [sortBy, key] of Object.entries(keyOf)) {
            for (const sortDirection of ['asc', 'desc']) {
                for (const filter of filters) {
                    const query = { ...QUERY, ...filter, sortBy, sortDirection, pageSize: 97 };
                    const sign = sortDirection === 'asc' ? 1 : -1;
                    const expected = meetings
                        .filter((m) => !filter.hostUserId || m.host.id === filter.hostUserId)
                        .filter(
                            (m) => filter.eventFilter === 'all' || (filter.eventFilter === 'withEvent') === !!m.eventId
                        )
                        .sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1))
                        .map((m) => m.id);
                    const seen = [];
                    let page = list({ query });
                    seen.push(...page.rows.map((r) => r.id));
                    while (page.hasNext) {
                        page = list({ query: { ...query, direction: 'next', cursor: page.cursor } });
                        seen.push(...page.rows.map((r) => r.id));
                    }
                    assert.deepEqual(seen, expected, `${sortBy} ${sortDirection} ${filter.eventFilter}`);
                    assert.equal(page.totalCount, expected.length);
                }
            }
        }
    });

    test('rejects what the server rejects, with readable messages', () => {
        const list = store(10).methods['ExternalMeetingController.listMeetings'];
        const message = (query) => {
            try {
                list({ query });
                return null;
            } catch (error) {
                return error.body.message;
            }
        };
        assert.equal(message({ ...QUERY, toDate: '2026-01-01' }), 'The end date must be on or after the start date.');
        assert.equal(message({ ...QUERY, pageSize: 201 }), 'Show between 1 and 200 meetings per page.');
        assert.equal(
            message({ ...QUERY, direction: 'next', cursor: 'garbage' }).startsWith(
                'The page position is no longer valid'
            ),
            true
        );
        assert.equal(message({ ...QUERY, sortBy: 'Name; DELETE' }), 'The sort column "Name; DELETE" is not supported.');
    });

    test('details are stable; createEvents creates, skips and fails like the server, and the filters see it', () => {
        const { methods, meetings } = store();
        const details = methods['ExternalMeetingController.getMeetingDetails'];
        const create = methods['ExternalMeetingController.createEvents'];
        const list = methods['ExternalMeetingController.listMeetings'];
        const open = meetings.find((m) => !m.eventId && m.matchedCount > 0);
        const unmatched = meetings.find((m) => !m.eventId && m.matchedCount === 0);
        const done = meetings.find((m) => m.eventId);
        assert.deepEqual(details({ meetingId: open.id }), details({ meetingId: open.id }));
        const d = details({ meetingId: open.id });
        assert.equal(
            d.participants.filter((p) => p.confidence === 'High' || p.confidence === 'Medium').length,
            open.matchedCount
        );
        assert.ok(d.participants.every((p) => p.candidates.length <= 10));

        const before = list({ query: { ...QUERY, eventFilter: 'withoutEvent' } }).totalCount;
        const summary = create({
            requests: [open, unmatched, done].map((m) => ({ meetingId: m.id, personIds: [] }))
        });
        assert.deepEqual([summary.created, summary.skipped, summary.failed], [1, 1, 1]);
        assert.equal(summary.outcomes[0].outcome, 'Created');
        assert.match(summary.outcomes[0].eventId, /^00U/);
        assert.equal(summary.outcomes[2].message, 'Already has an Event.');
        assert.equal(list({ query: { ...QUERY, eventFilter: 'withoutEvent' } }).totalCount, before - 1);
        assert.throws(
            () => create({ requests: Array.from({ length: 51 }, () => ({ meetingId: open.id, personIds: [] })) }),
            (e) => e.body.message === 'Create Events for at most 50 meetings at a time (51 were sent).'
        );
    });

    test("keeps to Zoom's answers: two or more participants, the host listed first and never matched", () => {
        const { methods, meetings } = store();
        const details = methods['ExternalMeetingController.getMeetingDetails'];
        assert.ok(
            meetings.every((m) => m.participantCount >= 2),
            'Zoom reports no meeting held alone'
        );
        for (const m of meetings.slice(0, 50)) {
            const { participants } = details({ meetingId: m.id });
            assert.equal(participants.length, Math.min(m.participantCount, 12));
            assert.equal(participants[0].name, m.host.name);
            assert.deepEqual([participants[0].confidence, participants[0].candidates], ['None', []]);
            assert.ok(m.matchedCount <= participants.length - 1, 'matches are among the guests');
        }
    });
});

describe('a { "handler": … } answer in the Apex stand-in', () => {
    test('routes the call to the named handler and turns its errors into Apex errors', async () => {
        assert.deepEqual(HANDLER_NAMES, [
            'externalMeetings',
            'softphone',
            'webhookReplay',
            'webinarRegistrants',
            'zoomCalls'
        ]);
        setPreviewContext({
            component: 'zoomExternalMeetings',
            stateName: 'data',
            apex: {
                'ExternalMeetingController.listMeetings': { handler: 'externalMeetings' },
                'ExternalMeetingController.getHosts': { handler: 'externalMeetings' },
                'ExternalMeetingController.getMeetingDetails': { handler: 'nope' }
            },
            fixtures: []
        });
        const hosts = await createApexMethod('ExternalMeetingController.getHosts')({});
        assert.equal(hosts.length, 12);
        const page = await createApexMethod('ExternalMeetingController.listMeetings')({ query: QUERY });
        assert.equal(typeof page.totalCount, 'number');
        assert.ok(page.rows.length <= 50);
        const bad = await createApexMethod('ExternalMeetingController.listMeetings')({
            query: { ...QUERY, pageSize: 0 }
        }).catch((e) => e);
        assert.equal(bad.ok, false);
        assert.equal(bad.body.message, 'Show between 1 and 200 meetings per page.');
        const originalError = console.error;
        console.error = () => {};
        try {
            const missing = await createApexMethod('ExternalMeetingController.getMeetingDetails')({
                meetingId: 'x'
            }).catch((e) => e);
            assert.match(missing.body.message, /no handler "nope"/);
        } finally {
            console.error = originalError;
        }
    });
});
