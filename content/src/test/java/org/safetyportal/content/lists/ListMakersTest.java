package org.safetyportal.content.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.testing.PublishedLists.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.ledger.CanonicalJson;
import org.safetyportal.content.ledger.LedgerSealKey;
import org.safetyportal.content.ledger.Sha256;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.content.testing.TestWorld;

/**
 * A published version names its makers as labels, never as user names (issue 11, item 10): a reader
 * sees that one person drafted and another published it, and the portal keeps a seal of the real
 * accounts with which it can prove who they were.
 */
class ListMakersTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static final String DRAFTER = "test.publisher";
    private static final String PUBLISHER = "test.reviewer";

    private record World(TestWorld world) implements TestWorld.Around {

        ListVersion publish(String code) {
            return new PublishedLists(context()).publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0,
                    LocalDate.of(2026, 1, 1), List.of(duty(code, "监管 " + code, "GAS")));
        }

        Map<String, Object> published(ListVersion version) {
            return bean(ListCatalogue.class).publishedContent(bean(ListCatalogue.class).version(version.id()).orElseThrow());
        }
    }

    @Test
    void eachAccountIsLabelledInTheOrderItFirstActed_andThePortalStaysItself() {
        MakerLabels labels = new MakerLabels();
        assertEquals("staff-1", labels.labelOf("li.si"));
        assertEquals("staff-1", labels.labelOf("li.si"));
        assertEquals("staff-2", labels.labelOf("wang.wu"));
        assertEquals(Actor.SYSTEM, labels.labelOf(Actor.SYSTEM));
        assertEquals(null, labels.labelOf(null));
    }

    @OnEveryTestDatabase
    void thePublishedContent_showsFourEyesByLabels_andNoUserName(String kind) {
        try (World world = new World(TestWorld.start(kind, NOW))) {
            ListVersion version = world.publish("ZR-ZZ-001");
            Map<String, Object> content = world.published(version);

            assertEquals("staff-1", content.get("draftedBy"));
            assertEquals("staff-1", content.get("submittedBy"));
            assertEquals("staff-2", content.get("publishedBy"), "a second person published it");
            String json = CanonicalJson.write(content);
            assertFalse(json.contains(DRAFTER) || json.contains(PUBLISHER), json);
            assertEquals(Sha256.of(json), world.bean(ListCatalogue.class).version(version.id()).orElseThrow().contentHash(),
                    "what is served is what the ledger hashed");
            assertTrue(world.world().ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theSeal_provesTheRealAccounts_andNoOthers(String kind) {
        try (World world = new World(TestWorld.start(kind, NOW))) {
            ListVersion version = world.publish("ZR-ZZ-001");
            LedgerSealKey key = world.bean(LedgerSealKey.class);
            String seal = (String) world.published(version).get("makersSeal");

            assertTrue(seal.matches("[0-9a-f]{64}"), seal);
            assertEquals(key.seal(String.join("\n", version.ledgerSubject(), DRAFTER, DRAFTER, PUBLISHER)), seal);
            assertNotEquals(key.seal(String.join("\n", version.ledgerSubject(), DRAFTER, DRAFTER, "someone.else")), seal);
            assertNotEquals(key.seal(String.join("\n", "list-version:999999", DRAFTER, DRAFTER, PUBLISHER)), seal,
                    "a seal belongs to one version: it cannot be copied onto another");
        }
    }

    @OnEveryTestDatabase
    void theKeyIsMadeOnce_keptInTheDatabase_andUsedForEveryVersion(String kind) {
        try (World world = new World(TestWorld.start(kind, NOW))) {
            ListVersion first = world.publish("ZR-ZZ-001");
            ListVersion second = world.publish("ZR-ZZ-002");

            assertEquals(1, world.world().database().dsl().fetchCount(DSL.table("ledger_seal_key")));
            assertTrue(world.world().ledger().verify().intact(), "both versions re-hash with the one stored key");
            assertNotEquals(world.published(first).get("makersSeal"), world.published(second).get("makersSeal"));
        }
    }

    @OnEveryTestDatabase
    void aVersionHashedWhenContentNamedItsMakers_stillVerifies_yetIsServedWithLabels(String kind) {
        try (World world = new World(TestWorld.start(kind, NOW))) {
            ListVersion version = world.publish("ZR-ZZ-001");
            ListContentSource source = world.bean(ListContentSource.class);
            List<String> earlier = source.earlierCanonicalContent(version.ledgerSubject());

            assertTrue(earlier.stream().anyMatch(form -> form.contains("\"publishedBy\":\"" + PUBLISHER + "\"")),
                    "entries of early December 2026 hashed the accounts and still verify against that form");
            assertFalse(CanonicalJson.write(world.published(version)).contains(PUBLISHER));
        }
    }
}
