import {
    countByStatus,
    filterRegistrants,
    formatCount,
    formatInZone,
    formatMinutes,
    formatRate,
    indexRegistrants,
    memoFilter,
    pageCount,
    pageOf,
    webinarBadgeClass
} from 'c/webinarFormat';

function registrant(
    n: number,
    status: Apex.RegistrantStatus,
    personName: string | null = null
): Apex.WebinarRegistrantDto {
    return {
        id: `a0R${String(n).padStart(15, '0')}`,
        firstName: n % 2 ? 'Ada' : 'Grace',
        lastName: `Person ${n}`,
        email: `p${n}@example.com`,
        status,
        statusLabel: status,
        attendance: null,
        attendanceLabel: null,
        minutesAttended: null,
        contactId: null,
        leadId: null,
        personName,
        matchMethod: null,
        source: 'Zoom',
        registeredAt: null
    };
}

describe('c/webinarFormat', () => {
    const rows = [
        registrant(1, 'Approved', 'Ada Lovelace'),
        registrant(2, 'Pending'),
        registrant(3, 'Approved'),
        registrant(4, 'Denied')
    ];
    const indexed = indexRegistrants(rows);

    it('filters by status and by every word of the text, case-insensitively', () => {
        expect(filterRegistrants(indexed, 'Approved', '').map((r) => r.id)).toEqual([rows[0].id, rows[2].id]);
        expect(filterRegistrants(indexed, '', 'ADA lovelace').map((r) => r.id)).toEqual([rows[0].id]);
        expect(filterRegistrants(indexed, '', 'grace p4@')).toEqual([rows[3]]);
        expect(filterRegistrants(indexed, 'Pending', 'ada')).toEqual([]);
        expect(filterRegistrants(indexed, '', '   ')).toHaveLength(4);
    });

    it('remembers the last filter by its inputs', () => {
        const filter = memoFilter();
        const first = filter(indexed, 'Approved', '');
        expect(filter(indexed, 'Approved', '')).toBe(first);
        expect(filter(indexed, 'Pending', '')).not.toBe(first);
    });

    it('pages rows 50 at a time and clamps the page', () => {
        const many = Array.from({ length: 120 }, (_, i) => i);
        expect(pageCount(120)).toBe(3);
        expect(pageCount(0)).toBe(1);
        expect(pageOf(many, 1)).toHaveLength(50);
        expect(pageOf(many, 3)).toEqual(many.slice(100));
        expect(pageOf(many, 9)).toEqual(many.slice(100));
        expect(pageOf(many, 0)[0]).toBe(0);
    });

    it('counts rows per status', () => {
        expect(countByStatus(rows).get('Approved')).toBe(2);
    });

    it('formats rates, counts and minutes, empty when unknown', () => {
        expect(formatRate(80)).toMatch(/80/);
        expect(formatRate(null)).toBe('');
        expect(formatCount(10000)).toMatch(/10.?000/);
        expect(formatCount(undefined)).toBe('');
        expect(formatMinutes(41.25)).toMatch(/41/);
        expect(formatMinutes(null)).toBe('');
    });

    it('formats an instant in the webinar zone, empty for a bad zone', () => {
        expect(formatInZone('2026-03-19T16:00:00.000Z', 'Europe/Berlin')).toMatch(/5:00/);
        expect(formatInZone('2026-03-19T16:00:00.000Z', 'Not/AZone')).toBe('');
        expect(formatInZone(null, 'Europe/Berlin')).toBe('');
    });

    it('gives each status a badge', () => {
        expect(webinarBadgeClass('Failed')).toContain('error');
        expect(webinarBadgeClass('Scheduled')).toBe('slds-badge');
    });
});
