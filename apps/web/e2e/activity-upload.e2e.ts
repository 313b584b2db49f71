import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../../test/helpers/zip';
import { DESKTOP, PHONE, demo, expectAccessible, gql, launch, newContext, signIn, snap } from './browser';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'activities');
/** Real devices' files (../shared, beside the project): absent on a machine without it, the archive test is skipped. */
const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'activity-corpus');
const hasCorpus = existsSync(join(CORPUS, 'MANIFEST.tsv'));
if (!hasCorpus) console.log(`activity-upload.e2e: ${CORPUS} is absent, the archive upload test is skipped`);

describe('uploading an activity file in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("offers TCX as the API takes it, an old file's day says its year, a recent one is listed with its distance, and a refused file says why (not 'only FIT and GPX' for a FIT file)", async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, demo('athlete05'));
    await page.goto('/athlete/log');
    const card = page.getByRole('region', { name: 'From your watch' });
    const input = page.getByLabel('Choose a FIT, GPX or TCX file');
    // The file picker lets a TCX (and a gzipped file) be chosen.
    expect((await input.getAttribute('accept'))?.split(',')).toEqual(
      expect.arrayContaining(['.fit', '.gpx', '.tcx', '.gz']),
    );
    await input.setInputFiles(join(FIXTURES, 'run.tcx'));
    // Recorded in April 2025: its day says the year ("Wed 9 Apr" alone reads as this year's).
    await card.getByText(/^Imported: 20 min on Wed 9 Apr 2025\./).waitFor();

    // A recent file's session is in the recent list with the distance the watch recorded (3660 m), not minutes alone.
    const { athleteToday } = await gql<{ athleteToday: { date: string } }>(page, `{ athleteToday { date } }`);
    const yesterday = new Date(Date.parse(`${athleteToday.date}T12:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const tcx = readFileSync(join(FIXTURES, 'run.tcx'), 'utf8').replaceAll('2025-04-09', yesterday);
    await input.setInputFiles({ name: 'recent.tcx', mimeType: 'application/xml', buffer: Buffer.from(tcx) });
    await card.getByText(/^Imported: 20 min on [A-Za-z]{3} \d+ [A-Za-z]{3}\./).waitFor();
    await page
      .locator(`[data-testid=logged-session][data-date="${yesterday}"]`)
      .filter({ hasText: 'Run, 20 min, 3.66 km, not rated yet (from file)' })
      .waitFor();

    // A FIT file of another kind: the server's reason, which names it and says what to upload instead.
    await input.setInputFiles(join(FIXTURES, 'settings.fit'));
    const alert = card.getByRole('alert');
    await alert.filter({ hasText: /settings.*not a recorded activity/i }).waitFor();
    expect(await alert.innerText()).not.toMatch(/Only FIT and GPX/);
    await snap(page, 'log-upload-refused');
    await ctx.close();
  });

  for (const [width, viewport, who] of [
    ['desktop', DESKTOP, 'athlete18'],
    ['375 px', PHONE, 'athlete20'],
  ] as const) {
    it.skipIf(!hasCorpus)(
      `imports a ZIP archive of real devices' files and says, file by file, what became of each (${width})`,
      async () => {
        const ctx = await newContext(browser, viewport);
        const page = await ctx.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        await signIn(page, demo(who));
        await page.goto('/athlete/log');
        const card = page.getByRole('region', { name: 'From your watch' });
        const input = page.getByLabel('Choose a FIT, GPX or TCX file, or a ZIP');
        expect((await input.getAttribute('accept'))?.split(',')).toEqual(expect.arrayContaining(['.zip']));
        const run = readFileSync(join(CORPUS, 'fitparse__garmin-fenix-5-run.fit'));
        const archive = buildZip([
          { name: 'activities.csv', data: Buffer.from('Activity ID,Activity Date\n1,2017\n') },
          { name: 'activities/1001.fit', data: run },
          { name: 'activities/1002.fit', data: run }, // the same run twice in one export
          { name: 'activities/1003.fit', data: readFileSync(join(CORPUS, 'fitparse__Settings.fit')) },
        ]);
        const name = `export_${who}.zip`;
        await input.setInputFiles({ name, mimeType: 'application/zip', buffer: archive });
        await card
          .getByRole('status')
          .filter({ hasText: `${name}: 1 imported, 1 already imported, 1 refused.` })
          .waitFor();
        const files = card.getByTestId('archive-file');
        expect(await files.allInnerTexts()).toEqual([
          'activities/1001.fit: Imported',
          'activities/1002.fit: Already imported',
          expect.stringMatching(/^activities\/1003\.fit: Refused\. .*not a recorded activity/i),
        ]);
        await expectAccessible(page, `archive-upload-${viewport === PHONE ? '375' : 'desktop'}`);
        await snap(page, 'archive-upload');

        // The same archive again: that import, not a second one.
        await input.setInputFiles({ name: `copy of ${name}`, mimeType: 'application/zip', buffer: archive });
        await card
          .getByRole('status')
          .filter({
            hasText: `${name} was uploaded before. ${name}: 1 imported, 1 already imported, 1 refused.`,
          })
          .waitFor();
        expect(errors).toEqual([]);
        await ctx.close();
      },
    );
  }
});
