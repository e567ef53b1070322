import {
    MeetingSelection,
    addDays,
    buildQuery,
    buildRequests,
    chunk,
    confidenceClass,
    defaultFilters,
    defaultRange,
    failedChunk,
    mergeSummaries,
    nextSort,
    pageCount,
    pageLabel,
    progressPercent,
    rangeError,
    recordUrl,
    selectionLabel,
    startFormatter,
    summaryText,
    summaryVariant,
    todayIn
} from 'c/externalMeetingQuery';
import type * as QueryModule from 'c/externalMeetingQuery';
import createdSummary from 'fixtures/ExternalMeetingController.createEvents.json';

describe('c/externalMeetingQuery', () => {
    describe('date range', () => {
        // 2026-03-10 03:30 UTC is still March 9 in Los Angeles and already March 10 in Tokyo.
        const now = new Date('2026-03-10T03:30:00Z');

        it('reads today in the user time zone', () => {
            expect(todayIn('America/Los_Angeles', now)).toBe('2026-03-09');
            expect(todayIn('Asia/Tokyo', now)).toBe('2026-03-10');
        });

        it('defaults to the last 30 days, today included', () => {
            expect(defaultRange('America/Los_Angeles', now)).toEqual({ fromDate: '2026-02-08', toDate: '2026-03-09' });
            expect(defaultRange('Asia/Tokyo', now)).toEqual({ fromDate: '2026-02-09', toDate: '2026-03-10' });
        });

        it('adds days across months and leap years', () => {
            expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
            expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
            expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
            expect(() => addDays('2026-02-30', 1)).toThrow('Not a date');
        });

        it('explains an invalid range in a sentence', () => {
            expect(rangeError('2026-03-01', '2026-03-01')).toBe('');
            expect(rangeError('2026-03-02', '2026-03-01')).toBe('The end date must be on or after the start date.');
            expect(rangeError('', '2026-03-01')).toBe('Choose a start date and an end date.');
            expect(rangeError('2026-03-01', null)).toBe('Choose a start date and an end date.');
            expect(rangeError('2026-02-31', '2026-03-01')).toBe('Choose a start date and an end date.');
            expect(rangeError('2025-03-01', '2026-03-01')).toBe('');
            expect(rangeError('2025-03-01', '2026-03-02')).toBe('Choose a range of at most 366 days.');
        });
    });

    describe('query', () => {
        const filters = { ...defaultFilters('UTC', new Date('2026-03-09T12:00:00Z')), hostUserId: '005A' };

        it('starts sorted by start time, newest first, 50 per page, every host', () => {
            const defaults = defaultFilters('UTC', new Date('2026-03-09T12:00:00Z'));
            expect(buildQuery(defaults)).toEqual({
                fromDate: '2026-02-08',
                toDate: '2026-03-09',
                hostUserId: null,
                eventFilter: 'all',
                sortBy: 'startTime',
                sortDirection: 'desc',
                pageSize: 50,
                direction: 'first',
                cursor: null
            });
        });

        it('sends the cursor only with next and previous', () => {
            expect(buildQuery(filters, 'next', 'c1')).toMatchObject({
                direction: 'next',
                cursor: 'c1',
                hostUserId: '005A'
            });
            expect(buildQuery(filters, 'previous', 'c1')).toMatchObject({ direction: 'previous', cursor: 'c1' });
            expect(buildQuery(filters, 'last', 'c1')).toMatchObject({ direction: 'last', cursor: null });
            expect(buildQuery(filters, 'first', 'c1')).toMatchObject({ direction: 'first', cursor: null });
            expect(buildQuery(filters, 'next', null)).toMatchObject({ direction: 'first', cursor: null });
        });

        it('flips the sort of the same column and starts another in its usual direction', () => {
            expect(nextSort({ sortBy: 'startTime', sortDirection: 'desc' }, 'startTime')).toEqual({
                sortBy: 'startTime',
                sortDirection: 'asc'
            });
            expect(nextSort({ sortBy: 'topic', sortDirection: 'asc' }, 'topic').sortDirection).toBe('desc');
            expect(nextSort({ sortBy: 'startTime', sortDirection: 'desc' }, 'topic').sortDirection).toBe('asc');
            expect(nextSort({ sortBy: 'topic', sortDirection: 'asc' }, 'participants').sortDirection).toBe('desc');
            expect(nextSort({ sortBy: 'topic', sortDirection: 'asc' }, 'host').sortDirection).toBe('asc');
            expect(nextSort({ sortBy: 'topic', sortDirection: 'asc' }, 'startTime').sortDirection).toBe('desc');
        });

        it('labels the page', () => {
            expect(pageLabel({ pageNumber: 3, pageSize: 50, totalCount: 10000 })).toBe(
                'Page 3 of 200 · 10,000 meetings'
            );
            expect(pageLabel({ pageNumber: 1, pageSize: 50, totalCount: 1 })).toBe('Page 1 of 1 · 1 meeting');
            expect(pageLabel({ pageNumber: 1, pageSize: 50, totalCount: 0 })).toBe('Page 1 of 1 · 0 meetings');
            expect(pageCount(101, 50)).toBe(3);
            expect(pageCount(100, 0)).toBe(100);
        });
    });

    describe('selection', () => {
        it('keeps meetings by id across pages, with their topics', () => {
            const selection = new MeetingSelection();
            selection.set('a', 'Alpha', true);
            selection.setAll(
                [
                    { id: 'b', topic: 'Beta' },
                    { id: 'c', topic: 'Gamma' }
                ],
                true
            );
            expect(selection.size).toBe(3);
            expect(selection.ids()).toEqual(['a', 'b', 'c']);
            expect(selection.topicOf('b')).toBe('Beta');
            expect(selection.topicOf('zzz')).toBe('');
            expect(selection.allOf([{ id: 'b' }, { id: 'c' }])).toBe(true);
            expect(selection.allOf([{ id: 'b' }, { id: 'd' }])).toBe(false);
            expect(selection.allOf([])).toBe(false);
            selection.set('b', 'Beta', false);
            expect(selection.has('b')).toBe(false);
            selection.retain(['c', 'x']);
            expect(selection.ids()).toEqual(['c']);
            selection.clear();
            expect(selection.size).toBe(0);
            expect(selectionLabel(1200)).toBe('1,200 selected');
        });
    });

    describe('Create Events', () => {
        it('chunks at most 50 meetings per call', () => {
            const ids = Array.from({ length: 120 }, (_, i) => `m${i}`);
            const chunks = chunk(ids);
            expect(chunks.map((c) => c.length)).toEqual([50, 50, 20]);
            expect(chunks.flat()).toEqual(ids);
            expect(chunk([], 50)).toEqual([]);
            expect(() => chunk(ids, 0)).toThrow('at least 1');
        });

        it('sends the picked people once each, or none for the stored matches', () => {
            const picks = new Map([
                [
                    'm1',
                    new Map([
                        ['p1', '003A'],
                        ['p2', ''],
                        ['p3', '003A'],
                        ['p4', '00QB']
                    ])
                ]
            ]);
            expect(buildRequests(['m1', 'm2'], picks)).toEqual([
                { meetingId: 'm1', personIds: ['003A', '00QB'] },
                { meetingId: 'm2', personIds: [] }
            ]);
        });

        it('merges chunk answers and turns a failed call into failed meetings', () => {
            const failed = failedChunk(
                [
                    { meetingId: 'm9', personIds: [] },
                    { meetingId: 'm10', personIds: [] }
                ],
                (id) => (id === 'm9' ? 'Nine' : ''),
                'Too many requests.'
            );
            expect(failed.outcomes[0]).toEqual({
                meetingId: 'm9',
                topic: 'Nine',
                outcome: 'Failed',
                message: 'Too many requests.',
                eventId: null
            });
            expect(failed.outcomes[1].topic).toBeNull();
            const merged = mergeSummaries([createdSummary as Apex.ExternalEventSummary, failed]);
            expect([merged.created, merged.skipped, merged.failed, merged.outcomes.length]).toEqual([2, 1, 3, 6]);
            expect(summaryText(merged)).toBe('2 Events created, 1 skipped, 3 failed.');
            expect(summaryText({ created: 1, skipped: 0, failed: 0 })).toBe('1 Event created.');
            expect(summaryText(mergeSummaries([]))).toBe('0 Events created.');
        });

        it('chooses the toast variant and the progress', () => {
            expect(summaryVariant({ created: 2, skipped: 0, failed: 0 })).toBe('success');
            expect(summaryVariant({ created: 2, skipped: 1, failed: 0 })).toBe('warning');
            expect(summaryVariant({ created: 2, skipped: 0, failed: 1 })).toBe('warning');
            expect(summaryVariant({ created: 0, skipped: 0, failed: 1 })).toBe('error');
            expect(progressPercent(50, 120)).toBe(42);
            expect(progressPercent(120, 120)).toBe(100);
            expect(progressPercent(0, 0)).toBe(0);
        });
    });

    describe('formatting', () => {
        it('formats many start times with one formatter', () => {
            const format = startFormatter('en-US', 'America/Los_Angeles');
            expect(format('2026-03-06T17:00:00.000Z')).toBe('Mar 6, 2026, 9:00 AM');
            expect(format(null)).toBe('');
            expect(format('not a date')).toBe('');
        });

        it('links records and colours confidence badges', () => {
            expect(recordUrl('00U1')).toBe('/lightning/r/Event/00U1/view');
            expect(recordUrl('0031', 'Contact')).toBe('/lightning/r/Contact/0031/view');
            expect(confidenceClass('High')).toContain('slds-theme_success');
            expect(confidenceClass('Medium')).toContain('slds-theme_info');
            expect(confidenceClass('Low')).toContain('slds-theme_warning');
            expect(confidenceClass('None')).toBe('slds-badge');
        });
    });
});

describe('c/externalMeetingQuery in the user locale', () => {
    type Query = typeof QueryModule;

    /** The module as a user with `locale` gets it (labels stay English in Jest; numbers, plurals and lists follow). */
    function inLocale(locale: string): Query {
        let mod: Query | undefined;
        jest.isolateModules(() => {
            jest.doMock('@salesforce/i18n/locale', () => ({ __esModule: true, default: locale }));
            mod = jest.requireActual<Query>('c/externalMeetingQuery');
        });
        return mod as Query;
    }

    it('writes counts and the summary list in German formats', () => {
        const de = inLocale('de-DE');
        expect(de.pageLabel({ pageNumber: 3, pageSize: 50, totalCount: 10_000 })).toBe(
            'Page 3 of 200 · 10.000 meetings'
        );
        expect(de.selectionLabel(1_200)).toBe('1.200 selected');
        expect(de.summaryText({ created: 2, skipped: 1, failed: 1 })).toBe('2 Events created, 1 skipped und 1 failed.');
    });

    it('takes the French plural rule: 0 is singular', () => {
        const fr = inLocale('fr-FR');
        expect(fr.selectionLabel(0)).toBe('0 selected');
        expect(fr.summaryText({ created: 0, skipped: 0, failed: 0 })).toBe('0 Event created.');
        expect(fr.pageLabel({ pageNumber: 1, pageSize: 50, totalCount: 0 })).toBe('Page 1 of 1 · 0 meeting');
    });
});
