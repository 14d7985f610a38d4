package org.safetyportal.portal.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import org.jooq.DSLContext;
import org.safetyportal.content.database.Databases;

/** For load balancers and monitoring: UP when the portal can reach its database, else 503 DOWN. */
@Controller("/health")
class HealthController {

    private final DSLContext dsl;

    HealthController(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Serdeable
    record Health(String status, Map<String, String> checks) {
    }

    @Get
    HttpResponse<Health> health() {
        boolean database = Databases.isReachable(dsl);
        Health health = new Health(database ? "UP" : "DOWN", Map.of("database", database ? "UP" : "DOWN"));
        return HttpResponse.<Health>status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }
}
