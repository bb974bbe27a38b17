/**
 * The script of the iframe embed pages (/embed/<widget>/): puts the one widget on the page
 * with the settings from the query string, shows any setting it refused, and tells the host
 * page its height so the iframe can fit it. It sends the height and nothing else.
 */
import { registry } from '../registry.ts';
import { heightMessageType, readEmbedParams, type HeightMessage } from './embed-params.ts';
import { isWordPressReady, wordPressHeightMessage, wordPressSecret } from './wordpress-embed.ts';

const mount = document.querySelector<HTMLElement>('[data-embed-widget]');
const tag = mount?.dataset.embedWidget;
const entry = registry.widgets.find((w) => w.tag === tag);

if (mount && entry) {
  const { attributes, frameId, problems } = readEmbedParams(location.search, {
    attributes: entry.attributes,
    commonAttributes: registry.commonAttributes,
  });
  const element = document.createElement(entry.tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (problems.length > 0) {
    const note = document.createElement('div');
    note.className = 'embed-problems';
    note.setAttribute('role', 'alert');
    const heading = document.createElement('p');
    heading.textContent = 'Some settings in this embed were not used:';
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    note.append(heading, list);
    mount.append(note);
    console.warn(`${entry.tag} embed: ${problems.join(' ')}`);
  }
  mount.querySelector('.embed-fallback')?.remove();
  mount.append(element);

  // Only a framed page has a host to tell: our embed listener, and WordPress's when it framed us.
  if (window.parent !== window) {
    const secret = wordPressSecret(location.hash);
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: heightMessageType, frameId, height };
      window.parent.postMessage(message, '*');
      if (secret) window.parent.postMessage(wordPressHeightMessage(secret, height), '*');
    };
    new ResizeObserver(report).observe(document.documentElement);
    report();
    if (secret) {
      addEventListener('message', (event) => {
        if (event.source !== window.parent || !isWordPressReady(event.data, secret)) return;
        last = 0;
        report();
      });
    }
  }
}
