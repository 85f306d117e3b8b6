// A tiny element builder: every text goes in as text, never as HTML, so data cannot inject markup.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

/** A small SVG of a kind's shape and colour, as in the graph, for the legend and the panels. */
export function swatch(shape: string, color: string, size = 14): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  const points: Record<string, string> = {
    star: '10,1 12.6,7.2 19.5,7.6 14.2,12 15.9,18.8 10,15 4.1,18.8 5.8,12 0.5,7.6 7.4,7.2',
    hexagon: '5,2 15,2 19.5,10 15,18 5,18 0.5,10',
    vee: '1,2 10,9 19,2 10,18',
    diamond: '10,1 19,10 10,19 1,10',
    triangle: '10,1.5 19,18.5 1,18.5',
    tag: '1,4 13,4 19,10 13,16 1,16',
    'round-octagon': '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
  };
  let shapeElement: SVGElement;
  if (points[shape]) {
    shapeElement = document.createElementNS(ns, 'polygon');
    shapeElement.setAttribute('points', points[shape]);
  } else if (shape === 'ellipse') {
    shapeElement = document.createElementNS(ns, 'circle');
    shapeElement.setAttribute('cx', '10');
    shapeElement.setAttribute('cy', '10');
    shapeElement.setAttribute('r', '8.5');
  } else {
    shapeElement = document.createElementNS(ns, 'rect');
    shapeElement.setAttribute('x', '1.5');
    shapeElement.setAttribute('y', '4');
    shapeElement.setAttribute('width', '17');
    shapeElement.setAttribute('height', '12');
    if (shape === 'round-rectangle') shapeElement.setAttribute('rx', '3');
  }
  shapeElement.setAttribute('fill', color);
  shapeElement.setAttribute('stroke', '#333');
  svg.appendChild(shapeElement);
  return svg;
}
