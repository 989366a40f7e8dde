package io.plantaris.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.plantaris.fhir.FhirExporter;
import io.plantaris.fhir.FhirJson;
import io.plantaris.store.HistoryReader;
import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/patients/{id}/fhir}: the patient's FHIR R4 export. Access control and the audit
 * entry come from the patient check every {@code /api/patients/{id}} route passes first.
 */
final class FhirRoutes {
  private static final Logger log = LoggerFactory.getLogger(FhirRoutes.class);

  private final Dashboard d;

  FhirRoutes(Dashboard d) {
    this.d = d;
  }

  void install(RoutesConfig app) {
    app.get("/api/patients/{id}/fhir", this::export);
  }

  private void export(Context ctx) {
    String id = ctx.pathParam("id");
    if (d.store == null) {
      Web.refuse(ctx, 503, "the FHIR export needs the time-series store, and storing is off");
      return;
    }
    HistoryReader history;
    try {
      history = d.store.reader();
    } catch (IllegalStateException e) {
      Web.refuse(ctx, 503, e.getMessage());
      return;
    }
    String json;
    try {
      json = new FhirExporter(d.registry, history).exportJson(id, Instant.now(), false);
    } catch (IOException e) {
      log.warn("FHIR export of {} failed reading the store: {}", id, e.toString());
      Web.refuse(ctx, 503, "cannot read the history from the store: " + e.getMessage());
      return;
    }
    ctx.contentType(FhirJson.MEDIA_TYPE + "; charset=utf-8").result(json);
  }
}
