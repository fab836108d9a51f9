"""The smallest text PDF the check documents need: pages of text-drawing operators in Helvetica (F1) and
Helvetica-Bold (F2) on A4, with the catalogue, page tree, fonts and cross-reference table a PDF must hold. The
check-document scripts import it; run them from this folder."""


def write(pages, path, encoding='latin-1'):
    """Writes the pages (each a list of content-stream operators) to path, the text encoded in encoding."""
    fonts = 3 + 2 * len(pages)
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>',
               b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % (3 + 2 * i) for i in range(len(pages))),
                                                             len(pages))]
    for page in pages:
        content = '\n'.join(page).encode(encoding)
        objects.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R '
                       b'/F2 %d 0 R >> >> /Contents %d 0 R >>' % (fonts, fonts + 1, len(objects) + 2))
        objects.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
    objects.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objects.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
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
