/** Mirrors the Apex DTOs returned by ZoomMeetingController. Datetime values arrive as ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/meetings/classes/ZoomMeetingDto.cls */
    interface ZoomMeetingDto {
        id: string;
        topic: string;
        meetingNumber: string | null;
        joinUrl: string | null;
        scheduledStart: string | null;
        durationMinutes: number | null;
        status: string | null;
        hostName: string | null;
        isHost: boolean;
        lastSynced: string | null;
    }
}

declare module '@salesforce/apex/ZoomMeetingController.getMeeting' {
    /** ZoomMeetingController.getMeeting(Id recordId): the meeting shown on an Event or Zoom Meeting page, or null. */
    const getMeeting: ApexMethod<{ recordId: string }, Apex.ZoomMeetingDto | null>;
    export default getMeeting;
}
