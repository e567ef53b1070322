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
