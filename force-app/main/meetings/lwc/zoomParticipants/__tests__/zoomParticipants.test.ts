import { createElement } from 'lwc';
import type { Notice } from 'c/zoomNotice';
import ZoomParticipants, { SEARCH_DELAY_MS } from 'c/zoomParticipants';
import relinkParticipant from '@salesforce/apex/ZoomMeetingController.relinkParticipant';
import searchPeople from '@salesforce/apex/ZoomMeetingController.searchPeople';
import endedMeeting from 'fixtures/ZoomMeetingController.getMeeting.ended.json';
import relinked from 'fixtures/ZoomMeetingController.relinkParticipant.json';
import people from 'fixtures/ZoomMeetingController.searchPeople.json';
import noPeople from 'fixtures/ZoomMeetingController.searchPeople.empty.json';

jest.mock('@salesforce/apex/ZoomMeetingController.relinkParticipant', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ZoomMeetingController.searchPeople', () => ({ default: jest.fn() }), { virtual: true });

const mocked = (fn: unknown) => fn as jest.Mock;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const afterDebounce = () => new Promise<void>((resolve) => setTimeout(resolve, SEARCH_DELAY_MS + 30));
const participants = endedMeeting.participants as Apex.ZoomParticipantDto[];

type Host = HTMLElement & { participants: Apex.ZoomParticipantDto[]; recordBaseUrl?: string };

function mount(list: Apex.ZoomParticipantDto[] = participants, recordBaseUrl?: string): { element: Host } {
    const element = createElement('c-zoom-participants', { is: ZoomParticipants }) as Host;
    element.participants = list;
    if (recordBaseUrl) element.recordBaseUrl = recordBaseUrl;
    document.body.appendChild(element);
    return { element };
}

/** The inline notice on screen, as a list (empty when none); toasts do not exist in Lightning Out. */
const notices = (element: Element): Notice[] => {
    const notice = (
        element.shadowRoot!.querySelector('c-zoom-notice') as (HTMLElement & { notice: Notice | null }) | null
    )?.notice;
    return notice ? [notice] : [];
};

const q = <T = HTMLElement>(element: Element, selector: string) =>
    element.shadowRoot!.querySelector(selector) as T | null;
const qa = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)] as HTMLElement[];
const row = (element: Element, id: string) => q(element, `tr[data-participant="${id}"]`)!;
const cell = (element: Element, id: string, cellId: string) =>
    row(element, id).querySelector(`[data-id="${cellId}"]`) as HTMLElement;

async function openChange(element: Element, id: string): Promise<void> {
    (row(element, id).querySelector('lightning-button[data-action="change"]') as HTMLElement).click();
    await flush();
}

function type(element: Element, value: string): void {
    const input = q(element, 'lightning-input[data-id="search"]')!;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

// axe (toBeAccessible) on a full panel can exceed Jest's 5 s default when the machine is busy.
jest.setTimeout(20_000);

describe('c-zoom-participants', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows every participant with times, duration, sessions and match', async () => {
        const { element } = mount();
        expect(qa(element, 'tbody tr')).toHaveLength(4);

        const riley = participants[0];
        expect(cell(element, riley.id, 'name').textContent).toBe('Riley Chen');
        expect(cell(element, riley.id, 'email').textContent).toBe('riley.chen@acme.com');
        expect(cell(element, riley.id, 'duration').textContent).toBe('49 min');
        expect(cell(element, riley.id, 'sessions').textContent).toBe('1');
        const firstJoin = cell(element, riley.id, 'first-join').querySelector('lightning-formatted-date-time') as
            | (HTMLElement & { value: string })
            | null;
        expect(firstJoin!.value).toBe(riley.firstJoin);
        const lastLeave = cell(element, riley.id, 'last-leave').querySelector('lightning-formatted-date-time') as
            | (HTMLElement & { value: string })
            | null;
        expect(lastLeave!.value).toBe(riley.lastLeave);
        const badge = row(element, riley.id).querySelector('[data-id="match"]') as HTMLElement & { label: string };
        expect(badge.label).toBe('Email');
        expect(badge.className).toContain('slds-theme_success');

        // Rejoins are merged server-side: sessions shows how many.
        expect(cell(element, participants[3].id, 'sessions').textContent).toBe('3');
        expect((row(element, participants[2].id).querySelector('[data-id="match"]') as any).label).toBe('Ambiguous');
        expect((row(element, participants[3].id).querySelector('[data-id="match"]') as any).label).toBe('Not matched');
        // No person link for the unmatched ones.
        expect(cell(element, participants[3].id, 'person').querySelector('a')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows waiting-room time apart from attendance and lists who only waited apart from the attendees', async () => {
        const { element } = mount();
        const riley = participants[0];
        // Riley waited 3 minutes before being admitted: shown in its own column, not in the duration.
        expect(cell(element, riley.id, 'waiting-room').textContent).toBe('3 min');
        expect(cell(element, riley.id, 'duration').textContent).toBe('49 min');
        expect(cell(element, participants[1].id, 'waiting-room').textContent).toBe('');
        // Sam only waited and was never admitted: not a row of the attendees' table, listed below it.
        const sam = participants[4];
        expect(sam.admitted).toBe(false);
        expect(q(element, `tr[data-participant="${sam.id}"]`)).toBeNull();
        const waiting = q(element, `[data-waiting="${sam.id}"]`)!;
        expect(waiting.querySelector('[data-id="waiting-name"]')!.textContent).toBe('Sam Ortiz');
        expect(waiting.querySelector('[data-id="waiting-time"]')!.textContent).toBe('15 min');
        await expect(element).toBeAccessible();
    });

    it('shows only the waiting list when nobody was admitted', async () => {
        const { element } = mount([participants[4]]);
        expect(q(element, '[data-id="participants-table"]')).toBeNull();
        await expect(element).toBeAccessible();
        expect(qa(element, '[data-waiting]')).toHaveLength(1);
        expect(q(element, '[data-id="no-participants"]')).toBeNull();
    });

    it('names a participant Zoom reported without a name', () => {
        const { element } = mount([{ ...participants[0], name: null, email: null }]);
        expect(cell(element, participants[0].id, 'name').textContent).toBe('Unnamed participant');
        expect(cell(element, participants[0].id, 'email').textContent).toBe('');
    });

    // Defect: NavigationMixin does nothing in Lightning Out (Classic), so the links were dead there: plain hrefs now.
    it('links the matched Contact and Lead to their record pages with plain hrefs', () => {
        const { element } = mount();
        const contact = cell(element, participants[0].id, 'person').querySelector('a') as HTMLAnchorElement;
        expect(contact.textContent).toBe('Riley Chen');
        expect(contact.getAttribute('href')).toBe('/003Dn00000Ct0001AAA');
        expect(contact.getAttribute('target')).toBe('_self');
        const lead = cell(element, participants[1].id, 'person').querySelector('a') as HTMLAnchorElement;
        expect(lead.textContent).toBe('Jose Alvarez');
        expect(lead.getAttribute('href')).toBe('/00QDn00000Ld0001AAA');
    });

    it('points record links at the org and the whole window on a Lightning Out page', () => {
        const { element } = mount(participants, 'https://acme.my.salesforce.com');
        const contact = cell(element, participants[0].id, 'person').querySelector('a') as HTMLAnchorElement;
        expect(contact.getAttribute('href')).toBe('https://acme.my.salesforce.com/003Dn00000Ct0001AAA');
        expect(contact.getAttribute('target')).toBe('_top');
    });

    it('shows the empty state when there are no participants', async () => {
        const { element } = mount([]);
        expect(q(element, '[data-id="no-participants"]')!.textContent).toContain(
            'No participants yet — they appear after the meeting ends (or click Sync now)'
        );
        expect(q(element, 'table')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('treats a missing list as empty', () => {
        const element = createElement('c-zoom-participants', { is: ZoomParticipants }) as Host;
        element.participants = null as unknown as Apex.ZoomParticipantDto[];
        document.body.appendChild(element);
        expect(q(element, '[data-id="no-participants"]')).not.toBeNull();
    });

    it('searches after a pause, only from 2 characters, and links the picked Contact', async () => {
        mocked(searchPeople).mockResolvedValue(people);
        mocked(relinkParticipant).mockResolvedValue(relinked);
        const { element } = mount();
        const pat = participants[2];
        await openChange(element, pat.id);
        expect(q(element, '[data-id="relink"] h3')!.textContent).toBe('Link Pat Kim to a Contact or Lead');
        // Nothing linked yet: no Unlink.
        expect(q(element, 'lightning-button[data-action="unlink"]')).toBeNull();

        type(element, 'P');
        await afterDebounce();
        expect(searchPeople).not.toHaveBeenCalled();

        type(element, 'Pa');
        type(element, 'Pat');
        type(element, 'Pat K');
        await afterDebounce();
        await flush();
        expect(searchPeople).toHaveBeenCalledTimes(1);
        expect(searchPeople).toHaveBeenCalledWith({ searchTerm: 'Pat K' });

        const options = qa(element, 'lightning-button[data-action="pick"]') as Array<HTMLElement & { label: string }>;
        expect(options.map((o) => o.label)).toEqual(['Pat Kim', 'Pat Kimball', 'Patricia Kim']);
        expect(q(element, '[data-id="options"]')!.textContent).toContain('Lead · Umbrella Corp');
        await expect(element).toBeAccessible();

        options[0].click();
        await flush();
        expect(relinkParticipant).toHaveBeenCalledWith({ participantId: pat.id, personId: '003Dn00000Ct0002AAA' });
        expect((row(element, pat.id).querySelector('[data-id="match"]') as any).label).toBe('Manual');
        expect(cell(element, pat.id, 'person').querySelector('a')!.textContent).toBe('Pat Kim');
        expect(q(element, '[data-id="relink"]')).toBeNull();
        expect(notices(element)).toEqual([expect.objectContaining({ title: 'Linked to Pat Kim', variant: 'success' })]);
    });

    it('says so when no Contact or Lead matches', async () => {
        mocked(searchPeople).mockResolvedValue(noPeople);
        const { element } = mount();
        await openChange(element, participants[3].id);
        type(element, 'iPhone');
        await afterDebounce();
        await flush();
        expect(q(element, '[data-id="no-results"]')!.textContent).toContain('No Contact or Lead matches “iPhone”');
        await expect(element).toBeAccessible();
    });

    it('shows a search error inline', async () => {
        mocked(searchPeople).mockRejectedValue({ body: { message: 'Search is unavailable right now.' } });
        const { element } = mount();
        await openChange(element, participants[3].id);
        type(element, 'Zed');
        await afterDebounce();
        await flush();
        expect(q(element, '[data-id="search-error"]')!.textContent).toBe('Search is unavailable right now.');
        await expect(element).toBeAccessible();
        // Clearing the term clears the error and the results.
        type(element, 'Z');
        await flush();
        expect(q(element, '[data-id="search-error"]')).toBeNull();
    });

    it('ignores an older search that answers after a newer one', async () => {
        let answerFirst: (value: unknown) => void = () => undefined;
        mocked(searchPeople)
            .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
            .mockResolvedValueOnce(noPeople);
        const { element } = mount();
        await openChange(element, participants[3].id);
        type(element, 'Pat');
        await afterDebounce();
        type(element, 'Zed');
        await afterDebounce();
        await flush();
        answerFirst(people);
        await flush();
        expect(qa(element, 'lightning-button[data-action="pick"]')).toHaveLength(0);
        expect(q(element, '[data-id="no-results"]')).not.toBeNull();
    });

    it('unlinks a matched participant', async () => {
        const riley = participants[0];
        mocked(relinkParticipant).mockResolvedValue({
            ...riley,
            contactId: null,
            personName: null,
            matchMethod: 'None'
        });
        const { element } = mount();
        await openChange(element, riley.id);
        (q(element, 'lightning-button[data-action="unlink"]') as HTMLElement).click();
        await flush();
        expect(relinkParticipant).toHaveBeenCalledWith({ participantId: riley.id, personId: null });
        expect(cell(element, riley.id, 'person').querySelector('a')).toBeNull();
        expect((row(element, riley.id).querySelector('[data-id="match"]') as any).label).toBe('Not matched');
        expect(notices(element)).toEqual([
            expect.objectContaining({ title: 'Participant unlinked', variant: 'success' })
        ]);
    });

    it('keeps the search open and shows the reason inline when the link fails', async () => {
        mocked(searchPeople).mockResolvedValue(people);
        mocked(relinkParticipant).mockRejectedValue({
            body: { message: 'You do not have access to this Contact.' }
        });
        const { element } = mount();
        await openChange(element, participants[2].id);
        type(element, 'Pat');
        await afterDebounce();
        await flush();
        (q(element, 'lightning-button[data-action="pick"]') as HTMLElement).click();
        await flush();
        expect(notices(element)).toEqual([
            expect.objectContaining({
                title: 'The participant could not be linked',
                message: 'You do not have access to this Contact.',
                variant: 'error'
            })
        ]);
        expect(q(element, '[data-id="relink"]')).not.toBeNull();
        expect((row(element, participants[2].id).querySelector('[data-id="match"]') as any).label).toBe('Ambiguous');
    });

    it('closes the search on Cancel and when the participant list is replaced', async () => {
        const { element } = mount();
        await openChange(element, participants[1].id);
        expect(q(element, 'lightning-button[data-action="unlink"]')).not.toBeNull();
        (q(element, 'lightning-button[data-action="cancel"]') as HTMLElement).click();
        await flush();
        expect(q(element, '[data-id="relink"]')).toBeNull();

        await openChange(element, participants[1].id);
        element.participants = [participants[0]];
        await flush();
        expect(q(element, '[data-id="relink"]')).toBeNull();
        expect(qa(element, 'tbody tr')).toHaveLength(1);
    });
});
