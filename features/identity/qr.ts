import "server-only";
import QRCode from "qrcode";

/** `text` as a QR code, an SVG drawn here (no image service sees the secret). */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}
