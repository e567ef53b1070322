/** Mirrors the Apex DTOs returned by ZoomMeetingController. Datetime values arrive as ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/meetings/classes/ZoomMeetingDto.cls */
    interface ZoomMeetingDto {
        id: string;
        topic: string;
        meetingNumber: string | null;
        /** The join link; null when none is stored or the stored one is not a Zoom link. */
        joinUrl: string | null;
        /** True when the stored join link does not lead to Zoom (not https on zoom.us/zoomgov.com) and was withheld. */
        joinUrlRefused: boolean;
        scheduledStart: string | null;
        durationMinutes: number | null;
        status: Apex.MeetingStatus | null;
        hostName: string | null;
        isHost: boolean;
        lastSynced: string | null;
        /** Id of the Event that represents the meeting (Event_Id__c), or null. */
        eventId: string | null;
        agenda: string | null;
        /** Meeting_Type__c label: Instant, Scheduled, Recurring (No Fixed Time), Recurring (Fixed Time). */
        meetingType: Apex.MeetingType | null;
        scheduledEnd: string | null;
        actualStart: string | null;
        actualEnd: string | null;
        participantCount: number | null;
        usePmi: boolean;
        joinBeforeHost: boolean;
        /** IANA zone the rep picked for the customer (Customer_Time_Zone__c), or null. */
        customerTimeZone: string | null;
        /** Why the last Zoom operation failed (Status Failed), or null. */
        failureReason: string | null;
        /** One row per person, rejoins merged; longest attendance first. */
        participants: ZoomParticipantDto[];
        recordings: ZoomRecordingDto[];
        /** The fields of the field set "Event panel details" the user can read, in its order. */
        details: ZoomMeetingDetailDto[];
        /** The AI Companion summary, or null while Zoom has not said whether there is one. */
        summary: ZoomMeetingSummaryDto | null;
        /** The Zoom presence of the meeting's host, or null when unknown. */
        hostPresence: Apex.ZoomPresenceStatus | null;
        /** That presence as the picklist's label in the reader's language, or null. */
        hostPresenceLabel: string | null;
    }

    /** force-app/main/meetings/classes/ZoomMeetingSummaryDto.cls */
    interface ZoomMeetingSummaryDto {
        /** Available, or None when Zoom has no summary for the meeting. */
        status: Apex.MeetingSummaryStatus;
        /** The overview and sections as Zoom wrote them; null for None. */
        text: string | null;
        nextSteps: string[];
        /** The topics (the summary's section labels). */
        keywords: string[];
        updated: string | null;
    }

    /** force-app/main/meetings/classes/ZoomMeetingDetailDto.cls */
    interface ZoomMeetingDetailDto {
        /** Field path as the field set names it: Source__c, or Host_User__r.Email across a lookup. */
        fieldPath: string;
        /** The field's label in the user's language. */
        label: string;
        /** How to format `value`: ISO 8601 (UTC) for dateTime, yyyy-MM-dd for date, "true"/"false" for boolean. */
        kind: 'text' | 'number' | 'date' | 'dateTime' | 'boolean';
        /** The value as text (a picklist as its label), or null when the field is empty. */
        value: string | null;
    }

    /** force-app/main/meetings/classes/ZoomParticipantDto.cls */
    interface ZoomParticipantDto {
        id: string;
        name: string | null;
        email: string | null;
        firstJoin: string | null;
        lastLeave: string | null;
        /** Total time in the meeting over all sessions, whole minutes (rounded up). */
        durationMinutes: number | null;
        /** Sessions in the meeting (waiting-room sessions not counted). */
        sessions: number | null;
        /** Time in the waiting room, whole minutes (rounded up); 0 when the person never waited. */
        waitingRoomMinutes: number;
        /** False when the person only waited in the waiting room and was never admitted. */
        admitted: boolean;
        contactId: string | null;
        leadId: string | null;
        /** Name of the matched Contact or Lead, or null. */
        personName: string | null;
        /** Email, Name, Manual, Ambiguous or None. */
        matchMethod: Apex.MatchMethod | null;
    }

    /** force-app/main/meetings/classes/ZoomRecordingDto.cls */
    interface ZoomRecordingDto {
        id: string;
        /** Zoom recording type, e.g. shared_screen_with_speaker_view, audio_only, chat_file. */
        recordingType: string | null;
        fileType: string | null;
        /** The file's play_url: the one recording link (Zoom's recordings list has no share link). */
        playUrl: string | null;
        /** True when the stored play link does not lead to Zoom and was withheld. */
        playUrlRefused: boolean;
        recordingStart: string | null;
        recordingEnd: string | null;
        sizeBytes: number | null;
    }

    /** force-app/main/meetings/classes/PersonOptionDto.cls */
    interface PersonOptionDto {
        id: string;
        name: string;
        email: string | null;
        objectType: 'Contact' | 'Lead';
        /** Account name for a Contact, Company for a Lead. */
        detail: string | null;
    }

    /** force-app/main/meetings/classes/EmailRecipientDto.cls */
    interface EmailRecipientDto {
        /** Contact, Lead or User Id the address came from, or null for an invitee typed by hand. */
        recordId: string | null;
        name: string | null;
        email: string;
    }

    /** force-app/main/meetings/classes/MeetingEmailDraft.cls */
    interface MeetingEmailDraft {
        subject: string;
        /** Plain-text body: the invitation (topic, time, join link, meeting ID). */
        body: string;
        /** Prefilled from the Event's Contacts, Leads and invitees (Who, EventRelation), deduplicated by email. */
        recipients: EmailRecipientDto[];
        /** Address the email is sent from: the org-wide address from Zoom settings, else the rep's own. */
        fromAddress: string;
        /** Name of the attached calendar invitation, e.g. "zoom-meeting-85512345678.ics". */
        icsFileName: string;
        /** Meeting emails (one per recipient) each rep may send per day (Zoom settings). */
        dailyLimit: number;
        /** Meeting emails the rep may still send today. */
        emailsLeftToday: number;
        /** Only the Event's people may be emailed: the composer offers no other addresses. */
        eventPeopleOnly: boolean;
    }

    /** force-app/main/meetings/classes/MeetingEmailResult.cls */
    interface MeetingEmailResult {
        sent: number;
        message: string;
        /** Meeting emails the rep may still send today, or null when not known. */
        emailsLeftToday: number | null;
    }

    /** force-app/main/meetings/classes/MeetingSyncResultDto.cls */
    interface MeetingSyncResultDto {
        /** False when Zoom deferred (rate limit) or failed; message says what to do. */
        ok: boolean;
        message: string;
        status: Apex.MeetingStatus | null;
        participants: number;
        recordings: number;
    }
}

declare module '@salesforce/apex/ZoomMeetingController.getMeeting' {
    /** ZoomMeetingController.getMeeting(Id recordId): the meeting shown on an Event or Zoom Meeting page, or null. */
    const getMeeting: ApexMethod<{ recordId: string }, Apex.ZoomMeetingDto | null>;
    export default getMeeting;
}

declare module '@salesforce/apex/ZoomMeetingController.getStartUrl' {
    /** ZoomMeetingController.getStartUrl(Id meetingId): a fresh start URL from Zoom; host only; never stored. */
    const getStartUrl: ApexMethod<{ meetingId: string }, string>;
    export default getStartUrl;
}

declare module '@salesforce/apex/ZoomMeetingController.syncNow' {
    /** ZoomMeetingController.syncNow(Id meetingId): reads status, times, participants and recordings from Zoom. */
    const syncNow: ApexMethod<{ meetingId: string }, Apex.MeetingSyncResultDto>;
    export default syncNow;
}

declare module '@salesforce/apex/ZoomMeetingController.relinkParticipant' {
    /** ZoomMeetingController.relinkParticipant(Id participantId, Id personId): Contact/Lead by hand (null unlinks). */
    const relinkParticipant: ApexMethod<{ participantId: string; personId: string | null }, Apex.ZoomParticipantDto>;
    export default relinkParticipant;
}

declare module '@salesforce/apex/ZoomMeetingController.searchPeople' {
    /** ZoomMeetingController.searchPeople(String searchTerm): Contacts and Leads for re-linking (≥ 2 characters). */
    const searchPeople: ApexMethod<{ searchTerm: string }, Apex.PersonOptionDto[]>;
    export default searchPeople;
}

declare module '@salesforce/apex/ZoomMeetingController.getEmailDraft' {
    /** ZoomMeetingController.getEmailDraft(Id meetingId): subject, body and prefilled recipients for Send Email. */
    const getEmailDraft: ApexMethod<{ meetingId: string }, Apex.MeetingEmailDraft>;
    export default getEmailDraft;
}

declare module '@salesforce/apex/ZoomMeetingController.sendMeetingEmail' {
    /**
     * ZoomMeetingController.sendMeetingEmail(Id meetingId, List<String> toAddresses, String subject, String body):
     * validates every address (nothing is sent if one is invalid), attaches the .ics invitation, sends.
     */
    const sendMeetingEmail: ApexMethod<
        { meetingId: string; toAddresses: string[]; subject: string; body: string },
        Apex.MeetingEmailResult
    >;
    export default sendMeetingEmail;
}
