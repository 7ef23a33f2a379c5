// Real VS Code with the Nianbao extension: code-server (VS Code's own workbench, served to a browser)
// with the .vsix installed, driven in the system Chromium by playwright-core. Opens a workspace folder
// holding the report of test/fixture.js (a wrong total, an `auto` total, a line 上年) and checks what
// VS Code draws, in its DOM: the Problems entry and the squiggle of the diagnostic, the inlay hints,
// the code lenses, the link of 上年, the semantic colouring, the hover, the code lens's command moving
// the cursor; and in a template with its report: go to definition (F12) from a narrative path, a rename
// (F2) saved to disk, the completion after `{表.`. Started by run.sh, which installs code-server and
// finds the JDK: node editor.test.js VSIX JAVA_HOME [SCREENSHOT.png]
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { reports, at, root, WRONG_ROW, AUTO_ROW, FILE, LAST_YEAR_FILE } = require('../test/fixture.js');

const [vsix, javaHome, screenshot] = process.argv.slice(2);
const target = path.join(__dirname, 'target');
const codeServer = path.join(__dirname, 'node_modules', '.bin', 'code-server');
const TEMPLATE_FILE = 'window-stats.nianbao';
const t0 = Date.now();
const log = (what) => console.log(`editor.test.js: ${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);

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

/** User settings: the JDK through the extension's setting, nothing that would go to the network. */
function writeSettings() {
  fs.writeFileSync(path.join(target, 'user-data', 'User', 'settings.json'), JSON.stringify({
    'nianbao.java.home': javaHome,
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'git.enabled': false,
  }, null, 2));
}

/** A fresh code-server state under target/: user data, extensions, config, the workspace folder. */
function prepare() {
  for (const d of ['user-data', 'extensions', 'xdg', 'ws']) fs.rmSync(path.join(target, d), { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'user-data', 'User'), { recursive: true });
  const ws = path.join(target, 'ws');
  fs.mkdirSync(ws);
  const { lastYear, text } = reports();
  fs.writeFileSync(path.join(ws, FILE), text);
  fs.writeFileSync(path.join(ws, LAST_YEAR_FILE), lastYear);
  fs.copyFileSync(path.join(root, 'examples', TEMPLATE_FILE), path.join(ws, TEMPLATE_FILE));
  writeSettings();
  return { ws, text };
}

/** code-server's command line options shared by --install-extension and the server itself. */
function options() {
  return ['--config', path.join(target, 'config.yaml'), '--user-data-dir', path.join(target, 'user-data'),
    '--extensions-dir', path.join(target, 'extensions')];
}

// code-server writes its config and logs below XDG_CONFIG_HOME / XDG_DATA_HOME: kept under target/
const env = { ...process.env, XDG_CONFIG_HOME: path.join(target, 'xdg', 'config'), XDG_DATA_HOME: path.join(target, 'xdg', 'data') };

function installExtension() {
  const out = cp.execFileSync(codeServer, [...options(), '--install-extension', vsix], { env, encoding: 'utf8' });
  assert.match(out, /successfully installed/, out);
}

/** Starts code-server on a free port; resolves to { url, process }. */
function startCodeServer(ws) {
  const server = cp.spawn(codeServer, [...options(), '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ws], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = fs.createWriteStream(path.join(target, 'code-server.log'));
  server.stdout.pipe(logFile);
  server.stderr.pipe(logFile);
  return new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (d) => {
      seen += d;
      const m = seen.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve({ url: m[1], process: server });
    });
    server.on('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${seen}`)));
  });
}

/** The Nianbao output channel's log (the server's stderr and the client's messages), for failures. */
function outputChannelLog() {
  const logs = path.join(target, 'user-data', 'logs');
  const found = [];
  const walk = (d) => fs.existsSync(d) && fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.includes('Nianbao')) found.push(p);
  });
  walk(logs);
  return found.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** The pid of the language server java process (its command line names the bundled jar and `lsp`). */
function serverProcesses() {
  return fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      const args = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      return args.some((a) => a.startsWith(path.join(target, 'extensions')) && a.endsWith('nianbao.jar')) && args.includes('lsp');
    } catch (e) {
      return false;
    }
  });
}

async function main() {
  assert.ok(vsix && fs.existsSync(vsix) && javaHome, 'usage: node editor.test.js VSIX JAVA_HOME [SCREENSHOT.png]');
  const { ws, text } = prepare();
  installExtension();
  log('extension installed');
  const server = await startCodeServer(ws);
  log(`code-server at ${server.url}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const editor = '.editor-instance .monaco-editor';
  const cursor = () => page.locator('#status\\.editor\\.selection').textContent();
  /** The CSS top of the editor's line (1-based) as drawn (code lenses push lines down), if it is on screen. */
  const lineTop = (line) => page.$$eval(`${editor} .margin-view-overlays .line-numbers`, (numbers, n) => {
    const number = numbers.find((x) => x.textContent.trim() === String(n));
    return number ? number.parentElement.style.top : null;
  }, line);
  /** The rendered text of the editor's line (1-based), inlay hints included, if it is on screen. */
  const lineText = async (line) => {
    const top = await lineTop(line);
    return page.$$eval(`${editor} .view-line`, (lines, t) => {
      const l = lines.find((x) => x.style.top === t);
      return l ? l.textContent.replace(/\u00a0/g, ' ') : null;
    }, top);
  };
  /** Moves the cursor to line:column (1-based, in UTF-16 units as the status bar counts them): Go to
   * Line (Ctrl+G) to the line, then arrow keys (Go to Line counts a 汉字 as two columns). */
  const goTo = async (line, column) => {
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.keyboard.press('Enter');
    await until(`cursor on line ${line}`, async () => (await cursor()).trim().startsWith(`Ln ${line}, `), 10);
    for (let i = 0; i < 2 && !(await cursor()).trim().endsWith(', Col 1'); i++) await page.keyboard.press('Home');
    for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
    await until(`cursor at ${line}:${column}`, async () => (await cursor()).trim() === `Ln ${line}, Col ${column}`, 10);
  };
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    log('workbench shown');
    await page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`);
    await page.waitForSelector(`${editor} .view-lines`);
    await until('the language mode Nianbao 年报', async () => (await page.locator('#status\\.editor\\.mode').textContent()).trim() === 'Nianbao 年报', 30);

    // the code lenses: one per table of the report, 申请's counting its broken relations
    const lenses = await until('six code lenses', async () => {
      const l = await page.$$eval(`${editor} .codelens-decoration`, (e) => e.map((x) => x.textContent));
      return l.length === 6 && l;
    }, 120);
    log(`code lenses ${JSON.stringify(lenses)}`);
    assert.deepStrictEqual(lenses.map((l) => (l === '勾稽关系 ✓' ? l : 'broken')), ['勾稽关系 ✓', '勾稽关系 ✓', '勾稽关系 ✓', '勾稽关系 ✓', 'broken', '勾稽关系 ✓']);
    assert.match(lenses[4], /^[1-9]\d* 处勾稽关系不符$/);
    const servers = serverProcesses();
    assert.strictEqual(servers.length, 1, `one language server process: ${servers}`);
    assert.strictEqual(fs.realpathSync(`/proc/${servers[0]}/exe`), fs.realpathSync(path.join(javaHome, 'bin', 'java')),
      'the server runs on the java of the setting nianbao.java.home');

    // the document link of 上年: the path underlined as a link
    const lastYearLine = at(text, `上年 "${LAST_YEAR_FILE}"`).line + 1;
    await goTo(lastYearLine, 1);
    const linked = await until('the link of 上年', async () => {
      const t = await lineTop(lastYearLine);
      return page.$$eval(`${editor} .view-line`, (lines, top) => {
        const l = lines.find((x) => x.style.top === top);
        return l && [...l.querySelectorAll('.detected-link')].map((x) => x.textContent).join('');
      }, t);
    }, 20);
    assert.strictEqual(linked, `"${LAST_YEAR_FILE}"`);

    // full-width punctuation (an input method's ，：（）) is the language's own: not boxed as ambiguous
    const punctuation = at(text, '4 "1个废止，3个到期自动失效"').line + 1;
    await goTo(punctuation, 1);
    const boxed = await page.$$eval(`${editor} .unicode-highlight, ${editor} .view-overlays .cdr[class*="unicode"]`, (e) => e.length);
    assert.strictEqual(boxed, 0, `unicode highlights near line ${punctuation}`);

    // the wrong total 27 (new 26): a squiggle on its two characters, the hint 应为 26 after it
    const cell = at(text, WRONG_ROW, WRONG_ROW.length - 2);
    const line = cell.line + 1;
    const column = cell.character + 1;
    await goTo(line, column);
    const top = await lineTop(line);
    const squiggle = await until('the error squiggle on the wrong total', () => page.$$eval(`${editor} .view-overlays > div`, (rows, t) => {
      const row = rows.find((r) => r.style.top === t);
      const s = row && row.querySelector('.squiggly-error');
      return s && { left: parseFloat(s.style.left), width: parseFloat(s.style.width) };
    }, top));
    const span = await page.$$eval(`${editor} .view-line`, (lines, t) => {
      const l = lines.find((x) => x.style.top === t);
      const s = [...l.querySelectorAll('span span')].filter((x) => x.textContent === '27').pop();
      const box = s.getBoundingClientRect();
      const base = l.getBoundingClientRect();
      return { left: box.left - base.left, width: box.width, x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, top);
    // (the inlay hint's padding right after the cell widens the squiggle by a few pixels, less than a digit)
    assert.ok(Math.abs(squiggle.left - span.left) <= 1 && squiggle.width >= span.width - 1 && squiggle.width < span.width * 1.5,
      `the squiggle covers the cell 27: ${JSON.stringify({ squiggle, span })}`);
    assert.strictEqual(await lineText(line), `${WRONG_ROW}应为 26`);
    const autoLine = at(text, AUTO_ROW).line + 1;
    await goTo(autoLine, 1);
    assert.strictEqual(await lineText(autoLine), `${AUTO_ROW}= 2`);
    await goTo(line, column);
    log(`squiggle and inlay hints on lines ${line} and ${autoLine}`);

    // the hover on the total: its row and column, and the relation with the values
    await page.mouse.move(span.x, span.y);
    const hover = await until('the hover on 27', () => page.$$eval('.monaco-hover:not(.hidden)', (h) => h.map((x) => x.innerText).join('\n')), 20);
    log(`hover ${JSON.stringify(hover)}`);
    // the Problem's message and code, the cell's labels and the total's sum with the values
    assert.match(hover, /nianbao\(NB102\)/);
    assert.match(hover, /行：一、本年新收政府信息公开申请数量/);
    assert.match(hover, /总计 = 自然人 \+ 商业企业 \+ 科研机构 \+ 社会公益组织 \+ 法律服务机构 \+ 其他 = 24 \+ 2 \+ 0 \+ 0 \+ 0 \+ 0 = 26/);
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');

    // the Problems panel: the NB1xx error on the cell
    await page.keyboard.press('Control+Shift+M');
    const problems = await until('the Problems entry', () => page.$$eval('.markers-panel .monaco-list-row',
      (rows) => rows.map((r) => r.innerText.replace(/\n/g, ' ¦ '))).then((r) => r.filter((x) => x.includes(`[Ln ${line}, Col ${column}]`))).then((r) => r.length && r));
    log(`problem ${JSON.stringify(problems)}`);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], / ¦ nianbao ¦ NB1\d\d ¦ /);
    assert.match(problems[0], /改为 26/);

    // the picture: the table 申请 with its code lens, the squiggle, the hints and the Problems panel
    await page.click(`${editor} .view-lines`);
    await goTo(line, column);
    if (screenshot) {
      await page.screenshot({ path: screenshot });
      log(`screenshot ${screenshot}`);
    }

    // the code lens's command (nianbao.goToRelation): from above the table to the cell blamed
    const lens = page.locator(`${editor} .codelens-decoration a`, { hasText: '处勾稽关系不符' });
    await goTo(line - 4, 1);
    await lens.click();
    await until('the cursor on the cell the code lens names', async () => (await cursor()).trim() === `Ln ${line}, Col ${column}`, 10);
    log('code lens moved the cursor');

    // semantic tokens: colours given (in the workspace settings, which VS Code reads again at once) to
    // token types and modifiers only the server's semantic tokens carry (TextMate scopes never match
    // them); switching semantic highlighting off takes them away again
    const colour = async (l, word) => page.$$eval(`${editor} .view-line`, (lines, [t, w]) => {
      const row = lines.find((x) => x.style.top === t);
      const s = row && [...row.querySelectorAll('span span')].find((x) => x.textContent === w);
      return s ? getComputedStyle(s).color : null;
    }, [await lineTop(l), word]);
    const coloured = async (what, l, word, test) => {
      let seen;
      await until(what, async () => test(seen = await colour(l, word)), 20).catch((e) => { throw new Error(`${e.message}; its colour ${seen}`); });
      return seen;
    };
    const workspaceSettings = (settings) => {
      fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
      fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify(settings));
    };
    const PROPERTY = 'rgb(255, 0, 255)';
    const AUTO = 'rgb(0, 160, 255)';
    const rules = { enabled: true, rules: { property: '#ff00ff', 'number.auto': '#00a0ff' } };
    const before = await colour(line, '新收');
    assert.ok(before && before !== PROPERTY, before);
    workspaceSettings({ 'editor.semanticTokenColorCustomizations': rules });
    await coloured('the row key 新收 coloured as a property', line, '新收', (c) => c === PROPERTY);
    assert.notStrictEqual(await colour(line, '24'), AUTO, 'a written number is not auto');
    await goTo(autoLine, 1);
    await coloured('the auto cell coloured as number.auto', autoLine, 'auto', (c) => c === AUTO);
    workspaceSettings({ 'editor.semanticTokenColorCustomizations': rules, 'editor.semanticHighlighting.enabled': false });
    await coloured('the auto cell with semantic highlighting off', autoLine, 'auto', (c) => c && c !== AUTO);
    fs.rmSync(path.join(ws, '.vscode'), { recursive: true });
    log(`semantic tokens coloured (row key ${before} → ${PROPERTY})`);

    // rename (F2) of a template's row from a report's row key: the template, its rule, the narrative
    // paths and the row key change, the labels do not
    await page.keyboard.press('Control+Shift+E');
    await page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${TEMPLATE_FILE}"]`);
    const stats = fs.readFileSync(path.join(ws, TEMPLATE_FILE), 'utf8');
    const key = at(stats, '      受理      120');
    await until('the template file in the editor', async () => (await page.locator(`.tab.active`).textContent()).includes(TEMPLATE_FILE), 10);
    await page.click(`${editor} .view-lines`);

    // go to definition (F12) from a narrative path {办件.受理.合计} to the template's row
    const path受理 = at(stats, '{办件.受理.合计}', 4);
    const row受理 = at(stats, '        受理 "一、本月受理"', 8);
    await goTo(path受理.line + 1, path受理.character + 1);
    await page.keyboard.press('F12');
    await until('the cursor on the row 受理 of the template', async () => (await cursor()).trim().startsWith(`Ln ${row受理.line + 1}, Col ${row受理.character + 1}`), 20);
    log('go to definition');

    await goTo(key.line + 1, 7);
    await page.keyboard.press('F2');
    const box = page.locator('.rename-box input');
    await box.waitFor({ state: 'visible', timeout: 20000 });
    assert.strictEqual(await box.inputValue(), '受理');
    await box.fill('收件');
    await page.keyboard.press('Enter');
    await until('the renamed row key', async () => ((await lineText(key.line + 1)) || '').startsWith('      收件      120      80   auto'), 20);
    await page.keyboard.press('Control+S');
    const renamed = await until('the file saved', () => {
      const s = fs.readFileSync(path.join(ws, TEMPLATE_FILE), 'utf8');
      return s !== stats && s;
    }, 20);
    assert.strictEqual(renamed, stats.replace('        受理 "一、本月受理"', '        收件 "一、本月受理"')
      .replace('per column: 受理 ==', 'per column: 收件 ==').replace(/\{办件\.受理\./g, '{办件.收件.')
      .replace('      受理      120', '      收件      120'));
    assert.ok(renamed.includes('受理数等于办结数与在办数之和'), 'labels are not renamed');
    log('rename saved');

    // completion in a narrative path after `{办件.`: the table's rows, each once, the renamed one by its new name
    const end = at(renamed, '件。"""', 2);
    await goTo(end.line + 1, end.character + 1);
    await page.keyboard.type('{办件.');
    const suggestions = await until('the completion list', async () => {
      const rows = await page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (e) => e.map((x) => x.textContent));
      return rows.length > 0 && rows;
    }, 20).catch(async () => {
      await page.keyboard.press('Control+Space');
      return until('the completion list (Ctrl+Space)', async () => {
        const rows = await page.$$eval('.suggest-widget.visible .monaco-list-row .label-name', (e) => e.map((x) => x.textContent));
        return rows.length > 0 && rows;
      }, 20);
    });
    log(`completion ${JSON.stringify(suggestions)}`);
    assert.deepStrictEqual([...suggestions].sort(), ['收件', '审批类', '服务类', '小计', '在办'].sort());
    await page.keyboard.press('Escape');

    // the quick fix (Ctrl+.) on the wrong total writes 26 into that cell, and the table's relations hold
    await page.keyboard.press('Control+Shift+E');
    await page.click(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`);
    await until('the report in the editor', async () => (await page.locator('.tab.active').textContent()).includes(FILE), 10);
    await page.click(`${editor} .view-lines`);
    await goTo(line, column);
    await page.keyboard.press('Control+.');
    const actions = await until('the quick fixes', async () => {
      const items = await page.$$eval('.action-widget .monaco-list-row', (e) => e.map((x) => x.innerText.trim()));
      return items.length > 0 && items;
    }, 20);
    log(`quick fixes ${JSON.stringify(actions)}`);
    const fix = actions.findIndex((a) => a.includes('26'));
    assert.ok(fix >= 0, `a quick fix writing 26: ${actions}`);
    await page.locator('.action-widget .monaco-list-row').nth(fix).click();
    await until('the cell 27 fixed to 26', async () => (await lineText(line)) === WRONG_ROW.replace(/27$/, '26'), 20);
    await until('the code lens of 申请 after the fix', async () => {
      const l = await page.$$eval(`${editor} .codelens-decoration`, (e) => e.map((x) => x.textContent));
      return l.length === 6 && l.every((x) => x === '勾稽关系 ✓');
    }, 30);
    await page.keyboard.press('Control+S');
    await until('the fixed report saved as the fixture with 26 for 27 and nothing else changed', () =>
      fs.readFileSync(path.join(ws, FILE), 'utf8') === text.replace(WRONG_ROW, WRONG_ROW.replace(/27$/, '26')), 20);
    log('quick fix applied');

    // an untitled document in the language Nianbao 年报 is checked too: NB002 for an unknown template
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>File: New Untitled Text File');
    await until('the command New Untitled Text File', async () => (await page.$$eval('.quick-input-widget .monaco-list-row',
      (e) => e.map((x) => x.getAttribute('aria-label') || ''))).some((l) => l.startsWith('File: New Untitled Text File')), 10);
    await page.keyboard.press('Enter');
    await until('an untitled editor', async () => /Untitled-\d/.test(await page.locator('.tab.active').textContent()), 10);
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Change Language Mode');
    await until('the command Change Language Mode', async () => (await page.$$eval('.quick-input-widget .monaco-list-row',
      (e) => e.map((x) => x.getAttribute('aria-label') || ''))).some((l) => l.startsWith('Change Language Mode')), 10);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget input').fill('Nianbao 年报');
    await until('the language Nianbao 年报 in the list', async () => (await page.$$eval('.quick-input-widget .monaco-list-row',
      (e) => e.map((x) => x.getAttribute('aria-label') || ''))).some((l) => l.startsWith('Nianbao 年报')), 10);
    await page.keyboard.press('Enter');
    await until('the language mode of the untitled editor', async () => (await page.locator('#status\\.editor\\.mode').textContent()).trim() === 'Nianbao 年报', 10);
    await page.keyboard.type('report 甲 : 无此模板 {');
    await page.keyboard.press('Control+Shift+M');
    const untitled = await until('the Problems entry of the untitled document', () => page.$$eval('.markers-panel .monaco-list-row',
      (rows) => rows.map((r) => r.innerText.replace(/\n/g, ' ¦ '))).then((r) => r.filter((x) => x.includes('NB002'))).then((r) => r.length && r), 30);
    log(`untitled ${JSON.stringify(untitled)}`);
    assert.match(untitled[0], / ¦ nianbao ¦ NB002 ¦ \[Ln 1, Col 12\]/);

    // and nothing went wrong on the way: no error in the client's log, no notification of ours
    // (nor the JDK's warnings about sun.misc.Unsafe, which the flags of ./nianbao avoid on JDK 23+)
    // (LSP4J's `WARNING: Unmatched cancel notification` is no error: VS Code cancelled a request already answered)
    const errors = outputChannelLog().split('\n').filter((l) => /^\[Error|^WARNING: .*sun\.misc\.Unsafe/.test(l));
    assert.deepStrictEqual(errors, [], 'errors or JVM warnings in the Nianbao output channel');
    const toasts = await page.$$eval('.notifications-toasts .notification-list-item', (e) => e.map((x) => x.innerText));
    assert.deepStrictEqual(toasts.filter((t) => /nianbao|年报/i.test(t)), [], 'notifications');
  } catch (e) {
    await page.screenshot({ path: path.join(target, 'failure.png') }).catch(() => {});
    console.error(`editor.test.js: failed; screenshot ${path.join(target, 'failure.png')}; the Nianbao output channel:\n${outputChannelLog()}`);
    throw e;
  } finally {
    await browser.close();
    process.kill(-server.process.pid, 'SIGTERM');
  }
  console.log(`editor.test.js: ok in ${((Date.now() - t0) / 1000).toFixed(1)} s — VS Code ${require('code-server/package.json').version} (code-server) drew `
    + 'the NB1xx diagnostic (Problems, squiggle), the inlay hints, the code lenses, the link of 上年, the semantic colours, the hover, the completion, the diagnostic of an untitled document; the code lens, F12, F2 rename and the quick fix worked');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
