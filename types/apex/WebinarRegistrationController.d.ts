/** Mirrors the Apex DTOs of WebinarRegistrationController. Datetimes are ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/webinars/classes/RegistrationOptionsDto.cls: what "Register for Zoom Webinar" shows for a person. */
    interface RegistrationOptionsDto {
        personId: string;
        personName: string;
        firstName: string | null;
        lastName: string | null;
        /** The email sent to Zoom, or null (then nobody can be registered: Zoom requires one). */
        email: string | null;
        /** Upcoming webinars (Scheduled, start in the future, registration required), soonest first. */
        webinars: RegistrationWebinarDto[];
    }

    /** force-app/main/webinars/classes/RegistrationWebinarDto.cls */
    interface RegistrationWebinarDto {
        id: string;
        topic: string;
        startTime: string | null;
        timeZone: string | null;
        approvalType: Apex.WebinarApprovalType | null;
        /** True when this person is already registered (any status but Cancelled). */
        registered: boolean;
    }

    /** force-app/main/webinars/classes/RegistrationQuestionDto.cls: one question of the webinar's registration form. */
    interface RegistrationQuestionDto {
        /** Zoom's field_name for a standard question (city, org…), else the custom question's title. */
        key: string;
        /** The text shown to the user. */
        label: string;
        required: boolean;
        /** standard: one of Zoom's fields; custom: a question the host wrote. */
        kind: 'standard' | 'custom';
        /** short: free text; single: one of answers; multiple: any of answers (sent joined by ";"). */
        type: 'short' | 'single' | 'multiple';
        answers: string[];
    }

    /** force-app/main/webinars/classes/RegistrationAnswerDto.cls */
    interface RegistrationAnswerDto {
        key: string;
        value: string;
    }

    /** force-app/main/webinars/classes/BatchRegistrationDto.cls: progress of "Register Campaign members". */
    interface BatchRegistrationDto {
        /** Idle: never started; Queued/Running: in progress; Done; Failed: stopped, message says why. */
        state: 'Idle' | 'Queued' | 'Running' | 'Done' | 'Failed';
        /** Campaign members with an email when the run started. */
        total: number;
        registered: number;
        /** Members left to send. */
        remaining: number;
        /** Members Zoom refused or without an email (skipped). */
        skipped: number;
        message: string;
    }
}

declare module '@salesforce/apex/WebinarRegistrationController.getRegistrationOptions' {
    /** WebinarRegistrationController.getRegistrationOptions(Id personId): a Contact or Lead Id. */
    const getRegistrationOptions: ApexMethod<{ personId: string }, Apex.RegistrationOptionsDto>;
    export default getRegistrationOptions;
}

declare module '@salesforce/apex/WebinarRegistrationController.getQuestions' {
    /** WebinarRegistrationController.getQuestions(Id webinarId): the registration questions Zoom asks (besides name and email). */
    const getQuestions: ApexMethod<{ webinarId: string }, Apex.RegistrationQuestionDto[]>;
    export default getQuestions;
}

declare module '@salesforce/apex/WebinarRegistrationController.register' {
    /** WebinarRegistrationController.register(Id webinarId, Id personId, List<RegistrationAnswerDto> answers). */
    const register: ApexMethod<
        { webinarId: string; personId: string; answers: Apex.RegistrationAnswerDto[] },
        Apex.WebinarActionResultDto
    >;
    export default register;
}

declare module '@salesforce/apex/WebinarRegistrationController.getCampaignWebinars' {
    /** WebinarRegistrationController.getCampaignWebinars(Id campaignId): the Campaign's upcoming webinars that take registrations, soonest first (registered is always false). */
    const getCampaignWebinars: ApexMethod<{ campaignId: string }, Apex.RegistrationWebinarDto[]>;
    export default getCampaignWebinars;
}

declare module '@salesforce/apex/WebinarRegistrationController.registerCampaignMembers' {
    /** WebinarRegistrationController.registerCampaignMembers(Id webinarId): starts (or resumes) the batch registration of the Campaign's members. */
    const registerCampaignMembers: ApexMethod<{ webinarId: string }, Apex.BatchRegistrationDto>;
    export default registerCampaignMembers;
}

declare module '@salesforce/apex/WebinarRegistrationController.getBatchProgress' {
    /** WebinarRegistrationController.getBatchProgress(Id webinarId). */
    const getBatchProgress: ApexMethod<{ webinarId: string }, Apex.BatchRegistrationDto>;
    export default getBatchProgress;
}

declare module '@salesforce/apex/WebinarRegistrationController.setRegistrantStatus' {
    /** WebinarRegistrationController.setRegistrantStatus(Id webinarId, List<Id> registrantIds, String action): action approve or deny. */
    const setRegistrantStatus: ApexMethod<
        { webinarId: string; registrantIds: string[]; action: 'approve' | 'deny' },
        Apex.WebinarActionResultDto
    >;
    export default setRegistrantStatus;
}
