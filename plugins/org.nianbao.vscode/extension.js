// Starts the bundled Nianbao language server (`java -jar server/nianbao.jar lsp`, stdio) for
// .nianbao files. Everything else — diagnostics, quick fixes, completion, hover, formatting,
// outline, folding, inlay hints, code lenses, rename — comes from the server. The one command
// here is the code lens's: it moves the cursor to the first broken relation of a table.
// The editor's modules (vscode, vscode-languageclient) are required inside the functions VS Code
// calls, so that Node alone can load this file: test/server.test.js starts the server with
// serverOptions and initializationOptions below, exactly as activate does.
'use strict';
const path = require('path');
const fs = require('fs');

let client;

/** The java to run: in `home` (the setting nianbao.java.home, else JAVA_HOME), else java on the PATH. */
function javaExecutable(configured) {
  const home = configured || process.env.JAVA_HOME;
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  if (home) {
    const candidate = path.join(home, 'bin', exe);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  return exe; // from the PATH
}

function serverJar(context, configured) {
  return configured || context.asAbsolutePath(path.join('server', 'nianbao.jar'));
}

/** The JVM flags the server runs with, as `./nianbao lsp` gives them: a bounded heap given back when
 * free, so 50 open reports stay under 200 MB (the bench measures it). */
const SERVER_FLAGS = ['-Xmx192m', '-XX:+UseSerialGC', '-XX:MinHeapFreeRatio=10', '-XX:MaxHeapFreeRatio=20',
  '-XX:ReservedCodeCacheSize=48m', '-Xss512k', '-XX:CICompilerCount=2'];

/** How the server process is started, exactly as given to the LanguageClient: the command and its
 * arguments, talking over stdin/stdout. No `transport`: the same command line as ./nianbao lsp (with
 * TransportKind.stdio the client would append `--stdio`, which `nianbao lsp` accepts, as its default). */
function serverOptions(jar, javaHome) {
  const command = javaExecutable(javaHome);
  return {
    command,
    args: [...SERVER_FLAGS, ...javaFlags(command), '-Dfile.encoding=UTF-8', '-Dstdout.encoding=UTF-8',
      '-Dstderr.encoding=UTF-8', '-jar', jar, 'lsp'],
  };
}

/** The feature version of the JDK of the java executable `command`, from its `release` file, as
 * tools/jdk.sh reads it (undefined for a java from the PATH or without the file). */
function javaMajor(command) {
  if (!path.isAbsolute(command)) {
    return undefined;
  }
  try {
    const release = fs.readFileSync(path.join(path.dirname(path.dirname(command)), 'release'), 'utf8');
    const version = release.match(/^JAVA_VERSION="(\d+)(?:\.(\d+))?/m);
    return version && (version[1] === '1' ? Number(version[2]) : Number(version[1]));
  } catch (e) {
    return undefined;
  }
}

/** The flags ./nianbao adds by JDK version: on 23 and newer Guice's use of sun.misc.Unsafe is allowed,
 * else the JDK prints four warnings on every start (into the output channel). An older JDK, or one whose
 * version is unknown, would refuse the flag. */
function javaFlags(command) {
  return javaMajor(command) >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : [];
}

/** The initialize request's initializationOptions, from the extension's settings. */
function initializationOptions(columnNames) {
  return { inlayHints: { columnNames: columnNames === true } };
}

/** What the code lens `N 处勾稽关系不符` runs: [uri, line, character] from the server. */
async function goToRelation(uri, line, character) {
  const vscode = require('vscode');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const position = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function activate(context) {
  const vscode = require('vscode');
  const { LanguageClient } = require('vscode-languageclient/node');
  const settings = vscode.workspace.getConfiguration('nianbao');
  context.subscriptions.push(vscode.commands.registerCommand('nianbao.goToRelation', goToRelation));
  const jar = serverJar(context, settings.get('server.jar'));
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(`Nianbao: 找不到语言服务器 ${jar} (language server jar not found)`);
    return;
  }
  const server = serverOptions(jar, settings.get('java.home'));
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'nianbao' }, { scheme: 'untitled', language: 'nianbao' }],
    initializationOptions: initializationOptions(settings.get('inlayHints.columnNames')),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.nianbao') },
  };
  client = new LanguageClient('nianbao', 'Nianbao 年报', server, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions, initializationOptions, javaMajor, SERVER_FLAGS };
