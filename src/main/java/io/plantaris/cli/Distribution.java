package io.plantaris.cli;

import io.plantaris.service.ServiceConfig;
import io.plantaris.store.StoreConfig;

/**
 * Which jar is running: the slim server jar lacks the embedded broker (HiveMQ CE) and the embedded
 * QuestDB, so a configuration that asks for either is a usage error there, said before anything
 * starts, instead of a NoClassDefFoundError half-way through.
 */
final class Distribution {
  static final String BROKER_CLASS = "com.hivemq.embedded.EmbeddedHiveMQ";
  static final String QUESTDB_CLASS = "io.questdb.ServerMain";

  private Distribution() {}

  static void requireParts(ServiceConfig cfg) {
    if (cfg.broker() != null && !present(BROKER_CLASS)) {
      throw new UsageException(
          "this jar has no embedded MQTT broker (the slim server jar): set broker: {embedded:"
              + " false} and mqtt: {host: ...} for your broker, or run plantaris.jar");
    }
    if (cfg.store() != null
        && cfg.store().kind() == StoreConfig.Kind.EMBEDDED
        && !present(QUESTDB_CLASS)) {
      throw new UsageException(
          "this jar has no embedded QuestDB (the slim server jar): set store: {type: influxdb or"
              + " questdb, url: ...} or store: {type: off}, or run plantaris.jar");
    }
  }

  static boolean present(String className) {
    try {
      Class.forName(className, false, Distribution.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
