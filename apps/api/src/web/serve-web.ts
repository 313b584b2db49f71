import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync, statSync } from 'fs';
import { dirname, join, relative, sep } from 'path';

/** Paths the API owns: the web app's fallback never answers them, whatever the Accept header says. */
const API_PREFIXES = ['/graphql', '/health', '/socket.io', '/calendar', '/athletes'];

/** The repository root: the folder holding package.json above this file (source or dist/). */
function repositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
  return dir;
}

/** Where `npm run build:web` writes the production build of apps/web. */
export const WEB_DIST_DIR = join(repositoryRoot(__dirname), 'dist', 'web');

export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The encodings the build writes next to each text asset (vite.config.mts `precompress`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)],
  );
}

/**
 * The build's brotli or gzip copy of a file, to a browser that accepts it: no compression work per request,
 * and the highest levels (about 25 % smaller than on-the-fly gzip). Hashed assets are immutable for a year.
 * Anything else (no copy, or an identity-only client) falls through to the plain static files.
 */
function precompressed(distDir: string) {
  const copies = new Set(filesUnder(distDir).map((f) => relative(distDir, f).split(sep).join('/')));
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = decodeURIComponent(req.path).replace(/^\/+/, '');
    } catch {
      return next(); // a malformed escape: the static files answer it
    }
    const available = ENCODINGS.filter((e) => copies.has(`${file}${e.suffix}`));
    if (available.length === 0) return next();
    res.vary('Accept-Encoding');
    // Ours first (brotli is smaller), among those the browser names; no header: none (curl, old proxies).
    const encoding = req.headers['accept-encoding']
      ? available.find((e) => req.acceptsEncodings(e.name) === e.name)
      : undefined;
    if (!encoding) return next();
    const hashed = file.startsWith('assets/');
    res.type(file.split('/').pop()!);
    res.setHeader('content-encoding', encoding.name);
    res.sendFile(
      `${file}${encoding.suffix}`,
      {
        root: distDir,
        dotfiles: 'deny',
        acceptRanges: false,
        cacheControl: false,
        headers: {
          'cache-control': hashed ? `public, max-age=${YEAR_SECONDS}, immutable` : 'public, max-age=0',
        },
      },
      (err?: Error) => {
        if (!err || res.headersSent) return;
        res.removeHeader('content-encoding');
        next();
      },
    );
  };
}

/**
 * Serves the built web app at `/`: its hashed assets (cached for a year, brotli or gzip from the build when
 * the browser takes it), and index.html for any other GET that asks for HTML (client-side routes such as
 * /accept-invitation or /coach/queue). API paths are never shadowed. Does nothing when the web app has not
 * been built (API-only development and tests).
 */
export function serveWebApp(app: INestApplication, distDir = WEB_DIST_DIR): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const express = app as NestExpressApplication;
  express.use(precompressed(distDir));
  express.useStaticAssets(join(distDir, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '1y',
    index: false,
  });
  express.useStaticAssets(distDir, { index: false, maxAge: 0 });
  express.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (!req.accepts('html') || req.path.startsWith('/assets/')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
