import { createElement } from 'lwc';
import ZoomPresenceBadge, { sinceText } from 'c/zoomPresenceBadge';
import getPresence from '@salesforce/apex/ZoomPresenceController.getPresence';
import availableJson from 'fixtures/ZoomPresenceController.getPresence.json';
import inMeetingJson from 'fixtures/ZoomPresenceController.getPresence.inMeeting.json';
import notLinkedJson from 'fixtures/ZoomPresenceController.getPresence.notLinked.json';
import noPresenceJson from 'fixtures/ZoomPresenceController.getPresence.noPresence.json';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';

const available = availableJson as Apex.ZoomPresenceDto;
const inMeeting = inMeetingJson as Apex.ZoomPresenceDto;
const notLinked = notLinkedJson as Apex.ZoomPresenceDto;
const noPresence = noPresenceJson as Apex.ZoomPresenceDto;

jest.mock(
    '@salesforce/apex/ZoomPresenceController.getPresence',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);

const wire = getPresence as unknown as TestWireAdapter & { error(body?: unknown): void };
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** 2026-11-30T17:00:00Z: five minutes after the Available fixture, two hours after the In a Meeting one. */
const NOW = Date.parse('2026-11-30T17:00:00.000Z');

function mount(): HTMLElement {
    const element = createElement('c-zoom-presence-badge', { is: ZoomPresenceBadge }) as HTMLElement & {
        recordId: string;
    };
    element.recordId = '003Dn00000Co0001AAA';
    document.body.appendChild(element);
    return element;
}

async function mountWith(data: Apex.ZoomPresenceDto): Promise<HTMLElement> {
    const element = mount();
    wire.emit(data);
    await flush();
    return element;
}

const q = (element: Element, id: string) => element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const text = (element: Element, id: string) => q(element, id)?.textContent?.trim() ?? null;

describe('c-zoom-presence-badge', () => {
    beforeEach(() => {
        jest.spyOn(Date, 'now').mockReturnValue(NOW);
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.restoreAllMocks();
    });

    it('shows a spinner until the presence arrives', async () => {
        const element = mount();
        await flush();

        expect(q(element, 'loading')).not.toBeNull();
        expect(q(element, 'badge')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the presence with how long ago it changed, and whose it is for screen readers', async () => {
        const element = await mountWith(available);

        expect(text(element, 'text')).toBe('Available in Zoom · 5 min. ago');
        expect(text(element, 'accessible')).toBe('Zoom presence of Zoe Host: Available in Zoom · 5 min. ago');
        expect(q(element, 'badge')!.className).toContain('presence_available');
        await expect(element).toBeAccessible();
    });

    it('marks a busy presence red and counts hours', async () => {
        const element = await mountWith(inMeeting);

        expect(text(element, 'text')).toBe('In a Meeting in Zoom · 2 hr. ago');
        expect(q(element, 'badge')!.className).toContain('presence_busy');
        await expect(element).toBeAccessible();
    });

    it('says so when the owner is not linked to Zoom', async () => {
        const element = await mountWith(notLinked);

        expect(text(element, 'text')).toBe('Not linked to Zoom');
        expect(text(element, 'accessible')).toBe('Zoom presence of Ada Lovelace: Not linked to Zoom');
        expect(q(element, 'badge')!.className).toContain('presence_none');
        await expect(element).toBeAccessible();
    });

    it('says so when no presence has arrived yet', async () => {
        const element = await mountWith(noPresence);

        expect(text(element, 'text')).toBe('No presence yet');
        await expect(element).toBeAccessible();
    });

    it('shows the presence without a time when Zoom gave none', async () => {
        const element = await mountWith({ ...available, updatedAt: null });

        expect(text(element, 'text')).toBe('Available in Zoom');
    });

    it('shows the refusal sentence when the record cannot be read', async () => {
        const element = mount();
        wire.error({ message: 'The Zoom presence is not shown: you do not have access to this record.' });
        await flush();

        expect(text(element, 'error')).toBe('The Zoom presence is not shown: you do not have access to this record.');
        expect(q(element, 'badge')).toBeNull();
        await expect(element).toBeAccessible();
    });

    describe('sinceText', () => {
        it('reads a time slightly ahead (clock skew) as now and an invalid one as nothing', () => {
            expect(sinceText('2026-11-30T17:00:30.000Z', NOW)).toBe('now');
            expect(sinceText('not a time', NOW)).toBe('');
            expect(sinceText(null, NOW)).toBe('');
        });

        it('counts days', () => {
            expect(sinceText('2026-11-28T16:00:00.000Z', NOW)).toBe('2 days ago');
        });
    });
});
