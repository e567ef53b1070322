/** Types for the platform modules the components import (the org provides them at run time). */

declare module 'lightning/platformShowToastEvent' {
    export type ToastVariant = 'info' | 'success' | 'warning' | 'error';
    export interface ToastConfig {
        title: string;
        message?: string;
        messageData?: Array<string | { url: string; label: string }>;
        variant?: ToastVariant;
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ToastConfig> {
        constructor(config: ToastConfig);
    }
}

declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    type Constructor<T = object> = new (...args: any[]) => T;
    export interface NavigationMixinMethods {
        [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
        [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
    }
    export const NavigationMixin: {
        <T extends Constructor>(base: T): T & Constructor<NavigationMixinMethods>;
        readonly Navigate: unique symbol;
        readonly GenerateUrl: unique symbol;
    };
    export const CurrentPageReference: import('lwc').WireAdapterConstructor<Record<string, never>, PageReference>;
}

declare module 'lightning/uiRecordApi' {
    type FieldId = string | { objectApiName: string; fieldApiName?: string };
    /** UI API record (the parts the components read). */
    export interface RecordRepresentation {
        apiName: string;
        id: string;
        fields: Record<string, { value: unknown; displayValue: string | null }>;
    }
    export const getRecord: import('lwc').WireAdapterConstructor<
        { recordId: string; fields?: FieldId[]; optionalFields?: FieldId[] },
        { data?: RecordRepresentation; error?: ApexError }
    >;
    export function getFieldValue(record: RecordRepresentation | undefined, field: FieldId): unknown;
    export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: FieldId): unknown;
    /** Saves the fields (`Id` included) in user mode and refreshes every wire showing the record. */
    export function updateRecord(recordInput: { fields: Record<string, unknown> }): Promise<RecordRepresentation>;
    export function notifyRecordUpdateAvailable(recordIds: Array<{ recordId: string }>): Promise<void>;
}

declare module 'lightning/actions' {
    /** Closes the screen quick action that hosts the component (does nothing outside a quick action). */
    export class CloseActionScreenEvent extends CustomEvent<null> {
        constructor();
    }
}

declare module '@salesforce/schema/*' {
    /**
     * `@salesforce/schema/Object` gives `{ objectApiName }`; `@salesforce/schema/Object.Field__c` also carries
     * `fieldApiName` (relationship paths included). The platform, sfdx-lwc-jest and the preview agree on this shape.
     */
    const reference: { objectApiName: string; fieldApiName?: string };
    export default reference;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}

declare module '@salesforce/i18n/timeZone' {
    /** The running user's time zone, e.g. "America/New_York". */
    const timeZone: string;
    export default timeZone;
}

declare module '@salesforce/i18n/locale' {
    /** The running user's locale, e.g. "en-US". */
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/lang' {
    /** The running user's language, e.g. "en-US" or "de". */
    const lang: string;
    export default lang;
}

declare module '@salesforce/label/*' {
    /**
     * A custom label's value in the running user's language. Labels are decomposed: one file per label,
     * force-app/main/<area>/labels/<Name>.label-meta.xml; import as `@salesforce/label/c.<Name>`.
     */
    const label: string;
    export default label;
}
