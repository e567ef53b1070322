/** Mirrors the Apex DTO of WebinarSyncController. */
declare namespace Apex {
    /** force-app/main/webinars/classes/WebinarSyncResultDto.cls */
    interface WebinarSyncResultDto {
        ok: boolean;
        /** A sentence for the user: what was read, or why it stopped. */
        message: string;
        registrants: number;
        attendees: number;
        absentees: number;
    }
}

declare module '@salesforce/apex/WebinarSyncController.syncNow' {
    /** WebinarSyncController.syncNow(Id webinarId): reads the webinar, its registrants and (once ended) its attendance from Zoom. */
    const syncNow: ApexMethod<{ webinarId: string }, Apex.WebinarSyncResultDto>;
    export default syncNow;
}
