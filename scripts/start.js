#!/usr/bin/env node
/**
 * Runs the compiled API (dist/) with the @app/* path aliases resolved against dist, so the same
 * imports work in TypeScript sources, tests and the built app.
 */
const path = require('path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

const dist = path.join(__dirname, '..', 'dist');
tsconfigPaths.register({ baseUrl: dist, paths: compilerOptions.paths });
require(path.join(dist, 'apps', 'api', 'src', 'main.js'));
