/**
 * Runs in <head> before the first paint: applies the theme the reader chose earlier, so a page never flashes in
 * the wrong one. Without a choice, CSS follows prefers-color-scheme. Kept tiny and static so that a CSP hash
 * can allow it.
 */
export const themeScript = `try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;
