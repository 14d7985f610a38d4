package org.safetyportal.content.lists;

import java.time.Instant;
import java.util.List;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.testing.TestWorld;

/**
 * The world of this package's list tests: the city's emergency bureau with a {@code publisher}, a
 * {@code reviewer} and {@code both} (holding both roles), and the energy bureau's
 * {@code energy.publisher}. A test's own world record implements it to draft and publish the
 * emergency bureau's lists through the real workflow.
 */
interface ListStaffWorld extends TestWorld.Around {

    /** Makes a test's own world record from the started world and the two bureaus' ids. */
    @FunctionalInterface
    interface Maker<W> {
        W make(TestWorld world, int emergency, int energy);
    }

    static <W extends ListStaffWorld> W start(String kind, Instant now, Maker<W> maker) {
        return TestWorld.start(kind, now).then(world -> {
            int emergency = world.department("EMERGENCY", "JC");
            int energy = world.department("ENERGY", "JC");
            world.staff("publisher", RoleGrant.inDepartment("PUBLISHER", emergency))
                    .staff("reviewer", RoleGrant.inDepartment("REVIEWER", emergency))
                    .staff("energy.publisher", RoleGrant.inDepartment("PUBLISHER", energy))
                    .staff("both", RoleGrant.inDepartment("PUBLISHER", emergency), RoleGrant.inDepartment("REVIEWER", emergency));
            return maker.make(world, emergency, energy);
        });
    }

    int emergency();

    default ListPublishing publishing() {
        return bean(ListPublishing.class);
    }

    default ListCatalogue catalogue() {
        return bean(ListCatalogue.class);
    }

    /** The emergency bureau's publisher starts a draft with these items. */
    default ListVersion draft(ListType type, int year, List<ListItem> items) {
        ListVersion draft = publishing().startDraft(actor("publisher"), emergency(), type, year);
        publishing().saveItems(actor("publisher"), draft.id(), items);
        return draft;
    }

    /** Drafted and submitted by the publisher, approved by the reviewer. */
    default ListVersion publish(ListType type, int year, List<ListItem> items, ListVersionApproval approval) {
        ListVersion draft = draft(type, year, items);
        publishing().submit(actor("publisher"), draft.id());
        return publishing().approve(actor("reviewer"), draft.id(), approval);
    }
}
