#!/usr/bin/env node
// Prints, per PowerShell file, the sequence of command names and operators tree-sitter finds, one per
// line, so a test can check two scripts have the same structure (user values only inside strings).
import { Parser, Language } from 'web-tree-sitter';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
await Parser.init();
const ps = await Language.load(path.join(here, 'node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm'));
const parser = new Parser();
parser.setLanguage(ps);
for (const f of process.argv.slice(2)) {
  let text = fs.readFileSync(f, 'utf8');
  if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
  const tree = parser.parse(text);
  const out = [];
  const c = tree.walk();
  let done = false;
  while (!done) {
    const n = c.currentNode;
    if (n.type === 'command_name' || n.type === 'command_name_expr' || n.type.endsWith('_operator') || n.type === 'pipeline') {
      out.push(n.type + ' ' + (n.type === 'pipeline' ? '' : n.text));
    }
    if (n.type !== 'string_literal' && c.gotoFirstChild()) continue;
    while (!c.gotoNextSibling()) { if (!c.gotoParent()) { done = true; break; } }
  }
  console.log('== ' + f + (tree.rootNode.hasError ? ' PARSE-ERROR' : ''));
  console.log(out.join('\n'));
}
