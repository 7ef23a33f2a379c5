// Starts the bundled Nianbao language server (`java -jar server/nianbao.jar lsp`, stdio) for
// .nianbao files. Everything else — diagnostics, quick fixes, completion, hover, formatting,
// outline, folding — comes from the server.
'use strict';
const path = require('path');
const fs = require('fs');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function javaExecutable() {
  const configured = vscode.workspace.getConfiguration('nianbao').get('java.home');
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

function serverJar(context) {
  const configured = vscode.workspace.getConfiguration('nianbao').get('server.jar');
  return configured || context.asAbsolutePath(path.join('server', 'nianbao.jar'));
}

async function activate(context) {
  const jar = serverJar(context);
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(`Nianbao: 找不到语言服务器 ${jar} (language server jar not found)`);
    return;
  }
  const serverOptions = {
    command: javaExecutable(),
    args: ['-Dfile.encoding=UTF-8', '-Dstdout.encoding=UTF-8', '-jar', jar, 'lsp'],
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'nianbao' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.nianbao') },
  };
  client = new LanguageClient('nianbao', 'Nianbao 年报', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
