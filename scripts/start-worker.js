#!/usr/bin/env node
/** Runs the compiled job worker (dist/) with the @app/* path aliases resolved against dist (npm run build first). */
const path = require('path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

const dist = path.join(__dirname, '..', 'dist');
tsconfigPaths.register({ baseUrl: dist, paths: compilerOptions.paths });
require(path.join(dist, 'apps', 'worker', 'src', 'main.js'));
