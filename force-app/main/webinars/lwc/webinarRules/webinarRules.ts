/**
 * The rules WebinarValidator applies before Zoom is called, run in the browser so the webinar form shows them before
 * saving (Apex still decides). Same limits, same field names, same sentences (the Webinar_Form_* labels).
 * Service component (no template): import from 'c/webinarRules'.
 */
import { formatLabel, formatNumber } from 'c/i18n';
import { isValidTimeZone } from 'c/customerTime';
import AGENDA_TOO_LONG from '@salesforce/label/c.Webinar_Form_AgendaTooLong';
import APPROVAL_TYPE_INVALID from '@salesforce/label/c.Webinar_Form_ApprovalTypeInvalid';
import CLOSE_NEEDS_REGISTRATION from '@salesforce/label/c.Webinar_Form_CloseNeedsRegistration';
import DURATION_RANGE from '@salesforce/label/c.Webinar_Form_DurationRange';
import PASSCODE_INVALID from '@salesforce/label/c.Webinar_Form_PasscodeInvalid';
import START_REQUIRED from '@salesforce/label/c.Webinar_Form_StartRequired';
import START_TOO_SOON from '@salesforce/label/c.Webinar_Form_StartTooSoon';
import TIME_ZONE_INVALID from '@salesforce/label/c.Webinar_Form_TimeZoneInvalid';
import TOPIC_REQUIRED from '@salesforce/label/c.Webinar_Form_TopicRequired';
import TOPIC_TOO_LONG from '@salesforce/label/c.Webinar_Form_TopicTooLong';

/** WebinarValidator.TOPIC_MAX. */
export const TOPIC_MAX = 200;
/** WebinarValidator.AGENDA_MAX. */
export const AGENDA_MAX = 2000;
/** WebinarValidator.START_LEAD_MINUTES. */
export const START_LEAD_MINUTES = 5;
/** WebinarValidator.DURATION_MAX. */
export const DURATION_MAX = 1440;
/** WebinarValidator.PASSCODE_MAX. */
export const PASSCODE_MAX = 10;

const APPROVAL_TYPES: readonly string[] = ['Automatic', 'Manual', 'No_Registration'];
const PASSCODE_CHARACTERS = /^[A-Za-z0-9@_*-]+$/;

/** The problems of `input` at `now`, in the form's order; empty when the form may be saved. */
export function validateWebinar(input: Apex.WebinarInputDto, now: Date): Apex.WebinarFieldErrorDto[] {
    const errors: Apex.WebinarFieldErrorDto[] = [];
    const topic = (input.topic ?? '').trim();
    if (!topic) errors.push({ field: 'topic', message: TOPIC_REQUIRED });
    else if (topic.length > TOPIC_MAX)
        errors.push({ field: 'topic', message: formatLabel(TOPIC_TOO_LONG, formatNumber(TOPIC_MAX)) });
    if ((input.agenda ?? '').length > AGENDA_MAX)
        errors.push({ field: 'agenda', message: formatLabel(AGENDA_TOO_LONG, formatNumber(AGENDA_MAX)) });
    const start = input.startTime ? Date.parse(input.startTime) : NaN;
    if (Number.isNaN(start)) errors.push({ field: 'startTime', message: START_REQUIRED });
    else if (start < now.getTime() + START_LEAD_MINUTES * 60_000)
        errors.push({ field: 'startTime', message: formatLabel(START_TOO_SOON, START_LEAD_MINUTES) });
    const duration = input.durationMinutes;
    if (!Number.isInteger(duration) || duration < 1 || duration > DURATION_MAX)
        errors.push({ field: 'durationMinutes', message: formatLabel(DURATION_RANGE, 1, formatNumber(DURATION_MAX)) });
    if (!isValidTimeZone(input.timeZone)) errors.push({ field: 'timeZone', message: TIME_ZONE_INVALID });
    if (!APPROVAL_TYPES.includes(input.approvalType))
        errors.push({ field: 'approvalType', message: APPROVAL_TYPE_INVALID });
    else if (input.closeRegistration && input.approvalType === 'No_Registration')
        errors.push({ field: 'closeRegistration', message: CLOSE_NEEDS_REGISTRATION });
    const passcode = input.passcode ?? '';
    if (passcode.trim() && (passcode.length > PASSCODE_MAX || !PASSCODE_CHARACTERS.test(passcode)))
        errors.push({ field: 'passcode', message: formatLabel(PASSCODE_INVALID, PASSCODE_MAX) });
    return errors;
}
