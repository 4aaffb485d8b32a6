/**
 * The SDK's version, sent in `User-Agent`. A constant rather than a read of package.json at run time: the SDK runs
 * where no file system exists (browsers, Workers). `test/version.test.ts` keeps it equal to package.json's version.
 */
export const VERSION = '0.1.0';
