// Small helpers for the pages the bot serves. Every page is plain, accessible HTML with one stylesheet.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface PageOptions {
  title: string;
  body: string;
  /** Extra <head> content (scripts for the tab). */
  head?: string;
  lang?: string;
}

export function page({ title, body, head = '', lang = 'en-GB' }: PageOptions): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/site.css">
${head}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
${body}
</body>
</html>`;
}
