import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The API the dev server proxies to (start it with `PORT=3000 npm run start:dev`). */
const api = process.env.API_URL ?? `http://localhost:${process.env.API_PORT ?? 3000}`;

const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The entry (src/main.tsx) starts the landing route's data and then imports the app (src/app.tsx): index.html
 * links the app's chunks as modulepreload too, so the browser fetches them alongside the entry, not after
 * the entry has run.
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'coachline:preload-app-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app.tsx'));
        if (!app) throw new Error('coachline:preload-app-chunks: no chunk for src/app.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const f of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(f);
        };
        visit(app.fileName);
        return [...files]
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * Brotli and gzip copies of the text assets next to them (name.js.br, name.js.gz), compressed once at build
 * at the highest levels: the API serves them as they are to browsers that accept them (serve-web.ts).
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) =>
      statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
    );
  return {
    name: 'coachline:precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue; // not worth a round of decompression
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [preloadAppChunks(), precompress()],
  // JSX is compiled by Vite's built-in transform (automatic runtime, from tsconfig's "jsx").
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries' "use client" directives mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/graphql': api,
      '/health': api,
      '/athletes': api,
      '/calendar': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
