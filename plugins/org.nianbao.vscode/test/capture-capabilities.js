// Writes test/vscode-capabilities.json: the client capabilities that vscode-languageclient (the
// library VS Code's extension uses, see extension.js) sends in initialize, as its own
// computeClientCapabilities() builds them from its features. Not a test and not run by `npm test`:
// run it by hand after upgrading vscode-languageclient (server.test.js refuses a file recorded
// from another version). VS Code's API is not available outside VS Code; the library only needs
// it to exist while the client object is built, so every name of it is answered by an inert
// placeholder here. Nothing of it reaches the capabilities, which are plain data.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

// the oldest VS Code the extension declares (the client checks that it is new enough)
const engine = require('../package.json').engines.vscode.replace(/^[^0-9]*/, '');

function inert() {
  return new Proxy(function () {}, {
    get: (target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => ''
      : key === 'version' ? engine : inert()),
    apply: () => inert(),
    construct: () => inert(),
  });
}
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? inert() : load.call(this, request, ...rest);
};
const { LanguageClient } = require('vscode-languageclient/node');
const client = new LanguageClient('nianbao', 'Nianbao 年报', { command: 'java' },
  { documentSelector: [{ scheme: 'file', language: 'nianbao' }] });
const version = require('vscode-languageclient/package.json').version;
const out = path.join(__dirname, 'vscode-capabilities.json');
fs.writeFileSync(out, JSON.stringify({ 'vscode-languageclient': version, capabilities: client.computeClientCapabilities() }, null, 2) + '\n');
console.log(`capture-capabilities: ${out} (vscode-languageclient ${version})`);
