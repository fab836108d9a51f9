"""The smallest text PDF the check documents need: pages of text-drawing operators in Helvetica (F1) and
Helvetica-Bold (F2) on A4, with the catalogue, page tree, fonts and cross-reference table a PDF must hold, and the
pages' layout the form-like documents share (lines at a position, a table's row of wrapped cells, a new page when the
next block does not fit). The check-document scripts import it; run them from this folder."""
import textwrap


class Pages:
    """Pages filled from the top down: y is where the next line stands, a page ends above bottom."""

    def __init__(self, bottom):
        self.bottom, self.pages, self.ops, self.y = bottom, [], [], 800

    def room(self, height):
        """Starts a new page unless height still fits above the bottom margin."""
        if self.y - height < self.bottom:
            self.pages.append(self.ops)
            self.ops, self.y = [], 800

    def line(self, font, size, x, text):
        if text:
            escaped = text.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            self.ops.append(f'BT /{font} {size} Tf {x} {self.y} Td ({escaped}) Tj ET')

    def row(self, cells):
        """A table's row: cells of (text, x, width in characters, font), each wrapped, in 9 points."""
        wrapped = [(textwrap.wrap(text, width) or [''], x, font) for text, x, width, font in cells]
        depth = max(len(lines) for lines, _, _ in wrapped)
        self.room(depth * 12)
        for i in range(depth):
            for lines, x, font in wrapped:
                if i < len(lines):
                    self.line(font, 9, x, lines[i])
            self.y -= 12
        self.y -= 3

    def write(self, path, encoding='latin-1', symbols=False):
        write(self.pages + [self.ops], path, encoding, symbols)


def write(pages, path, encoding='latin-1', symbols=False):
    """Writes the pages (each a list of content-stream operators) to path, the text encoded in encoding; with
    symbols, a third font, ZapfDingbats (F3), for the ticks a form's table marks its columns with ('4' is a tick)."""
    fonts = 3 + 2 * len(pages)
    symbol = b' /F3 %d 0 R' % (fonts + 2) if symbols else b''
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>',
               b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % (3 + 2 * i) for i in range(len(pages))),
                                                             len(pages))]
    for page in pages:
        content = '\n'.join(page).encode(encoding)
        objects.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R '
                       b'/F2 %d 0 R%s >> >> /Contents %d 0 R >>' % (fonts, fonts + 1, symbol, len(objects) + 2))
        objects.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
    objects.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objects.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    if symbols:
        objects.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>')
    out, offsets = bytearray(b'%PDF-1.4\n'), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    out += b''.join(b'%010d 00000 n \n' % offset for offset in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    with open(path, 'wb') as file:
        file.write(out)
