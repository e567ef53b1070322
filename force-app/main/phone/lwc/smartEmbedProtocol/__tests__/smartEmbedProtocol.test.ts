import {
    EVENT_TYPES,
    IDLE,
    MAKE_CALL_TYPE,
    advance,
    makeCallMessage,
    originOf,
    parseMessage
} from 'c/smartEmbedProtocol';
import type { CallEvent, CallState } from 'c/smartEmbedProtocol';

const ORIGIN = 'https://applications.zoom.us';

function message(type: string, data: Record<string, unknown>): unknown {
    return { type, data };
}

const INBOUND = {
    callId: '7238791040385463821',
    direction: 'inbound',
    caller: { phoneNumber: '+14155550123', name: 'Avery Buyer' },
    callee: { phoneNumber: '+14155550100', extensionNumber: '101', name: 'Dana Rep' }
};

const OUTBOUND = {
    callId: '7238791040385463999',
    direction: 'outbound',
    caller: { phoneNumber: '+14155550100', name: 'Dana Rep' },
    callee: { phoneNumber: '+442079460000' }
};

function event(kind: CallEvent['kind'], data: Record<string, unknown> = INBOUND): CallEvent {
    const result = parseMessage(ORIGIN, message(EVENT_TYPES[kind], data), ORIGIN);
    if (result.status !== 'event') throw new Error(`not an event: ${JSON.stringify(result)}`);
    return result.event;
}

const T0 = new Date('2026-12-06T10:00:00.000Z');
const T1 = new Date('2026-12-06T10:00:07.000Z');
const T2 = new Date('2026-12-06T10:03:07.000Z');

describe('c/smartEmbedProtocol', () => {
    describe('parseMessage', () => {
        it('reads a ringing event of an inbound call: the caller is the other party', () => {
            expect(parseMessage(ORIGIN, message('zp-call-ringing-event', INBOUND), ORIGIN)).toEqual({
                status: 'event',
                event: {
                    kind: 'ringing',
                    callId: '7238791040385463821',
                    direction: 'inbound',
                    peerNumber: '+14155550123',
                    peerName: 'Avery Buyer',
                    result: null
                }
            });
        });

        it('reads a connected event of an outbound call: the callee is the other party', () => {
            const result = parseMessage(ORIGIN, message('zp-call-connected-event', OUTBOUND), ORIGIN);
            expect(result).toEqual({
                status: 'event',
                event: {
                    kind: 'connected',
                    callId: '7238791040385463999',
                    direction: 'outbound',
                    peerNumber: '+442079460000',
                    peerName: null,
                    result: null
                }
            });
        });

        it('reads the result word of an ended event', () => {
            const result = parseMessage(
                ORIGIN,
                message('zp-call-ended-event', { ...INBOUND, result: ' answered ' }),
                ORIGIN
            );
            expect(result.status === 'event' && result.event).toMatchObject({ kind: 'ended', result: 'answered' });
        });

        it('takes the extension when the other party has no number, and a numeric call id as text', () => {
            const data = { callId: 42, direction: 'inbound', caller: { extensionNumber: 205 } };
            const result = parseMessage(ORIGIN, message('zp-call-ringing-event', data), ORIGIN);
            expect(result.status === 'event' && result.event).toMatchObject({ callId: '42', peerNumber: '205' });
        });

        it('drops messages of any other origin unread', () => {
            expect(parseMessage('https://evil.example', message('zp-call-ringing-event', INBOUND), ORIGIN)).toEqual({
                status: 'foreign'
            });
            expect(parseMessage('https://applications.zoom.us.evil.example', {}, ORIGIN)).toEqual({
                status: 'foreign'
            });
        });

        it('accepts nothing without a configured origin', () => {
            expect(parseMessage('', message('zp-call-ringing-event', INBOUND), '')).toEqual({ status: 'foreign' });
        });

        it('ignores types it does not read', () => {
            expect(parseMessage(ORIGIN, message('zp-sms-log-event', {}), ORIGIN)).toEqual({
                status: 'ignored',
                type: 'zp-sms-log-event'
            });
            expect(parseMessage(ORIGIN, message('zp-call-log-completed-event', INBOUND), ORIGIN)).toEqual({
                status: 'ignored',
                type: 'zp-call-log-completed-event'
            });
        });

        it.each([
            ['a string', 'zp-call-ringing-event', [null, 'type']],
            ['null', null, [null, 'type']],
            ['no type', { data: INBOUND }, [null, 'type']],
            ['no data', { type: 'zp-call-ringing-event' }, ['zp-call-ringing-event', 'data']],
            ['data as a list', { type: 'zp-call-ended-event', data: [] }, ['zp-call-ended-event', 'data']],
            [
                'no call id',
                message('zp-call-ringing-event', { ...INBOUND, callId: '  ' }),
                ['zp-call-ringing-event', 'callId']
            ],
            [
                'an unknown direction',
                message('zp-call-connected-event', { ...INBOUND, direction: 'sideways' }),
                ['zp-call-connected-event', 'direction']
            ],
            [
                'no caller number on an inbound call',
                message('zp-call-ringing-event', { ...INBOUND, caller: { name: 'Avery' } }),
                ['zp-call-ringing-event', 'phoneNumber']
            ],
            [
                'no callee on an outbound call',
                message('zp-call-ended-event', { ...OUTBOUND, callee: 'x' }),
                ['zp-call-ended-event', 'phoneNumber']
            ]
        ])('reports a malformed message: %s', (_name, data, [type, missing]) => {
            expect(parseMessage(ORIGIN, data, ORIGIN)).toEqual({ status: 'malformed', type, missing });
        });
    });

    describe('makeCallMessage', () => {
        it('builds the make-call command with the trimmed number', () => {
            expect(makeCallMessage(' +1 (415) 555-0123 ')).toEqual({
                type: MAKE_CALL_TYPE,
                data: { number: '+1 (415) 555-0123', autoDial: true }
            });
        });

        it('gives null when there is no digit to dial', () => {
            expect(makeCallMessage('')).toBeNull();
            expect(makeCallMessage('   ')).toBeNull();
            expect(makeCallMessage('call me')).toBeNull();
            expect(makeCallMessage(null)).toBeNull();
            expect(makeCallMessage(undefined)).toBeNull();
        });
    });

    describe('originOf', () => {
        it('gives the origin of an absolute http(s) URL', () => {
            expect(originOf('https://applications.zoom.us/integration/phone/embeddablephone/home')).toBe(ORIGIN);
            expect(originOf('http://127.0.0.1:3000/smart-embed.html')).toBe('http://127.0.0.1:3000');
        });

        it('gives an empty string for anything else', () => {
            expect(originOf('/relative')).toBe('');
            expect(originOf('mailto:dana@example.com')).toBe('');
            expect(originOf(null)).toBe('');
        });
    });

    describe('advance', () => {
        it('follows an answered inbound call from ring to end and gives the call to log', () => {
            let step = advance(IDLE, event('ringing'), T0);
            expect(step).toMatchObject({ applied: true, ended: null, state: { phase: 'ringing' } });
            step = advance(step.state, event('connected'), T1);
            expect(step.state).toMatchObject({ phase: 'connected', answerStart: T1.toISOString() });
            step = advance(step.state, event('ended', { ...INBOUND, result: 'answered' }), T2);
            expect(step.state.phase).toBe('ended');
            expect(step.ended).toEqual({
                callId: '7238791040385463821',
                direction: 'inbound',
                peerNumber: '+14155550123',
                peerName: 'Avery Buyer',
                ringStart: T0.toISOString(),
                answerStart: T1.toISOString(),
                endTime: T2.toISOString(),
                result: 'answered'
            });
        });

        it('logs a missed call without an answer start', () => {
            const ringing = advance(IDLE, event('ringing'), T0).state;
            const step = advance(ringing, event('ended'), T1);
            expect(step.ended).toMatchObject({ ringStart: T0.toISOString(), answerStart: null, result: null });
        });

        it('follows a call it met only when connected (the softphone opened mid-call)', () => {
            const connected = advance(IDLE, event('connected', OUTBOUND), T1);
            expect(connected.state).toMatchObject({ phase: 'connected', ringStart: null, direction: 'outbound' });
            const ended = advance(connected.state, event('ended', OUTBOUND), T2);
            expect(ended.ended).toMatchObject({
                ringStart: null,
                answerStart: T1.toISOString(),
                peerNumber: '+442079460000'
            });
        });

        it('logs an end it met alone, with no ring or answer start', () => {
            const step = advance(IDLE, event('ended'), T2);
            expect(step.applied).toBe(true);
            expect(step.ended).toMatchObject({ ringStart: null, answerStart: null, endTime: T2.toISOString() });
        });

        it('does not apply another call while one rings or is connected', () => {
            const ringing = advance(IDLE, event('ringing'), T0).state;
            const other = { ...OUTBOUND, callId: 'other' };
            for (const kind of ['ringing', 'connected', 'ended'] as const) {
                const step = advance(ringing, event(kind, other), T1);
                expect(step).toEqual({ state: ringing, ended: null, applied: false });
            }
        });

        it('does not apply a repeated event', () => {
            const ringing = advance(IDLE, event('ringing'), T0).state;
            expect(advance(ringing, event('ringing'), T1)).toMatchObject({ applied: false, state: ringing });
            const connected = advance(ringing, event('connected'), T1).state;
            expect(advance(connected, event('connected'), T2)).toMatchObject({ applied: false, state: connected });
            const ended = advance(connected, event('ended'), T2).state;
            for (const kind of ['ringing', 'connected', 'ended'] as const) {
                expect(advance(ended, event(kind), T2)).toEqual({ state: ended, ended: null, applied: false });
            }
        });

        it('starts the next call after an end', () => {
            const ended: CallState = advance(IDLE, event('ended'), T0).state;
            const next = advance(ended, event('ringing', OUTBOUND), T1);
            expect(next).toMatchObject({ applied: true, state: { phase: 'ringing', callId: OUTBOUND.callId } });
        });
    });
});
