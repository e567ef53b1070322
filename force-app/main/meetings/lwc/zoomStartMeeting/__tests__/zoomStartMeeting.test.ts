import { createElement } from 'lwc';
import ZoomStartMeeting from 'c/zoomStartMeeting';
import startMeeting from '@salesforce/apex/MeetingLaunchController.startMeeting';
import getEmailDraft from '@salesforce/apex/ZoomMeetingController.getEmailDraft';
import startedFixture from 'fixtures/MeetingLaunchController.startMeeting.json';
import emailLaunchFixture from 'fixtures/MeetingLaunchController.startMeeting.emailLaunch.json';
import autoEmailFixture from 'fixtures/MeetingLaunchController.startMeeting.autoEmail.json';
import autoEmailRefusedFixture from 'fixtures/MeetingLaunchController.startMeeting.autoEmailRefused.json';
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

/** The tab window.open hands back: records where it was pointed and whether it was closed. */
interface FakeTab {
    opener: unknown;
    closed: boolean;
    location: { href: string };
    close: jest.Mock;
}

function fakeTab(): FakeTab {
    const tab: FakeTab = { opener: window, closed: false, location: { href: '' }, close: jest.fn() };
    tab.close.mockImplementation(() => {
        tab.closed = true;
    });
    return tab;
}

function mount(recordId: string | null = LEAD_ID): Element {
    const element = createElement('c-zoom-start-meeting', { is: ZoomStartMeeting }) as Element;
    if (recordId) element.recordId = recordId;
    document.body.appendChild(element);
    return element;
}

function q<T extends globalThis.Element = HTMLElement>(element: globalThis.Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}

/** The rep's click on Start meeting (the handler runs synchronously inside click()). */
function clickStart(element: globalThis.Element): void {
    (q(element, 'lightning-button[data-id="confirm-start"]') as HTMLElement).click();
}

/** Mounts, lets the action settle (nothing may be called), then clicks Start meeting and lets Apex answer. */
async function mountAndStart(recordId: string = LEAD_ID): Promise<Element> {
    const element = mount(recordId);
    await flush();
    clickStart(element);
    await flush();
    return element;
}

function closes(element: globalThis.Element): string[] {
    const seen: string[] = [];
    element.addEventListener(CLOSE_ACTION_SCREEN, () => seen.push('action'));
    element.addEventListener('close', () => seen.push('close'));
    return seen;
}

// axe (toBeAccessible) on a full panel can exceed Jest's 5 s default when the machine is busy.
jest.setTimeout(20_000);

describe('c-zoom-start-meeting', () => {
    let open: jest.SpyInstance;
    let tab: FakeTab;

    beforeEach(() => {
        tab = fakeTab();
        open = jest.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
        draftMock.mockResolvedValue(draftFixture);
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.restoreAllMocks();
        startMock.mockReset();
        draftMock.mockReset();
    });

    // CSRF: a link that opens the action must not create meetings or records.
    it('calls nothing when the action opens: no Apex, no tab, only the Start meeting button', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount();
        await flush();
        await flush();

        expect(startMock).not.toHaveBeenCalled();
        expect(draftMock).not.toHaveBeenCalled();
        expect(open).not.toHaveBeenCalled();
        expect(q(element, '[data-id="confirm"]')!.textContent).toContain('Start an instant Zoom meeting');
        expect(q(element, '[data-id="starting"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('calls nothing either when the action sets the record Id after connecting', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount(null);
        await flush();
        expect(
            (q(element, 'lightning-button[data-id="confirm-start"]') as HTMLElement & { disabled: boolean }).disabled
        ).toBe(true);

        element.recordId = '003Dn00000Ct0001AAA';
        await flush();

        expect(startMock).not.toHaveBeenCalled();
        expect(open).not.toHaveBeenCalled();
        clickStart(element);
        expect(startMock).toHaveBeenCalledWith({ recordId: '003Dn00000Ct0001AAA' });
    });

    it('opens the tab inside the click, before Apex is awaited, then points it at the start URL', async () => {
        let answer: (value: unknown) => void = () => {};
        startMock.mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const element = mount();
        await flush();

        clickStart(element);

        // Synchronously inside the click: the empty tab first, then the Apex call.
        expect(open).toHaveBeenCalledTimes(1);
        expect(open).toHaveBeenCalledWith('', '_blank');
        expect(startMock).toHaveBeenCalledWith({ recordId: LEAD_ID });
        expect(open.mock.invocationCallOrder[0]).toBeLessThan(startMock.mock.invocationCallOrder[0]);
        expect(tab.opener).toBeNull();
        expect(tab.location.href).toBe('');

        answer(startedFixture);
        await flush();

        expect(tab.location.href).toBe(startedFixture.startUrl);
        expect(tab.close).not.toHaveBeenCalled();
        expect(open).toHaveBeenCalledTimes(1);
        expect(q(element, '[data-id="started"]')!.textContent).toBe(startedFixture.message);
        expect(q(element, '[data-id="opened"]')).not.toBeNull();
        expect(q(element, '[data-id="popup-blocked"]')).toBeNull();
        expect(q(element, '[data-id="confirm"]')).toBeNull();
        expect(q(element, '[data-id="topic"]')!.textContent).toBe('Zoom meeting with Ada Lovelace');
        expect(q<HTMLAnchorElement>(element, '[data-id="join-link"]')!.getAttribute('href')).toBe(
            startedFixture.joinUrl
        );
        expect(q<HTMLAnchorElement>(element, '[data-id="event-link"]')!.getAttribute('href')).toBe(
            `/${startedFixture.eventId}`
        );
        expect(q(element, 'c-zoom-meeting-email')).toBeNull();
        expect((q(element, 'c-zoom-notice') as HTMLElement & { notice: unknown }).notice).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a spinner and the starting message while Zoom is called', async () => {
        startMock.mockReturnValue(new Promise(() => {}));
        const element = mount();
        await flush();
        clickStart(element);
        await flush();

        const starting = q(element, '[data-id="starting"]')!;
        expect(starting.querySelector('lightning-spinner')).not.toBeNull();
        expect(starting.textContent).toContain('Starting your Zoom meeting…');
        expect(q(element, '[data-id="close"]')).toBeNull();
        expect(q(element, '[data-id="confirm"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('a second click while starting starts nothing more', async () => {
        startMock.mockReturnValue(new Promise(() => {}));
        const element = mount();
        await flush();
        clickStart(element);
        clickStart(element);

        expect(startMock).toHaveBeenCalledTimes(1);
        expect(open).toHaveBeenCalledTimes(1);
    });

    it('closes the tab and shows the sentence when the start fails; Retry opens a new tab in its own click', async () => {
        startMock.mockRejectedValueOnce({ body: { message: 'Zoom is busy, try again in 30 seconds.' }, status: 500 });
        startMock.mockResolvedValueOnce(startedFixture);
        const element = await mountAndStart();

        expect(tab.close).toHaveBeenCalledTimes(1);
        expect(tab.location.href).toBe('');
        const alert = q(element, '[data-id="error"]')!;
        expect(alert.getAttribute('role')).toBe('alert');
        expect(alert.textContent).toBe('Zoom is busy, try again in 30 seconds.');

        const second = fakeTab();
        open.mockImplementation(() => second as unknown as Window);
        (q(element, 'lightning-button[data-id="retry"]') as HTMLElement).click();
        expect(open).toHaveBeenCalledTimes(2);
        await flush();

        expect(startMock).toHaveBeenCalledTimes(2);
        expect(q(element, '[data-id="error"]')).toBeNull();
        expect(q(element, '[data-id="started"]')).not.toBeNull();
        expect(second.location.href).toBe(startedFixture.startUrl);
        await expect(element).toBeAccessible();
    });

    it('closes the tab and links a mailto to the Zoom admin when the rep is not mapped', async () => {
        startMock.mockResolvedValue(notMappedFixture);
        const element = await mountAndStart();

        expect(tab.close).toHaveBeenCalledTimes(1);
        expect(tab.location.href).toBe('');
        expect(q(element, '[data-id="not-mapped"]')!.textContent).toBe(notMappedFixture.message);
        const mail = q<HTMLAnchorElement>(element, '[data-id="admin-mailto"]')!;
        const url = new URL(mail.getAttribute('href')!);
        expect(url.protocol).toBe('mailto:');
        expect(url.pathname).toBe('zoom.admin@acme.example');
        expect(url.searchParams.get('subject')).toBe('Please link my Salesforce user to Zoom');
        expect(url.searchParams.get('body')).toContain('Dana Rep (username dana.rep@acme.example)');
        expect(mail.textContent).toContain('zoom.admin@acme.example');
        await expect(element).toBeAccessible();
    });

    it('asks the rep to contact the Salesforce admin when no Zoom admin is visible', async () => {
        startMock.mockResolvedValue(notMappedNoAdminFixture);
        const element = await mountAndStart();

        expect(q(element, '[data-id="admin-mailto"]')).toBeNull();
        expect(q(element, '[data-id="ask-admin"]')!.textContent).toContain('Ask your Salesforce admin');
        await expect(element).toBeAccessible();
    });

    it('offers a Start meeting link when the browser blocked the tab', async () => {
        open.mockReturnValue(null);
        startMock.mockResolvedValue(startedFixture);
        const element = await mountAndStart();

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
        await expect(element).toBeAccessible();
    });

    it('offers the link too when the rep closed the tab before the answer came', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount();
        await flush();
        clickStart(element);
        tab.closed = true;
        await flush();

        expect(q<HTMLAnchorElement>(element, '[data-id="start-link"]')!.getAttribute('href')).toBe(
            startedFixture.startUrl
        );
    });

    it('shows the email composer for the new meeting when Email Launch Attendees is on', async () => {
        startMock.mockResolvedValue(emailLaunchFixture);
        const element = await mountAndStart();

        const composer = q<HTMLElement & { meetingId?: string }>(element, 'c-zoom-meeting-email')!;
        expect(composer).not.toBeNull();
        expect(composer.meetingId).toBe(emailLaunchFixture.meetingId);
        expect(tab.location.href).toBe(emailLaunchFixture.startUrl);
        expect(q(element, '[data-id="close"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the outcome of the email sent by itself, and no composer', async () => {
        startMock.mockResolvedValue(autoEmailFixture);
        const element = await mountAndStart();

        expect(q(element, 'c-zoom-meeting-email')).toBeNull();
        expect((q(element, 'c-zoom-notice') as HTMLElement & { notice: unknown }).notice).toEqual({
            title: 'Meeting email sent to 1 person',
            message: autoEmailFixture.emailMessage,
            variant: 'success'
        });
        expect(q(element, '[data-id="close"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('tells the rep when the email was refused by the daily limit, and the meeting still opens', async () => {
        startMock.mockResolvedValue(autoEmailRefusedFixture);
        const element = await mountAndStart();

        expect(tab.location.href).toBe(autoEmailRefusedFixture.startUrl);
        expect((q(element, 'c-zoom-notice') as HTMLElement & { notice: unknown }).notice).toEqual({
            title: 'The meeting email was not sent',
            message: autoEmailRefusedFixture.emailMessage,
            variant: 'warning'
        });
    });

    // Toasts show nothing in Lightning Out (Classic) and the closed action would hide an inline one: the outcome
    // stays on screen until the rep closes.
    it('shows the email outcome once sent and closes only on Close', async () => {
        startMock.mockResolvedValue(emailLaunchFixture);
        const element = await mountAndStart();
        const seen = closes(element);

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
        element.recordId = LEAD_ID;
        document.body.appendChild(element);
        await flush();
        expect(startMock).not.toHaveBeenCalled();
        clickStart(element);
        await flush();
        expect(q<HTMLAnchorElement>(element, '[data-id="event-link"]')!.getAttribute('href')).toBe(
            `https://acme.my.salesforce.com/${startedFixture.eventId}`
        );
    });

    it('closes the action when the email is cancelled', async () => {
        startMock.mockResolvedValue(emailLaunchFixture);
        const element = await mountAndStart();
        const seen = closes(element);

        q(element, 'c-zoom-meeting-email')!.dispatchEvent(new CustomEvent('cancel'));
        await flush();

        expect(seen).toEqual(['action', 'close']);
    });

    it('closes the action from the Close button, before or after starting', async () => {
        startMock.mockResolvedValue(startedFixture);
        const element = mount();
        const seen = closes(element);
        await flush();

        (q(element, 'lightning-button[data-id="close"]') as HTMLElement).click();
        expect(seen).toEqual(['action', 'close']);
        expect(startMock).not.toHaveBeenCalled();

        clickStart(element);
        await flush();
        (q(element, 'lightning-button[data-id="close"]') as HTMLElement).click();
        expect(seen).toEqual(['action', 'close', 'action', 'close']);
    });
});
