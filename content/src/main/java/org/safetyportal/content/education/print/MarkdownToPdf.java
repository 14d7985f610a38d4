package org.safetyportal.content.education.print;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.safetyportal.content.education.lessons.LessonImage;

/**
 * A lesson's Markdown as PDF elements: headings, paragraphs, bullet and numbered lists (nested), quotes,
 * code and tables as lines of text. Raw HTML is printed as the text it is, never interpreted; an image is
 * printed as its description in brackets, and a picture uploaded by an editor (PNG or JPEG, as the portal wrote it)
 * is drawn below the paragraph that shows it (the seed's images are SVG, which the PDF does not draw).
 */
final class MarkdownToPdf {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownToPdf() {
    }

    static void add(Document document, String markdown) {
        add(document, markdown, Map.of());
    }

    /** With the uploaded pictures the Markdown may show, by name ({@code images/<name>} in the Markdown). */
    static void add(Document document, String markdown, Map<String, LessonImage> pictures) {
        for (Node block = PARSER.parse(markdown == null ? "" : markdown).getFirstChild(); block != null;
                block = block.getNext()) {
            Element element = block(block, 0);
            if (element != null) {
                PdfText.add(document, element);
            }
            List<LessonImage> shown = new ArrayList<>();
            pictures(block, pictures, shown);
            for (LessonImage picture : shown) {
                PdfText.add(document, drawn(document, picture));
            }
        }
    }

    private static void pictures(Node node, Map<String, LessonImage> pictures, List<LessonImage> shown) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image) {
                String destination = image.getDestination();
                String name = destination.substring(destination.lastIndexOf('/') + 1);
                LessonImage picture = pictures.get(name);
                if (picture != null && (destination.equals("images/" + name) || destination.equals("./images/" + name))) {
                    shown.add(picture);
                }
            }
            pictures(child, pictures, shown);
        }
    }

    /** The picture at most the text's width and 320 pt high, centred. */
    private static Element drawn(Document document, LessonImage picture) {
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(picture.bytes());
            image.scaleToFit(Math.min(document.right() - document.left(), image.getWidth()), 320);
            image.setAlignment(com.lowagie.text.Image.MIDDLE);
            image.setSpacingAfter(6);
            return image;
        } catch (java.io.IOException | RuntimeException unreadable) {
            throw new IllegalStateException("A stored lesson picture cannot be drawn: " + picture.name(), unreadable);
        }
    }

    private static Element block(Node block, int depth) {
        if (block instanceof Heading heading) {
            Paragraph p = new Paragraph(inline(heading), PdfText.heading(heading.getLevel()));
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            return p;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            com.lowagie.text.List list = new com.lowagie.text.List(block instanceof OrderedList, 16);
            if (block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null) {
                list.setFirst(ordered.getMarkerStartNumber());
            }
            if (block instanceof BulletList) {
                list.setListSymbol(new Chunk("•  ", PdfText.body()));
            }
            list.setIndentationLeft(depth * 16f);
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                ListItem entry = new ListItem(14, "", PdfText.body());
                for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                    if (inner instanceof BulletList || inner instanceof OrderedList) {
                        entry.add(block(inner, depth + 1));
                    } else {
                        entry.add(new Chunk(inline(inner), PdfText.body()));
                    }
                }
                list.add(entry);
            }
            return paragraphAround(list);
        }
        if (block instanceof BlockQuote) {
            List<String> lines = new ArrayList<>();
            for (Node inner = block.getFirstChild(); inner != null; inner = inner.getNext()) {
                lines.add(inline(inner));
            }
            Paragraph p = new Paragraph(14, String.join("\n", lines), PdfText.small());
            p.setIndentationLeft(16);
            p.setSpacingAfter(6);
            return p;
        }
        if (block instanceof FencedCodeBlock code) {
            return text(code.getLiteral(), PdfText.small());
        }
        if (block instanceof IndentedCodeBlock code) {
            return text(code.getLiteral(), PdfText.small());
        }
        if (block instanceof HtmlBlock html) {
            return text(html.getLiteral(), PdfText.body());
        }
        if (block instanceof ThematicBreak) {
            return new Paragraph(" ");
        }
        if (block.getFirstChild() != null && isTable(block)) {
            return table(block);
        }
        return text(inline(block), PdfText.body());
    }

    private static boolean isTable(Node block) {
        return block.getClass().getSimpleName().equals("TableBlock");
    }

    /** A table as one line per row, its cells separated by a bar: readable, and its text extracts in order. */
    private static Element table(Node table) {
        List<String> rows = new ArrayList<>();
        collectRows(table, rows);
        return text(String.join("\n", rows), PdfText.body());
    }

    private static void collectRows(Node node, List<String> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inline(cell));
                    }
                }
                rows.add(String.join(" | ", cells));
            } else {
                collectRows(child, rows);
            }
        }
    }

    private static Paragraph paragraphAround(Element element) {
        Paragraph p = new Paragraph();
        p.add(element);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph text(String text, Font font) {
        Paragraph p = new Paragraph(16, text.strip(), font);
        p.setSpacingAfter(6);
        return p;
    }

    /** The text of a paragraph or heading with its emphasis, links and code as plain text. */
    static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof HtmlInline html) {
                out.append(html.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append('\n');
            } else if (child instanceof Image) {
                StringBuilder alt = new StringBuilder();
                collect(child, alt);
                out.append('[').append(alt).append(']');
            } else {
                collect(child, out);
            }
        }
    }
}
