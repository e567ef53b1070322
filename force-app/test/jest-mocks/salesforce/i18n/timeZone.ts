// The running user's time zone in Jest (sfdx-lwc-jest's default). A test of another one mocks this module:
// jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: '…' })).
const value = 'America/Los_Angeles';
export default value;
