// The audit dashboard: renders the embedded JSON (DashboardData) with vanilla JS, offline.
// Views by the URL's fragment: #view=findings|reports|years|roster (with filters code, organ,
// severity, origin, baseline, sort, dir), #report=N (one report's page). Test hooks in the fragment:
// set=FINGERPRINT~status~reason (repeatable) sets a decision, export=1 writes the baseline file into
// <pre id="baseline-export">, bench=1 times one filter change (data-filter-ms on <body>).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('nianbao-data').textContent);
  var app = document.getElementById('app');
  var PAGE = 300;
  var STATUSES = ['open', 'confirmed', 'dismissed'];
  var STATUS_ZH = { open: '待定', confirmed: '已确认', dismissed: '已排除' };
  var SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' };
  var ORIGIN_ZH = { publication: '原文', 'import': '导入' };
  var BASELINE_ZH = { 'new': '新增', unchanged: '未变', confirmed: '已确认', dismissed: '已排除', fixed: '已修复' };

  // the reviewer's decisions, by fingerprint: from the baseline the run read, then as edited here
  var decided = {};
  var byReport = data.reports.map(function () { return []; });
  data.findings.forEach(function (f, i) {
    f.index = i;
    if (!decided[f.fingerprint]) {
      decided[f.fingerprint] = { status: f.status || 'open', reason: f.reason || null };
    }
    if (f.report != null) {
      byReport[f.report].push(f);
    }
  });

  function esc(s) {
    return s == null ? '' : String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function baseName(path) { return path == null ? '' : String(path).replace(/^.*[\\/]/, ''); }
  function params() { return new URLSearchParams(location.hash.slice(1)); }
  function go(p) { location.hash = p.toString(); }
  function distinct(values) {
    var seen = {};
    values.forEach(function (v) { if (v != null && v !== '') { seen[v] = true; } });
    return Object.keys(seen).sort();
  }

  // ---- the baseline file: exactly what `audit --write-baseline` writes, with the decisions made here
  function baselineJson() {
    var seen = {}, out = [];
    data.findings.forEach(function (f) {
      if (seen[f.fingerprint]) { return; }
      seen[f.fingerprint] = true;
      var d = decided[f.fingerprint];
      out.push({ fingerprint: f.fingerprint, code: f.code, organ: f.organ, year: f.year, cell: f.cell,
        message: f.message, status: d.status, reason: d.reason ? d.reason : null });
    });
    return JSON.stringify({ findings: out }, null, 2) + '\n';
  }
  function download() {
    var blob = new Blob([baselineJson()], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'baseline.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }
  document.getElementById('download').addEventListener('click', download);

  function decide(fp, status, reason) {
    if (!decided[fp] || STATUSES.indexOf(status) < 0) { return; }
    decided[fp].status = status;
    if (reason !== undefined) { decided[fp].reason = reason || null; }
  }
  // edits in any table of findings
  app.addEventListener('change', function (e) {
    var fp = e.target.getAttribute('data-fp');
    if (!fp) { return; }
    if (e.target.tagName === 'SELECT') { decide(fp, e.target.value); } else { decide(fp, decided[fp].status, e.target.value); }
  });

  function decisionCells(f) {
    var d = decided[f.fingerprint];
    var sel = '<select data-fp="' + esc(f.fingerprint) + '" aria-label="状态">' + STATUSES.map(function (s) {
      return '<option value="' + s + '"' + (d.status === s ? ' selected' : '') + '>' + STATUS_ZH[s] + ' ' + s + '</option>';
    }).join('') + '</select>';
    return '<td class="status">' + sel + '</td><td><input class="reason" data-fp="' + esc(f.fingerprint) +
      '" value="' + esc(d.reason) + '" placeholder="理由 reason" aria-label="理由"></td>';
  }

  // ---- sorting and filtering ------------------------------------------------------------------
  var FINDING_KEYS = {
    input: function (f) { return f.report == null ? '' : data.reports[f.report].input; },
    organ: function (f) { return f.organ || ''; },
    year: function (f) { return f.year == null ? 0 : f.year; },
    severity: function (f) { return { error: 0, warning: 1, info: 2 }[f.severity]; },
    code: function (f) { return f.code; },
    message: function (f) { return f.message; },
    origin: function (f) { return f.origin; },
    baseline: function (f) { return f.baseline || ''; },
    status: function (f) { return decided[f.fingerprint].status; }
  };
  function sorted(list, keys, p) {
    var key = keys[p.get('sort')];
    if (!key) { return list; }
    var dir = p.get('dir') === 'desc' ? -1 : 1;
    return list.slice().sort(function (a, b) {
      var x = key(a), y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.index - b.index) * dir;
    });
  }
  function header(cols, p) {
    return '<thead><tr>' + cols.map(function (c) {
      if (!c[0]) { return '<th scope="col">' + c[1] + '</th>'; }
      var cls = 'sort' + (p.get('sort') === c[0] ? (p.get('dir') === 'desc' ? ' desc' : ' asc') : '');
      return '<th scope="col" class="' + cls + '" data-sort="' + c[0] + '">' + c[1] + '</th>';
    }).join('') + '</tr></thead>';
  }
  app.addEventListener('click', function (e) {
    var th = e.target.closest('th[data-sort]');
    if (th) {
      var p = params();
      var k = th.getAttribute('data-sort');
      p.set('dir', p.get('sort') === k && p.get('dir') !== 'desc' ? 'desc' : 'asc');
      p.set('sort', k);
      go(p);
    }
    var more = e.target.closest('button.more');
    if (more) {
      var q = params();
      q.set('shown', String((parseInt(q.get('shown'), 10) || PAGE) + PAGE));
      go(q);
    }
  });
  function select(name, label, values, names, p) {
    return '<label>' + label + ' <select name="' + name + '"><option value="">全部 all</option>' + values.map(function (v) {
      return '<option value="' + esc(v) + '"' + (p.get(name) === v ? ' selected' : '') + '>' + esc(names && names[v] ? names[v] + ' ' + v : v) + '</option>';
    }).join('') + '</select></label>';
  }
  app.addEventListener('input', function (e) {
    var form = e.target.closest('form.filters');
    if (!form) { return; }
    var p = params();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) { return; }
      if (el.value) { p.set(el.name, el.value); } else { p.delete(el.name); }
    });
    p.delete('shown');
    if (e.target.tagName === 'INPUT') {
      clearTimeout(app.typing);
      app.typing = setTimeout(function () { go(p); }, 250);
    } else {
      go(p);
    }
  });

  function findingFilter(p) {
    var code = p.get('code'), organ = p.get('organ'), severity = p.get('severity'), origin = p.get('origin'),
      baseline = p.get('baseline'), status = p.get('status');
    return function (f) {
      return (!code || f.code === code) && (!organ || (f.organ || '').indexOf(organ) >= 0) &&
        (!severity || f.severity === severity) && (!origin || f.origin === origin) &&
        (!baseline || f.baseline === baseline) && (!status || decided[f.fingerprint].status === status);
    };
  }

  // ---- the views --------------------------------------------------------------------------------
  function findingsView(p) {
    var list = sorted(data.findings.filter(findingFilter(p)), FINDING_KEYS, p);
    var shown = parseInt(p.get('shown'), 10) || PAGE;
    var h = '<h2>全部问题 Findings</h2><form class="filters" onsubmit="return false">' +
      select('code', '规则', distinct(data.findings.map(function (f) { return f.code; })), null, p) +
      '<label>机关 <input name="organ" list="organs" value="' + esc(p.get('organ')) + '" placeholder="机关名称的一部分"></label>' +
      '<datalist id="organs">' + distinct(data.reports.map(function (r) { return r.organ; })).map(function (o) {
        return '<option value="' + esc(o) + '">'; }).join('') + '</datalist>' +
      select('severity', '级别', ['error', 'warning', 'info'], SEVERITY_ZH, p) +
      select('origin', '来源', ['publication', 'import'], ORIGIN_ZH, p) +
      (data.hasBaseline ? select('baseline', '基线', ['new', 'unchanged', 'confirmed', 'dismissed'], BASELINE_ZH, p) : '') +
      select('status', '状态', STATUSES, STATUS_ZH, p) +
      '<span class="count" id="count">' + list.length + ' / ' + data.findings.length + ' 个问题</span></form>';
    h += '<table id="findings">' + header([['input', '报告'], ['organ', '机关'], ['year', '年度'], ['severity', '级别'],
      ['code', '代码'], ['message', '说明'], ['origin', '来源'], ['baseline', '基线'], ['status', '状态'], [null, '理由']], p) + '<tbody>';
    var rows = [];
    for (var i = 0; i < list.length && i < shown; i++) {
      var f = list[i], r = f.report == null ? null : data.reports[f.report];
      rows.push('<tr class="' + f.severity + '" data-fp="' + esc(f.fingerprint) + '"><td>' +
        (r ? '<a href="#report=' + f.report + '&finding=' + f.index + '" title="' + esc(r.input) + '">' + esc(baseName(r.input)) + '</a>' : '') + '</td><td>' +
        esc(f.organ) + '</td><td class="n">' + (f.year == null ? '' : f.year) + '</td><td class="sev">' +
        esc(SEVERITY_ZH[f.severity] || f.severity) + '</td><td class="code">' + esc(f.code) + '</td><td>' + esc(f.message) +
        (f.quote ? '<br><q class="quote">' + esc(f.quote) + '</q>' : '') + '</td><td>' + esc(ORIGIN_ZH[f.origin] || f.origin) +
        '</td><td class="baseline">' + esc(BASELINE_ZH[f.baseline] || '') + '</td>' + decisionCells(f) + '</tr>');
    }
    h += rows.join('') + '</tbody></table>';
    if (list.length > shown) {
      h += '<button type="button" class="more">再显示 ' + Math.min(PAGE, list.length - shown) + ' 个 (共 ' + list.length + ')</button>';
    }
    if (data.fixed && data.fixed.length) {
      h += '<h2>已修复 Fixed (' + data.fixed.length + ')</h2><table id="fixed"><thead><tr><th>机关</th><th>年度</th><th>代码</th><th>位置</th><th>说明</th></tr></thead><tbody>' +
        data.fixed.map(function (e) {
          return '<tr><td>' + esc(e.organ) + '</td><td class="n">' + (e.year == null ? '' : e.year) + '</td><td>' + esc(e.code) +
            '</td><td>' + esc(e.cell) + '</td><td>' + esc(e.message) + '</td></tr>';
        }).join('') + '</tbody></table>';
    }
    return h;
  }

  var REPORT_KEYS = {
    input: function (r) { return r.input; }, organ: function (r) { return r.organ || ''; },
    year: function (r) { return r.year == null ? 0 : r.year; }, template: function (r) { return r.template || ''; },
    errors: function (r) { return r.errors; }, warnings: function (r) { return r.warnings; },
    status: function (r) { return r.status; }, published: function (r) { return r.published || ''; }
  };
  function reportsView(p) {
    var organ = p.get('organ');
    var list = data.reports.map(function (r, i) { r.index = i; return r; })
      .filter(function (r) { return !organ || (r.organ || '').indexOf(organ) >= 0; });
    list = sorted(list, REPORT_KEYS, p);
    var h = '<h2>报告一览 Reports</h2><form class="filters" onsubmit="return false"><label>机关 <input name="organ" value="' +
      esc(organ) + '"></label><span class="count" id="count">' + list.length + ' / ' + data.reports.length + ' 份报告</span></form>';
    h += '<table id="reports">' + header([['input', '文件'], ['organ', '机关'], ['year', '年度'], ['template', '模板'],
      ['published', '发布'], ['errors', '错误'], ['warnings', '警告'], ['status', '状态']], p) + '<tbody>';
    h += list.map(function (r) {
      return '<tr' + (r.errors > 0 || r.status !== 'ok' ? ' class="error"' : '') + '><td><a href="#report=' + r.index + '" title="' +
        esc(r.input) + '">' + esc(baseName(r.input)) + '</a></td><td>' + esc(r.organ) + '</td><td class="n">' + (r.year == null ? '' : r.year) + '</td><td>' +
        esc(r.template) + '</td><td>' + esc(r.published) + '</td><td class="n">' + r.errors + '</td><td class="n">' + r.warnings +
        '</td><td>' + esc(r.status) + '</td></tr>';
    }).join('') + '</tbody></table>';
    return h;
  }

  // one report: the published text with each finding marked, its tables with the cells marked
  function reportView(p) {
    var i = parseInt(p.get('report'), 10), r = data.reports[i];
    if (!r) { return '<p>没有这份报告 (no such report)</p>'; }
    var own = byReport[i];
    var focus = p.get('finding') == null ? null : data.findings[parseInt(p.get('finding'), 10)];
    var h = '<p><a href="#view=reports">← 报告一览</a></p><h2 id="report-title">' + esc(r.organ || r.input) + ' ' +
      (r.year == null ? '' : r.year) + '</h2><p>' + esc(r.input) + ' · ' + esc(r.template) + ' · 发布 ' + esc(r.published) +
      ' · 错误 ' + r.errors + ' · 警告 ' + r.warnings + '</p>';
    h += '<table id="report-findings">' + header([[null, '行'], [null, '级别'], [null, '代码'], [null, '位置'], [null, '说明'],
      [null, '基线'], [null, '状态'], [null, '理由']], new URLSearchParams()) + '<tbody>' + own.map(function (f) {
        return '<tr class="' + f.severity + (focus === f ? ' focus' : '') + '" data-fp="' + esc(f.fingerprint) + '"><td class="n">' +
          (f.textLine ? '<a href="#report=' + i + '&finding=' + f.index + '">' + (f.page > 1 ? f.page + '/' : '') + f.textLine + '</a>' : '') +
          '</td><td class="sev">' + esc(SEVERITY_ZH[f.severity]) + '</td><td class="code">' + esc(f.code) + '</td><td>' + esc(f.cell) +
          '</td><td>' + esc(f.message) + '</td><td class="baseline">' + esc(BASELINE_ZH[f.baseline] || '') + '</td>' + decisionCells(f) + '</tr>';
      }).join('') + '</tbody></table>';
    // marks: page -> line -> findings
    var marks = {};
    own.forEach(function (f) {
      if (!f.textLine) { return; }
      var pg = marks[f.page] || (marks[f.page] = {});
      (pg[f.textLine] || (pg[f.textLine] = [])).push(f);
    });
    h += '<div class="split"><div><h3>原文（导入时读取）Published text as imported</h3><div class="published" id="published">';
    (r.pages || []).forEach(function (lines, pi) {
      if (pi > 0) { h += '<div class="page">第 ' + (pi + 1) + ' 页</div>'; }
      var pg = marks[pi + 1] || {};
      lines.forEach(function (line, li) {
        var hits = pg[li + 1];
        var id = 'p' + (pi + 1) + 'l' + (li + 1);
        if (!hits) {
          h += '<div id="' + id + '"><span class="ln">' + (li + 1) + '</span>' + esc(line) + '</div>';
          return;
        }
        h += '<div id="' + id + '" class="hit" title="' + esc(hits.map(function (f) { return '[' + f.code + '] ' + f.message; }).join('\n')) +
          '"><span class="ln">' + (li + 1) + '</span>' + markLine(line, hits) + '</div>';
      });
    });
    h += '</div></div><div class="tables"><h3>表格 Tables</h3>';
    var marked = {};
    own.forEach(function (f) { if (f.cell) { (marked[f.cell] || (marked[f.cell] = [])).push(f); } });
    (r.tables || []).forEach(function (t) {
      h += '<table class="cells" data-table="' + esc(t.name) + '"><caption>' + esc(t.caption) + '</caption><thead><tr><th></th>' +
        t.columns.map(function (c) { return '<th scope="col">' + esc(c) + '</th>'; }).join('') + '</tr></thead><tbody>';
      t.cells.forEach(function (row, ri) {
        h += '<tr><th scope="row">' + esc(t.rows[ri]) + '</th>';
        row.forEach(function (v, ci) {
          var key = t.name + '.' + t.rowKeys[ri] + '.' + t.columnKeys[ci], fs = marked[key];
          h += fs ? '<td class="n marked" data-cell="' + esc(key) + '" title="' + esc(fs.map(function (f) { return '[' + f.code + '] ' + f.message; }).join('\n')) +
            '">' + esc(v) + '</td>' : '<td class="n">' + esc(v) + '</td>';
        });
        h += '</tr>';
      });
      h += '</tbody></table>';
    });
    return h + '</div></div>';
  }

  // the findings of a line marked from their column to the end of the word there (a number, a
  // label), at most MARK_MAX characters in prose without spaces
  var MARK_MAX = 24;
  function markLine(line, hits) {
    var cols = hits.map(function (f) { return Math.max(0, Math.min(line.length, (f.textColumn || 1) - 1)); })
      .sort(function (a, b) { return a - b; });
    var out = '', at = 0;
    cols.forEach(function (c) {
      if (c < at) { return; }
      var end = c;
      while (end < line.length && end < c + MARK_MAX && !/\s/.test(line.charAt(end))) { end++; }
      if (end === c) { end = Math.min(line.length, c + 1); }
      out += esc(line.slice(at, c)) + '<mark>' + (end > c ? esc(line.slice(c, end)) : '&nbsp;') + '</mark>';
      at = end;
    });
    return out + esc(line.slice(at));
  }

  // a small trend chart: one point per year, the values' range on the height
  function trend(values) {
    var pts = values.map(function (v, i) { return [i, v]; }).filter(function (p) { return p[1] != null; });
    if (pts.length < 2) { return ''; }
    var w = 120, hgt = 30, ys = pts.map(function (p) { return Number(p[1]); });
    var lo = Math.min.apply(null, ys), hi = Math.max.apply(null, ys), n = values.length - 1;
    var xy = pts.map(function (p) {
      var x = 4 + (n === 0 ? 0 : p[0] / n * (w - 8)), y = hi === lo ? hgt / 2 : hgt - 4 - (Number(p[1]) - lo) / (hi - lo) * (hgt - 8);
      return [x.toFixed(1), y.toFixed(1)];
    });
    return '<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + hgt + '" role="img" aria-label="' +
      esc(ys.join(' → ')) + '"><polyline points="' + xy.map(function (p) { return p.join(','); }).join(' ') + '"/>' +
      xy.map(function (p) { return '<circle cx="' + p[0] + '" cy="' + p[1] + '" r="2"/>'; }).join('') + '</svg>';
  }

  function yearsView(p) {
    var organ = p.get('organ');
    var list = (data.years || []).filter(function (o) { return !organ || o.organ.indexOf(organ) >= 0; });
    var shown = parseInt(p.get('shown'), 10) || 50;
    var h = '<h2>年度对比 Years side by side</h2><form class="filters" onsubmit="return false"><label>机关 <input name="organ" value="' +
      esc(organ) + '"></label><span class="count" id="count">' + list.length + ' 个机关</span></form>';
    if (!list.length) {
      h += '<p>没有跨年度的报告：把历年报告放在一起审核，或用 --previous-dir 给出上年报告。</p>';
    }
    list.slice(0, shown).forEach(function (o) {
      var names = Object.keys(o.labels);
      h += '<section class="organ"><h3>' + esc(o.organ) + '</h3><table class="years"><thead><tr><th scope="col">指标</th>' +
        o.years.map(function (y) { return '<th scope="col">' + y.year + '</th>'; }).join('') + '<th scope="col">趋势</th></tr></thead><tbody>';
      names.forEach(function (k) {
        var values = o.years.map(function (y) { return y.figures[k] == null ? null : y.figures[k]; });
        h += '<tr data-figure="' + esc(k) + '"><th scope="row">' + esc(o.labels[k]) + '</th>' + values.map(function (v) {
          return '<td class="n">' + (v == null ? '' : esc(v)) + '</td>'; }).join('') + '<td>' + trend(values) + '</td></tr>';
      });
      h += '<tr class="similarity" data-figure="repeat"><th scope="row">与上年相似度：' + esc(o.repeatHeading || o.repeatSection || '') + '</th>' +
        o.years.map(function (y) { return '<td class="n">' + (y.repeatSimilarity == null ? '' : y.repeatSimilarity + '%') + '</td>'; }).join('') +
        '<td></td></tr><tr class="similarity" data-figure="text"><th scope="row">与上年相似度：全文</th>' +
        o.years.map(function (y) { return '<td class="n">' + (y.textSimilarity == null ? '' : y.textSimilarity + '%') + '</td>'; }).join('') +
        '<td></td></tr></tbody></table>';
      if (o.findings.length) {
        h += '<ul class="crossyear">' + o.findings.map(function (f) {
          return '<li><b>' + esc(f.code) + '</b> ' + (f.year == null ? '' : f.year + ' ') + esc(f.cell || '') + ' ' + esc(f.message) + '</li>';
        }).join('') + '</ul>';
      }
      h += '</section>';
    });
    if (list.length > shown) { h += '<button type="button" class="more">再显示 (共 ' + list.length + ')</button>'; }
    return h;
  }

  var ROSTER = [['missing', '未报 missing'], ['late', '逾期 late'], ['wrong_format', '格式不符 wrong_format'],
    ['duplicate', '重复 duplicate'], ['unknown', '名册外 unknown'], ['similar', '近似名称 similar'], ['undated', '无发布日期 undated']];
  function rosterView() {
    var r = data.roster;
    if (!r) { return '<p>本次审核未给出名册 (--roster)。</p>'; }
    var h = '<h2>名册核对 Roster ' + r.year + '</h2>';
    ROSTER.forEach(function (k) {
      var list = r[k[0]] || [];
      h += '<h3 id="roster-' + k[0] + '">' + k[1] + '（' + list.length + '）</h3>';
      if (!list.length) { return; }
      var cols = distinct([].concat.apply([], list.map(function (e) { return Object.keys(e); })));
      cols.sort(function (a, b) { return a === 'organ' ? -1 : b === 'organ' ? 1 : 0; });
      h += '<table class="roster" data-list="' + k[0] + '"><thead><tr>' + cols.map(function (c) { return '<th>' + esc(c) + '</th>'; }).join('') +
        '</tr></thead><tbody>' + list.map(function (e) {
          return '<tr>' + cols.map(function (c) { var v = e[c]; return '<td>' + esc(Array.isArray(v) ? v.join('，') : v) + '</td>'; }).join('') + '</tr>';
        }).join('') + '</tbody></table>';
    });
    return h;
  }

  function render() {
    var p = params();
    var typing = document.activeElement && document.activeElement.tagName === 'INPUT' && document.activeElement.name;
    var view = p.has('report') ? 'report' : p.get('view') || 'findings';
    app.innerHTML = view === 'report' ? reportView(p) : view === 'reports' ? reportsView(p) : view === 'years' ? yearsView(p)
      : view === 'roster' ? rosterView() : findingsView(p);
    Array.prototype.forEach.call(document.querySelectorAll('#views a'), function (a) {
      a.classList.toggle('on', a.getAttribute('href') === '#view=' + view);
    });
    var again = typing && app.querySelector('form.filters input[name="' + typing + '"]');
    if (again) { again.focus(); again.setSelectionRange(again.value.length, again.value.length); }
    if (view === 'report' && p.get('finding') != null) {
      var f = data.findings[parseInt(p.get('finding'), 10)];
      var line = f && f.report === parseInt(p.get('report'), 10) && document.getElementById('p' + f.page + 'l' + f.textLine);
      // scroll the text, not the page: the finding's line in the middle of its box
      var box = document.getElementById('published');
      if (line && box) { box.scrollTop = Math.max(0, line.offsetTop - box.clientHeight / 2); }
    }
  }

  // test hooks: decisions given in the fragment, the baseline file written into the page
  var start = params();
  start.getAll('set').forEach(function (s) {
    var parts = s.split('~');
    decide(parts[0], parts[1], parts.length > 2 ? parts.slice(2).join('~') : undefined);
  });
  window.addEventListener('hashchange', render);
  render();
  document.body.setAttribute('data-open-ms', performance.now().toFixed(1));
  if (start.get('bench')) {
    var t = performance.now(), p = params();
    p.set('severity', 'error');
    history.replaceState(null, '', '#' + p.toString());
    render();
    document.body.setAttribute('data-filter-ms', (performance.now() - t).toFixed(1));
    document.body.setAttribute('data-filter-count', document.getElementById('count').textContent);
  }
  if (start.get('export')) {
    var pre = document.createElement('pre');
    pre.id = 'baseline-export';
    pre.textContent = baselineJson();
    document.body.appendChild(pre);
  }
})();
