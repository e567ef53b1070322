/** Mirrors the Apex DTOs returned by WebinarPanelController. Datetime values arrive as ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/webinars/classes/WebinarDto.cls: the webinar panel's whole view of one webinar. */
    interface WebinarDto {
        id: string;
        topic: string;
        /** Zoom's webinar number (Webinar_Id__c), or null when Zoom never created it (Failed). */
        webinarNumber: string | null;
        agenda: string | null;
        campaignId: string | null;
        campaignName: string | null;
        startTime: string | null;
        endTime: string | null;
        durationMinutes: number | null;
        /** IANA zone of the webinar (Time_Zone__c), or null. */
        timeZone: string | null;
        /** The join link; null when none is stored, it is not a Zoom link, or the reader may not read it. */
        joinUrl: string | null;
        registrationUrl: string | null;
        /** The passcode, or null when there is none or field-level security hides it. */
        passcode: string | null;
        approvalType: Apex.WebinarApprovalType | null;
        approvalTypeLabel: string | null;
        allowMultipleDevices: boolean;
        closeRegistration: boolean;
        hostVideo: boolean;
        panelistsVideo: boolean;
        practiceSession: boolean;
        status: Apex.WebinarStatus | null;
        statusLabel: string | null;
        failureReason: string | null;
        actualStart: string | null;
        actualEnd: string | null;
        participantCount: number | null;
        registrantCount: number | null;
        attendedCount: number | null;
        noShowCount: number | null;
        averageMinutes: number | null;
        /** Attended / (attended + no-shows), 0..100, or null before the attendance sync. */
        attendanceRate: number | null;
        hostName: string | null;
        /** True when the reader is the webinar's host (their mapped Zoom user is the host). */
        isHost: boolean;
        /** True when the reader may edit, cancel, approve/deny and manage panelists (owner, host or Zoom Admin). */
        canManage: boolean;
        lastSynced: string | null;
        /** Registrants per approval status, every status listed (count 0 included), in the picklist's order. */
        registrantTotals: WebinarStatusCountDto[];
        /** One row per person, sessions merged; longest attendance first; at most 1,000. */
        attendees: WebinarAttendeeDto[];
        panelists: WebinarPanelistDto[];
        /** The Campaign's other webinars (when opened from a Campaign with more than one), newest start first. */
        otherWebinars: WebinarChoiceDto[];
    }

    /** force-app/main/webinars/classes/WebinarStatusCountDto.cls */
    interface WebinarStatusCountDto {
        status: Apex.RegistrantStatus;
        label: string;
        count: number;
    }

    /** force-app/main/webinars/classes/WebinarChoiceDto.cls */
    interface WebinarChoiceDto {
        id: string;
        topic: string;
        startTime: string | null;
        status: Apex.WebinarStatus | null;
    }

    /** force-app/main/webinars/classes/WebinarRegistrantDto.cls */
    interface WebinarRegistrantDto {
        id: string;
        firstName: string | null;
        lastName: string | null;
        email: string | null;
        status: Apex.RegistrantStatus | null;
        statusLabel: string | null;
        attendance: Apex.WebinarAttendance | null;
        attendanceLabel: string | null;
        minutesAttended: number | null;
        contactId: string | null;
        leadId: string | null;
        /** Name of the linked Contact or Lead, or null when unlinked or unreadable. */
        personName: string | null;
        matchMethod: Apex.RegistrantMatchMethod | null;
        source: Apex.RegistrantSource | null;
        registeredAt: string | null;
    }

    /** force-app/main/webinars/classes/WebinarRegistrantPageDto.cls */
    interface WebinarRegistrantPageDto {
        /** At most 2,000 registrants ordered by Id, after `afterId`. */
        rows: WebinarRegistrantDto[];
        /** Pass as afterId to read the next page; null after the last. */
        nextAfterId: string | null;
        /** All registrants of the webinar. */
        total: number;
    }

    /** force-app/main/webinars/classes/WebinarAttendeeDto.cls */
    interface WebinarAttendeeDto {
        id: string;
        name: string | null;
        email: string | null;
        firstJoin: string | null;
        lastLeave: string | null;
        /** Total minutes over all sessions (rounded up). */
        minutes: number | null;
        sessions: number | null;
        contactId: string | null;
        leadId: string | null;
        personName: string | null;
        matchMethod: Apex.AttendeeMatchMethod | null;
        registrantId: string | null;
    }

    /** force-app/main/webinars/classes/WebinarPanelistDto.cls */
    interface WebinarPanelistDto {
        id: string;
        name: string | null;
        email: string | null;
        userId: string | null;
        contactId: string | null;
    }
}

declare module '@salesforce/apex/WebinarPanelController.getWebinar' {
    /** WebinarPanelController.getWebinar(Id recordId): a Zoom_Webinar__c Id, or a Campaign Id (its newest webinar); null when none. */
    const getWebinar: ApexMethod<{ recordId: string }, Apex.WebinarDto | null>;
    export default getWebinar;
}

declare module '@salesforce/apex/WebinarPanelController.getRegistrants' {
    /** WebinarPanelController.getRegistrants(Id webinarId, Id afterId): the next 2,000 registrants after afterId (null: from the start). */
    const getRegistrants: ApexMethod<{ webinarId: string; afterId: string | null }, Apex.WebinarRegistrantPageDto>;
    export default getRegistrants;
}
