import { debounce, formatPhone, formatPhoneWithExtension, formatTalkTime, recordHref, telHref } from 'c/callFormat';

describe('c/callFormat', () => {
    it('formats talk time as m:ss and h:mm:ss', () => {
        expect(formatTalkTime(0)).toBe('0:00');
        expect(formatTalkTime(9)).toBe('0:09');
        expect(formatTalkTime(90)).toBe('1:30');
        expect(formatTalkTime(3599)).toBe('59:59');
        expect(formatTalkTime(3723)).toBe('1:02:03');
        expect(formatTalkTime(89.6)).toBe('1:30');
    });

    it('leaves unknown talk time empty', () => {
        expect(formatTalkTime(null)).toBe('');
        expect(formatTalkTime(undefined)).toBe('');
        expect(formatTalkTime(-1)).toBe('');
        expect(formatTalkTime(Number.NaN)).toBe('');
    });

    it('formats North American numbers the usual way', () => {
        expect(formatPhone('+15550101234')).toBe('+1 (555) 010-1234');
    });

    it('keeps other E.164 numbers unambiguous', () => {
        expect(formatPhone('+4930123456')).toBe('+4930123456');
        expect(formatPhone('+442071838750')).toBe('+442071838750');
        expect(formatPhone('+155501012345')).toBe('+155501012345');
    });

    it('keeps anything that is not E.164 as written', () => {
        expect(formatPhone('1002')).toBe('1002');
        expect(formatPhone(' anonymous ')).toBe('anonymous');
        expect(formatPhone(null)).toBe('');
        expect(formatPhone('')).toBe('');
    });

    it('adds the extension through the label', () => {
        const label = (p: string, e: string): string => `${p} ext. ${e}`;
        expect(formatPhoneWithExtension('+15550101234', '42', label)).toBe('+1 (555) 010-1234 ext. 42');
        expect(formatPhoneWithExtension('+15550101234', null, label)).toBe('+1 (555) 010-1234');
    });

    it('builds tel: and record links only from valid values', () => {
        expect(telHref('+15550101234')).toBe('tel:+15550101234');
        expect(telHref('1002')).toBeNull();
        expect(telHref(null)).toBeNull();
        expect(recordHref('003000000000001AAA')).toBe('/lightning/r/003000000000001AAA/view');
        expect(recordHref(null)).toBeNull();
    });

    it('debounces: only the last call runs, after the wait', () => {
        jest.useFakeTimers();
        const fn = jest.fn();
        const run = debounce(fn, 300);
        run('a');
        run('ab');
        jest.advanceTimersByTime(299);
        expect(fn).not.toHaveBeenCalled();
        jest.advanceTimersByTime(1);
        expect(fn).toHaveBeenCalledTimes(1);
        expect(fn).toHaveBeenCalledWith('ab');
        run('abc');
        run.cancel();
        jest.advanceTimersByTime(1000);
        expect(fn).toHaveBeenCalledTimes(1);
        jest.useRealTimers();
    });
});
