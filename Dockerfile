# syntax=docker/dockerfile:1
# Parley in one image: the API, the widget bundles at /widget/*, the console at /console. Guide: docs/deploy-node.md.
#   docker build -t parley .
#   docker run -p 8787:8787 -v parley-data:/data parley
# With Redis: compose.yaml. The build below is the one `npm start` runs (tooling/build-bundles.sh), and
# packages/api/test/deploy/production-entry.test.ts runs that same script and entry outside Docker.

# --- deps: every workspace's dependencies, from the lock file alone (cached while package files do not change)
FROM node:20.20-slim AS deps
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
COPY packages/api/package.json packages/api/
COPY packages/console/package.json packages/console/
COPY packages/protocol/package.json packages/protocol/
COPY packages/sdk-js/package.json packages/sdk-js/
COPY packages/widget/package.json packages/widget/
COPY examples/helpdesk-webhook/package.json examples/helpdesk-webhook/
COPY examples/onboarding-day-30/package.json examples/onboarding-day-30/
COPY tooling/release/package.json tooling/release/
RUN npm ci && npm cache clean --force

# --- build: the widget and console bundles, exactly as `npm start` builds them; the embeddings cache derived once
FROM deps AS build
COPY . .
RUN sh tooling/build-bundles.sh \
 && node --import tsx tooling/warm-embeddings.mjs

# --- runtime: node and what the server reads, nothing else (no compilers, tests or other packages' sources)
FROM node:20.20-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 PARLEY_DATA_DIR=/data npm_config_update_notifier=false
WORKDIR /app
# tsx (a root dev dependency) runs the TypeScript sources, so node_modules comes over whole; workspace packages are
# symlinks into packages/, hence the package.json files beside the folders that are copied.
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages/protocol ./packages/protocol
COPY --from=build /app/packages/api/package.json /app/packages/api/tsconfig.json ./packages/api/
COPY --from=build /app/packages/api/src ./packages/api/src
COPY --from=build /app/packages/widget/package.json ./packages/widget/
COPY --from=build /app/packages/widget/dist ./packages/widget/dist
COPY --from=build /app/packages/console/package.json ./packages/console/
COPY --from=build /app/packages/console/dist ./packages/console/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8787
# Liveness: the process answers. (A load balancer's readiness check belongs on /readyz.)
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM lets turns in flight finish (see docs/deploy-node.md): give `docker stop` time, e.g. `--time 70`.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "packages/api/src/runtime/node.ts"]
