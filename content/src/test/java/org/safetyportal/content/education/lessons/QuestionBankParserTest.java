package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionBankParserTest {

    private static final String FILE = "seed/education/questions/x.txt";

    @Test
    void aBankOfThreeKinds_isReadWithEnglishWhereWritten() {
        List<BankQuestion> bank = QuestionBankParser.parse(FILE, """
                kind: single            # single | multiple | truefalse
                category: 识别隐患
                tags: 燃气, 报警器
                stem: 闻到燃气味第一步？
                stem_en: First step when you smell gas?
                - 开抽油烟机 | Switch on the hood
                * 关阀开窗 | Shut the valve, open the windows
                - 打电话 | Phone
                explanation: 电器会打火。
                explanation_en: Switches spark.
                ---
                kind: multiple
                category: 处置
                stem: 哪些不能做？
                * 开灯
                * 打火
                - 开窗
                - 关阀
                explanation: 都会产生火花。
                ---
                kind: truefalse
                category: 常识
                stem: 燃气本身没有气味。
                * 对
                - 错
                explanation: 加了臭味剂。
                """);

        assertEquals(3, bank.size());
        BankQuestion first = bank.get(0);
        assertEquals(QuestionKind.SINGLE, first.kind());
        assertEquals(List.of("燃气", "报警器"), first.tags());
        assertEquals("Shut the valve, open the windows", first.options().get(1).textEn());
        assertTrue(first.options().get(1).correct());
        assertFalse(first.options().get(0).correct());
        assertEquals("Switches spark.", first.explanationEn());
        assertEquals(QuestionKind.MULTIPLE, bank.get(1).kind());
        assertNull(bank.get(1).stemEn());
        assertEquals(2, bank.get(1).options().stream().filter(BankOption::correct).count());
        assertEquals(QuestionKind.TRUE_FALSE, bank.get(2).kind());
        assertEquals(3, bank.get(2).position());
    }

    @Test
    void aSingleChoiceWithTwoRightOptions_isRefusedNamingFileAndLineOfTheQuestion() {
        SeedFormatException refused = assertThrows(SeedFormatException.class, () -> QuestionBankParser.parse(FILE, """
                kind: truefalse
                category: 常识
                stem: 燃气本身没有气味。
                * 对
                - 错
                explanation: 加了臭味剂。
                ---
                kind: single
                category: 处置
                stem: 哪个对？
                * 甲
                * 乙
                - 丙
                explanation: 因为。
                """));

        assertEquals(FILE, refused.file());
        assertEquals(8, refused.line());
        assertTrue(refused.getMessage().startsWith(FILE + ":8: "), refused.getMessage());
    }

    @Test
    void aTrueFalseQuestion_putsTrueBeforeFalse_whicheverOrderTheBankWritesThem() {
        BankQuestion question = QuestionBankParser.parse(FILE, """
                kind: truefalse
                category: 常识
                stem: 电动车可以在楼道里充电。
                * 错 | False
                - 对 | True
                explanation: 楼道充电易引发火灾。
                """).get(0);

        assertEquals(List.of("True", "False"), question.trueBeforeFalse().stream().map(BankOption::textEn).toList());
        assertEquals(List.of(false, true), question.trueBeforeFalse().stream().map(BankOption::correct).toList());
    }

    @Test
    void anUnknownLine_isRefusedAtItsOwnLine() {
        SeedFormatException refused = assertThrows(SeedFormatException.class, () -> QuestionBankParser.parse(FILE, """
                kind: single
                category: 处置
                stem: 哪个对？
                答案是甲
                """));

        assertEquals(4, refused.line());
    }

    @Test
    void englishOnSomeOptionsOnly_missingExplanation_andAWrongTrueFalse_areRefused() {
        assertThrows(SeedFormatException.class, () -> QuestionBankParser.parse(FILE, """
                kind: single
                category: c
                stem: s
                * 甲 | A
                - 乙
                - 丙 | C
                explanation: e
                """));
        assertThrows(SeedFormatException.class, () -> QuestionBankParser.parse(FILE, """
                kind: single
                category: c
                stem: s
                * 甲
                - 乙
                - 丙
                """));
        assertThrows(SeedFormatException.class, () -> QuestionBankParser.parse(FILE, """
                kind: truefalse
                category: c
                stem: s
                * 是
                - 否
                explanation: e
                """));
        assertThrows(SeedFormatException.class, () -> QuestionBankParser.parse(FILE, "\n\n"));
    }
}
