package org.safetyportal.content.education.sessions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A session's results as an Excel workbook for its educator: the sheet {@value #PARTICIPANTS} with one row
 * per participant (name, joined, score, out of, passed, family) and {@value #QUESTIONS} with each question's correct
 * rate. Names are text cells, so nothing is read as a formula. Headers come translated from the caller.
 */
public final class SessionWorkbook {

    public static final String PARTICIPANTS = "participants";
    public static final String QUESTIONS = "questions";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SessionWorkbook() {
    }

    /** participantHeaders: six labels; questionHeaders: four labels (question, papers, right, rate); yes/no for passed. */
    public static byte[] write(SessionResults results, ZoneId zone, List<String> participantHeaders,
            List<String> questionHeaders, String yes, String no) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet people = workbook.createSheet(PARTICIPANTS);
            header(people, participantHeaders);
            int r = 1;
            for (SessionResults.Participant p : results.participants()) {
                Row row = people.createRow(r++);
                row.createCell(0).setCellValue(p.displayName());
                row.createCell(1).setCellValue(TIME.format(p.joinedAt().atZone(zone)));
                if (p.score() != null) {
                    row.createCell(2).setCellValue(p.score());
                    row.createCell(4).setCellValue(Boolean.TRUE.equals(p.passed()) ? yes : no);
                }
                row.createCell(3).setCellValue(p.total());
                row.createCell(5).setCellValue(p.family() ? yes : no);
            }
            Sheet questions = workbook.createSheet(QUESTIONS);
            header(questions, questionHeaders);
            r = 1;
            for (SessionResults.QuestionRate q : results.questions()) {
                Row row = questions.createRow(r++);
                row.createCell(0).setCellValue(q.stemZh());
                row.createCell(1).setCellValue(q.answered());
                row.createCell(2).setCellValue(q.correct());
                row.createCell(3).setCellValue(q.percent() + " %");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook in memory", e);
        }
    }

    private static void header(Sheet sheet, List<String> labels) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            head.createCell(c).setCellValue(labels.get(c));
            sheet.setColumnWidth(c, (c == 0 ? 40 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
