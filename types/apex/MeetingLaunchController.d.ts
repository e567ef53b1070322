/** Mirrors the Apex DTO returned by MeetingLaunchController (the Start Zoom Meeting quick action). */
declare namespace Apex {
    /** force-app/main/meetings/classes/MeetingLaunchResult.cls */
    interface MeetingLaunchResult {
        /** Started: Event and instant meeting created. NotMapped: the rep has no linked Zoom user. */
        status: 'Started' | 'NotMapped';
        /** What happened, in a sentence a rep understands. */
        message: string;
        eventId: string | null;
        meetingId: string | null;
        /** Fresh start URL for the host (never stored or logged), or null when NotMapped. */
        startUrl: string | null;
        joinUrl: string | null;
        topic: string | null;
        /** Zoom setting "Email Launch Attendees": open the email composer after starting. */
        emailLaunchAttendees: boolean;
        /** Recipients the automatic launch email went to (0: refused), or null when none was sent by itself. */
        emailSent: number | null;
        /** The automatic launch email's outcome in a sentence, or null. */
        emailMessage: string | null;
        /** Meeting emails the rep may still send today after the automatic launch email, or null. */
        emailsLeftToday: number | null;
        /** Email of a Zoom admin the rep can write to when NotMapped, or null when none is visible. */
        adminEmail: string | null;
        /** Name of the running user (for the NotMapped request to the admin). */
        userName: string;
        /** Username (login) of the running user (for the NotMapped request to the admin). */
        userUsername: string;
    }
}

declare module '@salesforce/apex/MeetingLaunchController.startMeeting' {
    /** MeetingLaunchController.startMeeting(Id recordId): Lead or Contact → Event + instant Zoom meeting. */
    const startMeeting: ApexMethod<{ recordId: string }, Apex.MeetingLaunchResult>;
    export default startMeeting;
}
