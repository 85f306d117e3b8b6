// Puts the language's fixed texts into index.html (kept apart from i18n.ts, which needs no DOM and
// is unit-tested in Node).
import { lang, t, type TextKey } from './i18n';

/** Puts the fixed texts into the page: data-t for the text, data-t-<attribute> for attributes. */
export function translatePage(root: ParentNode = document): void {
  document.documentElement.lang = lang();
  for (const element of root.querySelectorAll<HTMLElement>('[data-t]')) element.textContent = t(element.dataset.t as TextKey);
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    for (const attribute of [...element.attributes]) {
      if (!attribute.name.startsWith('data-t-')) continue;
      element.setAttribute(attribute.name.slice('data-t-'.length), t(attribute.value as TextKey));
    }
  }
}
