// code-server for editor.test.js: its state under e2e/target/ (user data with the settings, extensions,
// config, logs), the extension installed from a .vsix, the server started on a free port, and what the
// test reads beside the browser (the Nianbao output channel's log, the language server's process).
'use strict';
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const target = path.join(__dirname, 'target');
const codeServer = path.join(__dirname, 'node_modules', '.bin', 'code-server');
// code-server writes its config and logs below XDG_CONFIG_HOME / XDG_DATA_HOME: kept under target/
const env = { ...process.env, XDG_CONFIG_HOME: path.join(target, 'xdg', 'config'), XDG_DATA_HOME: path.join(target, 'xdg', 'data') };

/** code-server's command line options shared by --install-extension and the server itself. */
function options() {
  return ['--config', path.join(target, 'config.yaml'), '--user-data-dir', path.join(target, 'user-data'),
    '--extensions-dir', path.join(target, 'extensions')];
}

/** A fresh state with the user settings: the JDK through the extension's setting nianbao.java.home,
 * nothing that would go to the network or cover the editor. Returns the empty workspace folder. */
function prepare(javaHome) {
  for (const d of ['user-data', 'extensions', 'xdg', 'ws']) fs.rmSync(path.join(target, d), { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'user-data', 'User'), { recursive: true });
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
  const ws = path.join(target, 'ws');
  fs.mkdirSync(ws);
  return ws;
}

function installExtension(vsix) {
  const out = cp.execFileSync(codeServer, [...options(), '--install-extension', vsix], { env, encoding: 'utf8' });
  assert.match(out, /successfully installed/, out);
}

/** Starts code-server on a free port for the folder ws; resolves to { url, stop }. */
function start(ws) {
  const server = cp.spawn(codeServer, [...options(), '--auth', 'none', '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ws], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = fs.createWriteStream(path.join(target, 'code-server.log'));
  server.stdout.pipe(logFile);
  server.stderr.pipe(logFile);
  // its own process group: the extension host and the language server go with it
  const stop = () => process.kill(-server.pid, 'SIGTERM');
  return new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (d) => {
      seen += d;
      const m = seen.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve({ url: m[1], stop });
    });
    server.on('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${seen}`)));
  });
}

/** The Nianbao output channel's log: the server's stderr and the client's messages. */
function outputChannelLog() {
  const found = [];
  const walk = (d) => fs.existsSync(d) && fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.includes('Nianbao')) found.push(p);
  });
  walk(path.join(target, 'user-data', 'logs'));
  return found.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** The pids of the language servers the installed extension started (java … nianbao.jar lsp). */
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

module.exports = { target, prepare, installExtension, start, outputChannelLog, serverProcesses };
