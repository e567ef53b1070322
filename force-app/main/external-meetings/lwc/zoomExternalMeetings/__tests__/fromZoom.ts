/**
 * What the external-meetings import makes of Zoom's own answers, as a small typed mapping for the Jest tests: the
 * rows the page lists (ExternalMeetingImportService: webinars left out, participants counted as the people who
 * attended) and the people of one meeting (ParticipantMerger after the waiting-room rule: sessions grouped by Zoom
 * user id, else email, else name; waiting-room sessions dropped; minutes rounded as ExternalMeetingSuggestions does).
 * Typed against @zoom/rivet, so a change of Zoom's shapes fails the typecheck here too.
 */
import type {
    MeetingsGetPastMeetingParticipantsResponse,
    ReportsGetMeetingReportsResponse
} from '@zoom/rivet/meetings';

type ReportRow = NonNullable<ReportsGetMeetingReportsResponse['meetings']>[number];
type Session = NonNullable<MeetingsGetPastMeetingParticipantsResponse['participants']>[number];

/** Report types that are webinars (5 webinar, 6 recurring without a fixed time, 9 recurring with a fixed time). */
export const WEBINAR_TYPES: ReadonlySet<ReportRow['type']> = new Set<ReportRow['type']>([5, 6, 9]);

/** Zoom's status of a session spent in the waiting room. */
export const WAITING_ROOM: Session['status'] = 'in_waiting_room';

/** A meeting row as the import stores it (the fields of Apex.ExternalMeetingRow that come from Zoom). */
export interface ImportedMeeting {
    uuid: string;
    meetingNumber: string;
    topic: string;
    startTime: string;
    durationMinutes: number;
    participantCount: number;
}

/** One person of a meeting, sessions merged. */
export interface AttendedPerson {
    name: string;
    email: string | null;
    durationMinutes: number;
    sessions: number;
    firstJoin: string;
}

function identityOf(session: Session): string {
    if (session.id) return `id:${session.id.trim()}`;
    if (session.user_email) return `email:${session.user_email.trim().toLowerCase()}`;
    return session.name ? `name:${session.name.trim().toLowerCase()}` : 'unidentified';
}

/** The people who attended, in order of first join: waiting-room sessions are not attendance. */
export function attendees(answer: MeetingsGetPastMeetingParticipantsResponse): AttendedPerson[] {
    const people = new Map<string, AttendedPerson & { seconds: number }>();
    for (const session of answer.participants ?? []) {
        if (session.status === WAITING_ROOM) continue;
        const key = identityOf(session);
        const person = people.get(key) ?? {
            name: session.name ?? '',
            email: session.user_email ? session.user_email.toLowerCase() : null,
            durationMinutes: 0,
            sessions: 0,
            firstJoin: session.join_time ?? '',
            seconds: 0
        };
        person.sessions += 1;
        person.seconds += session.duration ?? 0;
        if (session.join_time && session.join_time < person.firstJoin) person.firstJoin = session.join_time;
        people.set(key, person);
    }
    return [...people.values()]
        .map(({ seconds, ...person }) => ({ ...person, durationMinutes: Math.round(seconds / 60) }))
        .sort((a, b) => (a.firstJoin < b.firstJoin ? -1 : a.firstJoin > b.firstJoin ? 1 : 0));
}

/**
 * The meetings of a report page the import stores (webinars left out); the participant count is the number of
 * people who attended when their answer is given, else Zoom's participants_count.
 */
export function importedMeetings(
    report: ReportsGetMeetingReportsResponse,
    participantsByUuid: Record<string, MeetingsGetPastMeetingParticipantsResponse> = {}
): ImportedMeeting[] {
    return (report.meetings ?? [])
        .filter((meeting) => !WEBINAR_TYPES.has(meeting.type))
        .map((meeting) => {
            const uuid = meeting.uuid ?? '';
            const answer = participantsByUuid[uuid];
            return {
                uuid,
                meetingNumber: String(meeting.id),
                topic: meeting.topic ?? '',
                startTime: new Date(meeting.start_time ?? 0).toISOString(),
                durationMinutes: meeting.duration ?? 0,
                participantCount: answer ? attendees(answer).length : (meeting.participants_count ?? 0)
            };
        });
}
