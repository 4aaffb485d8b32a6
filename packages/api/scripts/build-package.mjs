// `npm run build:package`: the published @parley/api. Compiled JavaScript and declarations in dist/ (one file per
// source, so `import.meta.url` paths hold), the demo app's static files beside their module, and the console's
// bundle in dist/console (the console is not a package of its own). The widget's bundles come from @parley/widget.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, cwd = here) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

// dist/worker-assets is the Workers deploy's (tooling/worker-assets.mjs), not this build's: kept, and never published.
const previous = existsSync(`${here}dist`) ? readdirSync(`${here}dist`, { withFileTypes: true }) : [];
for (const entry of previous.filter((e) => e.name !== 'worker-assets')) {
  rmSync(`${here}dist/${entry.name}`, { recursive: true, force: true });
}
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
for (const file of ['demo.js', 'demo.css']) cpSync(`${here}src/runtime/demo/${file}`, `${here}dist/runtime/demo/${file}`);
run('npm', ['run', 'build', '--silent'], `${here}../console`);
cpSync(`${here}../console/dist`, `${here}dist/console`, { recursive: true });
