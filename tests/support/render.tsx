/** Rendering components in DOM tests: a fresh element for each test, emptied and removed after it. */
import { type ComponentChildren, render } from 'preact';
import { I18n } from '../../components/i18n';
import { tEn } from './i18n';

/** The current test's element, and a way to render into it in English. */
export interface TestRoot {
  readonly el: HTMLElement;
  show(node: ComponentChildren): void;
}

/** Registers the per-test set-up and tear-down; call it once at the top of a test file. */
export function testRoot(): TestRoot {
  let el: HTMLElement;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
  });
  return {
    get el() {
      return el;
    },
    show: (node) => render(<I18n.Provider value={tEn}>{node}</I18n.Provider>, el),
  };
}
