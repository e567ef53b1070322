// The page's Jest and preview fixtures (force-app/test/fixtures/ExternalMeetingController.*) hold what the import
// makes of Zoom's own answers (force-app/test/zoom, typed against @zoom/rivet): a change of Zoom's fixtures or shapes
// shows up here, not only in the Apex tests.
import type {
    MeetingsGetPastMeetingParticipantsResponse,
    ReportsGetMeetingReportsResponse
} from '@zoom/rivet/meetings';
import reportFixture from '../../../../../test/zoom/ReportsGetMeetingReportsResponse.external.json';
import webinarsFixture from '../../../../../test/zoom/ReportsGetMeetingReportsResponse.externalWebinars.json';
import participantsFixture from '../../../../../test/zoom/MeetingsGetPastMeetingParticipantsResponse.external.json';
import page1 from 'fixtures/ExternalMeetingController.listMeetings.json';
import details from 'fixtures/ExternalMeetingController.getMeetingDetails.json';
import { attendees, importedMeetings, WEBINAR_TYPES } from './fromZoom';

const report = reportFixture as ReportsGetMeetingReportsResponse;
const webinars = webinarsFixture as ReportsGetMeetingReportsResponse;
const participants = participantsFixture as MeetingsGetPastMeetingParticipantsResponse;
const globexUuid = report.meetings![0].uuid!;

describe('external meetings from Zoom fixtures', () => {
    it("lists the meetings of Zoom's report page as the page's fixture shows them, without the webinar", () => {
        const imported = importedMeetings(report, { [globexUuid]: participants });
        expect(imported.map((m) => m.meetingNumber)).toEqual(['81234567890', '84567890123']);
        for (const meeting of imported) {
            const row = page1.rows.find((r) => r.meetingNumber === meeting.meetingNumber);
            expect(row).toMatchObject({
                topic: meeting.topic,
                startTime: meeting.startTime,
                durationMinutes: meeting.durationMinutes,
                participantCount: meeting.participantCount
            });
        }
        const webinarNumbers = report.meetings!.filter((m) => WEBINAR_TYPES.has(m.type)).map((m) => String(m.id));
        expect(webinarNumbers).toEqual(['91234567895']);
        expect(page1.rows.some((r) => webinarNumbers.includes(r.meetingNumber))).toBe(false);
    });

    it('leaves report types 5, 6 and 9 to the webinar feature', () => {
        expect(webinars.meetings!.map((m) => m.type)).toEqual([2, 5, 6, 9]);
        expect(importedMeetings(webinars).map((m) => m.topic)).toEqual(['Pipeline review']);
    });

    it('shows the people who attended, sessions merged, and not who only waited', () => {
        const people = attendees(participants);
        expect(details.meeting.meetingNumber).toBe(String(report.meetings![0].id));
        expect(details.meeting.participantCount).toBe(people.length);
        expect(details.participants.map((p) => ({ name: p.name, email: p.email, minutes: p.durationMinutes }))).toEqual(
            people.map((p) => ({ name: p.name, email: p.email, minutes: p.durationMinutes }))
        );
        expect(people.map((p) => p.name)).not.toContain('Jamie Novak');
        const morgan = people.find((p) => p.name === 'Morgan Diaz')!;
        expect(morgan).toMatchObject({ sessions: 1, durationMinutes: 31, firstJoin: '2026-03-06T17:10:00Z' });
        expect(people.find((p) => p.name === 'Ana Lopez')).toMatchObject({ sessions: 2, durationMinutes: 48 });
    });
});
