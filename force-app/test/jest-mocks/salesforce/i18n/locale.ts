// The running user's locale in Jest (sfdx-lwc-jest's default). A test of another one mocks this module:
// jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: '…' })).
const value = 'en-US';
export default value;
