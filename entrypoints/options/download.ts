/**
 * Saves a Blob as a file through an `<a download>` click: no `downloads` permission needed. The
 * object URL is revoked a moment later, once the browser has started reading it.
 */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
