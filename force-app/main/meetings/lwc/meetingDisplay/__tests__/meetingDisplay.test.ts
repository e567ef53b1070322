import {
    CUSTOMER_TIME_ZONES,
    canSeeStart,
    canStart,
    describeDifference,
    detailText,
    formatBytes,
    matchBadge,
    recordingTypeLabel,
    yesNo,
    zoneOptions
} from 'c/meetingDisplay';
import meetingFixture from 'fixtures/ZoomMeetingController.getMeeting.json';

const meeting = meetingFixture as Apex.ZoomMeetingDto;

describe('recordingTypeLabel', () => {
    it.each([
        ['shared_screen_with_speaker_view', 'MP4', 'Shared screen with speaker view'],
        ['audio_only', 'M4A', 'Audio only'],
        ['chat_file', 'CHAT', 'Chat'],
        ['some_new_type', 'MP4', 'Some new type'],
        [null, 'TRANSCRIPT', 'Transcript'],
        [null, null, 'Recording']
    ])('%p (%p) → %p', (type, fileType, expected) => {
        expect(recordingTypeLabel(type, fileType)).toBe(expected);
    });
});

describe('formatBytes', () => {
    it.each([
        [0, '0 B'],
        [812, '812 B'],
        [1536, '1.5 KB'],
        [46661632, '44.5 MB'],
        [255555584, '244 MB'],
        [2 * 1024 ** 3, '2 GB'],
        [3 * 1024 ** 5, '3072 TB']
    ])('%p → %p', (bytes, expected) => {
        expect(formatBytes(bytes)).toBe(expected);
    });

    it.each([null, undefined, -1, Number.NaN])('is empty for %p', (value) => {
        expect(formatBytes(value as number | null | undefined)).toBe('');
    });
});

describe('matchBadge', () => {
    it.each<[Apex.MatchMethod | null, string, string]>([
        ['Email', 'Email', 'slds-theme_success'],
        ['Name', 'Name', 'slds-badge_lightest'],
        ['Manual', 'Manual', 'slds-badge_inverse'],
        ['Ambiguous', 'Ambiguous', 'slds-theme_warning'],
        ['None', 'Not matched', 'slds-badge_lightest'],
        [null, 'Not matched', 'slds-badge_lightest']
    ])('%p → %p badge', (method, label, cssClass) => {
        const badge = matchBadge(method);
        expect(badge.label).toBe(label);
        expect(badge.cssClass).toBe(cssClass);
        expect(badge.help.length).toBeGreaterThan(0);
    });
});

describe('canSeeStart / canStart', () => {
    it('lets the host see and use Start on a scheduled meeting', () => {
        expect(canSeeStart(meeting)).toBe(true);
        expect(canStart(meeting)).toBe(true);
    });

    it('hides Start from someone who is not the host', () => {
        expect(canSeeStart({ ...meeting, isHost: false })).toBe(false);
        expect(canStart({ ...meeting, isHost: false })).toBe(false);
    });

    it.each<Apex.MeetingStatus>(['Ended', 'Deleted', 'Failed'])('does not start a %s meeting', (status) => {
        expect(canStart({ ...meeting, status })).toBe(false);
    });

    it('does not start a meeting Zoom never created', () => {
        expect(canStart({ ...meeting, meetingNumber: null })).toBe(false);
        expect(canStart(null)).toBe(false);
        expect(canSeeStart(undefined)).toBe(false);
    });
});

describe('describeDifference', () => {
    it.each([
        [0, 'Same time as you'],
        [480, '8 hours ahead of you'],
        [60, '1 hour ahead of you'],
        [-30, '30 minutes behind you'],
        [-1, '1 minute behind you'],
        [570, '9 hours 30 minutes ahead of you']
    ])('%p minutes → %p', (minutes, expected) => {
        expect(describeDifference(minutes)).toBe(expected);
    });
});

describe('yesNo', () => {
    it('spells out checkboxes', () => {
        expect(yesNo(true)).toBe('Yes');
        expect(yesNo(false)).toBe('No');
        expect(yesNo(null)).toBe('No');
    });
});

describe('customer time zones', () => {
    it('lists exactly the values and labels of the Event field Customer_Time_Zone__c, in order', () => {
        // Jest runs in Node from the project root (no Node typings in this tsconfig, hence the local shapes).
        const fs = jest.requireActual<{ readFileSync(file: string, encoding: 'utf8'): string }>('fs');
        const cwd = jest.requireActual<{ cwd(): string }>('process').cwd();
        const xml = fs.readFileSync(
            `${cwd}/force-app/main/meetings/objects/Activity/fields/Customer_Time_Zone__c.field-meta.xml`,
            'utf8'
        );
        const values = [...xml.matchAll(/<value>\s*<fullName>([^<]+)<\/fullName>[\s\S]*?<label>([^<]+)<\/label>/g)].map(
            (m) => ({ value: m[1], label: m[2] })
        );
        expect(values.length).toBeGreaterThan(30);
        expect(CUSTOMER_TIME_ZONES).toEqual(values);
    });

    it('keeps a stored zone the list lacks (the picklist is unrestricted)', () => {
        expect(zoneOptions('Europe/Berlin')).toBe(CUSTOMER_TIME_ZONES);
        expect(zoneOptions(null)).toBe(CUSTOMER_TIME_ZONES);
        const options = zoneOptions('Asia/Kathmandu');
        expect(options[options.length - 1]).toEqual({ value: 'Asia/Kathmandu', label: 'Asia/Kathmandu' });
        expect(options).toHaveLength(CUSTOMER_TIME_ZONES.length + 1);
    });
});

describe('detailText', () => {
    const detail = (kind: Apex.ZoomMeetingDetailDto['kind'], value: string | null): Apex.ZoomMeetingDetailDto => ({
        fieldPath: 'Any__c',
        label: 'Any',
        kind,
        value
    });

    it.each([
        ['text', 'Zoom client', 'en-US', 'Zoom client'],
        ['text', null, 'en-US', ''],
        ['boolean', 'true', 'en-US', 'Yes'],
        ['boolean', 'false', 'en-US', 'No'],
        ['boolean', null, 'en-US', 'No'],
        ['number', '1250.5', 'en-US', '1,250.5'],
        ['number', '1250.5', 'de-DE', '1.250,5'],
        ['number', 'n/a', 'en-US', 'n/a'],
        ['number', '', 'en-US', ''],
        ['date', '2026-03-31', 'en-US', 'Mar 31, 2026'],
        ['date', '2026-01-01', 'en-US', 'Jan 1, 2026'],
        ['date', 'soon', 'en-US', 'soon']
    ] as const)('%s %p in %s → %p', (kind, value, locale, expected) => {
        expect(detailText(detail(kind, value), locale)).toBe(expected);
    });
});
