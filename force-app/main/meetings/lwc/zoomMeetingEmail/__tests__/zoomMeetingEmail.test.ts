import { createElement } from 'lwc';
import ZoomMeetingEmail from 'c/zoomMeetingEmail';
import getEmailDraft from '@salesforce/apex/ZoomMeetingController.getEmailDraft';
import sendMeetingEmail from '@salesforce/apex/ZoomMeetingController.sendMeetingEmail';
import draftFixture from 'fixtures/ZoomMeetingController.getEmailDraft.json';
import noRecipientsFixture from 'fixtures/ZoomMeetingController.getEmailDraft.noRecipients.json';
import sentFixture from 'fixtures/ZoomMeetingController.sendMeetingEmail.json';

jest.mock('@salesforce/apex/ZoomMeetingController.getEmailDraft', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ZoomMeetingController.sendMeetingEmail', () => ({ default: jest.fn() }), {
    virtual: true
});

const MEETING_ID = 'a01Dn00000Zm0001AAA';
const mocked = (fn: unknown) => fn as jest.Mock;
// A macrotask runs after every already-queued promise callback.
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

import type { Notice } from 'c/zoomNotice';
import type { MeetingEmailSentDetail } from 'c/zoomMeetingEmail';
type Composer = HTMLElement & { meetingId?: string; recordId?: string };
type Field = HTMLElement & { value: string; disabled: boolean; label: string; hasError?: boolean };

interface Mounted {
    element: Composer;
    /** Notices handed to the host with each `sent` event. */
    notices: Notice[];
    /** Platform toasts fired (none: toasts show nothing in Lightning Out). */
    toasts: unknown[];
    sent: number[];
    cancels: number;
}

async function mount(draft: unknown = draftFixture, ids: { meetingId?: string; recordId?: string } = {}) {
    mocked(getEmailDraft).mockResolvedValue(draft);
    const element = createElement('c-zoom-meeting-email', { is: ZoomMeetingEmail }) as Composer;
    if (!('meetingId' in ids) && !('recordId' in ids)) element.meetingId = MEETING_ID;
    Object.assign(element, ids);
    const mounted: Mounted = { element, notices: [], toasts: [], sent: [], cancels: 0 };
    element.addEventListener('lightning__showtoast', (e) => mounted.toasts.push((e as CustomEvent).detail));
    element.addEventListener('sent', (e) => {
        const detail = (e as CustomEvent<MeetingEmailSentDetail>).detail;
        mounted.sent.push(detail.sent);
        mounted.notices.push(detail.notice);
    });
    element.addEventListener('cancel', () => mounted.cancels++);
    document.body.appendChild(element);
    await flush();
    return mounted;
}

const q = <T = Field>(element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as T | null;
const qa = (element: HTMLElement, selector: string) => Array.from(element.shadowRoot!.querySelectorAll(selector));
const button = (element: HTMLElement, id: string) => q(element, `lightning-button[data-id="${id}"]`)!;
const text = (element: HTMLElement, id: string) => q(element, `[data-id="${id}"]`)?.textContent ?? null;
const pills = (element: HTMLElement) => qa(element, 'lightning-pill') as Field[];
const pillLabels = (element: HTMLElement) => pills(element).map((p) => p.label);

async function type(element: HTMLElement, id: string, value: string): Promise<void> {
    const field = q(element, `[data-id="${id}"]`)!;
    field.value = value;
    field.dispatchEvent(new CustomEvent('change'));
    await flush();
}

async function pressEnter(element: HTMLElement): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    q(element, '[data-id="address-input"]')!.dispatchEvent(event);
    await flush();
    return event;
}

async function click(element: HTMLElement, id: string): Promise<void> {
    button(element, id).click();
    await flush();
}

// axe (toBeAccessible) on a full panel can exceed Jest's 5 s default when the machine is busy.
jest.setTimeout(20_000);

describe('c-zoom-meeting-email', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    describe('focusLast (the focus trap of a dialog around the composer)', () => {
        it('focuses Send, Cancel when Send is disabled, and reports false without buttons', async () => {
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            try {
                const { element } = await mount();
                const composer = element as Composer & { focusLast(): boolean };
                expect(composer.focusLast()).toBe(true);
                expect(focus.mock.contexts.at(-1)).toBe(button(element, 'send'));
                (button(element, 'send') as unknown as { disabled: boolean }).disabled = true;
                expect(composer.focusLast()).toBe(true);
                expect(focus.mock.contexts.at(-1)).toBe(button(element, 'cancel'));

                mocked(getEmailDraft).mockReturnValue(new Promise(() => undefined));
                const loading = createElement('c-zoom-meeting-email', { is: ZoomMeetingEmail }) as Composer & {
                    focusLast(): boolean;
                };
                loading.meetingId = MEETING_ID;
                document.body.appendChild(loading);
                expect(loading.focusLast()).toBe(false);
            } finally {
                focus.mockRestore();
            }
        });
    });

    describe('loading the draft', () => {
        it('shows a spinner until the draft arrives', async () => {
            mocked(getEmailDraft).mockReturnValue(new Promise(() => undefined));
            const element = createElement('c-zoom-meeting-email', { is: ZoomMeetingEmail }) as Composer;
            element.meetingId = MEETING_ID;
            document.body.appendChild(element);
            expect(q(element, '[data-id="loading"] lightning-spinner')).not.toBeNull();
            expect(q(element, '[data-id="form"]')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows From, the prefilled recipients, subject, body, preview and the attachment', async () => {
            const { element } = await mount();
            expect(getEmailDraft).toHaveBeenCalledWith({ meetingId: MEETING_ID });
            expect(text(element, 'from')).toBe('dana.rep@example.com');
            expect(pillLabels(element)).toEqual([
                'Jordan Buyer (jordan.buyer@acme-corp.com)',
                'Sam Lead (sam.lead@globex.example)'
            ]);
            expect(pills(element).every((p) => !p.hasError)).toBe(true);
            expect(text(element, 'recipient-count')).toBe('(2 recipients)');
            expect(q(element, '[data-id="subject"]')!.value).toBe(draftFixture.subject);
            expect(q(element, '[data-id="body"]')!.value).toBe(draftFixture.body);
            expect(text(element, 'attachment')).toContain(
                'A calendar invitation (zoom-meeting-85746065432.ics) is attached.'
            );
            expect(text(element, 'preview-to')).toContain('jordan.buyer@acme-corp.com, sam.lead@globex.example');
            expect(text(element, 'preview-subject')).toContain(draftFixture.subject);
            expect(text(element, 'preview-body')).toBe(draftFixture.body);
            expect(button(element, 'send').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('drops repeated prefilled addresses and marks a prefilled address that cannot be used', async () => {
            const { element } = await mount({
                ...draftFixture,
                recipients: [
                    { recordId: null, name: null, email: 'Lee@acme.com' },
                    { recordId: null, name: 'Lee again', email: 'lee@ACME.com' },
                    { recordId: '003Dn00000Ct0002AAA', name: 'Old Contact', email: 'old@acme' }
                ]
            });
            expect(pillLabels(element)).toEqual(['Lee@acme.com', 'Old Contact (old@acme)']);
            expect(pills(element).map((p) => p.hasError)).toEqual([false, true]);
            await expect(element).toBeAccessible();
        });

        it('accepts the Id as recordId when no meetingId is given', async () => {
            await mount(draftFixture, { recordId: 'a01Dn00000Zm0042AAA' });
            expect(getEmailDraft).toHaveBeenCalledWith({ meetingId: 'a01Dn00000Zm0042AAA' });
        });

        it('says so, without calling Apex, when no meeting Id is given', async () => {
            const { element } = await mount(draftFixture, { recordId: undefined });
            expect(getEmailDraft).not.toHaveBeenCalled();
            expect(text(element, 'load-error')).toContain('No Zoom meeting was given');
            await expect(element).toBeAccessible();
        });

        it('shows the readable load error, and Try again loads the draft', async () => {
            mocked(getEmailDraft).mockRejectedValueOnce({ body: { message: 'You cannot email about this meeting.' } });
            const element = createElement('c-zoom-meeting-email', { is: ZoomMeetingEmail }) as Composer;
            element.meetingId = MEETING_ID;
            document.body.appendChild(element);
            await flush();
            const alert = q<HTMLElement>(element, '[data-id="load-error"]')!;
            expect(alert.getAttribute('role')).toBe('alert');
            expect(alert.textContent).toBe('You cannot email about this meeting.');
            expect(q(element, '[data-id="form"]')).toBeNull();

            mocked(getEmailDraft).mockResolvedValue(draftFixture);
            await click(element, 'retry');
            expect(q(element, '[data-id="load-error"]')).toBeNull();
            expect(pills(element)).toHaveLength(2);
        });

        it('fires cancel from the load error too', async () => {
            mocked(getEmailDraft).mockRejectedValue(new Error('Network down'));
            const element = createElement('c-zoom-meeting-email', { is: ZoomMeetingEmail }) as Composer;
            element.meetingId = MEETING_ID;
            const onCancel = jest.fn();
            element.addEventListener('cancel', onCancel);
            document.body.appendChild(element);
            await flush();
            await click(element, 'cancel');
            expect(onCancel).toHaveBeenCalledTimes(1);
        });
    });

    describe('recipients', () => {
        it('starts empty with a note and Send disabled when the Event has nobody to invite', async () => {
            const { element } = await mount(noRecipientsFixture);
            expect(pills(element)).toHaveLength(0);
            expect(text(element, 'no-recipients')).toContain('No recipients yet');
            expect(text(element, 'from')).toBe('meetings@example.com');
            expect(button(element, 'send').disabled).toBe(true);
            expect(button(element, 'add').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('adds valid addresses on Enter and clears the input', async () => {
            const { element } = await mount(noRecipientsFixture);
            await type(element, 'address-input', 'kim@acme.com; lee@acme.com');
            expect(button(element, 'add').disabled).toBe(false);
            const event = await pressEnter(element);

            expect(event.defaultPrevented).toBe(true);
            expect(pillLabels(element)).toEqual(['kim@acme.com', 'lee@acme.com']);
            expect(q(element, '[data-id="address-input"]')!.value).toBe('');
            expect(q(element, '[data-id="address-error"]')).toBeNull();
            expect(button(element, 'send').disabled).toBe(false);
        });

        it('ignores keys other than Enter', async () => {
            const { element } = await mount(noRecipientsFixture);
            await type(element, 'address-input', 'kim@acme.com');
            q(element, '[data-id="address-input"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
            await flush();
            expect(pills(element)).toHaveLength(0);
        });

        it('checks each address on its own: keeps the valid ones, names the bad ones and keeps their text', async () => {
            const { element } = await mount();
            await type(element, 'address-input', 'kim@acme.com, a@b x@y..com lee@acme.com');
            await click(element, 'add');

            expect(pillLabels(element)).toEqual([
                'Jordan Buyer (jordan.buyer@acme-corp.com)',
                'Sam Lead (sam.lead@globex.example)',
                'kim@acme.com',
                'lee@acme.com'
            ]);
            const error = q<HTMLElement>(element, '[data-id="address-error"]')!;
            expect(error.getAttribute('role')).toBe('alert');
            expect(error.textContent).toContain('These 2 addresses were not added:');
            const reasons = qa(element, '[data-id="address-error"] li');
            expect(reasons.map((li) => li.getAttribute('data-address'))).toEqual(['a@b', 'x@y..com']);
            expect(reasons[0].textContent).toBe('“a@b” needs a full domain after the @, such as example.com.');
            expect(reasons[1].textContent).toBe('“x@y..com” has two dots in a row.');
            expect(q(element, '[data-id="address-input"]')!.value).toBe('a@b, x@y..com');
            await expect(element).toBeAccessible();
        });

        it('names a single bad address in the singular', async () => {
            const { element } = await mount();
            await type(element, 'address-input', 'dana');
            await pressEnter(element);
            expect(text(element, 'address-error')).toContain('This address was not added:');
            expect(text(element, 'address-error')).toContain('“dana” has no @');
        });

        it('clears the messages when the input is emptied', async () => {
            const { element } = await mount();
            await type(element, 'address-input', 'dana');
            await pressEnter(element);
            await type(element, 'address-input', '');
            expect(q(element, '[data-id="address-error"]')).toBeNull();
        });

        it('ignores duplicates, in any letter case, with a note', async () => {
            const { element } = await mount();
            await type(element, 'address-input', 'JORDAN.BUYER@acme-corp.com new@acme.com');
            await pressEnter(element);

            expect(pills(element)).toHaveLength(3);
            expect(text(element, 'address-note')).toBe(
                'Already in the list, so not added again: JORDAN.BUYER@acme-corp.com.'
            );
            expect(q(element, '[data-id="address-input"]')!.value).toBe('');
            await expect(element).toBeAccessible();
        });

        it('stops at 100 recipients and keeps the rest in the input', async () => {
            const many = Array.from({ length: 100 }, (_, i) => ({
                recordId: null,
                name: null,
                email: `p${i}@acme.com`
            }));
            const { element } = await mount({ ...draftFixture, recipients: many, emailsLeftToday: 500 });
            await type(element, 'address-input', 'extra@acme.com');
            await pressEnter(element);
            expect(pills(element)).toHaveLength(100);
            expect(text(element, 'address-note')).toContain(
                'An email can go to at most 100 people; not added: extra@acme.com.'
            );
            expect(q(element, '[data-id="address-input"]')!.value).toBe('extra@acme.com');
        });

        it('removes a recipient when its pill is removed', async () => {
            const { element } = await mount();
            pills(element)[0].dispatchEvent(
                new CustomEvent('remove', { detail: { name: 'jordan.buyer@acme-corp.com' } })
            );
            await flush();
            expect(pillLabels(element)).toEqual(['Sam Lead (sam.lead@globex.example)']);
            expect(text(element, 'preview-to')).not.toContain('jordan.buyer');
            expect(text(element, 'recipient-count')).toBe('(1 recipient)');
        });
    });

    describe('sending', () => {
        it('sends to every recipient, shows the outcome inline and hands it to the host with sent', async () => {
            mocked(sendMeetingEmail).mockResolvedValue(sentFixture);
            const { element, notices, toasts, sent } = await mount();
            await type(element, 'address-input', 'kim@acme.com');
            await pressEnter(element);
            await type(element, 'subject', 'Our call on Monday');
            await type(element, 'body', 'See you there.');
            expect(text(element, 'preview-subject')).toContain('Our call on Monday');
            expect(text(element, 'preview-body')).toBe('See you there.');

            await click(element, 'send');

            expect(sendMeetingEmail).toHaveBeenCalledTimes(1);
            expect(sendMeetingEmail).toHaveBeenCalledWith({
                meetingId: MEETING_ID,
                toAddresses: ['jordan.buyer@acme-corp.com', 'sam.lead@globex.example', 'kim@acme.com'],
                subject: 'Our call on Monday',
                body: 'See you there.'
            });
            const expected = { title: 'Email sent to 3 people', message: sentFixture.message, variant: 'success' };
            expect(notices).toEqual([expected]);
            expect((q(element, 'c-zoom-notice') as unknown as { notice: Notice | null }).notice).toEqual(expected);
            // Defect: toasts show nothing in Lightning Out (Classic); the composer fires none.
            expect(toasts).toEqual([]);
            expect(sent).toEqual([3]);
            await expect(element).toBeAccessible();
        });

        it('says "1 person" for a single recipient', async () => {
            mocked(sendMeetingEmail).mockResolvedValue({ sent: 1, message: 'Sent.' });
            const { element, notices } = await mount({
                ...draftFixture,
                recipients: [{ recordId: null, name: null, email: 'kim@acme.com' }]
            });
            await click(element, 'send');
            expect(notices[0].title).toBe('Email sent to 1 person');
        });

        it('adds what is still typed in the input before sending', async () => {
            mocked(sendMeetingEmail).mockResolvedValue(sentFixture);
            const { element } = await mount();
            await type(element, 'address-input', 'kim@acme.com');
            await click(element, 'send');
            expect(mocked(sendMeetingEmail).mock.calls[0][0].toAddresses).toEqual([
                'jordan.buyer@acme-corp.com',
                'sam.lead@globex.example',
                'kim@acme.com'
            ]);
        });

        it('disables Send and shows a spinner while sending', async () => {
            let resolve: (value: unknown) => void = () => undefined;
            mocked(sendMeetingEmail).mockReturnValue(new Promise((r) => (resolve = r)));
            const { element, sent } = await mount();
            await click(element, 'send');

            expect(button(element, 'send').disabled).toBe(true);
            expect(button(element, 'send').label).toBe('Sending…');
            expect(button(element, 'cancel').disabled).toBe(true);
            expect(q(element, '[data-id="sending"]')).not.toBeNull();
            await click(element, 'send');
            expect(sendMeetingEmail).toHaveBeenCalledTimes(1);

            resolve(sentFixture);
            await flush();
            expect(q(element, '[data-id="sending"]')).toBeNull();
            expect(sent).toEqual([3]);
        });

        it('sends nothing while an invalid address is in the input, and names it', async () => {
            const { element, sent } = await mount();
            await type(element, 'address-input', 'kim@acme.com a@b');
            await click(element, 'send');

            expect(sendMeetingEmail).not.toHaveBeenCalled();
            expect(sent).toEqual([]);
            expect(text(element, 'form-error')).toContain('Fix or remove the addresses in the “Add recipients” box');
            expect(text(element, 'address-error')).toContain('“a@b” needs a full domain');
            expect(q(element, '[data-id="address-input"]')!.value).toBe('a@b');
            expect(pills(element)).toHaveLength(3);
        });

        it('sends nothing while a prefilled address cannot be used, until it is removed', async () => {
            mocked(sendMeetingEmail).mockResolvedValue({ sent: 1, message: 'Sent.' });
            const { element } = await mount({
                ...draftFixture,
                recipients: [
                    { recordId: null, name: null, email: 'kim@acme.com' },
                    { recordId: null, name: 'Old Contact', email: 'old@acme' }
                ]
            });
            await click(element, 'send');
            expect(sendMeetingEmail).not.toHaveBeenCalled();
            expect(text(element, 'form-error')).toBe(
                '“old@acme” needs a full domain after the @, such as example.com. Remove it before sending.'
            );

            pills(element)[1].dispatchEvent(new CustomEvent('remove', { detail: { name: 'old@acme' } }));
            await flush();
            expect(q(element, '[data-id="form-error"]')).toBeNull();
            await click(element, 'send');
            expect(sendMeetingEmail).toHaveBeenCalledTimes(1);
        });

        it('sends nothing to more than 100 people', async () => {
            const many = Array.from({ length: 101 }, (_, i) => ({
                recordId: null,
                name: null,
                email: `p${i}@acme.com`
            }));
            const { element } = await mount({ ...draftFixture, recipients: many, emailsLeftToday: 500 });
            await click(element, 'send');
            expect(sendMeetingEmail).not.toHaveBeenCalled();
            expect(text(element, 'form-error')).toBe('An email can go to at most 100 people; remove some recipients.');
        });

        it('requires a subject and a message', async () => {
            const { element } = await mount();
            await type(element, 'subject', '   ');
            await type(element, 'body', '');
            await click(element, 'send');

            expect(sendMeetingEmail).not.toHaveBeenCalled();
            const messages = qa(element, '[data-id="form-error"] li').map((li) => li.textContent);
            expect(messages).toEqual(['Enter a subject.', 'Enter a message.']);
            await expect(element).toBeAccessible();
        });

        it('asks for a recipient when every pill was removed', async () => {
            const { element } = await mount({
                ...draftFixture,
                recipients: [{ recordId: null, name: null, email: 'kim@acme.com' }]
            });
            pills(element)[0].dispatchEvent(new CustomEvent('remove', { detail: { name: 'kim@acme.com' } }));
            await flush();
            expect(button(element, 'send').disabled).toBe(true);
            // A host could still call the handler; nothing is sent.
            await type(element, 'address-input', '');
            await click(element, 'send');
            expect(sendMeetingEmail).not.toHaveBeenCalled();
            expect(text(element, 'form-error')).toBe('Add at least one recipient.');
        });

        it('shows the server’s sentence inline and keeps everything typed', async () => {
            mocked(sendMeetingEmail).mockRejectedValue({
                status: 500,
                body: { message: 'These addresses are not valid: kim@acme.con.' }
            });
            const { element, notices, sent } = await mount();
            await type(element, 'subject', 'Edited subject');
            await click(element, 'send');

            const alert = q<HTMLElement>(element, '[data-id="send-error"]')!;
            expect(alert.getAttribute('role')).toBe('alert');
            expect(alert.textContent).toBe('These addresses are not valid: kim@acme.con.');
            expect(notices).toEqual([]);
            expect(sent).toEqual([]);
            expect(q(element, '[data-id="subject"]')!.value).toBe('Edited subject');
            expect(pills(element)).toHaveLength(2);
            expect(button(element, 'send').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('treats an answer that sent nothing as an error', async () => {
            mocked(sendMeetingEmail).mockResolvedValue({ sent: 0, message: 'The mail server refused the email.' });
            const { element, sent } = await mount();
            await click(element, 'send');
            expect(text(element, 'send-error')).toBe('The mail server refused the email.');
            expect(sent).toEqual([]);
        });

        it('warns when only some recipients were reached', async () => {
            mocked(sendMeetingEmail).mockResolvedValue({ sent: 1, message: 'One address bounced.' });
            const { element, notices, sent } = await mount();
            await click(element, 'send');
            expect(notices).toEqual([
                { title: 'Email sent to 1 of 2 people', message: 'One address bounced.', variant: 'warning' }
            ]);
            expect(sent).toEqual([1]);
        });
    });

    describe("the admin's limits", () => {
        it('shows how many emails are left today', async () => {
            const { element } = await mount();
            expect(text(element, 'emails-left')).toBe(`${draftFixture.emailsLeftToday} emails left today`);
            expect(q(element, '[data-id="address-input"]')).not.toBeNull();
            expect(q(element, '[data-id="event-people-only"]')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('counts down after a send, from what Apex says is left', async () => {
            mocked(sendMeetingEmail).mockResolvedValue(sentFixture);
            const { element } = await mount();
            await click(element, 'send');
            expect(text(element, 'emails-left')).toBe(`${sentFixture.emailsLeftToday} emails left today`);
        });

        it('refuses, before calling Apex, more recipients than emails left', async () => {
            const { element } = await mount({ ...draftFixture, emailsLeftToday: 1 });
            expect(text(element, 'emails-left')).toBe('1 email left today');
            await click(element, 'send');
            expect(sendMeetingEmail).not.toHaveBeenCalled();
            expect(text(element, 'form-error')).toContain(
                'You have 1 email left today and each recipient counts as one; remove some recipients.'
            );
        });

        it('says when nothing is left today', async () => {
            const { element } = await mount({ ...draftFixture, emailsLeftToday: 0 });
            await click(element, 'send');
            expect(sendMeetingEmail).not.toHaveBeenCalled();
            expect(text(element, 'form-error')).toContain('You have no meeting emails left today');
        });

        it("offers no box for other addresses when only the Event's people may be emailed", async () => {
            mocked(sendMeetingEmail).mockResolvedValue(sentFixture);
            const { element } = await mount({ ...draftFixture, eventPeopleOnly: true });
            expect(q(element, '[data-id="address-input"]')).toBeNull();
            expect(q(element, 'lightning-button[data-id="add"]')).toBeNull();
            expect(text(element, 'event-people-only')).toContain('only to the people of the meeting’s Event');
            expect(pillLabels(element)).toHaveLength(2);
            await click(element, 'send');
            expect(mocked(sendMeetingEmail).mock.calls[0][0].toAddresses).toEqual([
                'jordan.buyer@acme-corp.com',
                'sam.lead@globex.example'
            ]);
            await expect(element).toBeAccessible();
        });

        it('says there is no one to email when the Event has nobody and others are not allowed', async () => {
            const { element } = await mount({ ...noRecipientsFixture, eventPeopleOnly: true });
            expect(text(element, 'no-recipients')).toContain('has no one with an email address');
        });
    });

    it('fires cancel when the rep cancels', async () => {
        const mounted = await mount();
        await click(mounted.element, 'cancel');
        expect(mounted.cancels).toBe(1);
        expect(sendMeetingEmail).not.toHaveBeenCalled();
    });
});
