package org.safetyportal.reporting.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.LocalizedName;

/** The 2018 rule (第十二条) as the seed file has it, and the choice of the rule in force. */
class RewardRuleTest {

    private final RewardRules seeded = new RewardRules();

    private RewardRule rule2018() {
        return seeded.inForce("MAJOR_HAZARD", LocalDate.of(2026, 3, 1)).orElseThrow();
    }

    @Test
    void theSeededRule_isFifteenPerCent_between3000And300000Yuan() {
        RewardRule rule = rule2018();
        assertEquals(0, new BigDecimal("15").compareTo(rule.percentage()));
        assertEquals(300_000L, rule.minimumFen());
        assertEquals(30_000_000L, rule.maximumFen());
        assertEquals(LocalDate.of(2018, 1, 4), rule.effective());
        RewardRule illegal = seeded.inForce("ILLEGAL_OPERATION", LocalDate.of(2026, 3, 1)).orElseThrow();
        assertEquals(rule.minimumFen(), illegal.minimumFen());
        assertEquals(List.of("MAJOR_HAZARD", "ILLEGAL_OPERATION").size(), seeded.kinds().size());
    }

    @Test
    void aSmallFine_earnsTheMinimum() {
        assertEquals(300_000L, rule2018().rewardFen(Money.fenOf(new BigDecimal("1000"))), "15% of 1,000 is 150, raised to 3,000");
        assertEquals(300_000L, rule2018().rewardFen(1), "one fen of fine still earns the minimum");
    }

    @Test
    void theMinimumTier_endsAt20000Yuan() {
        assertEquals(300_000L, rule2018().rewardFen(2_000_000L), "15% of 20,000 is exactly 3,000");
        assertEquals(300_015L, rule2018().rewardFen(2_000_100L), "15% of 20,001 is 3,000.15");
    }

    @Test
    void inBetween_itIsFifteenPerCent_roundedHalfUpToTheFen() {
        assertEquals(750_000L, rule2018().rewardFen(5_000_000L), "15% of 50,000 is 7,500");
        assertEquals(18_518_505L, rule2018().rewardFen(123_456_700L), "15% of 1,234,567 is 185,185.05");
        assertEquals(1_851_851L, rule2018().rewardFen(12_345_673L), "15% of 123,456.73 is 18,518.5095: 18,518.51");
        assertEquals(300_000L, rule2018().rewardFen(2_000_003L), "15% of 20,000.03 is 3,000.0045: 3,000.00");
    }

    @Test
    void theMaximumTier_beginsAt2MillionYuan() {
        assertEquals(30_000_000L, rule2018().rewardFen(200_000_000L), "15% of 2,000,000 is exactly 300,000");
        assertEquals(30_000_000L, rule2018().rewardFen(200_000_100L), "capped at 300,000");
        assertEquals(29_999_985L, rule2018().rewardFen(199_999_900L), "15% of 1,999,999 is 299,999.85");
        assertEquals(30_000_000L, rule2018().rewardFen(Money.fenOf(BigDecimal.valueOf(Money.MAX_FINE_YUAN))));
    }

    @Test
    void theRuleInForce_isTheLatestNotAfterThePenaltyDay() {
        LocalizedName name = new LocalizedName("重大事故隐患", "Major accident hazard");
        RewardRules rules = new RewardRules(List.of(
                new RewardRule("MAJOR_HAZARD", LocalDate.of(2018, 1, 4), new BigDecimal("15"), 300_000, 30_000_000, name, "2018"),
                new RewardRule("MAJOR_HAZARD", LocalDate.of(2027, 1, 1), new BigDecimal("20"), 500_000, 50_000_000, name, "2027")));

        assertTrue(rules.inForce("MAJOR_HAZARD", LocalDate.of(2018, 1, 3)).isEmpty());
        assertEquals("2018", rules.inForce("MAJOR_HAZARD", LocalDate.of(2026, 12, 31)).orElseThrow().basis());
        assertEquals("2027", rules.inForce("MAJOR_HAZARD", LocalDate.of(2027, 1, 1)).orElseThrow().basis());
        assertEquals(2_000_000L, rules.inForce("MAJOR_HAZARD", LocalDate.of(2027, 6, 1)).orElseThrow().rewardFen(10_000_000L));
        assertTrue(rules.inForce("CONCEALED_ACCIDENT", LocalDate.of(2026, 1, 1)).isEmpty());
    }

    @Test
    void aRuleOutOfRange_isRefusedWhenRead() {
        LocalizedName name = new LocalizedName("甲", "A");
        assertThrows(IllegalArgumentException.class,
                () -> new RewardRule("X", LocalDate.of(2018, 1, 1), new BigDecimal("-1"), 0, 1, name, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new RewardRule("X", LocalDate.of(2018, 1, 1), new BigDecimal("15"), 10, 1, name, ""));
    }
}
