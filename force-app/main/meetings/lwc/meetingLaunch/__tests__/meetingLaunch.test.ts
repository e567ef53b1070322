import {
    MAPPING_REQUEST_SUBJECT,
    closeTab,
    mappingRequestMailto,
    openBlankTab,
    openInNewTab,
    pointTab,
    recordLinkTarget,
    recordUrl
} from 'c/meetingLaunch';

describe('c/meetingLaunch', () => {
    afterEach(() => jest.restoreAllMocks());

    describe('mappingRequestMailto', () => {
        it('addresses the admin with the subject and a body naming the user', () => {
            const link = mappingRequestMailto('zoom.admin@example.com', 'Dana Rep', 'dana@example.com')!;
            const url = new URL(link);
            expect(url.protocol).toBe('mailto:');
            expect(url.pathname).toBe('zoom.admin@example.com');
            expect(url.searchParams.get('subject')).toBe(MAPPING_REQUEST_SUBJECT);
            const body = url.searchParams.get('body')!;
            expect(body).toContain('Dana Rep (username dana@example.com)');
            expect(body).toContain('Zoom Setup page');
        });

        it('encodes characters that would break the link', () => {
            const link = mappingRequestMailto(' admin@example.com ', 'A & B', 'a+b@example.com')!;
            expect(link.startsWith('mailto:admin@example.com?subject=')).toBe(true);
            expect(link).not.toContain(' ');
            expect(link).toContain('A%20%26%20B');
            expect(link).toContain('a%2Bb%40example.com');
        });

        it('works without the user details', () => {
            const body = new URL(mappingRequestMailto('admin@example.com', null, undefined)!).searchParams.get('body');
            expect(body).toContain('please link my Salesforce user to my Zoom user');
        });

        it('gives null without an admin address', () => {
            expect(mappingRequestMailto(null, 'Dana', 'dana')).toBeNull();
            expect(mappingRequestMailto('  ', 'Dana', 'dana')).toBeNull();
        });
    });

    describe('recordUrl', () => {
        it('links to the record by Id', () => {
            expect(recordUrl('00UDn00000Ev0101AAA')).toBe('/00UDn00000Ev0101AAA');
        });
        it('gives null without an Id', () => {
            expect(recordUrl(null)).toBeNull();
            expect(recordUrl('')).toBeNull();
        });
        it('links to the org, not the Visualforce domain, on a Lightning Out page', () => {
            expect(recordUrl('003Dn00000Ct0001AAA', 'https://acme.my.salesforce.com/')).toBe(
                'https://acme.my.salesforce.com/003Dn00000Ct0001AAA'
            );
        });
        it('ignores a base that is not an https origin', () => {
            // A script URL is built from parts so that the test source itself holds none.
            const scriptBase = `${['javascript', 'alert(1)'].join(':')}//`;
            expect(recordUrl('003Dn00000Ct0001AAA', scriptBase)).toBe('/003Dn00000Ct0001AAA');
            expect(recordUrl('003Dn00000Ct0001AAA', 'https://acme.my.salesforce.com/path')).toBe(
                '/003Dn00000Ct0001AAA'
            );
        });
    });

    describe('recordLinkTarget', () => {
        it('opens records in the whole window on a Lightning Out page, in place otherwise', () => {
            expect(recordLinkTarget('https://acme.my.salesforce.com')).toBe('_top');
            expect(recordLinkTarget(undefined)).toBe('_self');
            expect(recordLinkTarget('  ')).toBe('_self');
        });
    });

    describe('openInNewTab', () => {
        it('opens the URL in a new tab and clears its opener', () => {
            const tab = { opener: window } as unknown as Window;
            const open = jest.spyOn(window, 'open').mockReturnValue(tab);
            expect(openInNewTab('https://zoom.us/s/1')).toBe(true);
            expect(open).toHaveBeenCalledWith('https://zoom.us/s/1', '_blank');
            expect(tab.opener).toBeNull();
        });

        it('reports a blocked popup', () => {
            jest.spyOn(window, 'open').mockReturnValue(null);
            expect(openInNewTab('https://zoom.us/s/1')).toBe(false);
        });

        it('reports a browser that refuses to open', () => {
            jest.spyOn(window, 'open').mockImplementation(() => {
                throw new Error('blocked');
            });
            expect(openInNewTab('https://zoom.us/s/1')).toBe(false);
        });

        it('counts a tab whose opener cannot be cleared as open', () => {
            const tab = {} as Window;
            Object.defineProperty(tab, 'opener', {
                set() {
                    throw new Error('read-only');
                }
            });
            jest.spyOn(window, 'open').mockReturnValue(tab);
            expect(openInNewTab('https://zoom.us/s/1')).toBe(true);
        });
    });

    describe('openBlankTab, pointTab, closeTab', () => {
        const tabLike = () => ({ opener: window as unknown, closed: false, location: { href: '' }, close: jest.fn() });

        it('opens an empty tab with no handle on this page', () => {
            const tab = tabLike();
            const open = jest.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
            expect(openBlankTab()).toBe(tab);
            expect(open).toHaveBeenCalledWith('', '_blank');
            expect(tab.opener).toBeNull();
        });

        it('returns null when the browser blocks or refuses the tab', () => {
            jest.spyOn(window, 'open').mockReturnValue(null);
            expect(openBlankTab()).toBeNull();
            jest.spyOn(window, 'open').mockImplementation(() => {
                throw new Error('blocked');
            });
            expect(openBlankTab()).toBeNull();
        });

        it('points an open tab at the URL, and says when it cannot', () => {
            const tab = tabLike();
            expect(pointTab(tab as unknown as Window, 'https://zoom.us/s/1')).toBe(true);
            expect(tab.location.href).toBe('https://zoom.us/s/1');
            expect(pointTab(null, 'https://zoom.us/s/1')).toBe(false);
            const closed = { ...tabLike(), closed: true };
            expect(pointTab(closed as unknown as Window, 'https://zoom.us/s/1')).toBe(false);
            expect(closed.location.href).toBe('');
        });

        it('closes a tab and never throws', () => {
            const tab = tabLike();
            closeTab(tab as unknown as Window);
            expect(tab.close).toHaveBeenCalledTimes(1);
            expect(() => closeTab(null)).not.toThrow();
            tab.close.mockImplementation(() => {
                throw new Error('gone');
            });
            expect(() => closeTab(tab as unknown as Window)).not.toThrow();
        });
    });
});
