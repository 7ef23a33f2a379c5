// Tokenizes lines of a report with the extension's TextMate grammar (the engine VS Code uses) and
// checks the scopes that colour them. Run: `node test/grammar.test.js` (package.sh runs it).
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
const onigLib = oniguruma.loadWASM(wasm).then(() => ({
  createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
  createOnigString: (s) => new oniguruma.OnigString(s),
}));
const registry = new vsctm.Registry({
  onigLib,
  loadGrammar: async () => vsctm.parseRawGrammar(
    fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'nianbao.tmLanguage.json'), 'utf8'),
    'nianbao.tmLanguage.json'),
});

function scopesOf(grammar, line, text) {
  const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
  const found = tokens.find((t) => line.substring(t.startIndex, t.endIndex).includes(text));
  assert.ok(found, `no token for ${text} in ${line}`);
  return found.scopes;
}

registry.loadGrammar('source.nianbao').then((grammar) => {
  const checks = [
    ['report 港口镇2024 : 政府信息公开年报2021 {', 'report', 'keyword.control.nianbao'],
    ['  标题 "港口镇2024年政府信息公开工作年度报告"', '标题', 'keyword.other.metadata.nianbao'],
    ['  标题 "港口镇2024年政府信息公开工作年度报告"', '港口镇2024年', 'string.quoted.double.nianbao'],
    ['  抄送 "市政府办公室"', '抄送', 'keyword.other.metadata.nianbao'],
    ['  印发机关 "中山市港口镇党政办公室"', '印发机关', 'keyword.other.metadata.nianbao'],
    ['  印发日期 "2025-01-16"', '印发日期', 'keyword.other.metadata.nianbao'],
    ['      新收            24 2 0 0 0 0 26', '26', 'constant.numeric.nianbao'],
    ['      上年结转         1 0 0 0 0 0 auto', 'auto', 'constant.language.nianbao'],
    ['    text """共受理申请{申请.新收.总计 + 1}件"""', '申请.新收.总计', 'variable.other.cell.nianbao'],
    ['    text """共受理申请{申请.新收.总计 + 1}件"""', '共受理申请', 'string.quoted.triple.nianbao'],
    ['      // 自然人 商业企业', '自然人', 'comment.line.double-slash.nianbao'],
    // the Chinese keywords and what an input method types
    ['报告 港口镇2024 ： 政府信息公开年报2021 ｛', '报告', 'keyword.control.nianbao'],
    ['  章节 总体情况 ｛', '章节', 'keyword.control.nianbao'],
    ['    表 申请 ｛', '表', 'keyword.control.nianbao'],
    ['    正文 “共受理申请”', '正文', 'keyword.control.nianbao'],
    ['    正文 “共受理申请”', '共受理申请', 'string.quoted.double.nianbao'],
    ['      上年结转  １ ０ 自动', '１', 'constant.numeric.nianbao'],
    ['      上年结转  １ ０ 自动', '自动', 'constant.language.nianbao'],
    ['      满意率 "满意率" 小数', '小数', 'storage.modifier.nianbao'],
    ['  规则 平衡 按 列： 受理 ＝＝ 小计 ＋ 在办', '规则', 'keyword.control.nianbao'],
    ['  规则 平衡 按 列： 受理 ＝＝ 小计 ＋ 在办', '按', 'keyword.control.nianbao'],
    ['  分组 办结 "二、本月办结" ｛', '分组', 'keyword.control.nianbao'],
    ['  列 ｛', '列', 'keyword.control.nianbao'],
    ['  行 ｛', '行', 'keyword.control.nianbao'],
    ['      小计 "小计" ＝ 合计（办结 除 其他）', '合计', 'keyword.control.nianbao'],
    ['      小计 "小计" ＝ 合计（办结 除 其他）', '除', 'keyword.control.nianbao'],
    ['  模板 窗口办件统计 “政务服务中心窗口办件统计表” ｛', '模板', 'keyword.control.nianbao'],
    ['      表头角 “事项类别”', '表头角', 'keyword.control.nianbao'],
    ['      在办 "在办" 可负', '可负', 'storage.modifier.nianbao'],
    // the template checks, English and Chinese
    ['  crossyear 结转 in 申请: 上年结转 == last(结转下年)', 'crossyear', 'keyword.control.check.nianbao'],
    ['  crossyear 结转 in 申请: 上年结转 == last(结转下年)', 'last', 'keyword.control.check.nianbao'],
    ['  跨年 结转 于 申请： 上年结转 ＝＝ 上年值（结转下年） 警告', '跨年', 'keyword.control.check.nianbao'],
    ['  跨年 结转 于 申请： 上年结转 ＝＝ 上年值（结转下年） 警告', '上年值', 'keyword.control.check.nianbao'],
    ['  跨年 结转 于 申请： 上年结转 ＝＝ 上年值（结转下年） 警告', '警告', 'keyword.control.check.nianbao'],
    ['  事实 受理 “受理申请” 句式 “受理…申请” 取值 “申请.新收.总计” 容差 0', '句式', 'keyword.control.check.nianbao'],
    ['  事实 受理 “受理申请” 句式 “受理…申请” 取值 “申请.新收.总计” 容差 0', '取值', 'keyword.control.check.nianbao'],
    ['  限定 总体情况 长度 2000', '限定', 'keyword.control.check.nianbao'],
    ['  适用年份 2021 至 2030', '适用年份', 'keyword.control.check.nianbao'],
    ['  截止 “乡镇” “01-31”', '截止', 'keyword.control.check.nianbao'],
  ];
  for (const [line, text, scope] of checks) {
    const scopes = scopesOf(grammar, line, text);
    assert.ok(scopes.includes(scope), `${text}: expected ${scope}, got ${scopes.join(' ')}`);
  }
  // a row key is not a keyword, and digits inside a name are not numbers
  assert.ok(!scopesOf(grammar, '      新收  1', '新收').includes('keyword.control.nianbao'));
  assert.ok(!scopesOf(grammar, 'report 港口镇2024 : x {', '港口镇2024').includes('constant.numeric.nianbao'));
  // a keyword inside a longer name is part of the name
  assert.ok(!scopesOf(grammar, '    表格  1', '表格').includes('keyword.control.nianbao'));
  assert.ok(!scopesOf(grammar, '    行政许可  1', '行政许可').includes('keyword.control.nianbao'));
  // 于 and 自 are keywords alone, not inside a name
  assert.ok(!scopesOf(grammar, '      自然人  1', '自然人').some((s) => s.startsWith('keyword')));
  assert.ok(!scopesOf(grammar, '      至今  1', '至今').some((s) => s.startsWith('keyword')));
  console.log(`grammar: ${checks.length + 6} checks passed`);
}).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
