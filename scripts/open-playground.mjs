#!/usr/bin/env node
// Opens the built playground (dist/playground/index.html) in the default browser; where no browser
// can be opened (a server, a container), prints its address to open by hand.
//   npm run playground
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const page = fileURLToPath(new URL('../dist/playground/index.html', import.meta.url));
if (!existsSync(page)) {
  console.error(`eventext: ${page} is not built; run npm run build first`);
  process.exit(1);
}
const url = pathToFileURL(page).href;
const [command, args] =
  process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
console.log(`eventext playground: ${url}`);
const child = spawn(command, args, { stdio: 'ignore', detached: true });
child.on('error', () => console.log('(no browser could be opened here: open the address above in one)'));
child.unref();
