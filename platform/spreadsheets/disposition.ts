// The Content-Disposition of a download. Team names go into file names, so a
// name may be "Équipe Nord" or hold a slash: browsers get an ASCII name and,
// for a name that is not ASCII, the real one in RFC 5987's filename* (UTF-8),
// which every current browser prefers.

/** Spaces, characters no file system takes, and control characters. */
const UNSAFE = /[\s/\\:*?"<>|\u0000-\u001f\u007f]+/g;
const ASCII = /^[\x20-\x7e]*$/;

/** The name as ASCII letters, digits, dots and dashes: accents dropped ("É" → "E"), the rest a dash. */
function asciiFilename(filename: string): string {
  return filename.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\w.-]+/g, "-");
}

/** RFC 5987's percent-encoding (encodeURIComponent leaves ' ( ) * as they are). */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment` with the file's name: ASCII, and in UTF-8 too when it is not ASCII. */
export function attachment(filename: string): string {
  const ascii = `attachment; filename="${asciiFilename(filename)}"`;
  return ASCII.test(filename) ? ascii : `${ascii}; filename*=UTF-8''${rfc5987(filename.replace(UNSAFE, "-"))}`;
}
