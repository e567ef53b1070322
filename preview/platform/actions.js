/**
 * Stand-in for `lightning/actions` (a platform module lightning-base-components does not ship). In an org the screen
 * quick action closes when a component dispatches CloseActionScreenEvent; in the preview the event bubbles out of
 * the component and the activity log records it ("closeActionScreen").
 */
import { recordPreviewEvent } from './context.js';

/** Type of the event, the same in the preview and the Jest mock. */
export const CLOSE_ACTION_SCREEN = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent {
    constructor() {
        super(CLOSE_ACTION_SCREEN, { bubbles: true, composed: true, detail: null });
        recordPreviewEvent('closeActionScreen', {});
    }
}
