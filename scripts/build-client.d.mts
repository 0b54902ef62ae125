// Types of scripts/build-client.mjs, for the TypeScript that imports it (test/view/build-client.setup.ts).
/** The viewer's page script, bundled (an ES2020 IIFE). */
export function bundleClient(): Promise<string>;
/** Writes src/view/client.generated.ts when its text changed; returns whether it did. */
export function writeClientModule(): Promise<boolean>;
