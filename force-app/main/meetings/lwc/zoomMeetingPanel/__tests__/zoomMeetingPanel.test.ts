import { createElement } from 'lwc';
import ZoomMeetingPanel from 'c/zoomMeetingPanel';
import getMeeting from '@salesforce/apex/ZoomMeetingController.getMeeting';
import meetingFixture from 'fixtures/ZoomMeetingController.getMeeting.json';
import emptyFixture from 'fixtures/ZoomMeetingController.getMeeting.empty.json';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { navigationCalls, resetNavigation } from '../../../../../test/jest-mocks/lightning/navigation';

jest.mock(
    '@salesforce/apex/ZoomMeetingController.getMeeting',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const wire = getMeeting as unknown as TestWireAdapter;

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function mount(recordId = '00UDn00000Ev0001AAA'): HTMLElement & { recordId?: string } {
    const element = createElement('c-zoom-meeting-panel', { is: ZoomMeetingPanel }) as HTMLElement & {
        recordId?: string;
    };
    element.recordId = recordId;
    document.body.appendChild(element);
    return element;
}

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}

function button(element: Element, id: string): HTMLElement & { disabled: boolean } {
    return q(element, `lightning-button[data-id="${id}"]`) as HTMLElement & { disabled: boolean };
}

describe('c-zoom-meeting-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        resetNavigation();
        jest.restoreAllMocks();
    });

    it('asks Apex for the meeting of the page record', async () => {
        mount('00UDn00000Ev0042AAA');
        await flush();
        expect(wire.getLastConfig()).toEqual({ recordId: '00UDn00000Ev0042AAA' });
    });

    it('shows a spinner until data arrives', () => {
        const element = mount();
        expect(q(element, '[data-id="loading"] lightning-spinner')).not.toBeNull();
        expect(button(element, 'copy').disabled).toBe(true);
    });

    it('shows the meeting details from Apex', async () => {
        const element = mount();
        wire.emit(meetingFixture);
        await flush();

        const card = q(element, 'lightning-card') as HTMLElement & { title: string };
        expect(card.title).toBe(meetingFixture.topic);
        expect(q(element, '[data-id="meeting-number"]')!.textContent).toBe('857 4606 5432');
        expect(q(element, '[data-id="duration"]')!.textContent).toBe('45 min');
        expect(q(element, '[data-id="host"]')!.textContent).toBe('Dana Rep');
        expect((q(element, 'lightning-badge') as HTMLElement & { label: string }).label).toBe('Scheduled');
        const start = q(element, 'lightning-formatted-date-time') as HTMLElement & { value: string };
        expect(start.value).toBe(meetingFixture.scheduledStart);
        expect(button(element, 'join').disabled).toBe(false);
        expect(q(element, '[data-id="empty"]')).toBeNull();
    });

    it('shows the empty state when the record has no meeting', async () => {
        const element = mount();
        wire.emit(emptyFixture);
        await flush();

        expect(q(element, '[data-id="empty"]')!.textContent).toContain('No Zoom meeting is linked');
        expect(button(element, 'join').disabled).toBe(true);
        expect(button(element, 'copy').disabled).toBe(true);
    });

    it('shows a readable error when Apex fails', async () => {
        const element = mount();
        wire.emitError({ body: { message: 'You do not have access to this Zoom meeting.' }, status: 500 });
        await flush();

        const alert = q(element, '[data-id="error"]')!;
        expect(alert.getAttribute('role')).toBe('alert');
        expect(alert.textContent).toBe('You do not have access to this Zoom meeting.');
        expect(q(element, '[data-id="details"]')).toBeNull();
    });

    it('opens the join URL through navigation when Join is clicked', async () => {
        const element = mount();
        wire.emit(meetingFixture);
        await flush();

        button(element, 'join').click();

        expect(navigationCalls()).toEqual([
            {
                pageReference: { type: 'standard__webPage', attributes: { url: meetingFixture.joinUrl } },
                replace: false
            }
        ]);
    });

    it('disables Join for a meeting that has ended', async () => {
        const element = mount();
        wire.emit({ ...meetingFixture, status: 'Ended' });
        await flush();

        expect(button(element, 'join').disabled).toBe(true);
    });

    it('copies the invitation and confirms with a toast', async () => {
        const writeText = jest.fn().mockResolvedValue(undefined);
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
        const element = mount();
        const toasts: Array<{ title: string; variant: string }> = [];
        element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail));
        wire.emit(meetingFixture);
        await flush();

        button(element, 'copy').click();
        await flush();

        const text = writeText.mock.calls[0][0] as string;
        expect(text).toContain(`Join Zoom meeting: ${meetingFixture.topic}`);
        expect(text).toContain(meetingFixture.joinUrl);
        expect(text).toContain('Meeting ID: 857 4606 5432');
        expect(toasts).toEqual([expect.objectContaining({ title: 'Invitation copied', variant: 'success' })]);
        expect(q(element, '[data-id="manual-copy"]')).toBeNull();
    });

    it('shows the invitation for manual copy when the browser refuses the clipboard', async () => {
        Object.defineProperty(navigator, 'clipboard', {
            value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) },
            configurable: true
        });
        const element = mount();
        const toasts: Array<{ variant: string }> = [];
        element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail));
        wire.emit(meetingFixture);
        await flush();

        button(element, 'copy').click();
        await flush();
        await flush();

        const manual = q(element, '[data-id="manual-copy"]') as HTMLElement & { value: string };
        expect(manual.value).toContain(meetingFixture.joinUrl);
        expect(toasts).toEqual([expect.objectContaining({ variant: 'warning' })]);
    });
});
