// A Vite/Rollup plugin that minifies the CSS inside Lit `css` tagged templates at build time.
// Lit ships styles as strings, so whitespace and comments would otherwise reach every user.
// Only the safe transforms: comments out, runs of whitespace to one space, no space around
// `{ } ; ,` or after `:`. Never around `+ - > ~` (calc() needs its spaces) nor before `:`
// (`a :hover` and `a:hover` are different selectors).
export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'faultline-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // Template parts between `${…}` are minified one by one; interpolations stay as they are.
      const out = code.replace(/\bcss`([^`]*)`/g, (_, body) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((p) => (p.startsWith('${') ? p : minifyCss(p))).join('') + '`';
      });
      return { code: out, map: null };
    },
  };
}
