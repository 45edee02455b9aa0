FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production TS_NODE_BASEURL=/app/dist TS_NODE_PROJECT=/app/tsconfig.base.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json /app/tsconfig.base.json ./
EXPOSE 3000
CMD ["node", "-r", "tsconfig-paths/register", "dist/apps/api/src/main.js"]
