/** Saves a blob as a file the way browsers allow a page to: a temporary link, clicked. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started by now; give slow machines a while before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
