// Types of module-zones.js for the tests that read it (tests/structure/boundaries.test.ts).
export declare const RUNTIME_LIB: Readonly<Record<string, string>>;
export declare const STORAGE_LIB: readonly string[];
export declare const BROWSER_GLOBALS: readonly string[];
export declare const STORAGE_GLOBALS: readonly string[];
export declare const RUNTIME_PACKAGES: readonly string[];
export declare const STORAGE_PACKAGES: readonly string[];
