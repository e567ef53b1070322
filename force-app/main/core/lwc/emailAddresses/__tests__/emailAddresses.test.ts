import {
    addAddresses,
    addressKey,
    addressProblem,
    asciiDomain,
    dedupeAddresses,
    findProblems,
    isValidAddress,
    splitAddresses,
    MAX_ADDRESS_LENGTH,
    MAX_RECIPIENTS
} from 'c/emailAddresses';

/** 64 before the @, 189 after it: 254 characters, the longest address email allows. */
const longest = () => `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;

describe('splitAddresses', () => {
    it.each([
        ['a@x.com, b@x.com;c@x.com d@x.com', ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']],
        ['  a@x.com ,, ;  b@x.com  ', ['a@x.com', 'b@x.com']],
        ['a@x.com\nb@x.com\r\nc@x.com\tD@X.com', ['a@x.com', 'b@x.com', 'c@x.com', 'D@X.com']],
        ['Dana Rep <dana@acme.com>, lee@acme.com', ['dana@acme.com', 'lee@acme.com']],
        ['"Rep, Dana" <dana@acme.com>; lee@acme.com', ['dana@acme.com', 'lee@acme.com']],
        ['<dana@acme.com> lee@acme.com', ['dana@acme.com', 'lee@acme.com']],
        ['mailto:dana@acme.com', ['dana@acme.com']],
        ['a b@c.com', ['a', 'b@c.com']]
    ])('%p → %p', (text, expected) => {
        expect(splitAddresses(text)).toEqual(expected);
    });

    it.each(['', '   ', ' , ; ', null, undefined])('gives nothing for %p', (text) => {
        expect(splitAddresses(text)).toEqual([]);
    });
});

describe('addressProblem', () => {
    it.each([
        'dana@acme.com',
        'first.last+tag@sub.example.co.uk',
        "o'brien@example.ie",
        'UPPER.Case@ACME.COM',
        'a@b-c.io',
        'x_y@acme.travel',
        'anna@xn--bcher-kva.de',
        'user@example.xn--p1ai'
    ])('accepts %p', (address) => {
        expect(addressProblem(address)).toBeNull();
        expect(isValidAddress(address)).toBe(true);
    });

    it.each([
        ['a@b', '“a@b” needs a full domain after the @, such as example.com.'],
        ['a b@c.com', '“a b@c.com” contains a space.'],
        ['x@y..com', '“x@y..com” has two dots in a row.'],
        ['a@b.com.', '“a@b.com.” ends with a dot.'],
        ['a@.b.com', '“a@.b.com” has a dot right after the @.'],
        ['dana.@acme.com', '“dana.@acme.com” has a dot right before the @.'],
        ['.dana@acme.com', '“.dana@acme.com” starts with a dot.'],
        ['da..na@acme.com', '“da..na@acme.com” has two dots in a row.'],
        ['dana', '“dana” has no @ (an address looks like name@example.com).'],
        ['a@b@c.com', '“a@b@c.com” has more than one @.'],
        ['@acme.com', '“@acme.com” has nothing before the @.'],
        ['dana@', '“dana@” has nothing after the @.'],
        ['a(b)@acme.com', '“a(b)@acme.com” contains “(”, which is not allowed before the @.'],
        ['a@ac_me.com', '“a@ac_me.com” contains “_”, which is not allowed in a domain.'],
        ['a@[192.0.2.1]', '“a@[192.0.2.1]” uses an IP address after the @; use the domain name instead.'],
        ['a@-acme.com', '“a@-acme.com” has a part of its domain that starts or ends with a hyphen.'],
        ['a@acme-.com', '“a@acme-.com” has a part of its domain that starts or ends with a hyphen.'],
        ['a@acme.c', '“a@acme.c” does not end in a real domain ending such as .com or .de.'],
        ['a@192.0.2.1', '“a@192.0.2.1” does not end in a real domain ending such as .com or .de.'],
        ['', 'An empty address cannot be used.']
    ])('refuses %p with a reason naming it', (address, reason) => {
        expect(addressProblem(address)).toBe(reason);
        expect(isValidAddress(address)).toBe(false);
    });

    describe('unicode policy', () => {
        it('refuses a Unicode domain and suggests its ASCII form', () => {
            expect(addressProblem('anna@bücher.de')).toBe(
                '“anna@bücher.de” has a domain with non-Latin or accented letters; enter it as anna@xn--bcher-kva.de.'
            );
        });

        it('refuses a Unicode domain that has no usable ASCII form', () => {
            expect(addressProblem('anna@bü cher.de')).toBe('“anna@bü cher.de” contains a space.');
            expect(addressProblem('anna@bücher')).toBe(
                '“anna@bücher” has characters that are not allowed in a domain.'
            );
        });

        it('refuses letters with accents before the @', () => {
            expect(addressProblem('josé@acme.com')).toBe(
                '“josé@acme.com” has accented or non-Latin letters before the @, which email cannot carry.'
            );
        });

        it('refuses full-width look-alike letters', () => {
            expect(isValidAddress('ｄａｎａ@acme.com')).toBe(false);
        });
    });

    describe('length limits', () => {
        it(`accepts an address of exactly ${MAX_ADDRESS_LENGTH} characters`, () => {
            const address = longest();
            expect(address).toHaveLength(MAX_ADDRESS_LENGTH);
            expect(addressProblem(address)).toBeNull();
        });

        it(`refuses ${MAX_ADDRESS_LENGTH + 1} characters and shortens the address in the reason`, () => {
            const address = `z${longest()}`;
            expect(addressProblem(address)).toMatch(
                /^“za{58}…” is longer than 254 characters, the most an email address can have\.$/
            );
        });

        it('refuses the 320-character "64 + 1 + 255" address that SMTP cannot carry', () => {
            const address = `${'a'.repeat(64)}@${['b', 'c', 'd', 'e'].map((ch) => ch.repeat(63)).join('.')}`;
            expect(address).toHaveLength(320);
            expect(isValidAddress(address)).toBe(false);
            expect(isValidAddress(`${address}x`)).toBe(false);
        });

        it('refuses more than 64 characters before the @', () => {
            expect(addressProblem(`${'a'.repeat(65)}@acme.com`)).toMatch(/has more than 64 characters before the @\.$/);
        });

        it('refuses a domain part longer than 63 characters', () => {
            expect(addressProblem(`a@${'b'.repeat(64)}.com`)).toMatch(/has a part of its domain longer than 63/);
        });
    });
});

describe('asciiDomain', () => {
    it('converts a Unicode domain with the browser’s IDNA rules', () => {
        expect(asciiDomain('Bücher.de')).toBe('xn--bcher-kva.de');
    });

    it.each(['a b.de', 'a/b.de', 'x@y.de', '[::1]'])('gives null for %p', (domain) => {
        expect(asciiDomain(domain)).toBeNull();
    });

    it('gives null when the URL parser refuses the host', () => {
        expect(asciiDomain('exa\u0000mple.de')).toBeNull();
    });
});

describe('addressKey and dedupeAddresses', () => {
    it('compares addresses without letter case or surrounding spaces', () => {
        expect(addressKey('  Dana@ACME.com ')).toBe('dana@acme.com');
    });

    it('keeps the first spelling and the order', () => {
        expect(
            dedupeAddresses(['Dana@acme.com', 'lee@acme.com', 'dana@ACME.COM', 'LEE@acme.com', 'kim@acme.com'])
        ).toEqual(['Dana@acme.com', 'lee@acme.com', 'kim@acme.com']);
    });
});

describe('findProblems', () => {
    it('lists every unusable address in order', () => {
        expect(findProblems(['ok@acme.com', 'a@b', 'fine@acme.com', 'x@y..com'])).toEqual([
            { address: 'a@b', reason: expect.stringContaining('needs a full domain') },
            { address: 'x@y..com', reason: expect.stringContaining('two dots in a row') }
        ]);
        expect(findProblems(['ok@acme.com'])).toEqual([]);
    });
});

describe('addAddresses', () => {
    it('adds valid addresses one by one and keeps the refused text for the input', () => {
        const result = addAddresses(['dana@acme.com'], 'lee@acme.com, a@b; kim@acme.com x@y..com');
        expect(result.added).toEqual(['lee@acme.com', 'kim@acme.com']);
        expect(result.invalid.map((p) => p.address)).toEqual(['a@b', 'x@y..com']);
        expect(result.duplicates).toEqual([]);
        expect(result.remainder).toBe('a@b, x@y..com');
    });

    it('skips addresses already in the list or typed twice, in any letter case', () => {
        const result = addAddresses(['Dana@acme.com'], 'DANA@acme.com lee@acme.com Lee@Acme.com');
        expect(result.added).toEqual(['lee@acme.com']);
        expect(result.duplicates).toEqual(['DANA@acme.com', 'Lee@Acme.com']);
        expect(result.remainder).toBe('');
    });

    it('stops at the recipient limit and leaves the rest in the input', () => {
        const result = addAddresses(['a@acme.com'], 'b@acme.com c@acme.com d@acme.com', 3);
        expect(result.added).toEqual(['b@acme.com', 'c@acme.com']);
        expect(result.overLimit).toEqual(['d@acme.com']);
        expect(result.remainder).toBe('d@acme.com');
    });

    it(`allows ${MAX_RECIPIENTS} recipients by default`, () => {
        const existing = Array.from({ length: MAX_RECIPIENTS - 1 }, (_, i) => `p${i}@acme.com`);
        const result = addAddresses(existing, 'last@acme.com one.more@acme.com');
        expect(result.added).toEqual(['last@acme.com']);
        expect(result.overLimit).toEqual(['one.more@acme.com']);
    });

    it('does nothing for an empty text', () => {
        expect(addAddresses([], '  ')).toEqual({
            added: [],
            invalid: [],
            duplicates: [],
            overLimit: [],
            remainder: ''
        });
    });
});
