import { createElement } from 'lwc';
import ZoomNotice from 'c/zoomNotice';
import type { Notice } from 'c/zoomNotice';

function mount(notice: Notice | null): HTMLElement & { notice: Notice | null } {
    const element = createElement('c-zoom-notice', { is: ZoomNotice }) as HTMLElement & { notice: Notice | null };
    element.notice = notice;
    document.body.appendChild(element);
    return element;
}

const q = (element: HTMLElement, selector: string) => element.shadowRoot!.querySelector(selector) as HTMLElement | null;

describe('c-zoom-notice', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows nothing without a notice', () => {
        expect(q(mount(null), '[data-id="notice"]')).toBeNull();
    });

    it.each([
        ['success', 'status', 'slds-theme_success'],
        ['info', 'status', 'slds-theme_info'],
        ['warning', 'alert', 'slds-theme_warning'],
        ['error', 'alert', 'slds-theme_error']
    ] as const)('shows a %s notice with role %s', async (variant, role, css) => {
        const element = mount({ title: 'Synced with Zoom', message: 'All up to date.', variant });
        const notice = q(element, '[data-id="notice"]')!;
        expect(notice.getAttribute('role')).toBe(role);
        expect(notice.className).toContain(css);
        expect(notice.getAttribute('data-variant')).toBe(variant);
        expect(q(element, '[data-id="notice-title"]')!.textContent).toBe('Synced with Zoom');
        expect(q(element, '[data-id="notice-message"]')!.textContent).toContain('All up to date.');
        await expect(element).toBeAccessible();
    });

    it('asks its host to clear it when closed', () => {
        const element = mount({ title: 'Done', message: '', variant: 'success' });
        const dismissed = jest.fn();
        element.addEventListener('dismiss', dismissed);
        (q(element, '[data-id="notice-close"]') as HTMLElement).click();
        expect(dismissed).toHaveBeenCalledTimes(1);
    });

    it('shows the log reference after the message, and none without one', async () => {
        const element = mount({
            title: 'Sync with Zoom failed',
            message: 'Something went wrong.',
            variant: 'error',
            reference: 'abc-123'
        });
        expect(q(element, '[data-id="notice-reference"]')!.textContent).toContain('Log reference: abc-123');
        const plain = mount({ title: 'Synced', message: 'Done.', variant: 'success' });
        expect(q(plain, '[data-id="notice-reference"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('fails toBeAccessible on an inaccessible state (the matcher is live, not a no-op)', async () => {
        mount({ title: 'Done', message: '', variant: 'success' });
        const image = document.createElement('img');
        image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.body.appendChild(image);
        await expect(document).not.toBeAccessible();
    });
});
