import { createElement } from 'lwc';
import ZoomMeetingPanel from 'c/zoomMeetingPanel';
import getMeeting from '@salesforce/apex/ZoomMeetingController.getMeeting';
import getStartUrl from '@salesforce/apex/ZoomMeetingController.getStartUrl';
import syncNow from '@salesforce/apex/ZoomMeetingController.syncNow';
import { refreshApex } from '@salesforce/apex';
import meetingFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.json';
import emptyFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.empty.json';
import startedFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.host.json';
import notHostFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.notHost.json';
import failedFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.failed.json';
import endedFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.ended.json';
import summaryFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.summary.json';
import noSummaryFixtureJson from 'fixtures/ZoomMeetingController.getMeeting.noSummary.json';
import startUrl from 'fixtures/ZoomMeetingController.getStartUrl.json';
import synced from 'fixtures/ZoomMeetingController.syncNow.json';
import deferred from 'fixtures/ZoomMeetingController.syncNow.deferred.json';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { Notice } from 'c/zoomNotice';

// The fixtures as the DTO they are (npm test's controller-fixtures step type-checks each file against it), so every
// meeting this test builds from them is typed too.
const meetingFixture = meetingFixtureJson as Apex.ZoomMeetingDto;
const emptyFixture = emptyFixtureJson as Apex.ZoomMeetingDto | null;
const startedFixture = startedFixtureJson as Apex.ZoomMeetingDto;
const notHostFixture = notHostFixtureJson as Apex.ZoomMeetingDto;
const failedFixture = failedFixtureJson as Apex.ZoomMeetingDto;
const endedFixture = endedFixtureJson as Apex.ZoomMeetingDto;
const summaryFixture = summaryFixtureJson as Apex.ZoomMeetingDto;
const noSummaryFixture = noSummaryFixtureJson as Apex.ZoomMeetingDto;

jest.mock(
    '@salesforce/apex/ZoomMeetingController.getMeeting',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/ZoomMeetingController.getStartUrl', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ZoomMeetingController.syncNow', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
// The email composer is its own bundle with its own tests; here a stub with the same public API stands in.
const mockFocusLast = jest.fn(() => false);
jest.mock(
    'c/zoomMeetingEmail',
    () => {
        const { LightningElement, registerDecorators } = jest.requireActual('lwc');
        class ZoomMeetingEmailStub extends LightningElement {
            focusLast(): boolean {
                return mockFocusLast();
            }
        }
        registerDecorators(ZoomMeetingEmailStub, {
            publicProps: { meetingId: { config: 0 } },
            publicMethods: ['focusLast']
        });
        return { __esModule: true, default: ZoomMeetingEmailStub };
    },
    { virtual: true }
);

const wire = getMeeting as unknown as TestWireAdapter;
const mocked = (fn: unknown) => fn as jest.Mock;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Panel = HTMLElement & { recordId?: string; recordBaseUrl?: string };

/** Platform toasts fired by the panel: none, since toasts show nothing in Lightning Out (Classic). */
const toastsFired: unknown[] = [];

function mount(recordId = '00UDn00000Ev0001AAA'): { element: Panel } {
    const element = createElement('c-zoom-meeting-panel', { is: ZoomMeetingPanel }) as Panel;
    element.recordId = recordId;
    element.addEventListener('lightning__showtoast', (e) => toastsFired.push((e as CustomEvent).detail));
    document.body.appendChild(element);
    return { element };
}

/** The inline notice on screen, as a list (empty when none). */
function notices(element: Element): Notice[] {
    const notice = (q(element, 'c-zoom-notice') as (HTMLElement & { notice: Notice | null }) | null)?.notice;
    return notice ? [notice] : [];
}

/** The Join link (an https join URL opened in a new tab), or null when Join is disabled. */
function joinLink(element: Element): HTMLAnchorElement | null {
    return q<HTMLAnchorElement>(element, '[data-id="join-link"]');
}

function expectJoinDisabled(element: Element): void {
    expect(joinLink(element)).toBeNull();
    expect(button(element, 'join').disabled).toBe(true);
}

/** What the getMeeting wire provisions: a meeting or null (no meeting linked). */
const emit = (data: Apex.ZoomMeetingDto | null): void => wire.emit(data);

async function mountWith(data: Apex.ZoomMeetingDto | null): Promise<{ element: Panel }> {
    const mounted = mount();
    wire.emit(data);
    await flush();
    return mounted;
}

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}

function text(element: Element, id: string): string {
    return q(element, `[data-id="${id}"]`)!.textContent!.trim();
}

function button(element: Element, id: string): HTMLElement & { disabled: boolean; label: string } {
    return q(element, `lightning-button[data-id="${id}"]`) as HTMLElement & { disabled: boolean; label: string };
}

// axe (toBeAccessible) on a full panel can exceed Jest's 5 s default when the machine is busy.
jest.setTimeout(20_000);

describe('c-zoom-meeting-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        toastsFired.length = 0;
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    describe('states', () => {
        it('asks Apex for the meeting of the page record', async () => {
            mount('00UDn00000Ev0042AAA');
            await flush();
            expect(wire.getLastConfig()).toEqual({ recordId: '00UDn00000Ev0042AAA' });
        });

        it('shows a spinner until data arrives', async () => {
            const { element } = mount();
            expect(q(element, '[data-id="loading"] lightning-spinner')).not.toBeNull();
            expect(button(element, 'copy').disabled).toBe(true);
            expect(button(element, 'sync').disabled).toBe(true);
            expect(button(element, 'email').disabled).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('shows every detail of a scheduled meeting', async () => {
            const { element } = await mountWith(meetingFixture);

            const card = q(element, 'lightning-card') as HTMLElement & { title: string };
            expect(card.title).toBe(meetingFixture.topic);
            expect(text(element, 'meeting-number')).toBe('857 4606 5432');
            expect(text(element, 'duration')).toBe('45 min');
            expect(text(element, 'host')).toBe('Dana Rep');
            expect(text(element, 'type')).toBe('Scheduled');
            expect(text(element, 'participant-count')).toBe('Not known yet');
            expect(text(element, 'pmi')).toBe('No');
            expect(text(element, 'join-before-host')).toBe('Yes');
            expect(text(element, 'agenda')).toBe(meetingFixture.agenda);
            expect((q(element, 'lightning-badge') as HTMLElement & { label: string }).label).toBe('Scheduled');
            const start = q(element, '[data-id="scheduled-start"]') as HTMLElement & { value: string };
            expect(start.value).toBe(meetingFixture.scheduledStart);
            const end = q(element, '[data-id="scheduled-end"]') as HTMLElement & { value: string };
            expect(end.value).toBe(meetingFixture.scheduledEnd);
            const lastSynced = q(element, '[data-id="last-synced"] lightning-formatted-date-time') as HTMLElement & {
                value: string;
            };
            expect(lastSynced.value).toBe(meetingFixture.lastSynced);
            expect(q(element, '[data-id="actual"]')).toBeNull();
            expect(q(element, '[data-id="failure"]')).toBeNull();
            expect(joinLink(element)).not.toBeNull();
            expect(q(element, '[data-id="empty"]')).toBeNull();
            expect(text(element, 'participants-title')).toBe('Participants (0)');
            expect(text(element, 'no-recordings')).toContain('No recordings.');
            await expect(element).toBeAccessible();
        });

        it('shows the start in the customer’s and the rep’s zones', async () => {
            const { element } = await mountWith(meetingFixture);
            // Jest's rep zone is America/Los_Angeles (en-US): on Mar 9, 2026 the US is on daylight time,
            // Berlin is not yet, so the gap is 8 hours, not 9.
            expect(text(element, 'customer-time-customer')).toBe('Mon, Mar 9, 2026, 4:00 PM GMT+1 (Europe/Berlin)');
            expect(text(element, 'customer-time-rep')).toBe(
                'Your time: Mon, Mar 9, 2026, 8:00 AM PDT · 8 hours ahead of you'
            );
        });

        it('shows no customer time when none is set or the zone is unknown', async () => {
            const { element } = await mountWith(notHostFixture);
            expect(q(element, '[data-id="customer-time"]')).toBeNull();
            emit({ ...meetingFixture, customerTimeZone: 'Mars/Olympus_Mons' });
            await flush();
            expect(q(element, '[data-id="customer-time"]')).toBeNull();
        });

        it('shows the empty state when the record has no meeting', async () => {
            const { element } = await mountWith(emptyFixture);
            expect(text(element, 'empty')).toContain('No Zoom meeting is linked');
            await expect(element).toBeAccessible();
            expectJoinDisabled(element);
            expect(button(element, 'copy').disabled).toBe(true);
            expect(button(element, 'sync').disabled).toBe(true);
            expect(button(element, 'start')).toBeNull();
        });

        it('shows a readable error when Apex fails', async () => {
            const { element } = mount();
            wire.emitError({ body: { message: 'You do not have access to this Zoom meeting.' }, status: 500 });
            await flush();

            const alert = q(element, '[data-id="error"]')!;
            expect(alert.getAttribute('role')).toBe('alert');
            expect(alert.textContent).toBe('You do not have access to this Zoom meeting.');
            expect(q(element, '[data-id="details"]')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows a failed meeting with its reason', async () => {
            const { element } = await mountWith(failedFixture);
            const badge = q(element, 'lightning-badge') as HTMLElement & { label: string };
            expect(badge.label).toBe('Failed');
            expect(badge.className).toContain('slds-theme_error');
            expect(text(element, 'failure')).toBe(failedFixture.failureReason);
            expect(button(element, 'start').disabled).toBe(true);
            expectJoinDisabled(element);
            expect(text(element, 'last-synced')).toBe('Never');
            await expect(element).toBeAccessible();
        });

        it('explains a failure without a reason', async () => {
            const { element } = await mountWith({ ...failedFixture, failureReason: null });
            expect(text(element, 'failure')).toContain('Save the Event again to retry');
        });

        it('shows an ended meeting with actual times, participants and recordings', async () => {
            const { element } = await mountWith(endedFixture);
            expect((q(element, 'lightning-badge') as HTMLElement & { label: string }).label).toBe('Ended');
            const actualStart = q(element, '[data-id="actual-start"]') as HTMLElement & { value: string };
            expect(actualStart.value).toBe(endedFixture.actualStart);
            const actualEnd = q(element, '[data-id="actual-end"]') as HTMLElement & { value: string };
            expect(actualEnd.value).toBe(endedFixture.actualEnd);
            expect(text(element, 'duration')).toBe('49 min');
            expect(text(element, 'participant-count')).toBe('4');
            expect(text(element, 'participants-title')).toBe('Participants (4)');
            const table = q(element, 'c-zoom-participants') as HTMLElement & { participants: unknown[] };
            // The fifth person only waited in the waiting room: handed to the table, not counted as an attendee.
            expect(table.participants).toHaveLength(5);
            expect(button(element, 'start').disabled).toBe(true);
            expectJoinDisabled(element);

            expect(text(element, 'recordings-title')).toBe('Recordings (3)');
            const items = [...element.shadowRoot!.querySelectorAll('[data-recording]')] as HTMLElement[];
            expect(items.map((i) => i.querySelector('[data-id="recording-type"]')!.textContent)).toEqual([
                'Shared screen with speaker view',
                'Audio only',
                'Chat'
            ]);
            expect(items.map((i) => i.querySelector('[data-id="recording-size"]')!.textContent)).toEqual([
                '244 MB',
                '44.5 MB',
                '1.5 KB'
            ]);
            const play = items[0].querySelector('[data-id="play"]') as HTMLElement & { value: string };
            expect(play.value).toBe(endedFixture.recordings[0].playUrl);
            // Zoom's recordings list has no share link: the play_url is the one link shown.
            expect(element.shadowRoot!.querySelector('[data-id="share"]')).toBeNull();
            // The chat file has no Play link.
            expect(items[2].querySelector('[data-id="play"]')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('Details an admin chose (field set "Event panel details")', () => {
        /** The label and value cells of the admin-chosen details, in order. */
        const details = (element: Element) =>
            [...element.shadowRoot!.querySelectorAll('[data-detail]')].map((dd) => ({
                path: dd.getAttribute('data-detail'),
                label: q(element, `[data-detail-label="${dd.getAttribute('data-detail')}"]`)!.textContent!.trim(),
                text: dd.textContent!.trim(),
                dateTime:
                    (dd.querySelector('lightning-formatted-date-time') as (Element & { value: string }) | null)
                        ?.value ?? null
            }));

        it('lists them after the fixed details, each formatted by its kind', async () => {
            const typed: Apex.ZoomMeetingDetailDto[] = [
                { fieldPath: 'Source__c', label: 'Source', kind: 'text', value: 'Zoom client' },
                { fieldPath: 'No_Show__c', label: 'No-Show', kind: 'boolean', value: 'true' },
                { fieldPath: 'Seats__c', label: 'Seats', kind: 'number', value: '1250.5' },
                { fieldPath: 'Renewal__c', label: 'Renewal', kind: 'date', value: '2026-03-31' },
                { fieldPath: 'Reviewed__c', label: 'Reviewed', kind: 'dateTime', value: '2026-03-09T15:00:00.000Z' },
                { fieldPath: 'Host_User__r.Email', label: 'Email', kind: 'text', value: null }
            ];
            const { element } = await mountWith({ ...meetingFixture, details: typed });
            expect(details(element)).toEqual([
                { path: 'Source__c', label: 'Source', text: 'Zoom client', dateTime: null },
                { path: 'No_Show__c', label: 'No-Show', text: 'Yes', dateTime: null },
                { path: 'Seats__c', label: 'Seats', text: '1,250.5', dateTime: null },
                { path: 'Renewal__c', label: 'Renewal', text: 'Mar 31, 2026', dateTime: null },
                { path: 'Reviewed__c', label: 'Reviewed', text: '', dateTime: '2026-03-09T15:00:00.000Z' },
                { path: 'Host_User__r.Email', label: 'Email', text: '', dateTime: null }
            ]);
            // After the last fixed detail, inside the same list.
            const list = q(element, '[data-id="details"]')!;
            const cells = [...list.children];
            expect(cells.indexOf(q(element, '[data-detail-label="Source__c"]')!)).toBeGreaterThan(
                cells.indexOf(q(element, '[data-id="last-synced"]')!)
            );
        });

        it('shows the fixture’s details and none when the user may read no field of the set', async () => {
            const { element } = await mountWith(meetingFixture);
            expect(details(element).map((d) => [d.label, d.text])).toEqual([['Source', 'Salesforce']]);
            emit({ ...meetingFixture, details: [] });
            await flush();
            expect(details(element)).toEqual([]);
            expect(text(element, 'host')).toBe('Dana Rep');
        });
    });

    describe('Start', () => {
        it('is shown to the host and hidden from everyone else', async () => {
            const { element } = await mountWith(meetingFixture);
            expect(button(element, 'start').disabled).toBe(false);
            wire.emit(notHostFixture);
            await flush();
            expect(button(element, 'start')).toBeNull();
            expect(text(element, 'host')).toBe('Sam Host');
            expect(text(element, 'pmi')).toBe('Yes');
        });

        it('opens a fresh start URL in a new tab', async () => {
            const popup = { opener: window } as unknown as Window;
            const open = jest.spyOn(window, 'open').mockReturnValue(popup);
            let answer: (url: string) => void = () => undefined;
            mocked(getStartUrl).mockReturnValue(new Promise((resolve) => (answer = resolve)));
            const { element } = await mountWith(startedFixture);

            button(element, 'start').click();
            await flush();
            // While Zoom answers: spinner, buttons disabled.
            expect(q(element, '[data-id="busy"]')).not.toBeNull();
            expect(button(element, 'start').disabled).toBe(true);
            expect(button(element, 'start').label).toBe('Starting…');
            expect(button(element, 'sync').disabled).toBe(true);

            answer(startUrl);
            await flush();
            expect(getStartUrl).toHaveBeenCalledWith({ meetingId: startedFixture.id });
            expect(open).toHaveBeenCalledWith(startUrl, '_blank');
            expect(popup.opener).toBeNull();
            expect(notices(element)).toEqual([
                expect.objectContaining({ title: 'Zoom is opening', variant: 'success' })
            ]);
            expect(q(element, '[data-id="busy"]')).toBeNull();
            expect(button(element, 'start').disabled).toBe(false);
            expect(q(element, '[data-id="start-blocked"]')).toBeNull();
        });

        it('shows a link to click when the browser blocks the new tab', async () => {
            jest.spyOn(window, 'open').mockReturnValue(null);
            mocked(getStartUrl).mockResolvedValue(startUrl);
            const { element } = await mountWith(meetingFixture);

            button(element, 'start').click();
            await flush();

            const link = q(element, '[data-id="start-link"]') as HTMLAnchorElement;
            expect(link.getAttribute('href')).toBe(startUrl);
            expect(link.getAttribute('target')).toBe('_blank');
            expect(link.getAttribute('rel')).toBe('noopener noreferrer');
            expect(notices(element)).toEqual([expect.objectContaining({ variant: 'warning' })]);

            await expect(element).toBeAccessible();
            // A start URL is used once: the link goes away after the click.
            link.addEventListener('click', (e) => e.preventDefault());
            link.click();
            await flush();
            expect(q(element, '[data-id="start-blocked"]')).toBeNull();
        });

        it('shows the reason inline when Zoom refuses', async () => {
            const open = jest.spyOn(window, 'open');
            mocked(getStartUrl).mockRejectedValue({
                body: { message: 'Only the host of this meeting can start it.' }
            });
            const { element } = await mountWith(meetingFixture);

            button(element, 'start').click();
            await flush();

            expect(open).not.toHaveBeenCalled();
            expect(notices(element)).toEqual([
                {
                    title: 'The meeting could not be started',
                    message: 'Only the host of this meeting can start it.',
                    variant: 'error'
                }
            ]);
            expect(button(element, 'start').disabled).toBe(false);
        });
    });

    describe('Sync now', () => {
        it('syncs, refreshes the wired meeting and shows the result inline', async () => {
            let answer: (value: unknown) => void = () => undefined;
            mocked(syncNow).mockReturnValue(new Promise((resolve) => (answer = resolve)));
            const { element } = await mountWith(meetingFixture);

            button(element, 'sync').click();
            await flush();
            expect(button(element, 'sync').disabled).toBe(true);
            expect(button(element, 'sync').label).toBe('Syncing…');
            expect(q(element, '[data-id="busy"]')).not.toBeNull();

            mocked(refreshApex).mockImplementation(() => {
                wire.emit(endedFixture);
                return Promise.resolve();
            });
            answer(synced);
            await flush();

            expect(syncNow).toHaveBeenCalledWith({ meetingId: meetingFixture.id });
            expect(refreshApex).toHaveBeenCalledTimes(1);
            expect(notices(element)).toEqual([
                { title: 'Synced with Zoom', message: synced.message, variant: 'success' }
            ]);
            // Defect: toasts show nothing in Lightning Out (Classic); the panel fires none.
            expect(toastsFired).toEqual([]);
            expect(button(element, 'sync').disabled).toBe(false);
            expect(button(element, 'sync').label).toBe('Sync now');
            expect((q(element, 'lightning-badge') as HTMLElement & { label: string }).label).toBe('Ended');
            expect(text(element, 'participants-title')).toBe('Participants (4)');
        });

        it('warns when Zoom deferred the sync', async () => {
            mocked(syncNow).mockResolvedValue(deferred);
            const { element } = await mountWith(meetingFixture);
            button(element, 'sync').click();
            await flush();
            expect(notices(element)).toEqual([
                { title: 'Not synced yet', message: deferred.message, variant: 'warning' }
            ]);
            expect(refreshApex).toHaveBeenCalledTimes(1);
        });

        it('shows a readable error inline when the sync fails', async () => {
            mocked(syncNow).mockRejectedValue({ body: { message: 'Zoom could not be reached. Try again later.' } });
            const { element } = await mountWith(meetingFixture);
            button(element, 'sync').click();
            await flush();
            expect(notices(element)).toEqual([
                {
                    title: 'Sync with Zoom failed',
                    message: 'Zoom could not be reached. Try again later.',
                    variant: 'error'
                }
            ]);
            expect(refreshApex).not.toHaveBeenCalled();
            expect(button(element, 'sync').disabled).toBe(false);
        });
    });

    describe('Send Email', () => {
        it('opens a modal with the composer for this meeting and closes it on sent', async () => {
            const { element } = await mountWith(meetingFixture);
            expect(q(element, '[data-id="email-modal"]')).toBeNull();

            button(element, 'email').click();
            await flush();

            const modal = q(element, '[data-id="email-modal"]')!;
            expect(modal.getAttribute('role')).toBe('dialog');
            expect(modal.getAttribute('aria-modal')).toBe('true');
            const composer = q(element, 'c-zoom-meeting-email') as HTMLElement & { meetingId: string };
            expect(composer.meetingId).toBe(meetingFixture.id);
            await expect(element).toBeAccessible();

            const sent = { title: 'Email sent to 2 people', message: 'Sent with the invitation.', variant: 'success' };
            composer.dispatchEvent(new CustomEvent('sent', { detail: { sent: 2, notice: sent } }));
            await flush();
            expect(q(element, '[data-id="email-modal"]')).toBeNull();
            // The composer closed with the modal: the panel shows its outcome inline.
            expect(notices(element)).toEqual([sent]);
        });

        it('closes on cancel, on the close button and on Escape', async () => {
            const { element } = await mountWith(meetingFixture);

            button(element, 'email').click();
            await flush();
            q(element, 'c-zoom-meeting-email')!.dispatchEvent(new CustomEvent('cancel'));
            await flush();
            expect(q(element, '[data-id="email-modal"]')).toBeNull();

            button(element, 'email').click();
            await flush();
            (q(element, '[data-id="email-close"]') as HTMLElement).click();
            await flush();
            expect(q(element, '[data-id="email-modal"]')).toBeNull();

            button(element, 'email').click();
            await flush();
            const modal = q(element, '[data-id="email-modal"]')!;
            modal.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
            await flush();
            expect(q(element, '[data-id="email-modal"]')).not.toBeNull();
            modal.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
            await flush();
            expect(q(element, '[data-id="email-modal"]')).toBeNull();
        });

        it('moves focus into the dialog, wraps it at both ends and returns it to Send Email on close', async () => {
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const lastFocused = () => (focus.mock.contexts.at(-1) as HTMLElement | undefined)?.getAttribute('data-id');
            try {
                const { element } = await mountWith(meetingFixture);
                button(element, 'email').click();
                await flush();
                expect(lastFocused()).toBe('email-close');

                // Tab past the last control lands on the end guard: back to Close.
                focus.mockClear();
                q(element, '[data-id="trap-end"]')!.dispatchEvent(new FocusEvent('focus'));
                expect(lastFocused()).toBe('email-close');
                // Shift+Tab before Close: the composer's last control, or Close while the composer has none.
                focus.mockClear();
                mockFocusLast.mockReturnValueOnce(true);
                q(element, '[data-id="trap-start"]')!.dispatchEvent(new FocusEvent('focus'));
                expect(mockFocusLast).toHaveBeenCalledTimes(1);
                expect(focus).not.toHaveBeenCalled();
                q(element, '[data-id="trap-start"]')!.dispatchEvent(new FocusEvent('focus'));
                expect(lastFocused()).toBe('email-close');

                focus.mockClear();
                q(element, '[data-id="email-modal"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
                await flush();
                expect(q(element, '[data-id="email-modal"]')).toBeNull();
                expect(lastFocused()).toBe('email');
            } finally {
                focus.mockRestore();
            }
        });

        it('is disabled for a meeting without a join link', async () => {
            const { element } = await mountWith(failedFixture);
            expect(button(element, 'email').disabled).toBe(true);
        });
    });

    describe('Join and Copy invitation', () => {
        // Defect: NavigationMixin does nothing in Lightning Out (Classic), so Join was dead there: a plain link now.
        it('links Join to the join URL, opened in a new tab without an opener', async () => {
            const { element } = await mountWith(meetingFixture);
            const link = joinLink(element)!;
            expect(link.getAttribute('href')).toBe(meetingFixture.joinUrl);
            expect(link.getAttribute('target')).toBe('_blank');
            expect(link.getAttribute('rel')).toBe('noopener noreferrer');
            expect(link.textContent).toBe('Join');
        });

        // A script link is built from parts so that the test source itself holds no script URL.
        it.each([['javascript', 'alert(1)'].join(':'), 'http://zoom.example.com/j/1', '//evil.example.com/j/1'])(
            'disables Join and links nothing for a join link that is not https (%s)',
            async (joinUrl) => {
                const { element } = await mountWith({ ...meetingFixture, joinUrl });
                expectJoinDisabled(element);
                const hrefs = [...element.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
                expect(hrefs).not.toContain(joinUrl);
            }
        );

        it('passes the org URL of a Lightning Out page on to the participants table', async () => {
            const { element } = mount();
            element.recordBaseUrl = 'https://acme.my.salesforce.com';
            wire.emit(meetingFixture);
            await flush();
            const table = q(element, 'c-zoom-participants') as HTMLElement & { recordBaseUrl?: string };
            expect(table.recordBaseUrl).toBe('https://acme.my.salesforce.com');
        });

        it('disables Join for a meeting that has ended', async () => {
            const { element } = await mountWith({ ...meetingFixture, status: 'Ended' });
            expect(joinLink(element)).toBeNull();
            expect(button(element, 'join').disabled).toBe(true);
        });

        it('copies the invitation and confirms inline', async () => {
            const writeText = jest.fn().mockResolvedValue(undefined);
            Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
            const { element } = await mountWith(meetingFixture);

            button(element, 'copy').click();
            await flush();

            const copied = writeText.mock.calls[0][0] as string;
            expect(copied).toContain(`Join Zoom meeting: ${meetingFixture.topic}`);
            expect(copied).toContain(meetingFixture.joinUrl);
            expect(copied).toContain('Meeting ID: 857 4606 5432');
            expect(notices(element)).toEqual([
                expect.objectContaining({ title: 'Invitation copied', variant: 'success' })
            ]);
            expect(q(element, '[data-id="manual-copy"]')).toBeNull();
        });

        it('shows the invitation for manual copy when the browser refuses the clipboard', async () => {
            Object.defineProperty(navigator, 'clipboard', {
                value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) },
                configurable: true
            });
            const { element } = await mountWith(meetingFixture);

            button(element, 'copy').click();
            await flush();
            await flush();

            const manual = q(element, '[data-id="manual-copy"]') as HTMLElement & { value: string };
            expect(manual.value).toContain(meetingFixture.joinUrl);
            await expect(element).toBeAccessible();
            expect(notices(element)).toEqual([expect.objectContaining({ variant: 'warning' })]);
        });
    });

    describe('Links only to Zoom', () => {
        const foreign = [
            'https://zoom.us.evil.example.com/j/85746065432',
            'https://evilzoom.us/j/85746065432',
            'https://zoom.us@evil.example.com/j/85746065432',
            'http://us02web.zoom.us/j/85746065432'
        ];

        /** Every href and every lightning-formatted-url value the panel renders. */
        function renderedLinks(element: Element): string[] {
            const root = element.shadowRoot!;
            const hrefs = [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '');
            const urls = [...root.querySelectorAll('lightning-formatted-url')].map(
                (u) => (u as HTMLElement & { value?: string }).value ?? ''
            );
            return [...hrefs, ...urls];
        }

        it.each(foreign)('renders no link and says why for a join link that is not Zoom (%s)', async (joinUrl) => {
            const { element } = await mountWith({ ...meetingFixture, joinUrl });

            expectJoinDisabled(element);
            expect(renderedLinks(element)).not.toContain(joinUrl);
            expect(text(element, 'join-refused')).toContain('does not lead to Zoom');
            expect(button(element, 'email').disabled).toBe(true);
        });

        it('says why when the server withheld the join link', async () => {
            const { element } = await mountWith({ ...meetingFixture, joinUrl: null, joinUrlRefused: true });
            expectJoinDisabled(element);
            expect(text(element, 'join-refused')).toContain('does not lead to Zoom');
        });

        it('shows a Zoom join link in the details', async () => {
            const { element } = await mountWith(meetingFixture);
            expect(renderedLinks(element)).toContain(meetingFixture.joinUrl);
            expect(q(element, '[data-id="join-refused"]')).toBeNull();
        });

        it('renders no play link for a recording link that is not Zoom', async () => {
            const recording: Apex.ZoomRecordingDto = {
                id: 'a03Dn0000000001AAA',
                recordingType: 'audio_only',
                fileType: 'M4A',
                playUrl: 'https://zoom.us.evil.example.com/rec/play/1',
                playUrlRefused: false,
                recordingStart: null,
                recordingEnd: null,
                sizeBytes: 10
            };
            const { element } = await mountWith({ ...meetingFixture, recordings: [recording] });

            expect(q(element, '[data-id="play"]')).toBeNull();
            expect(renderedLinks(element)).not.toContain(recording.playUrl);
            expect(text(element, 'play-refused')).toContain('does not lead to Zoom');
        });

        it('leaves the invitation text without a join link that is not Zoom', async () => {
            const writeText = jest.fn().mockResolvedValue(undefined);
            Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
            const { element } = await mountWith({ ...meetingFixture, joinUrl: foreign[0] });

            button(element, 'copy').click();
            await flush();

            expect(writeText.mock.calls[0][0]).not.toContain('evil.example.com');
        });

        it('does not open a start link that is not Zoom', async () => {
            const open = jest.spyOn(window, 'open');
            mocked(getStartUrl).mockResolvedValue('https://zoom.us.evil.example.com/s/1');
            const { element } = await mountWith(meetingFixture);

            button(element, 'start').click();
            await flush();

            expect(open).not.toHaveBeenCalled();
            expect(q(element, '[data-id="start-blocked"]')).toBeNull();
            expect(notices(element)).toEqual([
                expect.objectContaining({ title: 'The meeting could not be started', variant: 'error' })
            ]);
        });
    });

    describe('Errors', () => {
        it('shows the sentence and the log reference apart', async () => {
            mocked(syncNow).mockRejectedValue({
                body: {
                    message:
                        'Something went wrong, and the action was not completed. Log reference: 3f2a9c1e-0b7d-4e55-9a61-2c0f1d2e3b4a'
                }
            });
            const { element } = await mountWith(meetingFixture);

            button(element, 'sync').click();
            await flush();

            expect(notices(element)).toEqual([
                {
                    title: 'Sync with Zoom failed',
                    message: 'Something went wrong, and the action was not completed.',
                    variant: 'error',
                    reference: '3f2a9c1e-0b7d-4e55-9a61-2c0f1d2e3b4a'
                }
            ]);
        });

        it('keeps the reference in the text when loading the meeting fails', async () => {
            const { element } = mount();
            wire.emitError({ body: { message: 'Something went wrong. Log reference: abc-123' }, status: 500 });
            await flush();
            expect(text(element, 'error')).toBe('Something went wrong. Log reference: abc-123');
        });
    });
});

describe('c-zoom-meeting-panel AI Companion summary and host presence', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows the summary, next steps and keywords of an ended meeting', async () => {
        const { element } = await mountWith(summaryFixture);
        expect(text(element, 'summary-title')).toBe('Meeting summary');
        const paragraphs = Array.from(q(element, '[data-id="summary"]')!.querySelectorAll('p')).map((p) =>
            p.textContent!.trim()
        );
        expect(paragraphs).toEqual([
            'Riley and Dana walked through the 2026 price list.',
            'Pricing',
            'The multi-year discount stays at 10%.',
            'Pricing, Renewal terms'
        ]);
        const steps = Array.from(q(element, '[data-id="summary-next-steps"]')!.querySelectorAll('li')).map((li) =>
            li.textContent!.trim()
        );
        expect(steps).toEqual(['Dana sends the revised quote by Friday.', 'Riley confirms the budget with finance.']);
        expect(text(element, 'summary-keywords')).toBe('Pricing, Renewal terms');
        expect(q(element, '[data-id="summary-none"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when Zoom has no AI Companion summary', async () => {
        const { element } = await mountWith(noSummaryFixture);
        expect(text(element, 'summary-none')).toBe('No AI Companion summary for this meeting.');
        expect(q(element, '[data-id="summary"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows no summary section before the meeting ended or before Zoom said anything', async () => {
        const { element } = await mountWith({ ...summaryFixture, status: 'Started' });
        expect(q(element, '[data-id="summary-title"]')).toBeNull();
        emit(endedFixture);
        await flush();
        expect(q(element, '[data-id="summary-title"]')).toBeNull();
    });

    it('shows the host presence as text and icon', async () => {
        const { element } = await mountWith(summaryFixture);
        const badge = q(element, '[data-id="host-presence-badge"]') as HTMLElement & {
            label: string;
            iconName: string;
        };
        expect(badge.label).toBe('In a Meeting');
        expect(badge.iconName).toBe('utility:video');
        emit(noSummaryFixture);
        await flush();
        const available = q(element, '[data-id="host-presence-badge"]') as HTMLElement & { iconName: string };
        expect(available.iconName).toBe('utility:success');
        emit(endedFixture);
        await flush();
        expect(q(element, '[data-id="host-presence"]')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
