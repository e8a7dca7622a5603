/**
 * Runs in <head> before the first paint: marks the page as scripted (`data-js`, which the `no-js:` variant of
 * app/globals.css keys on: controls that need JavaScript are hidden without it) and applies the theme the reader
 * chose earlier, so a page never flashes in the wrong one. Without a choice, CSS follows prefers-color-scheme. Static pages cannot carry a CSP nonce, so
 * inline scripts are allowed by 'unsafe-inline' (docs/security.md).
 */
export const themeScript = `document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;
