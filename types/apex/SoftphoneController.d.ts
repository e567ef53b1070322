/** Mirrors the Apex DTOs of SoftphoneController (force-app/main/phone/classes). */
declare namespace Apex {
    /** force-app/main/phone/classes/SoftphoneConfigDto.cls: what the softphone needs before it loads Smart Embed. */
    interface SoftphoneConfigDto {
        /** False when the running user has no active Zoom Phone mapping (the softphone says why instead). */
        enabled: boolean;
        /** A sentence for the user when not enabled; null otherwise. */
        message: string | null;
        /** Origin Smart Embed is loaded from and the only origin whose messages are accepted. */
        embedOrigin: string;
        /** Full URL of the Smart Embed iframe. */
        embedUrl: string;
        /** ISO country used for numbers without a country code (setting, else the user's locale). */
        defaultCountry: string;
    }

    /** force-app/main/phone/classes/SoftphoneMatchDto.cls: one Contact, Lead or Account a number belongs to. */
    interface SoftphoneMatchDto {
        id: string;
        name: string;
        /** 'Contact' | 'Lead' | 'Account' */
        objectType: string;
        /** The Contact's Account name, the Lead's company; null otherwise. */
        subtitle: string | null;
        /** Label of the phone field that matched, for example "Mobile". */
        phoneLabel: string;
    }

    /** force-app/main/phone/classes/SoftphoneLookupDto.cls: who is on the line. */
    interface SoftphoneLookupDto {
        /** The number in E.164 form; null when it is not a phone number. */
        e164: string | null;
        /** Every record the number belongs to (0: unknown caller; 1: screen pop; several: the rep chooses). */
        matches: SoftphoneMatchDto[];
        /** The Zoom person of an unknown caller already met; null otherwise. */
        personId: string | null;
    }

    /** force-app/main/phone/classes/SoftphoneCallDto.cls: what the softphone saw of a call that just ended. */
    interface SoftphoneCallDto {
        callId: string;
        /** 'inbound' | 'outbound' */
        direction: string;
        /** The outside party's number as Smart Embed reported it. */
        peerNumber: string;
        peerName: string | null;
        /** ISO 8601 instants. */
        ringStart: string | null;
        answerStart: string | null;
        endTime: string;
        /** Smart Embed's result when it gives one (for example "answered", "no_answer"); null otherwise. */
        result: string | null;
    }

    /** force-app/main/phone/classes/SoftphoneLogResultDto.cls */
    interface SoftphoneLogResultDto {
        ok: boolean;
        /** A sentence for the user: what was logged and to whom, or why not. */
        message: string;
        /** Id of the Zoom_Call__c row; null when nothing was logged. */
        callRecordId: string | null;
        /** The Contact, Lead or Account the call was logged to; null when unmatched or ambiguous. */
        whoId: string | null;
    }
}

declare module '@salesforce/apex/SoftphoneController.getConfig' {
    /** SoftphoneController.getConfig(): whether the running user can use the softphone, and where Smart Embed lives. */
    const getConfig: ApexMethod<Record<string, never>, Apex.SoftphoneConfigDto>;
    export default getConfig;
}

declare module '@salesforce/apex/SoftphoneController.lookupNumber' {
    /** SoftphoneController.lookupNumber(String phoneNumber): the records a number belongs to (screen pop). */
    const lookupNumber: ApexMethod<{ phoneNumber: string }, Apex.SoftphoneLookupDto>;
    export default lookupNumber;
}

declare module '@salesforce/apex/SoftphoneController.logCall' {
    /**
     * SoftphoneController.logCall(SoftphoneCallDto call): logs the call the running user just had, at once (the
     * webhook and the hourly pull later complete the same row from Zoom; the Task is created once).
     */
    const logCall: ApexMethod<{ call: Apex.SoftphoneCallDto }, Apex.SoftphoneLogResultDto>;
    export default logCall;
}
