/**
 * The entry, small on purpose: it starts what the route being opened needs (its data and its code, see
 * preload.ts) and only then loads the app (React DOM, the router, the shell: app.tsx), so a signed-in
 * coach's queue is already on the server while the app's code downloads and compiles.
 */
import { markOnce } from './lib/perf';
import { preloadLanding } from './preload';
import './styles.css';

markOnce('app:entry');
const onWire = preloadLanding(window.location);
// The app's code then evaluates in one long task: the landing request (or the token refresh it needs
// first) goes out before it, waiting at most 200 ms (another tab may hold the refresh lock).
void Promise.race([onWire, new Promise((resolve) => setTimeout(resolve, 200))]).then(() => import('./app'));
