/**
 * Where `needle` starts on screen (the left edge of its first occurrence in the text under
 * `root`): lets a test check the order a reader sees, which bidi reordering can change while
 * the DOM order stays the same.
 */
export function leftOf(root: Node, needle: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${needle}" is not shown`);
}
