// How much an .xlsx (a ZIP archive) holds once unpacked, read from the
// archive's own directory before anything is unpacked: a 5 MB upload can
// unpack to gigabytes of XML (a "zip bomb"), and the workbook library would
// hold all of it in memory.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The unpacked size of every file in the archive, or null when its directory cannot be read (or is ZIP64). */
export function unpackedSize(zip: Buffer): number | null {
  const end = findEndOfDirectory(zip);
  if (end === null) return null;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const size = zip.readUInt32LE(offset + 24);
    // 0xFFFFFFFF: the real size is in a ZIP64 field; no spreadsheet of ours needs one.
    if (size === 0xffffffff) return null;
    total += size;
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}

function findEndOfDirectory(zip: Buffer): number | null {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return null;
}
