import qrcode from 'qrcode-generator';
import { svgElement } from '../ui/dom';

/** Scanners need the quiet zone: four modules of light colour around the code. */
const QUIET_ZONE = 4;

/**
 * The library's byte mode keeps only the low byte of each UTF-16 unit; handing it one character
 * per UTF-8 byte makes any text encode correctly (our URIs are ASCII, but a favourite may not be).
 */
function asUtf8ByteString(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

/** The dark modules of the QR code for `text`, or null when it is too long for any QR version. */
export function qrModules(text: string): boolean[][] | null {
  const code = qrcode(0, 'M');
  try {
    code.addData(asUtf8ByteString(text), 'Byte');
    code.make();
  } catch {
    return null;
  }
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column)),
  );
}

/**
 * An SVG drawn with DOM APIs: one path of unit squares. Always dark on white, also in dark mode,
 * because phone cameras expect that contrast. Null when the text does not fit in a QR code.
 */
export function renderQrCode(text: string, label: string): SVGSVGElement | null {
  const modules = qrModules(text);
  if (!modules) return null;
  const size = modules.length + QUIET_ZONE * 2;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
    class: 'qr-code',
  });
  svg.append(svgElement('rect', { width: size, height: size, fill: '#fff' }));
  const squares: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    }),
  );
  svg.append(svgElement('path', { d: squares.join(''), fill: '#000' }));
  return svg;
}
