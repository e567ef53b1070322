// The preview's zoomCalls handler on its own (no browser): it pages, filters and counts the way CallListController
// does (pages of 50, OFFSET up to 2,000 rows then the narrow-your-filter notice, the total counted to 10,000), and a
// linked call leaves the To link view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

const { createCallStore, createCalls, CONTACTS, PAGE_SIZE } = await import('../preview/handlers/zoomCalls.js');

const get = (store, params) =>
    store.answer('CallListController.getCalls', {
        recordId: null,
        view: 'mine',
        outcome: null,
        search: null,
        pageNumber: 1,
        ...params
    });

describe('zoomCalls handler', () => {
    test('100,000 calls: the count stops at 10,000, pages of 50 newest first, page 42 asks to narrow', () => {
        const store = createCallStore();
        const first = get(store, {});
        assert.equal(first.total, 10_000);
        assert.equal(first.totalCapped, true);
        assert.equal(first.lastPage, 41);
        assert.equal(first.rows.length, PAGE_SIZE);
        const second = get(store, { pageNumber: 2 });
        assert.ok(first.rows.at(-1).ringStart > second.rows[0].ringStart, 'newest ring first across pages');
        const last = get(store, { pageNumber: 41 });
        assert.equal(last.rows.length, PAGE_SIZE, 'OFFSET 2,000 still answers');
        const beyond = get(store, { pageNumber: 42 });
        assert.deepEqual(beyond.rows, []);
        assert.match(beyond.notice, /Narrow the outcome filter/);
    });

    test('filters by view, outcome, record and search', () => {
        const store = createCallStore(createCalls(2_000));
        const unmatched = get(store, { view: 'unmatched' });
        assert.ok(unmatched.rows.every((r) => r.matchStatus === 'Unmatched' || r.matchStatus === 'Ambiguous'));
        const missed = get(store, { outcome: 'Missed' });
        assert.ok(missed.total > 0 && missed.rows.every((r) => r.outcome === 'Missed'));
        const contact = CONTACTS[0];
        const record = get(store, { view: 'record', recordId: contact.id });
        assert.ok(record.total > 0 && record.rows.every((r) => r.whoId === contact.id));
        const account = get(store, { view: 'record', recordId: contact.accountId });
        assert.ok(account.total > record.total, "an Account shows all its Contacts' calls");
        const searched = get(store, { search: 'CALL-000010' });
        assert.ok(searched.rows.some((r) => r.name === 'CALL-000010'));
        assert.throws(
            () => get(store, { view: 'all' }),
            (e) => e.status === 400
        );
    });

    test('a linked call turns Manual and leaves To link; a Case is recorded on the call', () => {
        const store = createCallStore(createCalls(500));
        const before = get(store, { view: 'unmatched' });
        const ambiguous = before.rows.find((r) => r.matchStatus === 'Ambiguous');
        const result = store.answer('CallListController.linkCall', {
            callId: ambiguous.id,
            targetId: ambiguous.candidates[0].id
        });
        assert.equal(result.message, `Call linked to ${ambiguous.candidates[0].name}.`);
        const after = get(store, { view: 'unmatched' });
        assert.equal(after.total, before.total - 1);
        assert.ok(!after.rows.some((r) => r.id === ambiguous.id));
        const created = store.answer('CallListController.createCase', { callId: ambiguous.id, subject: 'Follow up' });
        const mine = get(store, { search: ambiguous.name });
        assert.equal(mine.rows[0].caseNumber, created.recordName);
    });
});
