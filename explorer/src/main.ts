// Entry of the explorer bundle: load what the controls need, then show what the URL describes.
import { ApiError } from './api';
import { byId, h } from './dom';
import { Explorer } from './explorer';
import { loadBoot } from './queries';

async function start(): Promise<void> {
  const boot = await loadBoot();
  if (boot.years.length === 0 || boot.themes.length === 0) {
    throw new ApiError('The graph holds no data yet: load it with `npm run seed` (or start the service with SEED_ON_START=true).', 'EMPTY');
  }
  const explorer = new Explorer(boot);
  explorer.restore(location.hash);
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  // Never a blank page: say what went wrong where the graph would be.
  byId('alert-text').replaceChildren(h('li', {}, `The explorer could not start: ${error instanceof Error ? error.message : String(error)}`));
  byId('alert').hidden = false;
  document.body.dataset.ready = 'failed';
});
