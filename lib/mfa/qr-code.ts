import QRCode from "qrcode";

/** A scannable PNG of an otpauth URI; medium error correction survives a phone camera on a screen. */
export function qrCodePng(uri: string): Promise<Buffer> {
  return QRCode.toBuffer(uri, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 240 });
}

export async function qrCodeDataUrl(uri: string): Promise<string> {
  return `data:image/png;base64,${(await qrCodePng(uri)).toString("base64")}`;
}
