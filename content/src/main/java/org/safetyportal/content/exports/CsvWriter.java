package org.safetyportal.content.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.safetyportal.content.lists.PublishedItem;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens Chinese text correctly: a header
 * row in the reader's language ({@link Headings}), one record per item, CRLF line ends. A field with a comma, quote or
 * line break is quoted with its quotes doubled. A field without a value is left empty; an empty text
 * is written as {@code ""}, so the two stay apart when the file is read back. A text that a spreadsheet
 * would run as a formula is neutralised by {@link CsvCell}.
 */
final class CsvWriter implements ExportWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";

    @Override
    public byte[] write(PublishedList list, Headings headings) {
        return table(DataDictionary.itemFieldNames(), headings, list.items());
    }

    /** A header row of the names' headings, then one record per row with the rows' values under those names. */
    static byte[] table(List<String> names, Headings headings, List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        appendRecord(out, names.stream().map(headings::of).toList());
        for (Map<String, Object> item : rows) {
            appendRecord(out, names.stream().map(name -> CellText.of(item.get(name))).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The provenance columns of {@link DataDictionary#itemSetFields()}, then the item fields; the filter and time are in the file name. */
    @Override
    public byte[] write(ItemSet set, Headings headings) {
        List<String> provenance = DataDictionary.itemSetFields().stream().map(DataDictionary.Field::name).toList();
        List<String> names = DataDictionary.itemFieldNames();
        List<String> derived = DataDictionary.itemSetDerivedFields().stream().map(DataDictionary.Field::name).toList();
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        appendRecord(out, Stream.of(provenance, names, derived).flatMap(List::stream).map(headings::of).toList());
        for (PublishedItem item : set.items()) {
            Map<String, Object> source = ItemSet.provenance(item);
            Map<String, Object> fields = item.item().fields();
            Map<String, Object> standing = set.derived(item);
            appendRecord(out, Stream.of(provenance.stream().map(name -> CellText.of(source.get(name))),
                    names.stream().map(name -> CellText.of(fields.get(name))),
                    derived.stream().map(name -> CellText.of(standing.get(name)))).flatMap(s -> s).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append(LINE_END);
    }

    private static void appendField(StringBuilder out, String field) {
        out.append(CsvCell.of(field));
    }
}
