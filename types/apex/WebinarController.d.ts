/** Mirrors the Apex DTOs of WebinarController (create, edit, cancel, panelists). Datetimes are ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/webinars/classes/WebinarFormDto.cls: what the create/edit form starts from. */
    interface WebinarFormDto {
        /** Null when creating. */
        webinarId: string | null;
        campaignId: string | null;
        campaignName: string | null;
        topic: string | null;
        agenda: string | null;
        /** Suggested (create: next full hour + 1 day) or stored start, UTC. */
        startTime: string | null;
        durationMinutes: number | null;
        /** Stored zone, else the user's own (IANA). */
        timeZone: string;
        approvalType: Apex.WebinarApprovalType;
        allowMultipleDevices: boolean;
        closeRegistration: boolean;
        hostVideo: boolean;
        panelistsVideo: boolean;
        practiceSession: boolean;
        /** True when a passcode is set (the passcode itself is not sent to the form). */
        hasPasscode: boolean;
        /** False when the user has no active Zoom user mapping (the form explains and disables Save). */
        hostMapped: boolean;
        /** Email of a Zoom Admin to ask for a mapping, or null. */
        adminEmail: string | null;
        /** Approval type labels in the user's language, in the picklist's order. */
        approvalTypes: WebinarOptionDto[];
    }

    /** force-app/main/webinars/classes/WebinarOptionDto.cls */
    interface WebinarOptionDto {
        value: string;
        label: string;
    }

    /** force-app/main/webinars/classes/WebinarInputDto.cls: what the form sends. */
    interface WebinarInputDto {
        webinarId: string | null;
        campaignId: string | null;
        topic: string;
        agenda: string | null;
        startTime: string;
        durationMinutes: number;
        timeZone: string;
        approvalType: Apex.WebinarApprovalType;
        allowMultipleDevices: boolean;
        closeRegistration: boolean;
        hostVideo: boolean;
        panelistsVideo: boolean;
        practiceSession: boolean;
        /** Null or blank: keep the stored passcode (edit) / none (create). */
        passcode: string | null;
    }

    /** force-app/main/webinars/classes/WebinarFieldErrorDto.cls */
    interface WebinarFieldErrorDto {
        /** The WebinarInputDto property the message is about. */
        field: string;
        message: string;
    }

    /** force-app/main/webinars/classes/WebinarSaveResultDto.cls */
    interface WebinarSaveResultDto {
        ok: boolean;
        webinarId: string | null;
        /** A sentence for the user: what happened, or what to do. */
        message: string;
        fieldErrors: WebinarFieldErrorDto[];
    }

    /** force-app/main/webinars/classes/WebinarActionResultDto.cls: the outcome of an action on webinar records. */
    interface WebinarActionResultDto {
        ok: boolean;
        /** A sentence for the user. */
        message: string;
        /** How many records the action changed. */
        count: number;
    }

    /** force-app/main/webinars/classes/WebinarPersonDto.cls: a User or Contact that can become a panelist. */
    interface WebinarPersonDto {
        id: string;
        name: string;
        email: string | null;
        kind: 'User' | 'Contact';
    }
}

declare module '@salesforce/apex/WebinarController.getWebinarForm' {
    /** WebinarController.getWebinarForm(Id recordId): a Campaign Id (create) or a Zoom_Webinar__c Id (edit). */
    const getWebinarForm: ApexMethod<{ recordId: string }, Apex.WebinarFormDto>;
    export default getWebinarForm;
}

declare module '@salesforce/apex/WebinarController.saveWebinar' {
    /** WebinarController.saveWebinar(WebinarInputDto input): validates, then creates or updates the webinar in Zoom. */
    const saveWebinar: ApexMethod<{ input: Apex.WebinarInputDto }, Apex.WebinarSaveResultDto>;
    export default saveWebinar;
}

declare module '@salesforce/apex/WebinarController.cancelWebinar' {
    /** WebinarController.cancelWebinar(Id webinarId): deletes the webinar in Zoom and marks it Cancelled. */
    const cancelWebinar: ApexMethod<{ webinarId: string }, Apex.WebinarSaveResultDto>;
    export default cancelWebinar;
}

declare module '@salesforce/apex/WebinarController.searchPanelistCandidates' {
    /** WebinarController.searchPanelistCandidates(String term): Users and Contacts matching term (≥ 2 characters), at most 20. */
    const searchPanelistCandidates: ApexMethod<{ term: string }, Apex.WebinarPersonDto[]>;
    export default searchPanelistCandidates;
}

declare module '@salesforce/apex/WebinarController.addPanelists' {
    /** WebinarController.addPanelists(Id webinarId, List<Id> personIds): User or Contact Ids; Zoom emails each their link. */
    const addPanelists: ApexMethod<{ webinarId: string; personIds: string[] }, Apex.WebinarActionResultDto>;
    export default addPanelists;
}

declare module '@salesforce/apex/WebinarController.removePanelist' {
    /** WebinarController.removePanelist(Id panelistId). */
    const removePanelist: ApexMethod<{ panelistId: string }, Apex.WebinarActionResultDto>;
    export default removePanelist;
}
