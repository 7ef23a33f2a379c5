// Real VS Code with the Nianbao extension: code-server (VS Code's own workbench, served to a browser)
// with the .vsix installed, driven in the system Chromium by playwright-core. Opens a workspace folder
// holding the report of test/fixture.js (a wrong total, an `auto` total, a line 上年) and the template
// example window-stats.nianbao, and checks what VS Code draws, in its DOM: the code lenses, the link
// of 上年, the squiggle, inlay hints and Problems entry of the diagnostic, the hover, the semantic
// colouring; and that the code lens's command, go to definition (F12), rename (F2), completion, the
// quick fix and an untitled document work. Started by run.sh, which installs code-server and finds
// the JDK: node editor.test.js VSIX JAVA_HOME [SCREENSHOT.png]
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const codeServer = require('./code-server.js');
const { until, Workbench, EDITOR } = require('./workbench.js');
const { reports, at, root, WRONG_ROW, AUTO_ROW, FILE, LAST_YEAR_FILE } = require('../test/fixture.js');

const [vsix, javaHome, screenshot] = process.argv.slice(2);
const TEMPLATE_FILE = 'window-stats.nianbao';
/** A report of its own file on the template example's template (its report, for December). */
const TEMPLATE_REPORT_FILE = 'window-report.nianbao';

/** The template example's report, for another month, alone in a file. */
function templateReport(stats) {
  return stats.slice(stats.indexOf('report 中心2024年11月')).replace('report 中心2024年11月', 'report 中心2024年12月')
    .replace('2024年11月窗口办件统计', '2024年12月窗口办件统计');
}
const CHECKED = '勾稽关系 ✓';
const t0 = Date.now();
const log = (what) => console.log(`editor.test.js: ${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);

/** The report with the wrong total: code lenses, link, squiggle, inlay hints, hover, Problems, the code lens's command. */
async function checkReport(wb, text) {
  const { page } = wb;
  await wb.open(FILE);
  await until('the language mode Nianbao 年报', async () => (await wb.languageMode()) === 'Nianbao 年报', 30);

  // the code lenses: one per table of the report, 申请's counting its broken relations
  const lenses = await until('six code lenses', async () => {
    const l = await wb.codeLenses();
    return l.length === 6 && l;
  }, 120);
  log(`code lenses ${JSON.stringify(lenses)}`);
  assert.deepStrictEqual(lenses.map((l) => (l === CHECKED ? l : 'broken')), [CHECKED, CHECKED, CHECKED, CHECKED, 'broken', CHECKED]);
  assert.match(lenses[4], /^[1-9]\d* 处勾稽关系不符$/);
  const servers = codeServer.serverProcesses();
  assert.strictEqual(servers.length, 1, `one language server process: ${servers}`);
  assert.strictEqual(fs.realpathSync(`/proc/${servers[0]}/exe`), fs.realpathSync(path.join(javaHome, 'bin', 'java')),
    'the server runs on the java of the setting nianbao.java.home');

  // the document link of 上年: the path drawn as a link
  const lastYearLine = at(text, `上年 "${LAST_YEAR_FILE}"`).line + 1;
  await wb.goTo(lastYearLine);
  assert.strictEqual(await until('the link of 上年', () => wb.links(lastYearLine), 20), `"${LAST_YEAR_FILE}"`);

  // full-width punctuation (an input method's ，：（）) is the language's own: not boxed as ambiguous
  await wb.goTo(at(text, '4 "1个废止，3个到期自动失效"').line + 1);
  assert.strictEqual(await wb.unicodeBoxes(), 0, 'unicode boxes around full-width punctuation');

  // the wrong total 27 (not 26): a squiggle on its two characters, the hint 应为 26 after it
  const cell = at(text, WRONG_ROW, WRONG_ROW.length - 2);
  const line = cell.line + 1;
  const column = cell.character + 1;
  await wb.goTo(line, column);
  const squiggle = await until('the error squiggle on the wrong total', () => wb.squiggle(line));
  const total = await wb.token(line, '27');
  // (the inlay hint's padding right after the cell widens the squiggle by a few pixels, less than a digit)
  assert.ok(Math.abs(squiggle.left - total.left) <= 1 && squiggle.width >= total.width - 1 && squiggle.width < total.width * 1.5,
    `the squiggle covers the cell 27: ${JSON.stringify({ squiggle, total })}`);
  assert.strictEqual(await wb.lineText(line), `${WRONG_ROW}应为 26`);
  const autoLine = at(text, AUTO_ROW).line + 1;
  await wb.goTo(autoLine);
  assert.strictEqual(await wb.lineText(autoLine), `${AUTO_ROW}= 2`);
  await wb.goTo(line, column);
  log(`squiggle and inlay hints on lines ${line} and ${autoLine}`);

  // the hover on the total: the problem with its code, the cell's labels, the total's sum with the values
  await page.mouse.move(total.x, total.y);
  const hover = await until('the hover on 27', () => wb.hovers(), 20);
  log(`hover ${JSON.stringify(hover)}`);
  assert.match(hover, /nianbao\(NB102\)/);
  assert.match(hover, /行：一、本年新收政府信息公开申请数量/);
  assert.match(hover, /总计 = 自然人 \+ 商业企业 \+ 科研机构 \+ 社会公益组织 \+ 法律服务机构 \+ 其他 = 24 \+ 2 \+ 0 \+ 0 \+ 0 \+ 0 = 26/);
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');

  // the Problems panel: the NB1xx error on the cell
  const problems = await wb.problems(`[Ln ${line}, Col ${column}]`);
  log(`problem ${JSON.stringify(problems)}`);
  assert.strictEqual(problems.length, 1);
  assert.match(problems[0], / ¦ nianbao ¦ NB1\d\d ¦ /);
  assert.match(problems[0], /改为 26/);

  // the picture: the table 申请 with its code lens, the squiggle, the hints and the Problems panel
  await page.click(`${EDITOR} .view-lines`);
  await wb.goTo(line, column);
  if (screenshot) {
    await page.screenshot({ path: screenshot });
    log(`screenshot ${screenshot}`);
  }

  // the code lens's command (nianbao.goToRelation): from above the table to the cell blamed
  await wb.goTo(line - 4);
  await wb.clickCodeLens('处勾稽关系不符');
  await until('the cursor on the cell the code lens names', async () => (await wb.cursor()) === `Ln ${line}, Col ${column}`, 10);
  log('code lens moved the cursor');
  return { line, column, autoLine };
}

/** Semantic tokens: colours given (in the workspace settings, which VS Code reads again at once) to
 * a token type and a modifier only the server's semantic tokens carry (TextMate scopes never match
 * them); switching semantic highlighting off takes them away again. */
async function checkSemanticColours(wb, ws, { line, autoLine }) {
  const PROPERTY = 'rgb(255, 0, 255)';
  const AUTO = 'rgb(0, 160, 255)';
  const rules = { enabled: true, rules: { property: '#ff00ff', 'number.auto': '#00a0ff' } };
  const workspaceSettings = (settings) => {
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify(settings));
  };
  const coloured = async (what, l, word, test) => {
    let seen;
    await until(what, async () => test(seen = await wb.colour(l, word)), 20)
      .catch((e) => { throw new Error(`${e.message}; its colour ${seen}`); });
  };
  const before = await wb.colour(line, '新收');
  assert.ok(before && before !== PROPERTY, before);
  workspaceSettings({ 'editor.semanticTokenColorCustomizations': rules });
  await coloured('the row key 新收 coloured as a property', line, '新收', (c) => c === PROPERTY);
  assert.notStrictEqual(await wb.colour(line, '24'), AUTO, 'a written number is not auto');
  await wb.goTo(autoLine);
  await coloured('the auto cell coloured as number.auto', autoLine, 'auto', (c) => c === AUTO);
  workspaceSettings({ 'editor.semanticTokenColorCustomizations': rules, 'editor.semanticHighlighting.enabled': false });
  await coloured('the auto cell with semantic highlighting off', autoLine, 'auto', (c) => c && c !== AUTO);
  fs.rmSync(path.join(ws, '.vscode'), { recursive: true });
  log(`semantic tokens coloured (row key ${before} → ${PROPERTY})`);
}

/** The template example: F12 from a narrative path, F2 on a row key saved to disk, completion after `{表.`. */
async function checkTemplate(wb, ws) {
  const { page } = wb;
  const file = path.join(ws, TEMPLATE_FILE);
  const stats = fs.readFileSync(file, 'utf8');
  await wb.open(TEMPLATE_FILE);

  // go to definition (F12) from the narrative path {办件.受理.合计} to the template's row
  const pathKey = at(stats, '{办件.受理.合计}', 4);
  const row = at(stats, '        受理 "一、本月受理"', 8);
  await wb.goTo(pathKey.line + 1, pathKey.character + 1);
  await page.keyboard.press('F12');
  await until('the cursor on the row 受理 of the template', async () => (await wb.cursor()).startsWith(`Ln ${row.line + 1}, Col ${row.character + 1}`), 20);
  log('go to definition');

  // rename (F2) from a report's row key: the template's row, its rule, the narrative paths and the row
  // key change, the labels do not
  const key = at(stats, '      受理      120');
  await wb.goTo(key.line + 1, 7);
  await page.keyboard.press('F2');
  const box = page.locator('.rename-box input');
  await box.waitFor({ state: 'visible', timeout: 20000 });
  assert.strictEqual(await box.inputValue(), '受理');
  await box.fill('收件');
  await page.keyboard.press('Enter');
  await until('the renamed row key', async () => ((await wb.lineText(key.line + 1)) || '').startsWith('      收件      120      80   auto'), 20);
  await page.keyboard.press('Control+S');
  const renamed = await until('the file saved', () => {
    const s = fs.readFileSync(file, 'utf8');
    return s !== stats && s;
  }, 20);
  assert.strictEqual(renamed, stats.replace('        受理 "一、本月受理"', '        收件 "一、本月受理"')
    .replace('per column: 受理 ==', 'per column: 收件 ==').replace(/\{办件\.受理\./g, '{办件.收件.')
    .replace('      受理      120', '      收件      120'));
  assert.ok(renamed.includes('受理数等于办结数与在办数之和'), 'labels are not renamed');
  // the report in a file of its own that uses the template: its row key and narrative paths follow
  // (VS Code changed it unopened and unsaved: Save All)
  const otherFile = path.join(ws, TEMPLATE_REPORT_FILE);
  const other = templateReport(stats);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('S');
  const otherRenamed = await until('the other report saved', () => {
    const s = fs.readFileSync(otherFile, 'utf8');
    return s !== other && s;
  }, 20);
  assert.strictEqual(otherRenamed, other.replace(/\{办件\.受理\./g, '{办件.收件.').replace('      受理      120', '      收件      120'));
  log('rename saved, in the template\'s file and in the other report');

  // completion in a narrative path after `{办件.`: the table's rows, each once, the renamed one by its new name
  const end = at(renamed, '件。"""', 2);
  await wb.goTo(end.line + 1, end.character + 1);
  await page.keyboard.type('{办件.');
  const suggestions = await wb.completions();
  log(`completion ${JSON.stringify(suggestions)}`);
  assert.deepStrictEqual([...suggestions].sort(), ['收件', '审批类', '服务类', '小计', '在办'].sort());
  await page.keyboard.press('Escape');
}

/** The quick fix (Ctrl+.) on the wrong total writes 26 into that cell alone, and the relations hold. */
async function checkQuickFix(wb, ws, text, { line, column }) {
  await wb.open(FILE);
  await wb.goTo(line, column);
  const actions = await wb.quickFixes();
  log(`quick fixes ${JSON.stringify(actions)}`);
  const fix = actions.findIndex((a) => a.includes('26'));
  assert.ok(fix >= 0, `a quick fix writing 26: ${actions}`);
  await wb.applyQuickFix(fix);
  const fixedRow = WRONG_ROW.replace(/27$/, '26');
  await until('the cell 27 fixed to 26', async () => (await wb.lineText(line)) === fixedRow, 20);
  await until('all code lenses 勾稽关系 ✓ after the fix', async () => {
    const l = await wb.codeLenses();
    return l.length === 6 && l.every((x) => x === CHECKED);
  }, 30);
  await wb.page.keyboard.press('Control+S');
  await until('the fixed report saved as the fixture with 26 for 27 and nothing else changed', () =>
    fs.readFileSync(path.join(ws, FILE), 'utf8') === text.replace(WRONG_ROW, fixedRow), 20);
  log('quick fix applied');
}

/** An untitled document in the language Nianbao 年报 is checked too: NB002 for an unknown template. */
async function checkUntitled(wb) {
  await wb.command('File: New Untitled Text File');
  await until('an untitled editor', async () => /Untitled-\d/.test(await wb.activeTab()), 10);
  await wb.command('Change Language Mode');
  await wb.pick('Nianbao 年报', 'Nianbao 年报');
  await until('the language mode of the untitled editor', async () => (await wb.languageMode()) === 'Nianbao 年报', 10);
  await wb.page.keyboard.type('report 甲 : 无此模板 {');
  const untitled = await wb.problems('NB002');
  log(`untitled ${JSON.stringify(untitled)}`);
  assert.match(untitled[0], / ¦ nianbao ¦ NB002 ¦ \[Ln 1, Col 12\]/);
}

async function main() {
  assert.ok(vsix && fs.existsSync(vsix) && javaHome, 'usage: node editor.test.js VSIX JAVA_HOME [SCREENSHOT.png]');
  const ws = codeServer.prepare(javaHome);
  const { lastYear, text } = reports();
  fs.writeFileSync(path.join(ws, FILE), text);
  fs.writeFileSync(path.join(ws, LAST_YEAR_FILE), lastYear);
  fs.copyFileSync(path.join(root, 'examples', TEMPLATE_FILE), path.join(ws, TEMPLATE_FILE));
  fs.writeFileSync(path.join(ws, TEMPLATE_REPORT_FILE), templateReport(fs.readFileSync(path.join(ws, TEMPLATE_FILE), 'utf8')));
  codeServer.installExtension(vsix);
  log('extension installed');
  const server = await codeServer.start(ws);
  log(`code-server at ${server.url}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const wb = new Workbench(page);
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    log('workbench shown');
    const where = await checkReport(wb, text);
    await checkSemanticColours(wb, ws, where);
    await checkTemplate(wb, ws);
    await checkQuickFix(wb, ws, text, where);
    await checkUntitled(wb);

    // and nothing went wrong on the way: no error in the client's log, nor the JDK's warnings about
    // sun.misc.Unsafe (the flags of ./nianbao avoid them on JDK 23+), no notification of ours. (LSP4J's
    // `WARNING: Unmatched cancel notification` is no error: VS Code cancelled a request already answered.)
    const errors = codeServer.outputChannelLog().split('\n').filter((l) => /^\[Error|^WARNING: .*sun\.misc\.Unsafe/.test(l));
    assert.deepStrictEqual(errors, [], 'errors or JVM warnings in the Nianbao output channel');
    assert.deepStrictEqual((await wb.notifications()).filter((t) => /nianbao|年报/i.test(t)), [], 'notifications');
  } catch (e) {
    const failure = path.join(codeServer.target, 'failure.png');
    await page.screenshot({ path: failure }).catch(() => {});
    console.error(`editor.test.js: failed; screenshot ${failure}; the Nianbao output channel:\n${codeServer.outputChannelLog()}`);
    throw e;
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`editor.test.js: ok in ${((Date.now() - t0) / 1000).toFixed(1)} s — VS Code ${require('code-server/package.json').version} (code-server) drew `
    + 'the code lenses, the link of 上年, the NB1xx diagnostic (squiggle, Problems), the inlay hints, the hover, the semantic colours, the completion, '
    + 'the diagnostic of an untitled document; the code lens, F12, F2 rename and the quick fix worked');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
