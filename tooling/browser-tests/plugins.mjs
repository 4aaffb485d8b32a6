// @web/test-runner pieces shared by the widget's and the console's browser tests.
import { mkdirSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';

/** Debian's Chromium, headless, with the flags it needs as root (never a downloaded browser). */
export function debianChromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  });
}

/** Lets a test save a screenshot of its page into `dir` (for people to look at; never compared). */
export function screenshotPlugin(dir) {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      mkdirSync(dir, { recursive: true });
      const page = session.browser.getPage(session.id);
      if (payload.viewport) await page.setViewport(payload.viewport);
      await page.screenshot({ path: `${dir}/${payload.name}.png`, fullPage: payload.fullPage ?? false });
      return true;
    },
  };
}

/** Lets a test resize its own page (the console must hold up on half a laptop screen). */
export const viewportPlugin = {
  name: 'viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-viewport') return undefined;
    await session.browser.getPage(session.id).setViewport(payload);
    return true;
  },
};

/**
 * Opens a URL of the real API in a new tab of the test browser (the hosted page, the demo, the console), runs a few
 * steps, and returns what went wrong on the page (errors it logged — a CSP violation shows up there — and failed
 * requests) and the value of `evaluate`. Steps: `{ click }`, `{ type: [selector, text] }`, `{ waitFor }` (a JS
 * expression), `{ evaluate }` (a JS expression run for its effect).
 */
export function visitPlugin(dir) {
  return {
    name: 'visit',
    async executeCommand({ command, payload, session }) {
      if (command !== 'visit') return undefined;
      const page = await session.browser.getPage(session.id).browser().newPage();
      const errors = [];
      // Failed requests are reported with their URL (Chromium's console line for them has none).
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && !(payload.allowStatus ?? []).includes(r.status()) && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await page.setViewport(payload.viewport ?? { width: 1024, height: 720 });
        if (payload.sessionStorage) {
          await page.evaluateOnNewDocument((items) => Object.entries(items).forEach(([k, v]) => sessionStorage.setItem(k, v)), payload.sessionStorage);
        }
        await page.goto(payload.url, { waitUntil: 'load' });
        for (const step of payload.steps ?? []) {
          if (step.click) await page.click(step.click);
          if (step.type) await page.type(step.type[0], step.type[1]);
          if (step.evaluate) await page.evaluate(step.evaluate);
          if (step.waitFor) await page.waitForFunction(step.waitFor, { timeout: step.timeout ?? 10_000 });
        }
        if (payload.screenshot) {
          mkdirSync(dir, { recursive: true });
          await page.screenshot({ path: `${dir}/${payload.screenshot}.png` });
        }
        const result = payload.evaluate ? await page.evaluate(payload.evaluate) : null;
        return { errors, result };
      } finally {
        await page.close();
      }
    },
  };
}
