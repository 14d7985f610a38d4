package org.safetyportal.content.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.safetyportal.content.lists.PublishedItem;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens Chinese text correctly: a header
 * row of the item field names, one record per item, CRLF line ends. A field with a comma, quote or
 * line break is quoted with its quotes doubled. A field without a value is left empty; an empty text
 * is written as {@code ""}, so the two stay apart when the file is read back. A text that a spreadsheet
 * would run as a formula is neutralised by {@link CsvCell}.
 */
final class CsvWriter implements ExportWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";

    @Override
    public byte[] write(PublishedList list) {
        return table(DataDictionary.itemFieldNames(), list.items());
    }

    /** A header row of the names, then one record per row with the rows' values under those names. */
    static byte[] table(List<String> names, List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        appendRecord(out, names);
        for (Map<String, Object> item : rows) {
            appendRecord(out, names.stream().map(name -> CellText.of(item.get(name))).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The provenance columns of {@link DataDictionary#itemSetFields()}, then the item fields; the filter and time are in the file name. */
    @Override
    public byte[] write(ItemSet set) {
        List<String> provenance = DataDictionary.itemSetFields().stream().map(DataDictionary.Field::name).toList();
        List<String> names = DataDictionary.itemFieldNames();
        StringBuilder out = new StringBuilder().append(BYTE_ORDER_MARK);
        appendRecord(out, Stream.concat(provenance.stream(), names.stream()).toList());
        for (PublishedItem item : set.items()) {
            Map<String, Object> source = ItemSet.provenance(item);
            Map<String, Object> fields = item.item().fields();
            appendRecord(out, Stream.concat(provenance.stream().map(name -> CellText.of(source.get(name))),
                    names.stream().map(name -> CellText.of(fields.get(name)))).toList());
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
