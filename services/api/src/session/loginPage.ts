import { escapeHtml } from "../html/escapeHtml";

/** The login form: paste a token; no script, posts to this service only (CSP form-action 'self'). */
export const loginPage = (next: string, error?: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Log in to grant-ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:40rem;color:#1b1b1b}
textarea{width:100%;font-family:monospace}.error{color:#a00}</style></head><body>
<h1>Log in</h1>
${error === undefined ? "" : `<p class="error" role="alert">${escapeHtml(error)}</p>`}
<form method="post" action="/login">
<p><label for="token">Your token (a JWT from your organisation, or from <code>data/demo-tokens.json</code>)</label></p>
<p><textarea id="token" name="token" rows="6" required autocomplete="off"></textarea></p>
<input type="hidden" name="next" value="${escapeHtml(next)}">
<p><button type="submit">Log in</button></p>
</form>
<p><small>The session lets this browser read: pages, trails, reports. Commands still need
<code>Authorization: Bearer</code> and <code>If-Match</code>. It ends when the token expires, or here:</small></p>
<form method="post" action="/logout"><button type="submit">Log out</button></form>
</body></html>`;
