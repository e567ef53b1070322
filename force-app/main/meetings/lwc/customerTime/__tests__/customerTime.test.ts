import { bothZones, formatInZone, isValidTimeZone, offsetMinutes, utcToZoned, zonedToUtc } from 'c/customerTime';
import meetingFixture from 'fixtures/ZoomMeetingController.getMeeting.json';

const HOUR_MS = 3_600_000;

/** `YYYY-MM-DDTHH:mm` moved by the given minutes, as plain calendar arithmetic (no zone involved). */
function addMinutes(local: string, minutes: number): string {
    return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

/** Every `HH:00` and `HH:30` wall-clock time of the day. */
function halfHoursOf(day: string): string[] {
    return Array.from({ length: 48 }, (_, i) => addMinutes(`${day}T00:00`, i * 30));
}

describe('isValidTimeZone', () => {
    it.each(['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC'])(
        '%p is known',
        (tz) => expect(isValidTimeZone(tz)).toBe(true)
    );

    it.each(['Mars/Olympus_Mons', 'New York', '', '   ', null, undefined, 42])('%p is not', (tz) =>
        expect(isValidTimeZone(tz)).toBe(false)
    );
});

describe('offsetMinutes', () => {
    it.each([
        // New York: EST → EDT at 07:00Z on 8 March 2026, EDT → EST at 06:00Z on 1 November 2026.
        ['2026-03-08T06:59:59.999Z', 'America/New_York', -300],
        ['2026-03-08T07:00:00.000Z', 'America/New_York', -240],
        ['2026-11-01T05:59:59Z', 'America/New_York', -240],
        ['2026-11-01T06:00:00Z', 'America/New_York', -300],
        // Berlin: CET → CEST at 01:00Z on 29 March 2026.
        ['2026-03-29T00:59:00Z', 'Europe/Berlin', 60],
        ['2026-03-29T01:00:00Z', 'Europe/Berlin', 120],
        // Sydney (southern hemisphere): AEDT → AEST at 16:00Z on 4 April 2026 (03:00 local on 5 April).
        ['2026-04-04T15:59:00Z', 'Australia/Sydney', 660],
        ['2026-04-04T16:00:00Z', 'Australia/Sydney', 600],
        // Kolkata: +05:30 all year.
        ['2026-01-15T12:00:00Z', 'Asia/Kolkata', 330],
        ['2026-07-15T12:00:00Z', 'Asia/Kolkata', 330],
        // Lord Howe Island moves its clocks by half an hour.
        ['2026-04-04T14:59:00Z', 'Australia/Lord_Howe', 660],
        ['2026-04-04T15:00:00Z', 'Australia/Lord_Howe', 630],
        // Offsets named in the string and Salesforce's +0000 are honoured.
        ['2026-03-08T02:00:00-05:00', 'America/New_York', -240],
        ['2026-03-08T06:59:00.000+0000', 'America/New_York', -300],
        ['2026-06-01T00:00:00Z', 'UTC', 0]
    ])('%s in %s is %p', (instant, tz, expected) => {
        expect(offsetMinutes(instant, tz)).toBe(expected);
    });

    it('accepts a Date', () => {
        expect(offsetMinutes(new Date(Date.UTC(2026, 6, 1)), 'America/Los_Angeles')).toBe(-420);
    });

    it('works before 1970 and before the common era', () => {
        expect(offsetMinutes('1960-07-01T12:00:00Z', 'America/New_York')).toBe(-240);
        const bc = new Date(0);
        bc.setUTCFullYear(-100, 0, 1);
        expect(offsetMinutes(bc, 'UTC')).toBe(0);
    });

    it('rejects an unknown zone and an unreadable instant', () => {
        expect(() => offsetMinutes('2026-03-08T07:00:00Z', 'Mars/Olympus_Mons')).toThrow(
            'Unknown time zone: Mars/Olympus_Mons'
        );
        expect(() => offsetMinutes(new Date(Number.NaN), 'UTC')).toThrow('Not a UTC instant');
        expect(() => offsetMinutes('yesterday', 'UTC')).toThrow('Not a UTC instant: yesterday');
    });
});

describe('zonedToUtc', () => {
    describe('America/New_York, 8 March 2026 (EST → EDT)', () => {
        it('reads times before the change as EST', () => {
            expect(zonedToUtc('2026-03-08T01:30', 'America/New_York')).toEqual({
                utc: '2026-03-08T06:30:00.000Z',
                adjusted: 'none'
            });
        });

        it('moves a time inside the gap forward by an hour and says so', () => {
            const result = zonedToUtc('2026-03-08T02:30', 'America/New_York');
            expect(result).toEqual({ utc: '2026-03-08T07:30:00.000Z', adjusted: 'gap' });
            expect(utcToZoned(result.utc, 'America/New_York')).toBe('2026-03-08T03:30');
        });

        it('reads times after the change as EDT', () => {
            expect(zonedToUtc('2026-03-08T03:00', 'America/New_York')).toEqual({
                utc: '2026-03-08T07:00:00.000Z',
                adjusted: 'none'
            });
            expect(zonedToUtc('2026-03-09T11:00', 'America/New_York').utc).toBe('2026-03-09T15:00:00.000Z');
        });
    });

    describe('America/New_York, 1 November 2026 (EDT → EST)', () => {
        it('takes the earlier of the two instants of an ambiguous time and says so', () => {
            expect(zonedToUtc('2026-11-01T01:30', 'America/New_York')).toEqual({
                utc: '2026-11-01T05:30:00.000Z',
                adjusted: 'overlap'
            });
            // The later instant an hour on reads the same on the wall clock.
            expect(utcToZoned('2026-11-01T06:30:00.000Z', 'America/New_York')).toBe('2026-11-01T01:30');
        });

        it('reads the times either side of the overlap unambiguously', () => {
            expect(zonedToUtc('2026-11-01T00:59', 'America/New_York')).toEqual({
                utc: '2026-11-01T04:59:00.000Z',
                adjusted: 'none'
            });
            expect(zonedToUtc('2026-11-01T02:00', 'America/New_York')).toEqual({
                utc: '2026-11-01T07:00:00.000Z',
                adjusted: 'none'
            });
        });
    });

    it('handles Europe/Berlin on 29 March 2026 (CET → CEST) and 25 October 2026 (back)', () => {
        expect(zonedToUtc('2026-03-29T01:59', 'Europe/Berlin')).toEqual({
            utc: '2026-03-29T00:59:00.000Z',
            adjusted: 'none'
        });
        expect(zonedToUtc('2026-03-29T02:30', 'Europe/Berlin')).toEqual({
            utc: '2026-03-29T01:30:00.000Z',
            adjusted: 'gap'
        });
        expect(zonedToUtc('2026-03-29T03:00', 'Europe/Berlin')).toEqual({
            utc: '2026-03-29T01:00:00.000Z',
            adjusted: 'none'
        });
        expect(zonedToUtc('2026-10-25T02:30', 'Europe/Berlin')).toEqual({
            utc: '2026-10-25T00:30:00.000Z',
            adjusted: 'overlap'
        });
    });

    it('handles Australia/Sydney, where daylight saving ends on 5 April 2026 and starts on 4 October', () => {
        expect(zonedToUtc('2026-04-05T01:59', 'Australia/Sydney')).toEqual({
            utc: '2026-04-04T14:59:00.000Z',
            adjusted: 'none'
        });
        expect(zonedToUtc('2026-04-05T02:30', 'Australia/Sydney')).toEqual({
            utc: '2026-04-04T15:30:00.000Z',
            adjusted: 'overlap'
        });
        expect(zonedToUtc('2026-04-05T03:00', 'Australia/Sydney')).toEqual({
            utc: '2026-04-04T17:00:00.000Z',
            adjusted: 'none'
        });
        expect(zonedToUtc('2026-10-04T02:30', 'Australia/Sydney')).toEqual({
            utc: '2026-10-03T16:30:00.000Z',
            adjusted: 'gap'
        });
    });

    it('handles Asia/Kolkata at +05:30 with no daylight saving', () => {
        expect(zonedToUtc('2026-03-16T09:00', 'Asia/Kolkata')).toEqual({
            utc: '2026-03-16T03:30:00.000Z',
            adjusted: 'none'
        });
        expect(zonedToUtc('2026-07-16T09:00', 'Asia/Kolkata').utc).toBe('2026-07-16T03:30:00.000Z');
    });

    it('handles half-hour daylight saving (Australia/Lord_Howe)', () => {
        expect(zonedToUtc('2026-04-05T01:45', 'Australia/Lord_Howe')).toEqual({
            utc: '2026-04-04T14:45:00.000Z',
            adjusted: 'overlap'
        });
        const gap = zonedToUtc('2026-10-04T02:15', 'Australia/Lord_Howe');
        expect(gap).toEqual({ utc: '2026-10-03T15:45:00.000Z', adjusted: 'gap' });
        expect(utcToZoned(gap.utc, 'Australia/Lord_Howe')).toBe('2026-10-04T02:45');
    });

    it('moves a time on a skipped day forward a whole day (Pacific/Apia, 30 December 2011)', () => {
        const result = zonedToUtc('2011-12-30T12:00', 'Pacific/Apia');
        expect(result).toEqual({ utc: '2011-12-30T22:00:00.000Z', adjusted: 'gap' });
        expect(utcToZoned(result.utc, 'Pacific/Apia')).toBe('2011-12-31T12:00');
    });

    it('accepts surrounding blanks', () => {
        expect(zonedToUtc(' 2026-06-01T12:00 ', 'UTC').utc).toBe('2026-06-01T12:00:00.000Z');
    });

    it.each([
        '2026-03-08 02:30',
        '2026-03-08T02:30:00',
        '2026-03-08T2:30',
        '2026-3-8T02:30',
        '2026-02-29T10:00',
        '2026-04-31T10:00',
        '2026-13-01T10:00',
        '2026-00-10T10:00',
        '2026-03-00T10:00',
        '2026-03-08T24:00',
        '2026-03-08T10:60',
        '',
        'tomorrow at ten',
        null,
        undefined
    ])('rejects malformed input %p', (local) => {
        expect(() => zonedToUtc(local as string, 'America/New_York')).toThrow('Enter the time as YYYY-MM-DDTHH:mm');
    });

    it('accepts 29 February in a leap year', () => {
        expect(zonedToUtc('2028-02-29T10:00', 'UTC').utc).toBe('2028-02-29T10:00:00.000Z');
    });

    it('rejects an unknown zone', () => {
        expect(() => zonedToUtc('2026-03-08T10:00', 'America/Springfield')).toThrow(
            'Unknown time zone: America/Springfield'
        );
        expect(() => zonedToUtc('2026-03-08T10:00', '')).toThrow('Unknown time zone: ');
    });
});

describe('round trips on the daylight-saving days', () => {
    // zone, day, half-hour wall-clock times in the gap, those in the overlap, minutes the clocks move
    const days: [string, string, string[], string[], number][] = [
        ['America/New_York', '2026-03-08', ['02:00', '02:30'], [], 60],
        ['America/New_York', '2026-11-01', [], ['01:00', '01:30'], 60],
        ['Europe/Berlin', '2026-03-29', ['02:00', '02:30'], [], 60],
        ['Europe/Berlin', '2026-10-25', [], ['02:00', '02:30'], 60],
        ['Australia/Sydney', '2026-04-05', [], ['02:00', '02:30'], 60],
        ['Australia/Sydney', '2026-10-04', ['02:00', '02:30'], [], 60],
        ['Australia/Lord_Howe', '2026-04-05', [], ['01:30'], 30],
        ['Australia/Lord_Howe', '2026-10-04', ['02:00'], [], 30],
        ['Asia/Kolkata', '2026-03-08', [], [], 0]
    ];

    it.each(days)('every half hour of %s on %s converts to UTC and back', (tz, day, gap, overlap, shift) => {
        const results = halfHoursOf(day).map((local) => ({ local, ...zonedToUtc(local, tz) }));
        const timesOf = (how: string) => results.filter((r) => r.adjusted === how).map((r) => r.local.slice(11));

        expect(timesOf('gap')).toEqual(gap);
        expect(timesOf('overlap')).toEqual(overlap);
        // Back in the zone every time reads as entered, except gap times, moved forward by the length of the gap.
        expect(results.map((r) => utcToZoned(r.utc, tz))).toEqual(
            results.map((r) => (r.adjusted === 'gap' ? addMinutes(r.local, shift) : r.local))
        );
        // Later wall-clock times that exist never give earlier instants. (Gap times are moved forward past the
        // start of the next ones: 02:30 → 03:30 EDT comes after 03:00 EDT, as in Temporal's 'compatible' mode.)
        const instants = results.filter((r) => r.adjusted !== 'gap').map((r) => Date.parse(r.utc));
        expect(instants).toEqual([...instants].sort((a, b) => a - b));
        // For ambiguous times the earlier instant was taken: the later one reads the same, at the smaller offset.
        const ambiguous = results.filter((r) => r.adjusted === 'overlap');
        const later = ambiguous.map((r) => new Date(Date.parse(r.utc) + shift * 60_000).toISOString());
        expect(later.map((iso) => utcToZoned(iso, tz))).toEqual(ambiguous.map((r) => r.local));
        expect(later.map((iso, i) => offsetMinutes(iso, tz) - offsetMinutes(ambiguous[i].utc, tz))).toEqual(
            ambiguous.map(() => -shift)
        );
    });

    it.each(days)(
        'every quarter hour of UTC around %s on %s converts to the zone and back',
        (tz, day, _g, overlap, shift) => {
            const start = Date.parse(`${day}T00:00:00Z`) - 24 * HOUR_MS;
            const instants = Array.from({ length: 72 * 4 }, (_, i) =>
                new Date(start + (i * HOUR_MS) / 4).toISOString()
            );
            const resolved = instants.map((iso) => ({ iso, ...zonedToUtc(utcToZoned(iso, tz), tz) }));

            // A wall-clock time read off a real instant is never in a gap.
            expect(resolved.filter((r) => r.adjusted === 'gap')).toEqual([]);
            // Every instant comes back, except the second occurrence of an ambiguous time, which resolves to the first.
            const moved = resolved.filter((r) => r.utc !== r.iso);
            expect(moved).toHaveLength(overlap.length > 0 ? shift / 15 : 0);
            expect(moved.map((r) => [r.adjusted, Date.parse(r.iso) - Date.parse(r.utc)])).toEqual(
                moved.map(() => ['overlap', shift * 60_000])
            );
        }
    );
});

describe('utcToZoned', () => {
    it.each([
        ['2026-03-08T06:59:00.000Z', 'America/New_York', '2026-03-08T01:59'],
        ['2026-03-08T07:00:00.000Z', 'America/New_York', '2026-03-08T03:00'],
        ['2026-11-01T05:30:00.000Z', 'America/New_York', '2026-11-01T01:30'],
        ['2026-11-01T06:30:00.000Z', 'America/New_York', '2026-11-01T01:30'],
        ['2026-03-16T03:30:00Z', 'Asia/Kolkata', '2026-03-16T09:00'],
        ['2026-04-04T15:30:00Z', 'Australia/Sydney', '2026-04-05T02:30'],
        ['2026-12-31T23:00:00Z', 'Europe/Berlin', '2027-01-01T00:00'],
        ['2026-06-01T00:00:00Z', 'UTC', '2026-06-01T00:00'],
        ['0999-12-31T23:00:00Z', 'UTC', '0999-12-31T23:00']
    ])('%s in %s is %s', (iso, tz, expected) => {
        expect(utcToZoned(iso, tz)).toBe(expected);
    });

    it('shows midnight as 00, never 24', () => {
        expect(utcToZoned('2026-03-09T04:00:00Z', 'America/New_York')).toBe('2026-03-09T00:00');
    });

    it.each(['2026-03-08T07:00', '2026-03-08', 'soon', ''])('refuses %p, which names no offset', (iso) => {
        expect(() => utcToZoned(iso, 'UTC')).toThrow(`Not a UTC instant: ${iso}`);
    });

    it('rejects an unknown zone', () => {
        expect(() => utcToZoned('2026-03-08T07:00:00Z', 'Nowhere/Land')).toThrow('Unknown time zone: Nowhere/Land');
    });
});

describe('formatInZone', () => {
    it('shows weekday, date, time and the abbreviation that applies on the day', () => {
        const before = formatInZone('2026-03-07T15:00:00.000Z', 'America/New_York', 'en-US');
        const after = formatInZone('2026-03-09T15:00:00.000Z', 'America/New_York', 'en-US');
        // ICU versions differ on commas and on the (narrow) space before AM; the parts that matter are asserted.
        expect(before).toMatch(/^Sat,? Mar 7,? 2026,? 10:00\sAM EST$/u);
        expect(after).toMatch(/^Mon,? Mar 9,? 2026,? 11:00\sAM EDT$/u);
    });

    it('follows the locale', () => {
        expect(formatInZone('2026-03-16T16:00:00Z', 'Europe/Berlin', 'en-GB')).toMatch(
            /^Mon,? 16 Mar 2026,? 17:00 CET$/
        );
        expect(formatInZone('2026-03-16T16:00:00Z', 'Europe/Berlin', 'de-DE')).toMatch(
            /^Mo\.,? 16\. März 2026,? 17:00 MEZ$/
        );
        expect(formatInZone('2026-04-04T15:30:00Z', 'Australia/Sydney', 'en-AU')).toMatch(
            /Sun.*5 Apr.*2026.*2:30.*AEDT$/
        );
        expect(formatInZone('2026-04-04T16:30:00Z', 'Australia/Sydney', 'en-AU')).toMatch(
            /Sun.*5 Apr.*2026.*2:30.*AEST$/
        );
    });

    it('falls back to a GMT offset where the locale has no abbreviation', () => {
        expect(formatInZone('2026-03-16T03:30:00Z', 'Asia/Kolkata', 'en-US')).toMatch(/9:00\sAM GMT\+5:30$/u);
    });

    it.each([null, undefined, '', 'not a date', '2026-03-16T03:30'])('is empty for %p', (value) => {
        expect(formatInZone(value, 'UTC', 'en-US')).toBe('');
    });

    it('rejects an unknown zone', () => {
        expect(() => formatInZone('2026-03-16T03:30:00Z', 'Atlantis/Capital', 'en-US')).toThrow(
            'Unknown time zone: Atlantis/Capital'
        );
    });
});

describe('bothZones', () => {
    const rep = 'America/Los_Angeles';
    const customer = 'Europe/Berlin';

    it.each([
        // US and EU clocks change on different Sundays: 8 March / 29 March and 25 October / 1 November 2026.
        ['2026-03-02T17:00:00Z', 540, /9:00\sAM PST/u, /6:00\sPM (GMT\+1|CET)/u],
        ['2026-03-16T16:00:00Z', 480, /9:00\sAM PDT/u, /5:00\sPM (GMT\+1|CET)/u],
        ['2026-04-06T16:00:00Z', 540, /9:00\sAM PDT/u, /6:00\sPM (GMT\+2|CEST)/u],
        ['2026-10-28T16:00:00Z', 480, /9:00\sAM PDT/u, /5:00\sPM (GMT\+1|CET)/u],
        ['2026-11-02T17:00:00Z', 540, /9:00\sAM PST/u, /6:00\sPM (GMT\+1|CET)/u]
    ])('at %s Berlin is %p minutes ahead of Los Angeles', (iso, ahead, repText, customerText) => {
        const result = bothZones(iso, rep, customer, 'en-US');
        expect(result.customerAheadMinutes).toBe(ahead);
        expect(result.sameOffset).toBe(false);
        expect(result.rep).toMatch(repText);
        expect(result.customer).toMatch(customerText);
    });

    it('shows the 16 March meeting 8 hours apart instead of 9', () => {
        const result = bothZones('2026-03-16T16:00:00Z', rep, customer, 'en-GB');
        expect(result.rep).toMatch(/^Mon,? 16 Mar 2026,? 09:00 GMT-7$/);
        expect(result.customer).toMatch(/^Mon,? 16 Mar 2026,? 17:00 CET$/);
        expect(result.customerAheadMinutes / 60).toBe(8);
    });

    it('shows the fixture meeting for both sides', () => {
        const result = bothZones(meetingFixture.scheduledStart, rep, customer, 'en-US');
        expect(result.rep).toMatch(/^Mon,? Mar 9,? 2026,? 8:00\sAM PDT$/u);
        expect(result.customer).toMatch(/^Mon,? Mar 9,? 2026,? 4:00\sPM (GMT\+1|CET)$/u);
        expect(result.customerAheadMinutes).toBe(480);
    });

    it('reports the same offset when the zones agree at that instant', () => {
        expect(bothZones('2026-01-15T10:00:00Z', 'Europe/London', 'Europe/Lisbon', 'en-GB')).toMatchObject({
            sameOffset: true,
            customerAheadMinutes: 0
        });
        expect(bothZones('2026-01-15T10:00:00Z', 'Asia/Kolkata', 'Asia/Calcutta', 'en-GB').sameOffset).toBe(true);
    });

    it('knows the customer can be behind, by half hours', () => {
        expect(bothZones('2026-01-15T10:00:00Z', 'Asia/Kolkata', 'Europe/London', 'en-GB').customerAheadMinutes).toBe(
            -330
        );
    });

    it('rejects unknown zones and instants without an offset', () => {
        expect(() => bothZones('2026-03-16T16:00:00Z', 'Rep/Zone', customer, 'en-US')).toThrow(
            'Unknown time zone: Rep/Zone'
        );
        expect(() => bothZones('2026-03-16T16:00:00Z', rep, 'Customer/Zone', 'en-US')).toThrow(
            'Unknown time zone: Customer/Zone'
        );
        expect(() => bothZones('2026-03-16T16:00', rep, customer, 'en-US')).toThrow('Not a UTC instant');
    });
});
