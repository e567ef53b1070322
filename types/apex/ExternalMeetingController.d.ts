/** Mirrors the Apex DTOs of ExternalMeetingController (the Zoom External Meetings page). Datetimes: ISO strings. */
declare namespace Apex {
    /** force-app/main/external-meetings/classes/ExternalMeetingQuery.cls */
    interface ExternalMeetingQuery {
        /** First day of the range, YYYY-MM-DD, in the user's time zone. */
        fromDate: string;
        /** Last day of the range (inclusive), YYYY-MM-DD. Must not be before fromDate. */
        toDate: string;
        /** Salesforce User Id of the host, or null for every host the user may see. */
        hostUserId: string | null;
        eventFilter: 'all' | 'withEvent' | 'withoutEvent';
        sortBy: 'startTime' | 'topic' | 'host' | 'participants';
        sortDirection: 'asc' | 'desc';
        /** Rows per page, 1–200. */
        pageSize: number;
        /** Which page: first, last, or next/previous relative to `cursor`. */
        direction: 'first' | 'next' | 'previous' | 'last';
        /** Opaque cursor from the page the user is on (ExternalMeetingPage.cursor), null for first/last. */
        cursor: string | null;
    }

    /** force-app/main/external-meetings/classes/ExternalMeetingPage.cls */
    interface ExternalMeetingPage {
        rows: ExternalMeetingRow[];
        /** Meetings matching the filters, over all pages. */
        totalCount: number;
        /** 1-based number of this page. */
        pageNumber: number;
        pageSize: number;
        hasNext: boolean;
        hasPrevious: boolean;
        /** Opaque keyset cursor describing this page; send it back with direction next/previous. */
        cursor: string | null;
    }

    /** force-app/main/external-meetings/classes/ExternalMeetingRow.cls */
    interface ExternalMeetingRow {
        /** Zoom_Meeting__c Id. */
        id: string;
        topic: string;
        meetingNumber: string | null;
        startTime: string | null;
        durationMinutes: number | null;
        participantCount: number | null;
        hostName: string | null;
        hostUserId: string | null;
        /** Event created for the meeting, or null. */
        eventId: string | null;
        /** Participants linked to a Contact or Lead. */
        matchedCount: number;
    }

    /** force-app/main/external-meetings/classes/ExternalHostOption.cls */
    interface ExternalHostOption {
        /** Salesforce User Id. */
        id: string;
        name: string;
    }

    /** force-app/main/external-meetings/classes/ExternalMeetingDetails.cls */
    interface ExternalMeetingDetails {
        meeting: ExternalMeetingRow;
        participants: ExternalParticipantDto[];
    }

    /** force-app/main/external-meetings/classes/ExternalParticipantDto.cls */
    interface ExternalParticipantDto {
        /** Zoom_Participant__c Id. */
        id: string;
        name: string | null;
        email: string | null;
        durationMinutes: number | null;
        /** Contact or Lead proposed for this participant (the stored match, else the best candidate), or null. */
        suggestedId: string | null;
        /** High: email match. Medium: unique name match (or chosen by hand). Low: several candidates. None. */
        confidence: 'High' | 'Medium' | 'Low' | 'None';
        /** Contacts and Leads owned by the host that could be this participant (at most 10). */
        candidates: PersonOptionDto[];
    }

    /** force-app/main/external-meetings/classes/ExternalEventRequest.cls */
    interface ExternalEventRequest {
        meetingId: string;
        /** Contact/Lead Ids to relate to the Event (the page's picks); empty → the stored matches. */
        personIds: string[];
    }

    /** force-app/main/external-meetings/classes/ExternalEventOutcome.cls */
    interface ExternalEventOutcome {
        meetingId: string;
        topic: string | null;
        outcome: 'Created' | 'Skipped' | 'Failed';
        /** Why it was skipped or failed, in a sentence; empty when created. */
        message: string;
        eventId: string | null;
    }

    /** force-app/main/external-meetings/classes/ExternalEventSummary.cls */
    interface ExternalEventSummary {
        created: number;
        skipped: number;
        failed: number;
        outcomes: ExternalEventOutcome[];
    }
}

declare module '@salesforce/apex/ExternalMeetingController.listMeetings' {
    /** ExternalMeetingController.listMeetings(ExternalMeetingQuery query): one page, server-side paging and sort. */
    const listMeetings: ApexMethod<{ query: Apex.ExternalMeetingQuery }, Apex.ExternalMeetingPage>;
    export default listMeetings;
}

declare module '@salesforce/apex/ExternalMeetingController.getHosts' {
    /** ExternalMeetingController.getHosts(): Salesforce users linked to a Zoom user, for the host filter. */
    const getHosts: ApexMethod<Record<string, never>, Apex.ExternalHostOption[]>;
    export default getHosts;
}

declare module '@salesforce/apex/ExternalMeetingController.getMeetingDetails' {
    /** ExternalMeetingController.getMeetingDetails(Id meetingId): participants with suggested Contacts/Leads. */
    const getMeetingDetails: ApexMethod<{ meetingId: string }, Apex.ExternalMeetingDetails>;
    export default getMeetingDetails;
}

declare module '@salesforce/apex/ExternalMeetingController.createEvents' {
    /** ExternalMeetingController.createEvents(List<ExternalEventRequest> requests): at most 50 per call. */
    const createEvents: ApexMethod<{ requests: Apex.ExternalEventRequest[] }, Apex.ExternalEventSummary>;
    export default createEvents;
}
