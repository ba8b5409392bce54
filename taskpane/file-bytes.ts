/**
 * A picked file's bytes, for the readers that decode them strictly (JSON: invalid UTF-8 is named,
 * not replaced by U+FFFD; .xlsx: the package reader). FileReader rather than Blob.arrayBuffer():
 * older Office web views lack it.
 */
export function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
