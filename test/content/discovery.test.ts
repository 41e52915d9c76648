// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Discovery } from '../../src/content/discovery';
import { adapterFor } from '../../src/content/sites';

const linkedin = adapterFor('www.linkedin.com')!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function start() {
  const found: HTMLElement[] = [];
  const removed = vi.fn();
  const discovery = new Discovery(linkedin, { found: (element) => found.push(element), removed });
  discovery.start(document);
  return { discovery, found, removed };
}

describe('Discovery', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
  });

  it('finds editors already in the page and ones added later', async () => {
    document.body.innerHTML = '<div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="first"></div>';
    const { discovery, found } = start();
    stop = () => discovery.stop();
    expect(found.map((e) => e.id)).toEqual(['first']);

    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div componentkey="commentBox-1"><div contenteditable="true" role="textbox" id="later"></div></div>';
    document.body.append(wrapper);
    await flush();
    expect(found.map((e) => e.id)).toEqual(['first', 'later']);
  });

  it('looks into the open shadow root of #interop-outlet, also when it is filled later', async () => {
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const { discovery, found } = start();
    stop = () => discovery.stop();
    const modal = document.createElement('div');
    modal.setAttribute('data-test-modal-id', 'sharebox');
    modal.innerHTML = '<div class="ql-editor" contenteditable="true" id="quill"></div>';
    shadow.append(modal);
    await flush();
    expect(found.map((e) => e.id)).toEqual(['quill']);
  });

  it('reports removals so sessions can detach', async () => {
    document.body.innerHTML = '<div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div>';
    const { discovery, removed } = start();
    stop = () => discovery.stop();
    document.body.replaceChildren();
    await flush();
    expect(removed).toHaveBeenCalled();
  });

  it('attaches on focus when an editor became editable without a DOM insertion', async () => {
    document.body.innerHTML = '<div class="msg-form__contenteditable" role="textbox" id="late" tabindex="0"></div>';
    const { discovery, found } = start();
    stop = () => discovery.stop();
    expect(found).toEqual([]);
    const late = document.getElementById('late')!;
    late.setAttribute('contenteditable', 'true');
    late.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found.map((e) => e.id)).toEqual(['late']);
  });

  it('ignores text typed into editors without querying', async () => {
    document.body.innerHTML = '<div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="box"><p>a</p></div>';
    const { discovery, found } = start();
    stop = () => discovery.stop();
    document.querySelector('#box p')!.append(document.createTextNode('b'));
    await flush();
    expect(found).toHaveLength(1);
  });
});
