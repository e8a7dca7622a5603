/**
 * Runs in the sign-in window on /api/cms-auth/callback (lib/cms/oauth.ts): hands the result to the editor window
 * that opened it, in the editor's handshake ("authorizing:github", echoed back, then the result), and only to this
 * site's origin, so no other page can receive the token.
 */
const result = document.getElementById('cms-auth-result')?.textContent ?? '{"error":"No result"}';
const siteOrigin = window.location.origin;
const outcome = JSON.parse(result) as { token?: string };
const editor = window.opener as Window | null;

if (editor) {
  window.addEventListener('message', (event) => {
    if (event.origin !== siteOrigin || event.data !== 'authorizing:github') return;
    editor.postMessage(`authorization:github:${outcome.token ? 'success' : 'error'}:${result}`, siteOrigin);
  });
  editor.postMessage('authorizing:github', siteOrigin);
}

export {};
