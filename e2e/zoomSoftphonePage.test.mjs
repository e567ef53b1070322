// The Open CTI glue of the ZoomSoftphone Visualforce page (force-app/main/phone/pages/ZoomSoftphone.page), run in
// Node: its inline script is taken from the page, its merge fields filled as the unpackaged org fills them, and it runs
// against stand-ins of Open CTI (Lightning opencti_min.js, Classic interaction.js), Lightning Out ($Lightning) and the
// container element. No browser: the page needs an org; what it does with Open CTI is what is tested here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, test } from 'node:test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = readFileSync(path.join(ROOT, 'force-app/main/phone/pages/ZoomSoftphone.page'), 'utf8');

/** The page's inline script with the controller's merge fields as an org without namespace renders them. */
function pageScript() {
    const scripts = [...PAGE.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1, 'one inline script');
    const script = scripts[0]
        .replaceAll('{!JSENCODE(appName)}', 'c:zoomOutApp')
        .replaceAll('{!JSENCODE(lightningNamespace)}', 'c')
        .replaceAll('{!JSENCODE(softphoneComponent)}', 'zoomSoftphone');
    assert.doesNotMatch(script, /\{!/, 'every merge field of the script is known to this test');
    return script;
}

/** Runs the page script with Open CTI of `kind` ('lightning' | 'classic' | 'none'); returns the recorded calls. */
function runPage(kind) {
    const calls = [];
    // Objects made inside the page's realm are copied out, so deepEqual compares values, not prototypes.
    const record = (...args) => calls.push(JSON.parse(JSON.stringify(args)));
    const listeners = {};
    const hooks = {};
    const element = {
        tagName: 'C-ZOOM-SOFTPHONE',
        dial(number) {
            record('component.dial', number);
            return true;
        }
    };
    let mounted = false;
    const container = {
        addEventListener: (type, listener) => (listeners[type] = listener),
        getElementsByTagName: () => (mounted ? [{ tagName: 'DIV' }, element] : [])
    };
    const context = {
        document: { getElementById: (id) => (id === 'zoomSoftphone' ? container : null) },
        $Lightning: {
            use(app, callback) {
                record('$Lightning.use', app);
                hooks.use = callback;
            },
            createComponent(name, attributes, containerId, callback) {
                record('$Lightning.createComponent', name, containerId);
                hooks.created = () => {
                    mounted = true;
                    callback();
                };
            }
        }
    };
    if (kind === 'lightning') {
        context.sforce = {
            opencti: {
                SCREENPOP_TYPE: { SOBJECT: 'sobject', NEW_RECORD_MODAL: 'newRecordModal' },
                enableClickToDial: () => record('opencti.enableClickToDial'),
                onClickToDial: ({ listener }) => (hooks.clickToDial = (number) => listener({ number })),
                screenPop: (args) => record('opencti.screenPop', args),
                setSoftphonePanelVisibility: (args) => record('opencti.setSoftphonePanelVisibility', args)
            }
        };
    } else if (kind === 'classic') {
        context.sforce = {
            interaction: {
                cti: {
                    enableClickToDial: () => record('interaction.cti.enableClickToDial'),
                    onClickToDial: (callback) =>
                        (hooks.clickToDial = (number) => callback({ result: JSON.stringify({ number }) }))
                },
                screenPop: (url, force) => record('interaction.screenPop', url, force),
                setVisible: (visible) => record('interaction.setVisible', visible)
            }
        };
    }
    vm.runInNewContext(pageScript(), context);
    const fire = (type, detail) => listeners[type]({ detail });
    return { calls, hooks, fire };
}

describe('ZoomSoftphone page: Open CTI glue', () => {
    test('names the app and the component through the namespace merge fields', () => {
        const { calls, hooks } = runPage('lightning');
        assert.deepEqual(calls.slice(0, 2), [['opencti.enableClickToDial'], ['$Lightning.use', 'c:zoomOutApp']]);
        hooks.use();
        assert.deepEqual(calls.at(-1), ['$Lightning.createComponent', 'c:zoomSoftphone', 'zoomSoftphone']);
    });

    test('Lightning: click-to-dial opens the panel and dials, also when it came before the component', () => {
        const { calls, hooks } = runPage('lightning');
        hooks.use();
        hooks.clickToDial('+14155550123');
        assert.ok(!calls.some(([name]) => name === 'component.dial'), 'no component yet: the number waits');
        hooks.created();
        assert.deepEqual(
            calls.filter(([name]) => name === 'component.dial'),
            [['component.dial', '+14155550123']]
        );
        hooks.clickToDial(4155550188);
        assert.deepEqual(calls.at(-1), ['component.dial', '4155550188']);
        assert.deepEqual(calls.at(-2), ['opencti.setSoftphonePanelVisibility', { visible: true }]);
    });

    test('Lightning: screen pops of a record and of a new Lead with the phone', () => {
        const { calls, fire } = runPage('lightning');
        fire('screenpop', { recordId: '003Dn00000Ct0001AAA' });
        assert.deepEqual(calls.at(-1), [
            'opencti.screenPop',
            { type: 'sobject', params: { recordId: '003Dn00000Ct0001AAA' } }
        ]);
        fire('screenpop', { objectApiName: 'Lead', defaultFieldValues: { Phone: '+14155550199' } });
        assert.deepEqual(calls.at(-1), [
            'opencti.screenPop',
            { type: 'newRecordModal', params: { entityName: 'Lead', defaultFieldValues: { Phone: '+14155550199' } } }
        ]);
        fire('incomingcall', { phoneNumber: '+14155550199' });
        assert.deepEqual(calls.at(-1), ['opencti.setSoftphonePanelVisibility', { visible: true }]);
    });

    test('Classic: interaction.js click-to-dial and screen pops', () => {
        const { calls, hooks, fire } = runPage('classic');
        assert.deepEqual(calls[0], ['interaction.cti.enableClickToDial']);
        hooks.use();
        hooks.created();
        hooks.clickToDial('+14155550123');
        assert.deepEqual(calls.slice(-2), [
            ['interaction.setVisible', true],
            ['component.dial', '+14155550123']
        ]);
        fire('screenpop', { recordId: '003Dn00000Ct0001AAA' });
        assert.deepEqual(calls.at(-1), ['interaction.screenPop', '/003Dn00000Ct0001AAA', true]);
        fire('screenpop', { objectApiName: 'Lead', defaultFieldValues: { Phone: '+14155550199' } });
        assert.deepEqual(calls.at(-1), ['interaction.screenPop', '/00Q/e?lea8=%2B14155550199', true]);
    });

    test('without Open CTI (page opened directly) it still shows the softphone and fails on nothing', () => {
        const { calls, hooks, fire } = runPage('none');
        hooks.use();
        hooks.created();
        fire('screenpop', { recordId: '003Dn00000Ct0001AAA' });
        fire('incomingcall', {});
        assert.deepEqual(
            calls.map(([name]) => name),
            ['$Lightning.use', '$Lightning.createComponent']
        );
    });
});
