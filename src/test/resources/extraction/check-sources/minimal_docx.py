"""The smallest Word document the check documents need: paragraphs with a style, tables of plain cells, and the parts
a .docx must hold (content types, relationships, styles). The check-document scripts import it; run them from this
folder."""
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
STYLE_NAMES = {'Title': 'Title', 'Heading1': 'heading 1', 'Heading2': 'heading 2', 'Heading3': 'heading 3',
               'ListBullet': 'List Bullet'}


class Document:

    def __init__(self):
        self.body = []

    def para(self, text, style=None, bold=False):
        """A paragraph of one run; bold=True sets the run in bold, as a heading typed without a heading style is."""
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        self.body.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')

    def table(self, rows):
        xml = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
        for row in rows:
            xml.append('<w:tr>')
            for cell in row:
                paragraphs = cell.split('\n') if cell else ['']
                xml.append('<w:tc>' + ''.join(
                    f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs) + '</w:tc>')
            xml.append('</w:tr>')
        xml.append('</w:tbl>')
        self.body.append(''.join(xml))

    def write(self, path, styles):
        """Writes the document to path, declaring the paragraph styles named (ids of STYLE_NAMES)."""
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
                    + ''.join(self.body) + '</w:body></w:document>')
        style_part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
                      + ''.join(f'<w:style w:type="paragraph" w:styleId="{s}"><w:name w:val="{STYLE_NAMES[s]}"/></w:style>'
                                for s in styles)
                      + '</w:styles>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as archive:
            z = _FixedTimes(archive)
            z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                       '<Default Extension="xml" ContentType="application/xml"/>'
                       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                       '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                       '</Types>')
            z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                       '</Relationships>')
            z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                       '</Relationships>')
            z.writestr('word/document.xml', document)
            z.writestr('word/styles.xml', style_part)


class _FixedTimes:
    """Writes every part with one fixed time stamp, so that a script writes the same bytes on every run."""

    def __init__(self, archive):
        self.archive = archive

    def writestr(self, name, data):
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self.archive.writestr(info, data)
