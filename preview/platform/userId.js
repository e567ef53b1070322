/** Stand-in for `@salesforce/user/Id`: the preview's running user (an administrator). */
export default '005Dn000000PrevAAA';
