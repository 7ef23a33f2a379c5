// VS Code's workbench in a playwright page, read and driven as a user would: the status bar's cursor
// position, the editor's lines as drawn (inlay hints included), Go to Line, commands from the command
// palette, the lists VS Code shows (code lenses, Problems, completion, quick fixes).
'use strict';

/** Polls fn until it returns a truthy value; fails with `what` after `seconds`. */
async function until(what, fn, seconds = 60) {
  const end = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${seconds} s (last: ${JSON.stringify(last)})`);
}

const EDITOR = '.editor-instance .monaco-editor';

class Workbench {
  constructor(page) {
    this.page = page;
  }

  /** The status bar's `Ln L, Col C` (C in UTF-16 units). */
  async cursor() {
    return (await this.page.locator('#status\\.editor\\.selection').textContent()).trim();
  }

  async languageMode() {
    return (await this.page.locator('#status\\.editor\\.mode').textContent()).trim();
  }

  async activeTab() {
    return this.page.locator('.tab.active').textContent();
  }

  /** Opens a file of the workspace folder from the Explorer and waits for its editor. */
  async open(file) {
    await this.page.keyboard.press('Control+Shift+E');
    await this.page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${file}"]`);
    await until(`${file} in the editor`, async () => (await this.activeTab()).includes(file), 20);
    await this.page.waitForSelector(`${EDITOR} .view-lines`);
    await this.page.click(`${EDITOR} .view-lines`);
  }

  /** The CSS top of the editor's line (1-based) as drawn (code lenses push lines down), if it is on screen. */
  lineTop(line) {
    return this.page.$$eval(`${EDITOR} .margin-view-overlays .line-numbers`, (numbers, n) => {
      const number = numbers.find((x) => x.textContent.trim() === String(n));
      return number ? number.parentElement.style.top : null;
    }, line);
  }

  /** The element of the drawn line (1-based) in the given layer (the text, or the overlays with the
   * squiggles), null when it is not on screen. */
  async lineElement(line, layer = '.view-lines > .view-line') {
    const top = await this.lineTop(line);
    return top && this.page.$(`${EDITOR} ${layer}[style^="top:${top};"]`);
  }

  /** The rendered text of the line (1-based), inlay hints included. */
  async lineText(line) {
    const l = await this.lineElement(line);
    return l && l.evaluate((e) => e.textContent.replace(/\u00a0/g, ' '));
  }

  /** The token `word` on the line: its computed colour and its box relative to the line. */
  async token(line, word) {
    const l = await this.lineElement(line);
    return l && l.evaluate((e, w) => {
      const s = [...e.querySelectorAll('span span')].filter((x) => x.textContent === w).pop();
      if (!s) return null;
      const box = s.getBoundingClientRect();
      const base = e.getBoundingClientRect();
      return { colour: getComputedStyle(s).color, left: box.left - base.left, width: box.width, x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, word);
  }

  async colour(line, word) {
    const t = await this.token(line, word);
    return t && t.colour;
  }

  /** The error squiggle drawn on the line: { left, width } in pixels from the line's start. */
  async squiggle(line) {
    const row = await this.lineElement(line, '.view-overlays > div');
    return row && row.evaluate((r) => {
      const s = r.querySelector('.squiggly-error');
      return s && { left: parseFloat(s.style.left), width: parseFloat(s.style.width) };
    });
  }

  /** The texts drawn as document links on the line. */
  async links(line) {
    const l = await this.lineElement(line);
    return l && l.evaluate((e) => [...e.querySelectorAll('.detected-link')].map((x) => x.textContent).join(''));
  }

  /** How many characters are boxed as ambiguous or invisible unicode on the editor's lines on screen. */
  unicodeBoxes() {
    return this.page.$$eval(`${EDITOR} .unicode-highlight, ${EDITOR} .view-overlays .cdr[class*="unicode"]`, (e) => e.length);
  }

  /** Moves the cursor to line:column (1-based, in UTF-16 units as the status bar counts them): Go to
   * Line (Ctrl+G) to the line, then arrow keys (Go to Line counts a 汉字 as two columns). */
  async goTo(line, column = 1) {
    const { page } = this;
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.keyboard.press('Enter');
    await until(`cursor on line ${line}`, async () => (await this.cursor()).startsWith(`Ln ${line}, `), 10);
    for (let i = 0; i < 2 && !(await this.cursor()).endsWith(', Col 1'); i++) await page.keyboard.press('Home');
    for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
    await until(`cursor at ${line}:${column}`, async () => (await this.cursor()) === `Ln ${line}, Col ${column}`, 10);
  }

  /** Picks `item` in the quick input open now, after typing `filter` into it. */
  async pick(filter, item) {
    const { page } = this;
    await page.locator('.quick-input-widget input').fill(filter);
    await until(`${item} in the quick input`, async () => (await page.$$eval('.quick-input-widget .monaco-list-row',
      (e) => e.map((x) => x.getAttribute('aria-label') || ''))).some((l) => l.startsWith(item)), 10);
    await page.keyboard.press('Enter');
  }

  /** Runs a command by its title from the command palette (F1). */
  async command(title) {
    await this.page.keyboard.press('F1');
    await this.pick(`>${title}`, title);
  }

  codeLenses() {
    return this.page.$$eval(`${EDITOR} .codelens-decoration`, (e) => e.map((x) => x.textContent));
  }

  clickCodeLens(text) {
    return this.page.locator(`${EDITOR} .codelens-decoration a`, { hasText: text }).click();
  }

  /** The Problems panel's entries (opened with Ctrl+Shift+M) that contain `text`, each as its cells joined by ¦. */
  async problems(text, seconds = 30) {
    const { page } = this;
    await page.keyboard.press('Control+Shift+M');
    return until(`a Problems entry with ${text}`, async () => {
      const rows = await page.$$eval('.markers-panel .monaco-list-row', (r) => r.map((x) => x.innerText.replace(/\n/g, ' ¦ ')));
      const found = rows.filter((x) => x.includes(text));
      return found.length > 0 && found;
    }, seconds);
  }

  /** The labels of the completion list shown now (asked for with Ctrl+Space when it does not come). */
  async completions() {
    const shown = async () => {
      const rows = await this.page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (e) => e.map((x) => x.textContent));
      return rows.length > 0 && rows;
    };
    return until('the completion list', shown, 10).catch(async () => {
      await this.page.keyboard.press('Control+Space');
      return until('the completion list (Ctrl+Space)', shown, 20);
    });
  }

  /** Ctrl+. at the cursor: the titles in the list of code actions. */
  async quickFixes() {
    await this.page.keyboard.press('Control+.');
    return until('the quick fixes', async () => {
      const items = await this.page.$$eval('.action-widget .monaco-list-row', (e) => e.map((x) => x.innerText.trim()));
      return items.length > 0 && items;
    }, 20);
  }

  applyQuickFix(index) {
    return this.page.locator('.action-widget .monaco-list-row').nth(index).click();
  }

  /** The text of the hovers shown now. */
  hovers() {
    return this.page.$$eval('.monaco-hover:not(.hidden)', (h) => h.map((x) => x.innerText).join('\n'));
  }

  /** The texts of the notifications shown now. */
  notifications() {
    return this.page.$$eval('.notifications-toasts .notification-list-item', (e) => e.map((x) => x.innerText));
  }
}

module.exports = { until, Workbench, EDITOR };
