import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'fs';
import { dirname, join } from 'path';

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

/**
 * Serves the built web app at `/`: its hashed assets (cached for a year), and index.html for any other
 * GET that asks for HTML (client-side routes such as /accept-invitation or /coach/queue). API paths are
 * never shadowed. Does nothing when the web app has not been built (API-only development and tests).
 */
export function serveWebApp(app: INestApplication, distDir = WEB_DIST_DIR): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const express = app as NestExpressApplication;
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
