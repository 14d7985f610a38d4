package org.safetyportal.content.testing;

import java.time.Instant;
import org.safetyportal.content.account.RoleGrant;

/**
 * The world of the county registers' tests: Zezhou's emergency bureau with a {@code zz.publisher},
 * a {@code zz.reviewer} and {@code zz.both} (holding both roles), and Gaoping's with a
 * {@code gp.publisher}. A test's own world record implements it and adds its register.
 */
public interface CountyEmergencyWorld extends TestWorld.Around {

    /** Makes a test's own world record from the started world and the two bureaus' ids. */
    @FunctionalInterface
    interface Maker<W> {
        W make(TestWorld world, int zezhou, int gaoping);
    }

    static <W extends CountyEmergencyWorld> W start(String kind, Instant now, Maker<W> maker) {
        return TestWorld.start(kind, now).then(world -> {
            int zezhou = world.department("EMERGENCY", "ZZ");
            int gaoping = world.department("EMERGENCY", "GP");
            world.staff("zz.publisher", RoleGrant.inDepartment("PUBLISHER", zezhou))
                    .staff("zz.reviewer", RoleGrant.inDepartment("REVIEWER", zezhou))
                    .staff("zz.both", RoleGrant.inDepartment("PUBLISHER", zezhou), RoleGrant.inDepartment("REVIEWER", zezhou))
                    .staff("gp.publisher", RoleGrant.inDepartment("PUBLISHER", gaoping));
            return maker.make(world, zezhou, gaoping);
        });
    }

    /** Zezhou's emergency bureau. */
    int zezhou();

    /** Gaoping's emergency bureau. */
    int gaoping();
}
