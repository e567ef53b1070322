// The running user's language in Jest (sfdx-lwc-jest's default). A test of another one mocks this module:
// jest.mock('@salesforce/i18n/lang', () => ({ __esModule: true, default: '…' })).
const value = 'en';
export default value;
