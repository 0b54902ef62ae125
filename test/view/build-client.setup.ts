// Vitest global setup: bundles the viewer's page script (src/view/client/) before any test file
// imports html.ts, so the tests run the client as it is in the source, not a stale bundle.
import { writeClientModule } from '../../scripts/build-client.mjs';

export default async function setup(): Promise<void> {
  await writeClientModule();
}
