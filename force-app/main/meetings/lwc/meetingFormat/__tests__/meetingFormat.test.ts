import { buildInvitation, formatDuration, formatMeetingNumber, formatStart, statusBadgeClass } from 'c/meetingFormat';
import meetingFixture from 'fixtures/ZoomMeetingController.getMeeting.json';

describe('formatDuration', () => {
    it.each([
        [0, '0 min'],
        [45, '45 min'],
        [60, '1 h'],
        [90, '1 h 30 min'],
        [44.6, '45 min']
    ])('%p minutes → %p', (minutes, expected) => {
        expect(formatDuration(minutes)).toBe(expected);
    });

    it.each([null, undefined, -5, Number.NaN])('is empty for %p', (value) => {
        expect(formatDuration(value as number | null | undefined)).toBe('');
    });
});

describe('formatMeetingNumber', () => {
    it('groups an 11-digit number 3-4-4', () => expect(formatMeetingNumber('85746065432')).toBe('857 4606 5432'));
    it('groups a 10-digit number 3-4-3', () => expect(formatMeetingNumber('8574606543')).toBe('857 4606 543'));
    it('ignores existing spaces and dashes', () => expect(formatMeetingNumber('857-4606 5432')).toBe('857 4606 5432'));
    it('leaves short numbers alone', () => expect(formatMeetingNumber('12345')).toBe('12345'));
    it('is empty for null', () => expect(formatMeetingNumber(null)).toBe(''));
});

describe('statusBadgeClass', () => {
    it.each([
        ['Started', 'slds-theme_success'],
        ['Failed', 'slds-theme_error'],
        ['Deleted', 'slds-theme_shade'],
        ['Ended', 'slds-badge_inverse'],
        ['Scheduled', 'slds-badge_lightest'],
        [null, 'slds-badge_lightest']
    ])('%p → %p', (status, cls) => expect(statusBadgeClass(status)).toBe(cls));
});

describe('buildInvitation', () => {
    it('lists topic, time, link and grouped meeting ID', () => {
        expect(buildInvitation(meetingFixture, 'Monday, March 9, 2026 at 11:00 AM EDT')).toBe(
            [
                `Join Zoom meeting: ${meetingFixture.topic}`,
                'When: Monday, March 9, 2026 at 11:00 AM EDT',
                meetingFixture.joinUrl,
                'Meeting ID: 857 4606 5432'
            ].join('\n')
        );
    });

    it('leaves out what is unknown', () => {
        const bare = { ...meetingFixture, joinUrl: null, meetingNumber: null };
        expect(buildInvitation(bare, '')).toBe(`Join Zoom meeting: ${meetingFixture.topic}`);
    });
});

describe('formatStart', () => {
    // US daylight saving began on 8 March 2026: 15:00 UTC is 10:00 EST on 7 March and 11:00 EDT on 9 March.
    it('uses standard time before the DST change', () => {
        expect(formatStart('2026-03-07T15:00:00.000Z', 'en-US', 'America/New_York')).toBe(
            'Saturday, March 7, 2026 at 10:00 AM EST'
        );
    });

    it('uses daylight time after the DST change', () => {
        expect(formatStart('2026-03-09T15:00:00.000Z', 'en-US', 'America/New_York')).toBe(
            'Monday, March 9, 2026 at 11:00 AM EDT'
        );
    });

    it('follows the reader time zone and locale', () => {
        // ICU versions differ on the comma after the weekday; the parts that matter are asserted.
        expect(formatStart('2026-03-09T15:00:00.000Z', 'en-GB', 'Europe/Berlin')).toMatch(
            /^Monday,? 9 March 2026 at 16:00 CET$/
        );
    });

    it.each([null, undefined, '', 'not a date'])('is empty for %p', (value) => {
        expect(formatStart(value, 'en-US', 'UTC')).toBe('');
    });
});
