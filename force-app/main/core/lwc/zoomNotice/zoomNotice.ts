import { LightningElement, api } from 'lwc';
import SUCCESS from '@salesforce/label/c.Errors_NoticeSuccess';
import INFO from '@salesforce/label/c.Errors_NoticeInfo';
import WARNING from '@salesforce/label/c.Errors_NoticeWarning';
import ERROR from '@salesforce/label/c.Errors_NoticeError';
import CLOSE from '@salesforce/label/c.Errors_NoticeClose';
import LOG_REFERENCE from '@salesforce/label/c.Errors_LogReference';
import { formatLabel } from 'c/i18n';

export type NoticeVariant = 'success' | 'info' | 'warning' | 'error';

/** The outcome of an action, shown where it happened. */
export interface Notice {
    title: string;
    message: string;
    variant: NoticeVariant;
    /** Zoom log reference of a failure the server logged (c/zoomErrors errorParts); shown after the message. */
    reference?: string;
}

const THEME: Record<NoticeVariant, { css: string; icon: string; label: string }> = {
    success: { css: 'slds-theme_success', icon: 'utility:success', label: SUCCESS },
    info: { css: 'slds-theme_info', icon: 'utility:info', label: INFO },
    warning: { css: 'slds-theme_warning', icon: 'utility:warning', label: WARNING },
    error: { css: 'slds-theme_error', icon: 'utility:error', label: ERROR }
};

/**
 * An inline notice: title, message and a close button, announced to screen readers (role "alert" for errors and
 * warnings, "status" otherwise). Used instead of toasts by every component Classic reaches through Lightning Out,
 * where lightning/platformShowToastEvent shows nothing; it behaves the same in Lightning Experience. Fires
 * `dismiss` when closed; the host clears its notice.
 */
export default class ZoomNotice extends LightningElement {
    /** The notice to show; null or undefined shows nothing. */
    @api notice: Notice | null | undefined = null;

    readonly closeLabel = CLOSE;

    get visible(): boolean {
        return Boolean(this.notice?.title || this.notice?.message);
    }

    private get theme(): { css: string; icon: string; label: string } {
        return THEME[this.notice?.variant ?? 'info'] ?? THEME.info;
    }

    get cssClass(): string {
        return `slds-notify slds-notify_alert slds-m-bottom_small ${this.theme.css}`;
    }

    get role(): string {
        const variant = this.notice?.variant;
        return variant === 'error' || variant === 'warning' ? 'alert' : 'status';
    }

    get iconName(): string {
        return this.theme.icon;
    }

    get iconLabel(): string {
        return this.theme.label;
    }

    get reference(): string {
        return this.notice?.reference ?? '';
    }

    /** "Log reference: <id>" in the user's language. */
    get referenceText(): string {
        return formatLabel(LOG_REFERENCE, this.reference);
    }

    get variant(): string {
        return this.notice?.variant ?? 'info';
    }

    handleDismiss(): void {
        this.dispatchEvent(new CustomEvent('dismiss'));
    }
}
