import { expect } from '@open-wc/testing';
import { announce, liveRegion, withdraw } from '../../src/controllers/announcer.js';

const texts = (el: HTMLElement) => [...el.children].map((n) => n.textContent);

describe('announcer', () => {
  it('keeps one polite status and one assertive alert region in the document', () => {
    const polite = liveRegion('polite');
    const assertive = liveRegion('assertive');
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(assertive.getAttribute('role')).to.equal('alert');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    expect(liveRegion('polite')).to.equal(polite);
    expect(document.querySelectorAll('#faultline-live-region')).to.have.length(1);
  });

  it('adds the message after the region exists, so it is announced', async () => {
    const region = liveRegion('assertive');
    const done = announce('Your session expired. Sign in again to continue.', 'assertive');
    await done;
    expect(texts(region)).to.include('Your session expired. Sign in again to continue.');
  });

  it('does not lose one of two messages that arrive together, nor repeat one', async () => {
    const region = liveRegion('polite');
    await Promise.all([
      announce('Order 17 was not saved.', 'polite'),
      announce('Payment was not collected.', 'polite'),
      announce('Order 17 was not saved.', 'polite'),
    ]);
    const all = texts(region);
    expect(all.filter((t) => t === 'Order 17 was not saved.')).to.have.length(1);
    expect(all).to.include('Payment was not collected.');
  });

  it('says messages in the order they came, also while a new region waits for its first', async () => {
    // A region just created waits before its first message; a later one must not overtake it.
    document.getElementById('faultline-live-region')?.remove();
    const first = announce('The service is unavailable.', 'polite');
    await new Promise((r) => setTimeout(r, 20));
    const second = announce('Your session expired.', 'polite');
    await Promise.all([first, second]);
    const all = texts(liveRegion('polite'));
    expect(all.indexOf('Your session expired.')).to.be.above(
      all.indexOf('The service is unavailable.'),
    );
  });

  it('takes back what a sender queued, and only that sender’s part of a shared message', async () => {
    const banner = {};
    const other = {};
    void announce('The order was not saved.', 'polite', { from: banner });
    void announce('The service is unavailable.', 'polite', { from: banner });
    const shared = announce('The service is unavailable.', 'polite', { from: other });
    withdraw(banner);
    void announce('Your session expired.', 'polite', { from: banner });
    await shared;
    const all = texts(liveRegion('polite'));
    expect(all).to.not.include('The order was not saved.');
    expect(all).to.include('The service is unavailable.');
    expect(all).to.include('Your session expired.');
  });

  it('treats markup in a message as text', async () => {
    const region = liveRegion('polite');
    await announce('<img src=x onerror=alert(1)>', 'polite');
    expect(region.querySelector('img')).to.equal(null);
    expect(texts(region)).to.include('<img src=x onerror=alert(1)>');
  });

  it('ignores empty messages', async () => {
    const region = liveRegion('polite');
    const before = region.children.length;
    await announce('   ');
    expect(region.children.length).to.equal(before);
  });
});
