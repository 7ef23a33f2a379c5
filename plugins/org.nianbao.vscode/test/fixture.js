// The reports the editor tests open (test/server.test.js through the protocol, e2e/editor.test.js in
// VS Code): the example gangkou-2024 with the 新收 total of the table 申请 wrong (27, not 26), its
// 结转下年 total written `auto`, and a line 上年 naming last year's report, gangkou-2023 (the same
// example, a year earlier).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..', '..');

const WRONG_ROW = '      新收            24 2 0 0 0 0 27';
const AUTO_ROW = '      结转下年         2 0 0 0 0 0 auto';
const LAST_YEAR_FILE = 'gangkou-2023.nianbao';
const FILE = 'gangkou-2024.nianbao';

/** { example, lastYear, text }: the example as it is, last year's report, and this year's with the faults. */
function reports() {
  const example = fs.readFileSync(path.join(root, 'examples', FILE), 'utf8');
  const lastYear = example.replace('港口镇2024 :', '港口镇2023 :').replace('年度 2024', '年度 2023')
    .replace('2025-01-16', '2024-01-16').replace(/港口镇2024年/g, '港口镇2023年');
  const text = example.replace('      新收            24 2 0 0 0 0 26', WRONG_ROW)
    .replace('      结转下年         2 0 0 0 0 0 2', AUTO_ROW)
    .replace('  年度 2024\n', `  年度 2024\n  上年 "${LAST_YEAR_FILE}"\n`);
  assert.ok(text.includes(WRONG_ROW) && text.includes(AUTO_ROW) && text.includes('上年 "'), 'fixture rows');
  return { example, lastYear, text };
}

/** LSP position (0-based line, UTF-16 code units, as JavaScript strings count) of the n-th needle plus delta. */
function at(text, needle, delta = 0, occurrence = 0) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `fixture lacks ${needle}`);
  }
  const before = text.substring(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

module.exports = { reports, at, root, WRONG_ROW, AUTO_ROW, FILE, LAST_YEAR_FILE };
