# The newsroom as a container: the standalone server (NEXT_OUTPUT=standalone) with its static files and content,
# run by scripts/start.mjs (one worker per core, WEB_CONCURRENCY). docs/deployment.md, "Deploying", "In a container".
#
#   docker build --build-arg SITE_URL=https://newsroom.smart.com -t newsroom .
#   docker run -p 3000:3000 -v newsroom-data:/app/data -e SITE_URL=https://newsroom.smart.com newsroom
#
# SITE_URL is baked into the prerendered pages at build time, so it is required here and must be given to the
# container too (the server warns when they differ). Node 20.20 on Debian bookworm, as CI tests it.

FROM node:20.20-bookworm-slim AS build
WORKDIR /src
# npm 11, as in development and CI: it honours package.json's allowScripts (npm 10 would run every install script).
RUN npm install --global --no-audit --no-fund npm@11.19.1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL
ENV NEXT_TELEMETRY_DISABLED=1
RUN test -n "$SITE_URL" || { echo "Build with --build-arg SITE_URL=https://your.newsroom.address" >&2; exit 1; }
RUN NEXT_OUTPUT=standalone SITE_URL="$SITE_URL" npm run build \
 && bash scripts/standalone-bundle.sh /app

FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app ./
# Journalist alerts keep their SQLite database, link key and outbox in ./data: mount a volume there.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 3000
CMD ["node", "start.mjs", "server.js"]
