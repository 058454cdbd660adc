/**
 * The playground's one file: playground/index.html with its style sheet and the bundled script
 * inlined, and a Content-Security-Policy that allows that script (by hash), inline style and nothing else,
 * so the page works opened from the file system or any static host, and reaches no network.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW_CSS } from '../src/review/style.js';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * A script is inlined as it is, so text that the HTML parser reads inside a script element must
 * not be in it: `</script` would end the element and `<!--` changes how it is read. In a bundle
 * they only occur inside string and regex literals, where `<\/` and `<\!` mean the same.
 */
export function inlineSafeScript(js: string): string {
  const safe = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/script|<!--/i.test(safe)) throw new Error('the playground script still holds </script or <!-- after escaping');
  return safe;
}

/** The policy of the playground page: its own script (by hash) and inline style, nothing else. */
export function playgroundCsp(script: string): string {
  return [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    // Inline style is allowed: a page dropped in is parsed (by DOMParser, inert) under this policy,
    // and its style attributes would be reported as violations; style runs no script.
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Writes `outDir/index.html` from the template, the built script (`scriptFile`, removed after) and the style sheets. */
export function assemblePlayground(sourceDir: string, outDir: string, scriptFile: string): void {
  const template = readFileSync(join(sourceDir, 'index.html'), 'utf8');
  const style = `${REVIEW_CSS}\n${readFileSync(join(sourceDir, 'playground.css'), 'utf8')}`;
  const script = inlineSafeScript(readFileSync(join(outDir, scriptFile), 'utf8'));
  const fill: Record<string, string> = { CSP: playgroundCsp(script), STYLE: style, SCRIPT: script };
  // One pass: what is put in is not searched again for placeholders.
  const page = template.replace(/\{\{(CSP|STYLE|SCRIPT)\}\}/g, (_, key: string) => fill[key]!);
  writeFileSync(join(outDir, 'index.html'), page);
  rmSync(join(outDir, scriptFile), { force: true });
  rmSync(join(outDir, `${scriptFile}.map`), { force: true });
}
