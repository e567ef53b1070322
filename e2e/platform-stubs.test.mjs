// The platform stubs on their own (no browser): the Apex stub works imperatively and as a wire adapter the way
// the LWC engine drives it, refreshApex re-delivers, and navigation / uiRecordApi answer like the platform.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';

// The stubs expect a browser window for their event log.
globalThis.window = new EventTarget();

const { setPreviewContext, previewEvents } = await import('../preview/platform/context.js');
const { createApexMethod, refreshApex } = await import('../preview/platform/apexRuntime.js');
const { NavigationMixin, urlFor } = await import('../preview/platform/navigation.js');
const { getRecord, getFieldValue } = await import('../preview/platform/uiRecordApi.js');

const MEETING = { id: 'a01', topic: 'Pricing review', durationMinutes: 45 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Drives a wire adapter like the engine: construct, connect, update; returns every provisioned value. */
function wire(adapterId, config) {
    const values = [];
    const adapter = new adapterId.adapter((value) => values.push(value));
    adapter.connect();
    adapter.update(config);
    return { adapter, values };
}

describe('@salesforce/apex/<Class>.<method> stub', () => {
    let state;
    beforeEach(() => {
        state = { 'Meetings.getMeeting': { data: MEETING } };
        setPreviewContext({ component: 'x', stateName: 'data', apex: state, fixtures: [] });
    });

    test('imperative call resolves with a mutable copy of the answer', async () => {
        const getMeeting = createApexMethod('Meetings.getMeeting');
        const result = await getMeeting({ recordId: '00U1' });
        assert.deepEqual(result, MEETING);
        result.topic = 'changed';
        assert.equal(MEETING.topic, 'Pricing review');
        assert.equal(previewEvents().at(-1).via, 'imperative');
    });

    test('imperative error rejects with an Apex-shaped error', async () => {
        state['Meetings.getMeeting'] = { error: { status: 400, body: { message: 'No access.' } } };
        const error = await createApexMethod('Meetings.getMeeting')({}).catch((e) => e);
        assert.equal(error.status, 400);
        assert.equal(error.ok, false);
        assert.equal(error.body.message, 'No access.');
    });

    test('@wire provisions { data, error }, deep-frozen, for the config', async () => {
        const { values } = wire(createApexMethod('Meetings.getMeeting'), { recordId: '00U1' });
        assert.deepEqual(values[0], { data: undefined, error: undefined });
        await tick();
        assert.deepEqual(values[1], { data: MEETING, error: undefined });
        assert.ok(Object.isFrozen(values[1].data));
        assert.equal(previewEvents().at(-1).via, 'wire');
    });

    test('@wire waits while a parameter is undefined', async () => {
        const { adapter, values } = wire(createApexMethod('Meetings.getMeeting'), { recordId: undefined });
        await tick();
        assert.equal(values.length, 1);
        adapter.update({ recordId: '00U1' });
        await tick();
        assert.deepEqual(values.at(-1).data, MEETING);
    });

    test('@wire delivers errors as { error }', async () => {
        state['Meetings.getMeeting'] = { error: { body: { message: 'Boom.' } } };
        const { values } = wire(createApexMethod('Meetings.getMeeting'), { recordId: '00U1' });
        await tick();
        assert.equal(values.at(-1).data, undefined);
        assert.equal(values.at(-1).error.body.message, 'Boom.');
        assert.equal(values.at(-1).error.status, 500);
    });

    test('"pending" never answers', async () => {
        state['Meetings.getMeeting'] = 'pending';
        const { values } = wire(createApexMethod('Meetings.getMeeting'), { recordId: '00U1' });
        const settled = await Promise.race([createApexMethod('Meetings.getMeeting')({}), tick().then(() => 'open')]);
        assert.equal(settled, 'open');
        assert.equal(values.length, 1);
    });

    test('refreshApex re-delivers the current answer to the wire that provisioned the value', async () => {
        const { values } = wire(createApexMethod('Meetings.getMeeting'), { recordId: '00U1' });
        await tick();
        state['Meetings.getMeeting'] = { data: { ...MEETING, topic: 'Renamed' } };
        await refreshApex(values.at(-1));
        assert.equal(values.at(-1).data.topic, 'Renamed');
    });

    test('a method with no answer in the state fails with a message saying what to add', async () => {
        const original = console.error;
        console.error = () => {};
        try {
            const error = await createApexMethod('Meetings.other')({}).catch((e) => e);
            assert.match(error.body.message, /no answer for Apex Meetings\.other/);
        } finally {
            console.error = original;
        }
    });
});

describe('lightning/navigation stub', () => {
    test('urlFor gives Lightning Experience URLs', () => {
        assert.equal(
            urlFor({ type: 'standard__webPage', attributes: { url: 'https://zoom.us/j/1' } }),
            'https://zoom.us/j/1'
        );
        assert.equal(
            urlFor({
                type: 'standard__recordPage',
                attributes: { recordId: '00U1', objectApiName: 'Event', actionName: 'view' }
            }),
            '/lightning/r/Event/00U1/view'
        );
        assert.equal(
            urlFor({
                type: 'standard__objectPage',
                attributes: { objectApiName: 'Event', actionName: 'list' },
                state: { filterName: 'Recent' }
            }),
            '/lightning/o/Event/list?filterName=Recent'
        );
        assert.throws(() => urlFor({ type: 'nope' }), /Unsupported page reference type/);
    });

    test('Navigate records the page reference instead of leaving; GenerateUrl resolves the URL', async () => {
        const Nav = NavigationMixin(class {});
        const seen = [];
        window.addEventListener('preview:navigate', (e) => seen.push(e.detail), { once: true });
        const component = new Nav();
        component[NavigationMixin.Navigate]({ type: 'standard__webPage', attributes: { url: 'https://zoom.us/j/1' } });
        assert.equal(seen[0].url, 'https://zoom.us/j/1');
        assert.equal(
            await component[NavigationMixin.GenerateUrl]({
                type: 'standard__navItemPage',
                attributes: { apiName: 'Zoom_Setup' }
            }),
            '/lightning/n/Zoom_Setup'
        );
    });
});

describe('lightning/uiRecordApi stub', () => {
    beforeEach(() =>
        setPreviewContext({
            component: 'x',
            stateName: 'data',
            record: { recordId: '00U1', objectApiName: 'Event', fields: { Subject: 'Call' } }
        })
    );

    test('getRecord serves the page record; getFieldValue reads it', async () => {
        const values = [];
        const adapter = new getRecord((v) => values.push(v));
        adapter.connect();
        adapter.update({ recordId: '00U1', fields: [{ objectApiName: 'Event', fieldApiName: 'Subject' }] });
        await tick();
        assert.equal(getFieldValue(values.at(-1).data, 'Event.Subject'), 'Call');
    });

    test('getRecord fails for a field the preview record lacks, unless it is optional', async () => {
        const values = [];
        const adapter = new getRecord((v) => values.push(v));
        adapter.connect();
        adapter.update({ recordId: '00U1', fields: ['Event.Location'] });
        await tick();
        assert.equal(values.at(-1).error.body[0].errorCode, 'INVALID_FIELD');
        adapter.update({ recordId: '00U1', fields: ['Event.Subject'], optionalFields: ['Event.Location'] });
        await tick();
        assert.deepEqual(Object.keys(values.at(-1).data.fields), ['Subject']);
    });
});
