// Jest mock of lightning/actions (not part of lightning-base-components): the event a screen quick action listens
// for to close. Tests listen for its type on the component.

/** Type of the event dispatched by CloseActionScreenEvent in tests and in the preview. */
export const CLOSE_ACTION_SCREEN = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent<null> {
    constructor() {
        super(CLOSE_ACTION_SCREEN, { bubbles: true, composed: true, detail: null });
    }
}
