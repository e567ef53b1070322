import { createElement } from 'lwc';
import ZoomStartMeeting from 'c/zoomStartMeeting';
import startMeeting from '@salesforce/apex/MeetingLaunchController.startMeeting';
import getEmailDraft from '@salesforce/apex/ZoomMeetingController.getEmailDraft';
import startedFixture from 'fixtures/MeetingLaunchController.startMeeting.json';
import emailLaunchFixture from 'fixtures/MeetingLaunchController.startMeeting.emailLaunch.json';
import notMappedFixture from 'fixtures/MeetingLaunchController.startMeeting.notMapped.json';
import notMappedNoAdminFixture from 'fixtures/MeetingLaunchController.startMeeting.notMappedNoAdmin.json';
import draftFixture from 'fixtures/ZoomMeetingController.getEmailDraft.json';
import { CLOSE_ACTION_SCREEN } from '../../../../../test/jest-mocks/lightning/actions';

jest.mock('@salesforce/apex/MeetingLaunchController.startMeeting', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ZoomMeetingController.getEmailDraft', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ZoomMeetingController.sendMeetingEmail', () => ({ default: jest.fn() }), {
    virtual: true
});

const startMock = startMeeting as unknown as jest.Mock;
const draftMock = getEmailDraft as unknown as jest.Mock;

const LEAD_ID = '00QDn00000Ld0001AAA';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Element = HTMLElement & { recordId?: string };

function mount(recordId: string | null = LEAD_ID): Element {
    const element = createElement('c-zoom-start-meeting', { is: ZoomStartMeeting }) as Element;
    if (recordId) element.recordId = recordId;
    document.body.appendChild(element);
    return element;
}

function q<T extends globalThis.Element = HTMLElement>(element: globalThis.Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}

function closes(element: globalThis.Element): string[] {
    const seen: string[] = [];
    element.addEventListener(CLOSE_ACTION_SCREEN, () => seen.push('action'));
    element.addEventListener('close', () => seen.push('close'));
    return seen;
}

describe('c-zoom-start-meeting', () => {
    let open: jest.SpyInstance;

    beforeEach(() => {
        open = jest.spyOn(window, 'open').mockReturnValue({ opener: window } as unknown as Window);
        draftMock.mockResolvedValue(draftFixture);
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.restoreAllMocks();
        startMock.mockReset();
        draftMock.mockReset();
    });

    it('shows a spinner and the starting message while Zoom is called', () => {
        startMock.mockReturnValue(new Promise(() => {}));
        const element = mount();

        const starting = q(element, '[data-id="starting"]')!;
        expect(starting.querySelector('lightning-spinner')).not.toBeNull();
        expect(starting.textContent).toContain('Starting your Zoom meeting…');
        expect(q(element, '[data-id="close"]')).toBeNull();
        expect(startMock).toHaveBeenCalledWith({ recordId: LEAD_ID });
    });

    it('opens the start URL in a new tab and links the join URL and the Event', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount();
        await flush();

        expect(open).toHaveBeenCalledTimes(1);
        expect(open).toHaveBeenCalledWith(startedFixture.startUrl, '_blank');
        expect(q(element, '[data-id="started"]')!.textContent).toBe(startedFixture.message);
        expect(q(element, '[data-id="opened"]')).not.toBeNull();
        expect(q(element, '[data-id="popup-blocked"]')).toBeNull();
        expect(q(element, '[data-id="topic"]')!.textContent).toBe('Zoom meeting with Ada Lovelace');
        expect(q<HTMLAnchorElement>(element, '[data-id="join-link"]')!.getAttribute('href')).toBe(
            startedFixture.joinUrl
        );
        expect(q<HTMLAnchorElement>(element, '[data-id="event-link"]')!.getAttribute('href')).toBe(
            `/${startedFixture.eventId}`
        );
        expect(q(element, 'c-zoom-meeting-email')).toBeNull();
    });

    it('waits for the record Id when the action sets it after connecting', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount(null);
        await flush();
        expect(startMock).not.toHaveBeenCalled();

        element.recordId = '003Dn00000Ct0001AAA';
        await flush();

        expect(startMock).toHaveBeenCalledTimes(1);
        expect(startMock).toHaveBeenCalledWith({ recordId: '003Dn00000Ct0001AAA' });
        element.recordId = '003Dn00000Ct0001AAA';
        await flush();
        expect(startMock).toHaveBeenCalledTimes(1);
    });

    it('offers a Start meeting link when the browser blocks the new tab', async () => {
        open.mockReturnValue(null);
        startMock.mockResolvedValue(startedFixture);
        const element = mount();
        await flush();

        const link = q<HTMLAnchorElement>(element, '[data-id="start-link"]')!;
        expect(link.getAttribute('href')).toBe(startedFixture.startUrl);
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(link.textContent).toBe('Start meeting');
        expect(q(element, '[data-id="opened"]')).toBeNull();

        link.addEventListener('click', (event) => event.preventDefault());
        link.click();
        await flush();
        expect(q(element, '[data-id="popup-blocked"]')).toBeNull();
        expect(q(element, '[data-id="opened"]')).not.toBeNull();
    });

    it('links a mailto to the Zoom admin when the rep is not mapped', async () => {
        startMock.mockResolvedValue(notMappedFixture);
        const element = mount();
        await flush();

        expect(open).not.toHaveBeenCalled();
        expect(q(element, '[data-id="not-mapped"]')!.textContent).toBe(notMappedFixture.message);
        const mail = q<HTMLAnchorElement>(element, '[data-id="admin-mailto"]')!;
        const url = new URL(mail.getAttribute('href')!);
        expect(url.protocol).toBe('mailto:');
        expect(url.pathname).toBe('zoom.admin@acme.example');
        expect(url.searchParams.get('subject')).toBe('Please link my Salesforce user to Zoom');
        expect(url.searchParams.get('body')).toContain('Dana Rep (username dana.rep@acme.example)');
        expect(mail.textContent).toContain('zoom.admin@acme.example');
    });

    it('asks the rep to contact the Salesforce admin when no Zoom admin is visible', async () => {
        startMock.mockResolvedValue(notMappedNoAdminFixture);
        const element = mount();
        await flush();

        expect(q(element, '[data-id="admin-mailto"]')).toBeNull();
        expect(q(element, '[data-id="ask-admin"]')!.textContent).toContain('Ask your Salesforce admin');
    });

    it('shows the error with Retry, and Retry starts again', async () => {
        startMock.mockRejectedValueOnce({ body: { message: 'Zoom is busy, try again in 30 seconds.' }, status: 500 });
        startMock.mockResolvedValueOnce(startedFixture);
        const element = mount();
        await flush();

        const alert = q(element, '[data-id="error"]')!;
        expect(alert.getAttribute('role')).toBe('alert');
        expect(alert.textContent).toBe('Zoom is busy, try again in 30 seconds.');
        expect(open).not.toHaveBeenCalled();

        (q(element, 'lightning-button[data-id="retry"]') as HTMLElement).click();
        await flush();

        expect(startMock).toHaveBeenCalledTimes(2);
        expect(q(element, '[data-id="error"]')).toBeNull();
        expect(q(element, '[data-id="started"]')).not.toBeNull();
        expect(open).toHaveBeenCalledWith(startedFixture.startUrl, '_blank');
    });

    it('shows the email composer for the new meeting when Email Launch Attendees is on', async () => {
        startMock.mockResolvedValue(emailLaunchFixture);
        const element = mount();
        await flush();

        const composer = q<HTMLElement & { meetingId?: string }>(element, 'c-zoom-meeting-email')!;
        expect(composer).not.toBeNull();
        expect(composer.meetingId).toBe(emailLaunchFixture.meetingId);
        expect(open).toHaveBeenCalledWith(emailLaunchFixture.startUrl, '_blank');
        expect(q(element, '[data-id="close"]')).toBeNull();
    });

    // Toasts show nothing in Lightning Out (Classic) and the closed action would hide an inline one: the outcome
    // stays on screen until the rep closes.
    it('shows the email outcome once sent and closes only on Close', async () => {
        startMock.mockResolvedValue(emailLaunchFixture);
        const element = mount();
        const seen = closes(element);
        await flush();

        const sent = { title: 'Email sent to 2 people', message: 'Sent with the invitation.', variant: 'success' };
        q(element, 'c-zoom-meeting-email')!.dispatchEvent(
            new CustomEvent('sent', { detail: { sent: 2, notice: sent } })
        );
        await flush();

        expect(q(element, 'c-zoom-meeting-email')).toBeNull();
        expect((q(element, 'c-zoom-notice') as HTMLElement & { notice: unknown }).notice).toEqual(sent);
        expect(seen).toEqual([]);
        (q(element, 'lightning-button[data-id="close"]') as HTMLElement).click();
        expect(seen).toEqual(['action', 'close']);
    });

    it('links the Event at the org on a Lightning Out page', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = createElement('c-zoom-start-meeting', { is: ZoomStartMeeting }) as HTMLElement & {
            recordId?: string;
            recordBaseUrl?: string;
        };
        element.recordBaseUrl = 'https://acme.my.salesforce.com';
        element.recordId = '00QDn00000Ld0001AAA';
        document.body.appendChild(element);
        await flush();
        expect(q<HTMLAnchorElement>(element, '[data-id="event-link"]')!.getAttribute('href')).toBe(
            `https://acme.my.salesforce.com/${startedFixture.eventId}`
        );
    });

    it('closes the action when the email is cancelled', async () => {
        startMock.mockResolvedValue(emailLaunchFixture);
        const element = mount();
        const seen = closes(element);
        await flush();

        q(element, 'c-zoom-meeting-email')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();

        expect(seen).toEqual(['action', 'close']);
    });

    it('waits for a click when confirmFirst is set (Classic page)', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = createElement('c-zoom-start-meeting', { is: ZoomStartMeeting }) as Element & {
            confirmFirst?: boolean;
        };
        element.confirmFirst = true;
        element.recordId = LEAD_ID;
        document.body.appendChild(element);
        await flush();

        expect(startMock).not.toHaveBeenCalled();
        expect(q(element, '[data-id="confirm"]')!.textContent).toContain('Start an instant Zoom meeting');

        (q(element, 'lightning-button[data-id="confirm-start"]') as HTMLElement).click();
        await flush();

        expect(startMock).toHaveBeenCalledWith({ recordId: LEAD_ID });
        expect(q(element, '[data-id="confirm"]')).toBeNull();
        expect(open).toHaveBeenCalledWith(startedFixture.startUrl, '_blank');
    });

    it('closes the action from the Close button', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount();
        const seen = closes(element);
        await flush();

        (q(element, 'lightning-button[data-id="close"]') as HTMLElement).click();

        expect(seen).toEqual(['action', 'close']);
    });
});
