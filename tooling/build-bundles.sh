#!/bin/sh
# Builds what the Node server serves besides the API: the widget bundles (/widget/*) and the console (/console/*).
# The one build recipe for every deploy path: `npm start` runs the same npm command, the Dockerfile runs this script,
# packages/api/test/deploy/production-entry.test.ts runs it too, and the edge guides run it before deploying.
# With --worker-assets it also lays them out for the Workers static-assets binding (packages/api/wrangler.toml):
# packages/api/dist/worker-assets/ (widget/*.js, console/, _headers), served by Cloudflare at /widget/* and /console/.
set -eu
cd "$(dirname "$0")/.."
npm run build --workspace @parley/widget --workspace @parley/console
if [ "${1:-}" = "--worker-assets" ]; then
  node --import tsx tooling/worker-assets.mjs
fi
