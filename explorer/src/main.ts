// Entry of the explorer bundle: the language first (so every text is right from the start), then
// what the controls need, then what the URL describes.
import { ApiError } from './api';
import { byId, h } from './dom';
import { Explorer } from './explorer';
import { pick, setLang } from './i18n';
import { translatePage } from './translate-page';
import { loadBoot } from './queries';
import { isStateHash } from './url-state';

function viewInUrl(): string {
  // an old link kept its view in the hash; a new one keeps it in the query
  return isStateHash(location.hash) ? location.hash : location.search;
}

async function start(): Promise<void> {
  setLang(new URLSearchParams(viewInUrl().replace(/^#/, '?')).get('lang') === 'en' ? 'en' : 'da');
  translatePage();
  const started = performance.now();
  const boot = await loadBoot();
  if (boot.years.length === 0 || boot.themes.length === 0) {
    throw new ApiError(pick('Grafen har ingen data endnu: indlæs dem med `npm run seed` (eller start tjenesten med SEED_ON_START=true).', 'The graph holds no data yet: load it with `npm run seed` (or start the service with SEED_ON_START=true).'), 'EMPTY');
  }
  const explorer = new Explorer(boot);
  explorer.restore(viewInUrl());
  document.body.dataset.ready = 'true';
  document.body.dataset.bootMs = String(Math.round(performance.now() - started));
}

start().catch((error: unknown) => {
  // Never a blank page: say what went wrong where the graph would be.
  byId('alert-text').replaceChildren(h('li', {}, `${pick('Udforskeren kunne ikke starte', 'The explorer could not start')}: ${error instanceof Error ? error.message : String(error)}`));
  byId('alert').hidden = false;
  document.body.dataset.ready = 'failed';
});
