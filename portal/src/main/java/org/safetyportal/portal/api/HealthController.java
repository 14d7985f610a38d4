package org.safetyportal.portal.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.safetyportal.content.database.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For load balancers and monitoring: UP when the portal can reach its database and read every table
 * of its schema, else 503 DOWN. Which tables are missing goes to the log, not to the caller.
 */
@Controller("/health")
class HealthController {

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

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
        List<String> unreadable = database ? Databases.unreadableTables(dsl) : List.of();
        if (!unreadable.isEmpty()) {
            LOG.error("Health check: cannot read the tables {}", unreadable);
        }
        boolean schema = database && unreadable.isEmpty();
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", database ? "UP" : "DOWN");
        checks.put("schema", schema ? "UP" : "DOWN");
        Health health = new Health(schema ? "UP" : "DOWN", checks);
        return HttpResponse.<Health>status(schema ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }
}
