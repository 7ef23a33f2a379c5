// Starts the language server as the extension does (extension.js: serverOptions, the same command,
// JVM flags and arguments; initializationOptions) and talks to it over stdio with the protocol
// library VS Code's client is built on (vscode-languageserver-protocol), sending the client
// capabilities vscode-languageclient sends (test/vscode-capabilities.json). Checks what an editor
// shows of a report with a wrong total: the diagnostic, inlay hints, semantic tokens, code lenses and
// the document link of 上年. VS Code's own UI is not run (it cannot be installed here).
//
// The server jar: $NIANBAO_SERVER_JAR, else the bundled server/nianbao.jar, else the CLI module's
// shaded jar (built by `./build package`). Java: $JAVA_HOME, else java on the PATH, as the extension.
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const protocol = require('vscode-languageserver-protocol/node');
const extension = require('../extension.js');
const { reports, at, root, WRONG_ROW: wrongRow, AUTO_ROW: autoRow, FILE, LAST_YEAR_FILE } = require('./fixture.js');

const recorded = require('./vscode-capabilities.json');

function serverJar() {
  const candidates = [process.env.NIANBAO_SERVER_JAR, path.join(__dirname, '..', 'server', 'nianbao.jar'),
    path.join(root, 'plugins', 'org.nianbao.cli', 'target', 'org.nianbao.cli-0.1.0-SNAPSHOT-all.jar')];
  const jar = candidates.find((c) => c && fs.existsSync(c));
  assert.ok(jar, `no server jar (build the CLI first: ./build -pl plugins/org.nianbao.cli -am package): ${candidates}`);
  return jar;
}

/** The semantic tokens as {line, character, length, type, modifiers}, decoded with the server's legend. */
function decode(data, legend) {
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const modifiers = legend.tokenModifiers.filter((m, bit) => (data[i + 4] & (1 << bit)) !== 0);
    tokens.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers });
  }
  return tokens;
}

async function main() {
  // the capabilities are those of the installed client: a file recorded from another version is stale
  assert.strictEqual(recorded['vscode-languageclient'], require('vscode-languageclient/package.json').version,
    'test/vscode-capabilities.json is from another vscode-languageclient: run node test/capture-capabilities.js');

  // the extension and the launcher start the server with the same JVM flags
  const script = fs.readFileSync(path.join(root, 'nianbao'), 'utf8');
  const launcher = script.match(/^\s*lsp\) run_opts=\(([^)]*)\)/m);
  assert.ok(launcher, 'the launcher ./nianbao has no lsp flags');
  assert.deepStrictEqual(extension.SERVER_FLAGS, launcher[1].trim().split(/\s+/));
  // and, as its jvm_opts, the flags by JDK version (`[ "$major" -ge N ] && jvm_opts+=(…)`) and the encodings
  const words = (list) => list.trim().split(/\s+/);
  const major = extension.javaMajor(path.join(process.env.JAVA_HOME || '', 'bin', 'java'));
  assert.ok(major >= 21, `the JDK's version from its release file: ${major}`);
  const byVersion = [...script.matchAll(/^\[ "\$major" -ge (\d+) \] && jvm_opts\+=\(([^)]*)\)/gm)];
  assert.ok(byVersion.length > 0, 'the launcher has no flags by JDK version');
  const jvmOpts = [...byVersion.filter((m) => major >= Number(m[1])).flatMap((m) => words(m[2])),
    ...words(script.match(/^jvm_opts\+=\(([^)]*)\)/m)[1])];
  assert.deepStrictEqual(extension.serverOptions('nianbao.jar', process.env.JAVA_HOME).args,
    [...extension.SERVER_FLAGS, ...jvmOpts, '-jar', 'nianbao.jar', 'lsp']);
  // and over plain stdio, with no `transport` (which would make vscode-languageclient append `--stdio`)
  assert.strictEqual(extension.serverOptions('nianbao.jar').transport, undefined);

  // a workspace folder with last year's report and this year's, whose 新收 total is wrong (27, not 26)
  // and whose 结转下年 total is auto
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-vscode-'));
  const { example, lastYear, text } = reports();
  fs.writeFileSync(path.join(workspace, LAST_YEAR_FILE), lastYear);
  const file = path.join(workspace, FILE);
  fs.writeFileSync(file, example);
  const uri = pathToFileURL(file).href;
  const lastUri = pathToFileURL(path.join(workspace, LAST_YEAR_FILE)).href;

  // started as vscode-languageclient starts an Executable server: cwd the workspace folder
  const { command, args } = extension.serverOptions(serverJar(), process.env.JAVA_HOME);
  const server = cp.spawn(command, args, { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(server.stdout),
    new protocol.StreamMessageWriter(server.stdin));

  // what VS Code's client answers the server's requests to it
  connection.onRequest(protocol.RegistrationRequest.type, () => null);
  connection.onRequest(protocol.UnregistrationRequest.type, () => null);
  connection.onRequest(protocol.ConfigurationRequest.type, (params) => params.items.map(() => null));
  connection.onRequest(protocol.WorkDoneProgressCreateRequest.type, () => null);
  connection.onRequest(protocol.WorkspaceFoldersRequest.type, () => [{ uri: pathToFileURL(workspace).href, name: 'ws' }]);
  const published = new Map();
  const waiting = [];
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params.diagnostics);
    for (const w of waiting.filter((x) => x.uri === params.uri && x.test(params.diagnostics))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(params.diagnostics);
    }
  });
  // the first diagnostics published for the uri that pass the test (the folder's build may publish
  // the file as it is on disk before the opened text's come)
  const diagnosticsWhere = (u, test) => new Promise((resolve) => waiting.push({ uri: u, test, resolve }));
  connection.listen();

  const timeout = setTimeout(() => {
    console.error(`server.test.js: no answer within 120 s; server stderr:\n${stderr}`);
    process.exit(1);
  }, 120000);
  try {
    const init = await connection.sendRequest(protocol.InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: require('../package.json').engines.vscode.replace(/^\D*/, '') },
      locale: 'zh-cn',
      rootPath: workspace,
      rootUri: pathToFileURL(workspace).href,
      capabilities: recorded.capabilities,
      initializationOptions: extension.initializationOptions(false),
      trace: 'off',
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    });
    const caps = init.capabilities;
    assert.strictEqual(caps.inlayHintProvider, true);
    assert.ok(caps.codeLensProvider && caps.documentLinkProvider && caps.semanticTokensProvider, JSON.stringify(caps));
    await connection.sendNotification(protocol.InitializedNotification.type, {});

    // opened with the wrong total; the requests follow at once, as for a newly shown editor
    const cell = at(text, wrongRow, wrongRow.length - 2);
    const onCell = (list) => list.filter((d) => d.range.start.line === cell.line && d.range.start.character === cell.character);
    const diagnostics = diagnosticsWhere(uri, (list) => onCell(list).length > 0);
    await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type,
      { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    const doc = { uri };
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const [hints, tokens, lenses, links] = await Promise.all([
      connection.sendRequest(protocol.InlayHintRequest.type, { textDocument: doc, range: { start: { line: 0, character: 0 }, end } }),
      connection.sendRequest(protocol.SemanticTokensRequest.type, { textDocument: doc }),
      connection.sendRequest(protocol.CodeLensRequest.type, { textDocument: doc }),
      connection.sendRequest(protocol.DocumentLinkRequest.type, { textDocument: doc }),
    ]);

    // the diagnostic on the cell 27: its code and its range in UTF-16 units
    const found = onCell(await diagnostics);
    assert.ok(found.every((d) => /^NB1\d\d$/.test(d.code) && d.source === 'nianbao' && d.severity === 1), JSON.stringify(found));
    assert.deepStrictEqual(found[0].range.end, { line: cell.line, character: cell.character + 2 });
    assert.ok(found.some((d) => d.message.includes('26')), JSON.stringify(found));

    // inlay hints: the auto total's value after `auto`, the expected value after 27
    const label = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const hint = (p) => hints.filter((h) => h.position.line === p.line && h.position.character === p.character).map(label);
    assert.deepStrictEqual(hint(at(text, autoRow, autoRow.length)), ['= 2'], JSON.stringify(hints));
    assert.deepStrictEqual(hint(at(text, wrongRow, wrongRow.length)), ['应为 26'], JSON.stringify(hints));

    // semantic tokens, decoded with the legend: the row key 新收 and its cells
    const decoded = decode(tokens.data, caps.semanticTokensProvider.legend);
    const token = (p) => decoded.find((t) => t.line === p.line && t.character === p.character);
    assert.deepStrictEqual(token(at(text, wrongRow, 6)), { ...at(text, wrongRow, 6), length: 2, type: 'property', modifiers: [] });
    assert.deepStrictEqual(token(at(text, wrongRow, '      新收            '.length)).type, 'number');
    assert.deepStrictEqual(token(at(text, autoRow, autoRow.length - 4)).modifiers, ['derived', 'auto']);

    // code lenses: one per table, 申请 with its broken relations, the others hold
    const titles = lenses.map((l) => `${l.range.start.line} ${l.command && l.command.title}`);
    const tableLine = (name) => at(text, `    table ${name} {`).line;
    assert.deepStrictEqual(titles, ['规章文件', '行政许可', '处罚强制', '收费', '申请', '复议诉讼']
      .map((t) => `${tableLine(t)} ${t === '申请' ? lenses[4].command.title : '勾稽关系 ✓'}`));
    assert.match(lenses[4].command.title, /^[1-9]\d* 处勾稽关系不符$/);
    assert.strictEqual(lenses[4].command.command, 'nianbao.goToRelation');

    // the document link of 上年: the path's range, to last year's file
    assert.strictEqual(links.length, 1, JSON.stringify(links));
    assert.deepStrictEqual(links[0].range, { start: at(text, `"${LAST_YEAR_FILE}"`),
      end: at(text, `"${LAST_YEAR_FILE}"`, LAST_YEAR_FILE.length + 2) });
    assert.strictEqual(fs.realpathSync(new URL(links[0].target)), fs.realpathSync(new URL(lastUri)));

    await connection.sendRequest(protocol.ShutdownRequest.type);
    await connection.sendNotification(protocol.ExitNotification.type);
    assert.strictEqual(await exited, 0, `server exit code; stderr:\n${stderr}`);
    console.log(`server.test.js: ok — NB diagnostic at ${cell.line + 1}:${cell.character + 1}, ${hints.length} inlay hints, `
      + `${decoded.length} semantic tokens, ${lenses.length} code lenses, link to ${path.basename(links[0].target)}`);
  } finally {
    clearTimeout(timeout);
    connection.dispose();
    server.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
