/** Mirrors the Apex DTOs returned by CallListController (force-app/main/phone/classes). Datetimes are ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/phone/classes/CallPageDto.cls: one page of the Zoom calls list. */
    interface CallPageDto {
        /** The calls of the page, newest ring first. */
        rows: CallRowDto[];
        /** 1-based page number served. */
        pageNumber: number;
        pageSize: number;
        /** Calls matching the filters, counted up to 10,000. */
        total: number;
        /** True when there are more calls than `total` says. */
        totalCapped: boolean;
        /** The last page that can be opened (OFFSET stops at 2,000 rows). */
        lastPage: number;
        /** A sentence when the page is beyond what can be paged ("narrow your filter"), else null. */
        notice: string | null;
        /** The outcome filter's choices, in the picklist's order. */
        outcomes: CallOptionDto[];
    }

    /** force-app/main/phone/classes/CallOptionDto.cls: a filter choice. */
    interface CallOptionDto {
        value: string;
        label: string;
    }

    /** force-app/main/phone/classes/CallRowDto.cls: one call as the rep reads it. */
    interface CallRowDto {
        id: string;
        /** CALL-000123 */
        name: string;
        customerNumber: string | null;
        customerExtension: string | null;
        customerName: string | null;
        whoId: string | null;
        whoName: string | null;
        /** 'Contact' | 'Lead' when whoId is set. */
        whoType: string | null;
        accountId: string | null;
        accountName: string | null;
        personId: string | null;
        personName: string | null;
        ownerName: string | null;
        direction: Apex.CallDirection | null;
        directionLabel: string | null;
        outcome: Apex.CallOutcome | null;
        outcomeLabel: string | null;
        /** Zoom's own word for the result. */
        result: string | null;
        ringStart: string | null;
        /** Answer to end, in seconds; null when not answered. */
        talkSeconds: number | null;
        /** Only when the reader may read the recording link. */
        recordingUrl: string | null;
        taskId: string | null;
        caseId: string | null;
        caseNumber: string | null;
        matchStatus: Apex.CallMatchStatus | null;
        matchStatusLabel: string | null;
        /** The candidates of an Ambiguous call the reader can see. */
        candidates: CallTargetDto[];
        /** True when the reader may link the call and create a Case from it. */
        canChange: boolean;
    }

    /** force-app/main/phone/classes/CallTargetDto.cls: a Contact, Lead or Account a call can be linked to. */
    interface CallTargetDto {
        id: string;
        name: string;
        /** 'Contact' | 'Lead' | 'Account' */
        objectType: string;
        detail: string | null;
    }

    /** force-app/main/phone/classes/CallActionResultDto.cls: what a call action did. */
    interface CallActionResultDto {
        recordId: string | null;
        recordName: string | null;
        callsChanged: number;
        /** The sentence for the toast. */
        message: string | null;
    }
}

declare module '@salesforce/apex/CallListController.getCalls' {
    /** CallListController.getCalls(Id recordId, String view, String outcome, String search, Integer pageNumber). */
    const getCalls: ApexMethod<
        {
            recordId: string | null;
            view: string;
            outcome: string | null;
            search: string | null;
            pageNumber: number;
        },
        Apex.CallPageDto
    >;
    export default getCalls;
}

declare module '@salesforce/apex/CallListController.searchTargets' {
    /** CallListController.searchTargets(String term): Contacts, Leads and Accounts the reader can see. */
    const searchTargets: ApexMethod<{ term: string }, Apex.CallTargetDto[]>;
    export default searchTargets;
}

declare module '@salesforce/apex/CallListController.linkCall' {
    /** CallListController.linkCall(Id callId, Id targetId). */
    const linkCall: ApexMethod<{ callId: string; targetId: string }, Apex.CallActionResultDto>;
    export default linkCall;
}

declare module '@salesforce/apex/CallListController.createLeadFromPerson' {
    /** CallListController.createLeadFromPerson(Id personId, String lastName, String company). */
    const createLeadFromPerson: ApexMethod<
        { personId: string; lastName: string; company: string },
        Apex.CallActionResultDto
    >;
    export default createLeadFromPerson;
}

declare module '@salesforce/apex/CallListController.createCase' {
    /** CallListController.createCase(Id callId, String subject). */
    const createCase: ApexMethod<{ callId: string; subject: string }, Apex.CallActionResultDto>;
    export default createCase;
}
