/**
 * actorgraph/view — the libraries inlined in the viewer
 * ======================================================
 *
 * The viewer is one HTML file that opens from `file://` without network, so sigma.js
 * and graphology go inside it. Both packages ship a browser build already (no bundler
 * needed): `sigma/dist/sigma.min.js` (UMD, sets `Sigma`) and
 * `graphology/dist/graphology.umd.min.js` (UMD, sets `graphology`). They are read from
 * node_modules when a viewer is written (their `exports` maps do not list these files,
 * so they are found beside each package's resolved entry point).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PREFIX = 'actorgraph/view';

export interface Library {
  name: string;
  version: string;
  /** The script's text, safe to put between `<script>` and `</script>`. */
  code: string;
}

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  // `require.resolve(name)` gives the CommonJS entry point, inside the package's dist/.
  let dir = dirname(require.resolve(name));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // not the package root yet
    }
    dir = dirname(dir);
  }
  throw new Error(`${PREFIX}: cannot find the folder of the ${name} package; is it installed (npm install)?`);
}

/** Makes text safe inside an HTML `<script>` element (it never is in these builds, checked anyway). */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function load(name: string, file: string): Library {
  const dir = packageDir(name);
  const path = join(dir, file);
  let code: string;
  try {
    code = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(
      `${PREFIX}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the viewer needs ${name}'s browser build`,
    );
  }
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { name, version, code: scriptSafe(code) };
}

let cache: { graphology: Library; sigma: Library } | undefined;

/** graphology and sigma's browser builds (read once). */
export function libraries(): { graphology: Library; sigma: Library } {
  cache ??= {
    graphology: load('graphology', 'dist/graphology.umd.min.js'),
    sigma: load('sigma', 'dist/sigma.min.js'),
  };
  return cache;
}
