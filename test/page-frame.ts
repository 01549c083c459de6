import { waitUntil } from '@open-wc/testing';

/**
 * Opens one of the test server's own pages (the CSP page, the no-bundler page) in a same-origin
 * iframe and waits until its script sets `window.__ready`: those pages load the kit their own
 * way, which a test module cannot do in its own window.
 */
export async function openPageFrame<W extends Window>(
  src: string,
  { message, timeout }: { message: string; timeout: number },
): Promise<{ frame: HTMLIFrameElement; win: W; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '1200px';
  document.body.append(frame);
  await waitUntil(
    () => (frame.contentWindow as (Window & { __ready?: boolean }) | null)?.__ready,
    message,
    { timeout },
  );
  return { frame, win: frame.contentWindow as W, doc: frame.contentDocument! };
}
