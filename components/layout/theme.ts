// The light/dark choice: a cookie when the reader has chosen, else the system preference.
// The script runs in <head> before the first paint, so the page never flashes the wrong theme.
export const THEME_COOKIE = "hs-theme";
export type Theme = "light" | "dark";

export const themeScript = `(function(){try{
var d=document.documentElement,m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark)/),q=window.matchMedia("(prefers-color-scheme: dark)");
function apply(t){d.classList.toggle("dark",t==="dark");d.style.colorScheme=t;}
apply(m?m[1]:(q.matches?"dark":"light"));
if(!m&&q.addEventListener)q.addEventListener("change",function(e){if(!/(?:^|; )${THEME_COOKIE}=/.test(document.cookie))apply(e.matches?"dark":"light");});
}catch(e){}})();`;
