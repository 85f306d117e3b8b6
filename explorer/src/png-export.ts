// The PNG for a report or a slide: a title, the drawing, a legend of the kinds and line styles in
// it, and a source line naming the report, so the picture stands on its own when pasted.
import { date, kindName, pick } from './i18n';
import { KIND_STYLES } from './kinds';
import type { Kind } from './model';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export async function composePng(drawing: Blob, title: string, kinds: readonly Kind[]): Promise<Blob> {
  const image = await createImageBitmap(drawing);
  const scale = 2;
  const margin = 24 * scale;
  const head = 56 * scale;
  const foot = 64 * scale;
  const width = Math.max(image.width + 2 * margin, 900 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = head + image.height + foot;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#1d1d1f';
  g.font = `bold ${18 * scale}px ${FONT}`;
  g.fillText(title, margin, 34 * scale);
  g.drawImage(image, (width - image.width) / 2, head);
  // legend: one swatch per kind shown, then the two line styles
  let x = margin;
  const y = head + image.height + 20 * scale;
  g.font = `${12 * scale}px ${FONT}`;
  for (const kind of kinds) {
    g.fillStyle = KIND_STYLES[kind].color;
    g.beginPath();
    g.arc(x + 6 * scale, y - 4 * scale, 6 * scale, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#1d1d1f';
    g.fillText(kindName(kind, true), x + 16 * scale, y);
    x += (22 + g.measureText(kindName(kind, true)).width / scale) * scale + 10 * scale;
  }
  for (const [dash, text] of [[[], pick('står i rapporten', 'stated in the report')], [[6 * scale, 4 * scale], pick('udledt af os', 'inferred by us')]] as const) {
    g.strokeStyle = '#8d8d99';
    g.lineWidth = 2 * scale;
    g.setLineDash([...dash]);
    g.beginPath();
    g.moveTo(x, y - 4 * scale);
    g.lineTo(x + 28 * scale, y - 4 * scale);
    g.stroke();
    g.fillText(text, x + 34 * scale, y);
    x += 34 * scale + g.measureText(text).width + 16 * scale;
  }
  g.setLineDash([]);
  g.fillStyle = '#5b5b66';
  g.font = `${11 * scale}px ${FONT}`;
  g.fillText(
    `${pick('Kilde', 'Source')}: Billund Kommune, »Fra vision til virkelighed – 100 eksempler på realiseringen af Fremtidens Legeplads«. ${pick('Udtrukket', 'Exported')} ${date(new Date())}.`,
    margin,
    y + 28 * scale,
  );
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'));
}
