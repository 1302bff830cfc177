/** Downloads through a Blob and a temporary anchor (no server involved). */

/** Save `data` as a file called `filename`. */
export function download(data: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** MIME types of the files the lab writes. */
export const MIME = {
  svg: "image/svg+xml",
  png: "image/png",
  csv: "text/csv",
  json: "application/json",
  npz: "application/zip",
} as const;
