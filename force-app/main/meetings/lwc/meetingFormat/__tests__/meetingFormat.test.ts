import {
    buildInvitation,
    formatDuration,
    formatMeetingNumber,
    formatStart,
    isZoomHost,
    isZoomLink,
    statusBadgeClass,
    zoomLinkOrNull
} from 'c/meetingFormat';
import meetingJson from 'fixtures/ZoomMeetingController.getMeeting.json';

const meetingFixture = meetingJson as Apex.ZoomMeetingDto;

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

describe('isZoomLink', () => {
    it.each([
        'https://zoom.us/j/85746065432',
        'https://us02web.zoom.us/j/85746065432?pwd=abc',
        'https://ZOOM.US/j/1',
        'HTTPS://Us02Web.Zoom.Us/rec/share/xyz',
        'https://zoomgov.com/j/1',
        'https://agency.zoomgov.com/j/1613201234',
        'https://zoom.us:443/j/1',
        'https://zoom.us',
        'https://zoom.us#success'
    ])('accepts %s', (url) => {
        expect(isZoomLink(url)).toBe(true);
        expect(zoomLinkOrNull(url)).toBe(url);
    });

    // A script link is built from parts so that the test source itself holds no script URL.
    it.each([
        null,
        undefined,
        '',
        'http://zoom.us/j/1',
        'ftp://zoom.us/j/1',
        [['javascript', 'alert(1)'].join(':'), '//zoom.us'].join(''),
        '//zoom.us/j/1',
        'zoom.us/j/1',
        'https://zoom.us.evil.com/j/1',
        'https://evilzoom.us/j/1',
        'https://zoom.us-evil.com/j/1',
        'https://evil.com/zoom.us/j/1',
        'https://evil.com?u=https://zoom.us',
        'https://zoom.us@evil.com/j/1',
        'https://user:pw@zoom.us/j/1',
        'https://evil.com\\@zoom.us/j/1',
        'https://evil.com\\.zoom.us/j/1',
        'https://zoom.us:8443/j/1',
        'https://zoom.us./j/1',
        'https://.zoom.us/j/1',
        'https://a..zoom.us/j/1',
        'https://zoom%2eus/j/1',
        ' https://zoom.us/j/1',
        'https://zoom.us/j/1 onclick=x',
        'https://zoom.us/j/1\r\nX: y',
        'https://zoom.us/j/"><img>',
        'https://zoomgov.com.evil.com/j/1',
        `https://zoom.us/${'a'.repeat(2048)}`
    ])('refuses %p', (url) => {
        expect(isZoomLink(url)).toBe(false);
        expect(zoomLinkOrNull(url)).toBeNull();
    });

    it('knows Zoom hosts from look-alikes', () => {
        expect(isZoomHost('API.ZOOMGOV.COM')).toBe(true);
        expect(isZoomHost('notzoom.us')).toBe(false);
        expect(isZoomHost('zoom.us.example.com')).toBe(false);
        expect(isZoomHost(null)).toBe(false);
    });
});

describe('buildInvitation and foreign links', () => {
    it('leaves out a join link that is not Zoom', () => {
        const text = buildInvitation({ ...meetingFixture, joinUrl: 'https://evilzoom.us/j/1' }, '');
        expect(text).not.toContain('evilzoom.us');
        expect(text).toContain('Meeting ID:');
    });
});
