/** The head every generated page shares: charset, its Content-Security-Policy, viewport, generator, title, style. */
import { packageVersion } from '../args';
import { escapeHtml } from './escape';

export function documentHead(title: string, csp: string, style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="extract ${escapeHtml(packageVersion())}">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
`;
}
