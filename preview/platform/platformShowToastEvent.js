/**
 * Stand-in for `lightning/platformShowToastEvent`. Same event as Lightning Experience: `lightning__showtoast`,
 * bubbling and composed, with the toast config as `detail`. The preview shell listens for it on the document and
 * shows an SLDS toast.
 */
export class ShowToastEvent extends CustomEvent {
    /**
     * @param {{ title: string, message?: string, messageData?: Array<string | {url: string, label: string}>,
     *           variant?: 'info'|'success'|'warning'|'error', mode?: 'dismissible'|'pester'|'sticky' }} toast
     */
    constructor(toast) {
        super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail: toast });
    }
}
