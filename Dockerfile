# One image for the five Symbiose services (gateway, directory, interviews,
# synergy-engine, workshops). Every image holds all five compiled apps; the
# SERVICE variable picks the one a container runs:
#
#   docker build --build-arg SERVICE=directory -t symbiose/directory .
#   docker run -e DATABASE_URL=... -e REDIS_URL=... symbiose/directory
#   docker run -e SERVICE=workshops ... symbiose/directory   # any image runs any service
#
# docker-compose.yml builds one image per service from this file; the stages
# before the last few lines are the same for all of them, so they build once.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------- build
# All dependencies, then every app compiled with tsc (through Nx) into
# dist/apps/<app>/, the workspace layout kept under it.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true \
    NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --skip-nx-cache --outputStyle=static \
 && for app in gateway directory interviews synergy-engine workshops; do \
      if [ -d "apps/$app" ] && [ ! -f "dist/apps/$app/apps/$app/src/main.js" ]; then \
        echo "build did not produce dist/apps/$app/apps/$app/src/main.js" >&2; exit 1; \
      fi; \
    done

# ------------------------------------------------------------ prod-deps
# Production dependencies only, installed apart so that no build tool
# reaches the runtime image.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# -------------------------------------------------------------- runtime
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production
# Files stay owned by root: the service, running as node, cannot change its code.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json tsconfig.base.json ./
COPY tools/run-service.js tools/register-build-paths.js ./tools/
COPY docker/services.js docker/start.js docker/healthcheck.js ./docker/
COPY --from=build /app/dist ./dist
# The one place the service writes: the audit it could not yet write to PostgreSQL
# (AUDIT_SPOOL_DIR). A volume mounted there starts with this owner.
RUN mkdir -p /var/lib/symbiose/audit-spool && chown node:node /var/lib/symbiose/audit-spool
USER node
# gateway, directory, interviews, synergy-engine, workshops (each listens on
# PORT, or on its own default port when PORT is unset).
EXPOSE 4000 4001 4002 4003 4004
# Ready means PostgreSQL and Redis answer (a subgraph), or the subgraphs do
# (the gateway). The start period leaves time for the migrations.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "docker/healthcheck.js"]
# Last, so that the layers above are shared by the images of all services.
ARG SERVICE=gateway
ENV SERVICE=${SERVICE}
# node itself is the container's main process and gets SIGTERM: the services
# drain on it (enableShutdownHooks).
CMD ["node", "docker/start.js"]
